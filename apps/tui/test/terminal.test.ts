// A real terminal (tmux, 80×24): start atlas, reach China's profile, edit an agreement, quit;
// the edit is then visible through `atlas profile cn --json`. A small State's profile opens from
// the 187-row list and fits the screen. Fails, never skips, without tmux.
import { execFileSync } from "node:child_process";
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

describe("atlas in a real terminal", () => {
  it("is installed: tmux is required for this test", () => {
    expect(execFileSync("tmux", ["-V"], { encoding: "utf8" })).toMatch(/^tmux /);
  });

  it("opens a small State's profile from the 187-row list by its code, fitting 80×24, and goes back", async () => {
    dir = await mkdtemp(join(tmpdir(), "atlas-tmux-"));
    const db = `sqlite:${join(dir, "atlas.db")}`;
    session = new TmuxSession(["--db", db], { NO_COLOR: "1", ATLAS_TODAY: "2026-11-30", TERM: "xterm-256color" });

    const list = await session.waitFor(/1–\d+ of 187/);
    expect(list).toContain("af     Afghanistan");
    session.keys(["tv"], { literal: true });
    await session.waitFor("›tv     Tuvalu");
    session.keys(["Enter"]);
    const profile = await session.waitFor(/Tuvalu \(tv\) · as of 2026-11-30/);
    await session.waitFor("no curated partnership records");
    const screen = session.screen();
    expect(screen).toMatch(/fundamental \S.* of 10/);
    expect(screen).toMatch(/^why /m);
    expect(screen).toMatch(/C182 +funda/);
    for (const line of [...profile.split("\n"), ...screen.split("\n")]) expect(line.length).toBeLessThanOrEqual(80);
    expect(screen.trimEnd().split("\n").length).toBeLessThanOrEqual(24);
    session.keys(["Escape"]);
    await session.waitFor("Filter: tv");
    session.keys(["C-c"]);
    await session.waitForExit();
  });

  it("reaches China's profile, edits an agreement, and the change shows in atlas profile cn --json", async () => {
    dir = await mkdtemp(join(tmpdir(), "atlas-tmux-"));
    const db = `sqlite:${join(dir, "atlas.db")}`;
    const env = { NO_COLOR: "1", ATLAS_TODAY: "2026-11-30", ATLAS_ACTOR: "tmux-curator", TERM: "xterm-256color" };
    session = new TmuxSession(["--db", db], env);

    await session.waitFor("187 member States");
    session.keys(["china"], { literal: true });
    session.keys(["Enter"]);
    const profile = await session.waitFor(/fundamental at least 7 of 10 · governance at least 2 of 4/);
    for (const line of profile.split("\n")) expect(line.length).toBeLessThanOrEqual(80);

    session.keys(["l", "l"]);
    await session.waitFor("agreements signed by 2026-11-30");
    session.keys(["e"]);
    await session.waitFor("Edit agreement cn-2001-mou (version 1)");
    session.keys(["Down", "Down", "Down"]);
    await session.waitFor(/›signedOn/);
    session.keys(["C-u"]);
    session.keys(["2001-03"], { literal: true });
    await session.waitFor(/›signedOn\s+2001-03/);
    session.keys(["C-s"]);
    await session.waitFor("Save the change — why?");
    session.keys(["month of signature found"], { literal: true });
    session.keys(["Enter"]);
    await session.waitFor("Saved agreement cn-2001-mou (version 2)");
    session.keys(["q"]);
    await session.waitForExit();

    const r = await runAtlas(["profile", "cn", "--json", "--db", db]);
    expect(r.code).toBe(0);
    const agreement = JSON.parse(r.stdout).agreements.find((a: { id: string }) => a.id === "cn-2001-mou");
    expect(agreement.signedOn).toBe("2001-03");
  });
});
