// The curators' side of the version history, through the built binary: an import with a note,
// `export --since` for sync, `history` as sentences and diffs, and `revert` as a new version.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAtlas } from "./run-atlas.js";

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-history-"));
  db = `sqlite:${join(dir, "atlas.db")}`;
  expect((await runAtlas(["validate", "--db", db])).code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cnC029(): Promise<Record<string, unknown>> {
  const r = await runAtlas(["export", "--db", db]);
  const ds = JSON.parse(r.stdout) as { ratifications: { state: string; instrument: string }[] };
  return ds.ratifications.find((x) => x.state === "CN" && x.instrument === "C029")!;
}

describe("history, export --since and revert", () => {
  it("an import's note is kept; export --since lists only what changed after a revision, with its content", async () => {
    const start = JSON.parse((await runAtlas(["export", "--since", "0", "--db", db])).stdout).revision as number;
    const before = await cnC029();
    const file = join(dir, "fix.json");
    await writeFile(file, JSON.stringify({ schemaVersion: 1, ratifications: [{ ...before, registeredOn: "2022-05-01" }] }));
    const imported = await runAtlas(["import", file, "--note", "registration date corrected", "--db", db], { ATLAS_ACTOR: "curator-a" });
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);

    const sync = await runAtlas(["export", "--since", String(start), "--db", db]);
    expect(sync.code).toBe(0);
    const body = JSON.parse(sync.stdout);
    expect(body).toMatchObject({ since: start, revision: start + 1 });
    expect(body.changes).toEqual([
      expect.objectContaining({ collection: "ratifications", key: "CN-C029", kind: "changed", actor: "curator-a", note: "registration date corrected", record: expect.objectContaining({ registeredOn: "2022-05-01" }) }),
    ]);
    expect(JSON.parse((await runAtlas(["export", "--since", `r${start + 1}`, "--db", db])).stdout).changes).toEqual([]);
  });

  it("history prints each change as a sentence with who, why and a diff of its fields", async () => {
    const r = await runAtlas(["history", "ratifications", "CN-C029", "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("China: ratification of C029 registered on 2022-05-01 changed (registeredOn)");
    expect(r.stdout).toContain("why: registration date corrected");
    expect(r.stdout).toMatch(/- registeredOn: 2022-\d\d-\d\d\n\s+\+ registeredOn: 2022-05-01/);
    expect(r.stdout).toContain("curator-a");
  });

  it("revert needs a note, then writes a new version with the old content and keeps the history", async () => {
    const refused = await runAtlas(["revert", "ratifications", "CN-C029", "--db", db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/needs a note/);
    const original = JSON.parse((await runAtlas(["history", "ratifications", "CN-C029", "--json", "--db", db])).stdout).at(-1).before;

    const r = await runAtlas(["revert", "ratifications", "CN-C029", "--note", "the earlier date was right", "--db", db], { ATLAS_ACTOR: "curator-b" });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(await cnC029()).toEqual(original);
    const entries = JSON.parse((await runAtlas(["history", "ratifications", "CN-C029", "--json", "--db", db])).stdout);
    expect(entries.slice(-2).map((e: { actor: string; note: string | null }) => [e.actor, e.note])).toEqual([
      ["curator-a", "registration date corrected"],
      ["curator-b", "the earlier date was right"],
    ]);
    expect(entries.at(-1).version).toBe(entries.at(-2).version + 1);
  });

  it("refuses a bad --since and a record with no history in one clear line", async () => {
    const bad = await runAtlas(["export", "--since", "yesterday", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('atlas: export: --since must be a revision number (0 or more, e.g. 12 or r12), not "yesterday"');
    const future = await runAtlas(["export", "--since", "99999", "--db", db]);
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/newer than the records/);
    const none = await runAtlas(["history", "themes", "no-such-theme", "--db", db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no history for themes "no-such-theme"/);
  });
});
