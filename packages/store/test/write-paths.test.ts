// The per-record write path (create, update, delete, each checked against its record's
// neighbourhood) agrees with full validation (validateDataset) on every case of core's
// broken-dataset corpus and on its valid edits: the same accepted, the same refused, for the same reason.
import {
  COLLECTIONS,
  type CollectionName,
  DATASET_SCHEMA_VERSION,
  formatPath,
  RECORD_SCHEMAS,
  type RecordOf,
  recordKey,
  validateDataset,
} from "@partnership-atlas/core";
import { BROKEN_CASES, VALID_EDITS } from "@partnership-atlas/core/broken-corpus";
import { sampleDatasetInput as fixtureInput } from "@partnership-atlas/core/sample";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openStore, ReferencedError, type Store, ValidationError } from "../src/index.js";
import { ENGINES } from "./support/engines.js";

type Json = Record<string, unknown>;

type Write =
  | { op: "create"; collection: CollectionName; input: unknown }
  | { op: "update"; collection: CollectionName; key: string; input: unknown }
  | { op: "delete"; collection: CollectionName; key: string };

/** A record's key, or null when the value is not a valid record. */
function keyOf(collection: CollectionName, value: unknown): string | null {
  const r = RECORD_SCHEMAS[collection].safeParse(value);
  return r.success ? recordKey(collection, r.data as RecordOf<typeof collection>) : null;
}

/**
 * The writes a curator would make to turn `before` into `after`, matching records by key:
 * creates first (in collection order, so targets exist before what refers to them), then
 * updates, then deletes (in reverse order, referrers first). A record that no longer parses
 * is an update of the record at its position; a record under a new key is a create, and the
 * key it replaced a delete.
 */
function writesBetween(before: Record<string, Json[]>, after: Record<string, Json[]>): Write[] {
  const creates: Write[] = [];
  const updates: Write[] = [];
  const deletes: Write[] = [];
  for (const c of COLLECTIONS) {
    const was = new Map<string, Json>();
    const oldKeys = before[c]!.map((r, i) => {
      const k = keyOf(c, r);
      if (k === null) throw new Error(`the fixture's ${c}[${i}] is not valid`);
      was.set(k, r);
      return k;
    });
    const now = after[c]!;
    const newKeys = new Set(now.map((r) => keyOf(c, r)));
    const matched = new Set<string>();
    now.forEach((next, i) => {
      const k = keyOf(c, next);
      const atPosition = oldKeys[i];
      if (k !== null && was.has(k) && !matched.has(k)) {
        matched.add(k);
        if (JSON.stringify(was.get(k)) !== JSON.stringify(next)) updates.push({ op: "update", collection: c, key: k, input: next });
      } else if (k === null && atPosition !== undefined && !matched.has(atPosition) && !newKeys.has(atPosition)) {
        matched.add(atPosition);
        updates.push({ op: "update", collection: c, key: atPosition, input: next });
      } else creates.push({ op: "create", collection: c, input: next });
    });
    for (const k of oldKeys) if (!matched.has(k)) deletes.unshift({ op: "delete", collection: c, key: k });
  }
  return [...creates, ...updates, ...deletes];
}

/** Whether the mutated input is still a dataset envelope (right version, every list a list), so per-record writes can express it. */
function isRecordLevel(value: unknown): value is Record<string, Json[]> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    v.schemaVersion === DATASET_SCHEMA_VERSION &&
    COLLECTIONS.every((c) => Array.isArray(v[c])) &&
    Object.keys(v).every((k) => k === "schemaVersion" || (COLLECTIONS as readonly string[]).includes(k))
  );
}

interface Outcome {
  accepted: boolean;
  /** The problem codes of the refused write (dangling-reference for a refused delete). */
  codes: string[];
}

async function applyWrites(store: Store, writes: Write[]): Promise<Outcome> {
  for (const w of writes) {
    try {
      if (w.op === "create") await store.create(w.collection, w.input, { actor: "agreement-test" });
      else {
        const current = await store.getRecord(w.collection, w.key);
        if (!current) throw new Error(`${w.collection} ${w.key} is not stored`);
        const options = { actor: "agreement-test", expectedVersion: current.version, note: "test correction" };
        if (w.op === "update") await store.update(w.collection, w.key, w.input, options);
        else await store.delete(w.collection, w.key, options);
      }
    } catch (error) {
      if (error instanceof ValidationError) return { accepted: false, codes: error.problems.map((p) => p.code) };
      if (error instanceof ReferencedError) return { accepted: false, codes: ["dangling-reference"] };
      throw error;
    }
  }
  return { accepted: true, codes: [] };
}

describe.each(ENGINES)("$engine: per-record writes and full validation", ({ freshUrl }) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await freshUrl(), { seed: false });
  });
  afterAll(() => store.close());

  async function reset() {
    await store.importDataset(fixtureInput(), { mode: "replace", actor: "reset", note: "test correction" });
  }

  const envelopeOnly: string[] = [];
  for (const c of BROKEN_CASES) {
    const input = fixtureInput();
    const mutated = c.mutate(input) ?? input;
    if (!isRecordLevel(mutated)) {
      envelopeOnly.push(c.name);
      continue;
    }
    test(`both refuse: ${c.name} (${c.code})`, async () => {
      expect(validateDataset(mutated).ok).toBe(false);
      await reset();
      const writes = writesBetween(fixtureInput() as unknown as Record<string, Json[]>, mutated);
      expect(writes.length).toBeGreaterThan(0);
      const outcome = await applyWrites(store, writes);
      expect(outcome.accepted, `the writes ${writes.map((w) => `${w.op} ${w.collection}`).join(", ")} were all accepted`).toBe(false);
      expect(outcome.codes).toContain(c.code);
    });
  }

  test("only the cases that break the file's envelope (not a record) are left to import", () => {
    expect(envelopeOnly.sort()).toEqual(["a whole list missing", "not an object at all", "text in place of a list", "wrong schema version"]);
    for (const name of envelopeOnly) {
      const at = BROKEN_CASES.find((c) => c.name === name)?.at;
      expect(["(root)", "schemaVersion", ...COLLECTIONS]).toContain(at);
    }
  });

  for (const edit of VALID_EDITS) {
    test(`both accept: ${edit.name}`, async () => {
      const mutated = fixtureInput();
      edit.mutate(mutated);
      expect(validateDataset(mutated).problems).toEqual([]);
      await reset();
      const writes = writesBetween(fixtureInput() as unknown as Record<string, Json[]>, mutated as unknown as Record<string, Json[]>);
      expect(writes.length).toBeGreaterThan(0);
      expect(await applyWrites(store, writes)).toEqual({ accepted: true, codes: [] });
      // The store now holds what full validation accepted, and its reference index agrees.
      const stored = await store.loadDataset();
      const expected = validateDataset(mutated);
      if (!expected.ok) throw new Error("unreachable: checked above");
      for (const c of COLLECTIONS) {
        expect((stored[c] as RecordOf<typeof c>[]).map((r) => recordKey(c, r)).sort(), formatPath([c])).toEqual(
          (expected.dataset[c] as RecordOf<typeof c>[]).map((r) => recordKey(c, r)).sort(),
        );
      }
      expect(await store.integrityCheck()).toEqual([]);
    });
  }
});
