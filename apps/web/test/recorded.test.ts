// "As recorded on", last updated, conditional requests, sync and feeds, against the running site
// and its store: a correction made through the store (as `atlas import` makes it) must show in
// the current answers, not in those asked for an earlier revision, and in the feed of its State.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { openStore, type Store } from "@partnership-atlas/store";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { webDir } from "./site-server";

const baseURL = inject("baseURL");
const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, baseURL), { headers });
// The `atlas` command (a dev dependency, so turbo builds it before these tests).
const ATLAS = join(webDir, "node_modules", "@partnership-atlas", "tui", "bin", "atlas.js");
const exact = (n: number) => ({ low: n, high: n, certainty: "exact", reasons: [] });

let store: Store;
let dir: string;
let before: number;
let original: Record<string, unknown>;

/** The China profile's ratified total on 2022-06-01 as the API gives it, with extra query. */
async function ratifiedOn20220601(extra = ""): Promise<unknown> {
  const res = await get(`/api/v1/partners/cn?asOf=2022-06-01${extra}`);
  expect(res.status).toBe(200);
  return (await res.json()).headline.ratified;
}

async function eventually<T>(read: () => Promise<T>, want: (v: T) => boolean): Promise<T> {
  // The site asks the store for its revision at most once a second: wait for the condition, bounded.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = await read();
    if (want(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  store = await openStore(inject("databaseUrl"));
  dir = await mkdtemp(join(tmpdir(), "atlas-recorded-"));
  before = await store.revision();
  const c029 = (await store.getRecord("ratifications", "CN-C029"))!;
  original = { ...c029.record };
  expect(await ratifiedOn20220601()).toEqual(exact(26));
  // The correction, as a curator makes it: `atlas import` with a note (China's C029 registration moved before 2022-06-01).
  const file = join(dir, "fix.json");
  await writeFile(file, JSON.stringify({ schemaVersion: 1, ratifications: [{ ...original, registeredOn: "2022-05-01" }] }));
  await promisify(execFile)(process.execPath, [ATLAS, "import", file, "--note", "registration date corrected", "--db", inject("databaseUrl")], {
    env: { ...process.env, ATLAS_ACTOR: "web-tests" },
  });
  expect(await store.revision()).toBe(before + 1);
});

afterAll(async () => {
  // Put the record back (a new version) so the other files see the shipped figures.
  const now = (await store.getRecord("ratifications", "CN-C029"))!;
  await store.update("ratifications", "CN-C029", original, { actor: "web-tests", expectedVersion: now.version, note: "test over" });
  // ... and wait until the site has read it back, so the next file does not see the correction.
  expect(await eventually(() => ratifiedOn20220601(), (v) => JSON.stringify(v) === JSON.stringify(exact(26)))).toEqual(exact(26));
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe("as recorded on", () => {
  it("the API gives the old figure for a revision before the correction and the new one now", async () => {
    expect(await eventually(() => ratifiedOn20220601(), (v) => JSON.stringify(v) === JSON.stringify(exact(27)))).toEqual(exact(27));
    expect(await ratifiedOn20220601(`&recordedOn=r${before}`)).toEqual(exact(26));
    const res = await get(`/api/v1/partners/cn?asOf=2022-06-01&recordedOn=r${before}`);
    const body = await res.json();
    expect(body.records).toMatchObject({ revision: before, recordedOn: `r${before}`, latestRevision: before + 1 });
    expect(res.headers.get("x-atlas-revision")).toBe(String(before));
    // A table download recorded on that revision has the old registration date; today's the new one.
    const pinned = await (await get(`/data/partners/cn/ratifications.csv?recordedOn=r${before}`)).text();
    const now = await (await get("/data/partners/cn/ratifications.csv")).text();
    expect(now).toContain("2022-05-01");
    expect(pinned).not.toContain("2022-05-01");
  });

  it("the page recorded on a revision before the correction shows the old figure and says so; the current page the new one", async () => {
    const ratified = (html: string) => /<span class="figure">(\d+)<\/span><span class="label">Conventions ratified<\/span>/.exec(html)?.[1];
    const current = await eventually(async () => (await get("/partners/cn?asOf=2022-06-01")).text(), (h) => ratified(h) === "27");
    expect(ratified(current)).toBe("27");
    expect(current).not.toContain("an earlier state of the records");

    const res = await get(`/partners/cn?asOf=2022-06-01&recordedOn=r${before}`);
    expect(res.status).toBe(200);
    const old = await res.text();
    expect(ratified(old)).toBe("26");
    expect(old).toContain(`This page shows an earlier state of the records: revision ${before}`);
    expect(old).toContain('<a href="/partners/cn">See the current records</a>');
    expect(old).toContain(`href="/partners/cn?asOf=2022-06-01&amp;recordedOn=r${before}"`);
    expect(old).toContain(`Records at revision ${before}, recorded`);
    // Its downloads are pinned too.
    expect(old).toContain(`/data/partners/cn/ratifications.csv?asOf=2022-06-01&amp;recordedOn=r${before}`);
    // The feeds are linked in <head>.
    const feedLinks = (old.match(/<link [^>]*>/g) ?? []).filter((l) => l.includes('rel="alternate"') && l.includes('type="application/atom+xml"'));
    expect(feedLinks.some((l) => l.includes('href="/feeds/partners/cn.atom"'))).toBe(true);
    expect(feedLinks.some((l) => l.includes('href="/feeds/changes.atom"'))).toBe(true);

    const bad = await (await get("/partners/cn?recordedOn=soon")).text();
    expect(bad).toContain("could not be used");
  });

  it("home, compare and the instruments list recorded on that revision show the old figures, say so and pin their downloads", async () => {
    /** The cells' text of the table row whose header links to `href`. */
    const row = (html: string, href: string): string[] => {
      const tr = html.split("<tr").find((r) => r.includes(`href="${href}"`));
      expect(tr, href).toBeDefined();
      return [...(tr ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim());
    };
    const pages = [
      // China's fundamental Conventions on 2022-06-01 on the home table: 4 before the correction, 5 after.
      { path: "/?asOf=2022-06-01", href: "/partners/cn", pick: (cells: string[]) => cells[3]?.split(" ")[0] },
      // The compare table: a row per figure, a column per partner; China's ratified total 26, then 27.
      { path: "/compare?ids=cn,jp&asOf=2022-06-01", href: null, pick: null },
      // C029's ratifications on 2022-06-01 in the instruments list: one more with China's corrected date.
      { path: "/instruments?asOf=2022-06-01", href: "/instruments/C029", pick: (cells: string[]) => cells[5] },
    ];
    for (const { path, href, pick } of pages) {
      const sep = path.includes("?") ? "&" : "?";
      const current = await eventually(async () => (await get(path)).text(), (h) => h.includes(`Records at revision ${before + 1}`));
      const res = await get(`${path}${sep}recordedOn=r${before}`);
      expect(res.status, path).toBe(200);
      const old = await res.text();
      expect(old, path).toContain(`This page shows an earlier state of the records: revision ${before}`);
      expect(current, path).not.toContain("an earlier state of the records");
      // Its downloads read the same records.
      expect(old, path).toMatch(new RegExp(`/data/[^"]*recordedOn=r${before}`));
      if (href && pick) {
        const was = Number(pick(row(old, href)));
        const now = Number(pick(row(current, href)));
        expect(Number.isInteger(was), `${path}: ${pick(row(old, href))}`).toBe(true);
        expect(now, path).toBe(was + 1);
      } else {
        // The first figure of the "Conventions ratified" row is China's.
        const chinaRatified = (html: string) => /Conventions ratified(?:<\/span>)?<\/th><td[^>]*>([\s\S]*?)<\/td>/.exec(html)?.[1]?.replace(/<[^>]+>/g, "").trim();
        expect(chinaRatified(old)).toBe("26");
        expect(chinaRatified(current)).toBe("27");
      }
    }
    // The compare permalink keeps the partners compared.
    const compared = await (await get(`/compare?ids=cn,jp&asOf=2022-06-01&recordedOn=r${before}`)).text();
    expect(compared).toContain(`href="/compare?ids=cn%2Cjp&amp;asOf=2022-06-01&amp;recordedOn=r${before}"`);
  });

  it("a date-time before the correction names the revision then", async () => {
    const history = await store.history("ratifications", "CN-C029");
    const correctedAt = Date.parse(history.at(-1)!.at);
    const justBefore = new Date(correctedAt - 1).toISOString();
    expect(await ratifiedOn20220601(`&recordedOn=${encodeURIComponent(justBefore)}`)).toEqual(exact(26));
  });

  it.each([
    ["/api/v1/partners/cn", "yesterday", /neither r<revision>/],
    ["/api/v1/partners/cn", "r999999", /newer than the records/],
    ["/api/v1/search?q=china", "r1", /not available for search/],
  ])("%s?recordedOn=%s answers 400 naming recordedOn", async (path, value, message) => {
    const res = await get(`${path}${path.includes("?") ? "&" : "?"}recordedOn=${value}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.parameter).toBe("recordedOn");
    expect(body.error.message).toMatch(message);
  });
});

describe("last updated and conditional requests", () => {
  it("carries the revision and when it was recorded, and answers 304 with no body to a current copy", async () => {
    const first = await get("/api/v1/partners/cn?asOf=2022-06-01");
    const etag = first.headers.get("etag");
    const lastModified = first.headers.get("last-modified");
    expect(etag).toMatch(/^"r\d+"$/);
    expect(lastModified).not.toBeNull();
    expect(Number(first.headers.get("x-atlas-revision"))).toBe((await first.json()).records.revision);

    const byTag = await get("/api/v1/partners/cn?asOf=2022-06-01", { "If-None-Match": etag! });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe("");
    const byDate = await get("/api/v1/partners/cn?asOf=2022-06-01", { "If-Modified-Since": lastModified! });
    expect(byDate.status).toBe(304);
    expect(await byDate.text()).toBe("");
    const stale = await get("/api/v1/partners/cn?asOf=2022-06-01", { "If-None-Match": '"r0"' });
    expect(stale.status).toBe(200);

    const download = await get("/data/partners/cn/ratifications.csv");
    expect(download.status).toBe(200);
    const again = await get("/data/partners/cn/ratifications.csv", { "If-None-Match": download.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("sync", () => {
  it("/api/v1/changes?since= lists the correction with its new content, who and why", async () => {
    const res = await get(`/api/v1/changes?since=${before}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ since: before, revision: before + 1, total: 1, next: null });
    expect(body.changes[0]).toMatchObject({
      collection: "ratifications",
      key: "CN-C029",
      kind: "changed",
      actor: "web-tests",
      note: "registration date corrected",
      record: { registeredOn: "2022-05-01" },
    });
    const bad = await get("/api/v1/changes?since=soon");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.parameter).toBe("since");
  });

  it("is in the OpenAPI document with the recordedOn parameter and the 304", async () => {
    const doc = await (await get("/api/v1/openapi.json")).json();
    expect(doc.paths["/api/v1/changes"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["since", "until", "cursor"]);
    expect(doc.paths["/api/v1/partners/{id}"].get.parameters.map((p: { name: string }) => p.name)).toContain("recordedOn");
    expect(doc.paths["/api/v1/partners/{id}"].get.responses["304"]).toBeDefined();
    expect(doc.components.schemas.ChangesResponse).toBeDefined();
  });
});

describe("feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  const ATOM = "http://www.w3.org/2005/Atom";

  async function atom(path: string) {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const doc = parser.parse(await res.text());
    const feed = doc.feed;
    expect(feed["@xmlns"]).toBe(ATOM);
    for (const required of ["id", "title", "updated"]) expect(feed[required], required).toBeDefined();
    const entries = feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
    for (const e of entries) for (const required of ["id", "title", "updated", "link"]) expect(e[required], required).toBeDefined();
    return entries as { title: string | { "#text": string }; link: { "@href": string }; content?: unknown }[];
  }
  const text = (t: string | { "#text": string }) => (typeof t === "string" ? t : t["#text"]);

  it("the State's feed has the imported correction as a sentence linking to its profile, with the curator's note", async () => {
    const entries = await atom("/feeds/partners/cn.atom");
    const entry = entries.find((e) => text(e.title).startsWith("China: ratification of C029 registered on 2022-05-01 changed (registeredOn)"));
    expect(entry).toBeDefined();
    expect(new URL(entry!.link["@href"]).pathname).toBe("/partners/cn");
    expect(JSON.stringify(entry!.content)).toContain("registration date corrected");
  });

  it("the instrument's and the whole feed have it too; an unknown State has no feed", async () => {
    expect((await atom("/feeds/instruments/C029.atom")).some((e) => text(e.title).includes("ratification of C029"))).toBe(true);
    expect((await atom("/feeds/changes.atom")).some((e) => text(e.title).startsWith("China: ratification of C029"))).toBe(true);
    expect((await atom("/feeds/instruments/C155.atom")).some((e) => text(e.title).includes("C029"))).toBe(false);
    expect((await get("/feeds/partners/atlantis.atom")).status).toBe(404);
  });
});
