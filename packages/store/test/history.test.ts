// "As recorded on" and sync, on both engines: records rebuilt from the version history equal
// an export taken at that revision, byte for byte, after random edits.
import { COLLECTIONS, type Dataset, type RecordOf, recordKey } from "@partnership-atlas/core";
import { sampleDatasetInput as fixtureInput } from "@partnership-atlas/core/sample";
import { afterEach, describe, expect, test } from "vitest";
import { canonicalDatasetText, HistoryError, openStore, type Store } from "../src/index.js";
import { ENGINES } from "./support/engines.js";

const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A small seeded generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random edit of the kinds curators make: create, update or delete a theme, retitle an instrument, import a change. */
async function randomEdit(store: Store, next: () => number, step: number): Promise<void> {
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
  const themes = await store.listRecords("themes");
  const free = themes.filter((t) => t.key.startsWith("rnd-"));
  const kind = pick(["create", "update", "delete", "retitle", "import"] as const);
  if (kind === "create" || (kind === "delete" && free.length === 0)) {
    await store.create("themes", { id: `rnd-${step}`, label: `Theme ${step}` }, { actor: "prop" });
  } else if (kind === "update") {
    const t = pick(themes);
    await store.update("themes", t.key, { ...t.record, label: `${t.record.label} ${step}` }, { actor: "prop", expectedVersion: t.version, note: `step ${step}` });
  } else if (kind === "delete") {
    const t = pick(free);
    await store.delete("themes", t.key, { actor: "prop", expectedVersion: t.version, note: `step ${step}` });
  } else if (kind === "retitle") {
    const i = pick(await store.listRecords("instruments"));
    await store.update("instruments", i.key, { ...i.record, title: `${i.record.title} (${step})` }, { actor: "prop", expectedVersion: i.version, note: "retitled" });
  } else {
    const t = pick(themes);
    await store.importDataset({ schemaVersion: 1, themes: [{ ...t.record, label: `Imported ${step}` }] }, { mode: "merge", actor: "importer", note: `import ${step}` });
  }
}

/** Applies a sync page's changes to a dataset: what a client that synced at `since` does. */
function applyChanges(ds: Dataset, changes: Awaited<ReturnType<Store["changesBetween"]>>["changes"]): Dataset {
  const out = { ...ds } as Record<string, unknown>;
  for (const c of COLLECTIONS) {
    const mine = changes.filter((x) => x.collection === c);
    if (mine.length === 0) continue;
    const keys = new Set(mine.map((x) => x.key));
    const kept = (ds[c] as RecordOf<typeof c>[]).filter((r) => !keys.has(recordKey(c, r)));
    for (const x of mine) if (x.record !== null) kept.push(x.record as RecordOf<typeof c>);
    out[c] = kept;
  }
  return out as Dataset;
}

describe.each(ENGINES)("$engine version history", ({ freshUrl }) => {
  async function fresh(): Promise<Store> {
    const store = await openStore(await freshUrl(), { seed: false });
    open.push(store);
    return store;
  }

  test.each([11, 2026])("after random edits (seed %i), the records rebuilt at every revision equal the export taken then, byte for byte", async (seed) => {
    const store = await fresh();
    const exports: string[] = [await store.exportDataset()];
    await store.importDataset(fixtureInput(), { mode: "replace", actor: "test", note: "test correction" });
    exports.push(await store.exportDataset());
    const next = random(seed);
    for (let step = 0; step < 24; step++) {
      await randomEdit(store, next, step);
      expect(await store.revision()).toBe(exports.length);
      exports.push(await store.exportDataset());
    }
    for (let revision = 0; revision < exports.length; revision++) {
      const then = await store.datasetAt({ revision });
      expect(then.revision).toBe(revision);
      expect(then.current).toBe(exports.length - 1);
      expect(canonicalDatasetText(then.dataset)).toBe(exports[revision]);
      // By moment: the time a revision was recorded names that revision (or a later one written in the same millisecond).
      if (then.at !== null) {
        const byTime = await store.datasetAt({ at: then.at });
        expect(exports[byTime.revision]).toBe(canonicalDatasetText(byTime.dataset));
        expect(byTime.revision).toBeGreaterThanOrEqual(revision);
      }
      // Sync: the net changes since that revision, applied to its records, give today's.
      const page = await store.changesBetween(revision, { limit: 10_000 });
      expect(canonicalDatasetText(applyChanges(then.dataset, page.changes))).toBe(exports.at(-1));
    }
  });

  test("a moment before the first write gives the empty records; a revision beyond the store's is a HistoryError", async () => {
    const store = await fresh();
    await store.importDataset(fixtureInput(), { mode: "replace", actor: "test", note: "test correction" });
    const before = await store.datasetAt({ at: "2000-01-01T00:00:00.000Z" });
    expect(before.revision).toBe(0);
    expect(before.dataset.instruments).toEqual([]);
    await expect(store.datasetAt({ revision: 2 })).rejects.toBeInstanceOf(HistoryError);
    await expect(store.datasetAt({ revision: 2 })).rejects.toThrow(/revision 2 is newer than the records \(revision 1\)/);
  });

  test("changes carry who, when, why and the source, and page with a cursor in collection order", async () => {
    const store = await fresh();
    await store.importDataset(fixtureInput(), { mode: "replace", actor: "test", note: "test correction" });
    const start = await store.revision();
    for (const id of ["rnd-a", "rnd-b", "rnd-c"]) await store.create("themes", { id, label: id }, { actor: "alice", note: `add ${id}`, source: "s19" });
    const c029 = (await store.getRecord("instruments", "C029"))!;
    await store.update("instruments", "C029", { ...c029.record, title: "Forced Labour" }, { actor: "bob", expectedVersion: c029.version, note: "title corrected" });
    const b = (await store.getRecord("themes", "rnd-b"))!;
    await store.delete("themes", "rnd-b", { actor: "carol", expectedVersion: b.version, note: "duplicate" });

    const first = await store.changesBetween(start, { limit: 2 });
    expect(first).toMatchObject({ since: start, revision: start + 5, total: 3, next: "themes:rnd-c" });
    expect(first.changes.map((c) => [c.collection, c.key, c.kind, c.actor, c.note, c.source])).toEqual([
      ["themes", "rnd-a", "added", "alice", "add rnd-a", "s19"],
      ["themes", "rnd-c", "added", "alice", "add rnd-c", "s19"],
    ]);
    const second = await store.changesBetween(start, { limit: 2, after: first.next!, until: first.revision });
    expect(second.next).toBeNull();
    expect(second.changes.map((c) => [c.key, c.kind, c.note, (c.record as { title?: string } | null)?.title])).toEqual([["C029", "changed", "title corrected", "Forced Labour"]]);
    // rnd-b was added and removed inside the range: no net change.
    expect(first.total).toBe(3);
    const history = await store.history("themes", "rnd-b");
    expect(history.map((h) => [h.action, h.actor, h.note])).toEqual([
      ["create", "alice", "add rnd-b"],
      ["delete", "carol", "duplicate"],
    ]);
    await expect(store.changesBetween(start, { after: "nowhere" })).rejects.toThrow(/the cursor "nowhere" is not one this store gave/);
    expect(await store.lastUpdated()).toEqual({ revision: start + 5, at: history[1]!.at });
    expect(await store.lastUpdated(start + 4)).toEqual({ revision: start + 4, at: (await store.history("instruments", "C029")).at(-1)!.at });
  });
});
