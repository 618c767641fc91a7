// The curators' forms in a real terminal (tmux, 80×24, NO_COLOR): an agreement recorded by
// picking — two parties, three themes, a framework and a new source — without typing [, { or ";
// and Japan's ratification known only to the year, whose count is a range inside that year.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { runAtlas } from "./run-atlas.js";
import { TmuxSession } from "./tmux.js";

let session: TmuxSession | undefined;
let dir: string | undefined;
afterEach(async () => {
  session?.kill();
  if (dir) await rm(dir, { recursive: true, force: true });
});

afterAll(() => TmuxSession.shutdown());

const ENV = { NO_COLOR: "1", ATLAS_TODAY: "2026-11-30", ATLAS_ACTOR: "tmux-curator", TERM: "xterm-256color" };

/** Everything typed as text in these tests: none of it may be JSON. */
const typed: string[] = [];
function type(s: TmuxSession, text: string) {
  typed.push(text);
  s.keys([text], { literal: true });
}

function fits(screen: string) {
  for (const line of screen.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
}

describe("the curators' forms in a real terminal", () => {
  it("creates an agreement for China by picking, with a new source, and it shows on the profile and in the export", async () => {
    dir = await mkdtemp(join(tmpdir(), "atlas-forms-"));
    const db = `sqlite:${join(dir, "atlas.db")}`;
    const s = new TmuxSession(["--db", db], ENV);
    session = s;
    await s.waitFor("187 member States");
    type(s, "china");
    s.keys(["Enter"]);
    await s.waitFor(/China \(cn\)/);
    s.keys(["l", "l"]);
    await s.waitFor("agreements signed by 2026-11-30");
    s.keys(["n"]);
    await s.waitFor("New agreement");
    await s.waitFor(/›id/);
    type(s, "cn-2026-skills");
    s.keys(["Tab"]);
    await s.waitFor(/›partner\s+cn · China/);
    s.keys(["Tab"]);
    type(s, "mou");
    await s.waitFor(/›\( \) mou/);
    s.keys(["Tab"]);
    await s.waitFor(/›title/);
    type(s, "Memorandum on skills development");
    s.keys(["Tab"]);
    type(s, "2026-05-12");
    s.keys(["Tab", "Tab", "Tab"]);
    await s.waitFor(/›parties/);

    // Two parties, one sub-form each.
    s.keys(["Enter"]);
    await s.waitFor("(no entries; a adds one)");
    s.keys(["a"]);
    await s.waitFor(/›name/);
    type(s, "International Labour Organization");
    s.keys(["Tab"]);
    type(s, "ilo");
    await s.waitFor(/›\( \) ilo/);
    s.keys(["Tab"]);
    await s.waitFor(/role\s+ilo/);
    s.keys(["Escape"]);
    await s.waitFor("1. International Labour Organization · ilo");
    s.keys(["a"]);
    await s.waitFor(/›name\s+required/);
    type(s, "Ministry of Human Resources and Social Security");
    s.keys(["Tab"]);
    type(s, "gov");
    await s.waitFor(/›\( \) government/);
    s.keys(["Tab"]);
    await s.waitFor(/role\s+government/);
    s.keys(["Escape"]);
    await s.waitFor("2. Ministry of Human Resources and Social Security · government");
    s.keys(["Escape"]);
    await s.waitFor(/›parties\s+2 entries/);

    // One framework and three themes, ticked in filtered lists.
    s.keys(["Tab", "Enter"]);
    await s.waitFor("Filter:");
    type(s, "south");
    await s.waitFor(/›\[ \] south-south-triangular/);
    s.keys(["Space"]);
    await s.waitFor(/›\[x\] south-south-triangular/);
    s.keys(["Enter"]);
    await s.waitFor(/›frameworks\s+1 chosen: south-south-triangular/);
    s.keys(["Tab", "Enter"]);
    await s.waitFor(/›\[ \] child-labour/);
    type(s, "skill");
    await s.waitFor(/›\[ \] skills-development/);
    s.keys(["Space"]);
    await s.waitFor("1 ticked");
    s.keys(["C-u"]);
    type(s, "employ");
    await s.waitFor(/›\[ \] employment/);
    s.keys(["Space"]);
    await s.waitFor("2 ticked");
    s.keys(["C-u"]);
    type(s, "social-d");
    await s.waitFor(/›\[ \] social-dialogue/);
    s.keys(["Space"]);
    await s.waitFor("3 ticked");
    fits(s.screen());
    s.keys(["Enter"]);
    await s.waitFor(/›themes\s+3 chosen: skills-development, employment, social-dialogue/);
    s.keys(["Tab"]);
    type(s, "Cooperation on skills development and vocational training.");
    s.keys(["Tab", "Tab"]);
    await s.waitFor(/›sources/);

    // A source that is not in the store yet, added from inside the form.
    s.keys(["Enter"]);
    await s.waitFor("(no entries; a adds one)");
    s.keys(["a"]);
    await s.waitFor(/›source\b/);
    s.keys(["Enter"]);
    await s.waitFor(/›\+ add a new source/);
    s.keys(["Enter"]);
    await s.waitFor("new source · Ctrl+S adds it, Esc drops it");
    type(s, "mohrss-2026-skills");
    s.keys(["Tab"]);
    type(s, "Memorandum of Understanding on skills development");
    s.keys(["Tab"]);
    type(s, "Ministry of Human Resources and Social Security");
    await s.waitFor(/›publisher\s+Ministry/);
    fits(s.screen());
    s.keys(["C-s"]);
    await s.waitFor(/›source\s+mohrss-2026-skills · Memorandum of Understanding/);
    s.keys(["Tab", "Tab"]);
    await s.waitFor(/›locator/);
    type(s, "Article 1");
    await s.waitFor(/›locator\s+Article 1/);
    s.keys(["Escape"]);
    await s.waitFor("1. mohrss-2026-skills · Article 1");
    s.keys(["Escape"]);
    await s.waitFor(/›sources\s+1 entry: mohrss-2026-skills · Article 1/);
    fits(s.screen());
    s.keys(["C-s"]);
    await s.waitFor("Saved agreement cn-2026-skills (version 1) and 1 new source");
    s.keys(["q"]);
    await s.waitForExit();
    for (const text of typed) expect(text).not.toMatch(/[[{"]/);

    const profile = await runAtlas(["profile", "cn", "--db", db]);
    expect(profile.code).toBe(0);
    expect(profile.stdout).toContain("Memorandum on skills development");
    const json = await runAtlas(["profile", "cn", "--json", "--db", db]);
    const shown = JSON.parse(json.stdout).agreements.find((a: { id: string }) => a.id === "cn-2026-skills");
    expect(shown.parties.map((p: { role: string }) => p.role)).toEqual(["ilo", "government"]);

    const exported = await runAtlas(["export", "--db", db]);
    expect(exported.code).toBe(0);
    const dataset = JSON.parse(exported.stdout);
    const agreement = dataset.agreements.find((a: { id: string }) => a.id === "cn-2026-skills");
    expect(agreement).toEqual({
      id: "cn-2026-skills",
      partner: "cn",
      kind: "mou",
      title: "Memorandum on skills development",
      signedOn: "2026-05-12",
      parties: [
        { name: "International Labour Organization", role: "ilo" },
        { name: "Ministry of Human Resources and Social Security", role: "government" },
      ],
      frameworks: ["south-south-triangular"],
      themes: ["skills-development", "employment", "social-dialogue"],
      summary: "Cooperation on skills development and vocational training.",
      evidence: "unverified",
      sources: [{ source: "mohrss-2026-skills", locator: "Article 1" }],
    });
    expect(dataset.sources.find((x: { id: string }) => x.id === "mohrss-2026-skills")).toEqual({
      id: "mohrss-2026-skills",
      title: "Memorandum of Understanding on skills development",
      publisher: "Ministry of Human Resources and Social Security",
      kind: "primary",
    });
  });

  it("records Japan's ratification known only to the year; inside that year the count is a range, after it exact", async () => {
    dir = await mkdtemp(join(tmpdir(), "atlas-forms-"));
    const db = `sqlite:${join(dir, "atlas.db")}`;
    const before = await runAtlas(["profile", "jp", "--as-of", "2025-06-01", "--db", db]);
    expect(before.stdout).toMatch(/fundamental 8,/);
    const s = new TmuxSession(["--db", db], ENV);
    session = s;
    await s.waitFor("187 member States");
    type(s, "jp");
    await s.waitFor(/›jp\s+Japan/);
    s.keys(["Enter"]);
    await s.waitFor(/Japan \(jp\) · as of 2026-11-30/);
    s.keys(["n"]);
    await s.waitFor("New ratification");
    await s.waitFor(/›state/);
    // Typing on a reference opens its list filtered; Tab takes the first match and moves on.
    type(s, "JP");
    await s.waitFor(/›\( \) JP\s+Japan/);
    s.keys(["Tab"]);
    await s.waitFor(/›instrument/);
    type(s, "C111");
    await s.waitFor(/›\( \) C111\s+Discrimination/);
    s.keys(["Tab"]);
    await s.waitFor(/›registeredOn/);
    type(s, "2025-13");
    await s.waitFor("✖ registeredOn: 2025-13 is not a real calendar date");
    s.keys(["BSpace", "BSpace", "BSpace"]);
    await s.waitFor(/›registeredOn\s+2025\s/);
    fits(s.screen());
    s.keys(["C-s"]);
    await s.waitFor("Saved ratification JP-C111 (version 1)");
    s.keys(["q"]);
    await s.waitForExit();

    const inside = await runAtlas(["profile", "jp", "--as-of", "2025-06-01", "--db", db]);
    expect(inside.code).toBe(0);
    expect(inside.stdout).toMatch(/fundamental 8–9,/);
    // From the year's last day the registration has happened whichever day it was (C155, known
    // as 2026 in the shipped data, would make 2026 itself a range again).
    const after = await runAtlas(["profile", "jp", "--as-of", "2025-12-31", "--db", db]);
    expect(after.stdout).toMatch(/fundamental 9,/);
    const beforeYear = await runAtlas(["profile", "jp", "--as-of", "2024-12-31", "--db", db]);
    expect(beforeYear.stdout).toMatch(/fundamental 8,/);
  });
});
