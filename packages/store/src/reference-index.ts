// The reference index (table record_references): which stored record refers to which, kept in
// the write's own transaction, so a write checks its record's neighbourhood instead of the dataset.
import {
  type AnyRecord,
  COLLECTIONS,
  type CollectionName,
  type Dataset,
  type RecordOf,
  recordKey,
  recordReferences,
} from "@partnership-atlas/core";
import { sql } from "kysely";
import { type Db, emptyDataset } from "./datasets.js";
import { compareKeys, type RecordCache, type ReferenceRow, TABLES, tryParseRow } from "./rows.js";
import type { Engine } from "./types.js";

/** Rows per insert statement. */
const REF_BATCH = 5000;
/** Keys per `in (…)` lookup. */
const KEY_BATCH = 400;

export interface RecordAddress {
  collection: CollectionName;
  key: string;
}

/** The index rows of one record: each record it refers to, once (core's recordReferences). */
export function referenceRows<C extends CollectionName>(collection: C, key: string, record: RecordOf<C>): ReferenceRow[] {
  const seen = new Set<string>();
  const rows: ReferenceRow[] = [];
  for (const ref of recordReferences(collection, record)) {
    const id = `${ref.collection}\u0000${ref.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    rows.push({ from_collection: collection, from_key: key, to_collection: ref.collection, to_key: ref.key });
  }
  return rows;
}

/**
 * Inserts index rows, many per statement: each batch travels as one JSON parameter that the
 * engine unpacks (a bound parameter per value made a ×100 import spend a third of its time here).
 */
export async function insertReferences(db: Db, engine: Engine, rows: readonly ReferenceRow[]): Promise<void> {
  const elements = sql.raw(engine === "postgres" ? "jsonb_array_elements" : "json_each");
  const cast = sql.raw(engine === "postgres" ? "::jsonb" : "");
  for (let i = 0; i < rows.length; i += REF_BATCH) {
    const batch = JSON.stringify(rows.slice(i, i + REF_BATCH).map((r) => [r.from_collection, r.from_key, r.to_collection, r.to_key]));
    await sql`insert into record_references (from_collection, from_key, to_collection, to_key)
      select value ->> 0, value ->> 1, value ->> 2, value ->> 3 from ${elements}(${batch}${cast})`.execute(db);
  }
}

/** Drops the index rows of the records `keys` of `collection` (before they are rewritten or deleted). */
export async function deleteReferencesFrom(db: Db, collection: CollectionName, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += KEY_BATCH) {
    await db
      .deleteFrom("record_references")
      .where("from_collection", "=", collection)
      .where("from_key", "in", keys.slice(i, i + KEY_BATCH))
      .execute();
  }
}

/** Orders records by collection (COLLECTIONS order), then by key. */
export function byCollectionThenKey(a: RecordAddress, b: RecordAddress): number {
  return a.collection === b.collection ? compareKeys(a.key, b.key) : COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection);
}

function asCollection(name: string): CollectionName | undefined {
  return COLLECTIONS.find((c) => c === name);
}

/** The records that refer to `collection`/`key`, in collection order, then by key. */
export async function referrers(db: Db, collection: CollectionName, key: string): Promise<RecordAddress[]> {
  const rows = await db
    .selectFrom("record_references")
    .select(["from_collection", "from_key"])
    .where("to_collection", "=", collection)
    .where("to_key", "=", key)
    .execute();
  const out: RecordAddress[] = [];
  for (const row of rows) {
    const c = asCollection(row.from_collection);
    // A collection this program does not know cannot be loaded; its rows are left to their own code.
    if (c) out.push({ collection: c, key: row.from_key });
  }
  return out.sort(byCollectionThenKey);
}

function want(map: Map<CollectionName, Set<string>>, collection: CollectionName, key: string): void {
  let set = map.get(collection);
  if (!set) {
    set = new Set();
    map.set(collection, set);
  }
  set.add(key);
}

async function fetch(db: Db, cache: RecordCache, wanted: Map<CollectionName, Set<string>>, into: Dataset): Promise<void> {
  for (const [c, keys] of wanted) {
    const list = [...keys];
    const found = into[c] as AnyRecord[];
    for (let i = 0; i < list.length; i += KEY_BATCH) {
      const rows = await db.selectFrom(TABLES[c]).select(["key", "data"]).where("key", "in", list.slice(i, i + KEY_BATCH)).execute();
      for (const row of rows) found.push(cache.parse(c, row));
    }
  }
}

/**
 * The stored records a write of `collection`/`key` can break or depend on, without the record
 * itself: what its old and new versions refer to and, when `withReferrers`, the records that
 * refer to it together with what they refer to. Every rule of core's `checkDatasetRules` that
 * involves the record involves only records listed here (a rule spans two records only through
 * a reference), so checking this context before and after the write checks the whole dataset.
 */
export async function writeContext<C extends CollectionName>(
  db: Db,
  cache: RecordCache,
  collection: C,
  key: string,
  versions: readonly (RecordOf<C> | null)[],
  withReferrers: boolean,
): Promise<Dataset> {
  const wanted = new Map<CollectionName, Set<string>>();
  for (const record of versions) {
    if (record) for (const ref of recordReferences(collection, record)) want(wanted, ref.collection, ref.key);
  }
  const context = emptyDataset();
  if (withReferrers) {
    const incoming = new Map<CollectionName, Set<string>>();
    for (const r of await referrers(db, collection, key)) want(incoming, r.collection, r.key);
    await fetch(db, cache, incoming, context);
    for (const c of COLLECTIONS) {
      for (const record of context[c] as RecordOf<typeof c>[]) {
        for (const ref of recordReferences(c, record)) want(wanted, ref.collection, ref.key);
      }
    }
    // Referrers are loaded already.
    for (const [c, keys] of incoming) for (const k of keys) wanted.get(c)?.delete(k);
  }
  // A partial registration date is bounded by the coverage record that cites the same source: a
  // rule between two records that meet only in a source they both cite. Coverage records are a
  // handful, so a ratification's write checks them all; a coverage write checks the
  // ratifications that cite its sources.
  if (collection === "ratifications" || collection === "coverage") {
    for (const row of await db.selectFrom(TABLES.coverage).select("key").execute()) want(wanted, "coverage", row.key);
  }
  if (collection === "coverage") {
    const citing = new Map<CollectionName, Set<string>>();
    for (const record of versions) {
      const cited = record && "sources" in record ? record.sources : [];
      for (const ref of cited) {
        for (const r of await referrers(db, "sources", ref.source)) if (r.collection === "ratifications") want(citing, r.collection, r.key);
      }
    }
    for (const k of citing.get("ratifications") ?? []) wanted.get("ratifications")?.delete(k);
    await fetch(db, cache, citing, context);
    // Their instruments and States decide whether the coverage's scope holds them.
    for (const r of context.ratifications) {
      if (citing.get("ratifications")?.has(recordKey("ratifications", r))) {
        for (const ref of recordReferences("ratifications", r)) if (ref.collection !== "ratifications") want(wanted, ref.collection, ref.key);
      }
    }
  }
  wanted.get(collection)?.delete(key);
  await fetch(db, cache, wanted, context);
  return context;
}

/** The whole index as core's recordReferences gives it for the stored records, for migrations and the integrity check. */
export async function expectedReferenceRows(db: Db): Promise<ReferenceRow[]> {
  const rows: ReferenceRow[] = [];
  for (const c of COLLECTIONS) {
    for (const row of await db.selectFrom(TABLES[c]).select(["key", "data"]).execute()) {
      const parsed = tryParseRow(c, row);
      // A row that does not parse has no references to index; the integrity check reports it.
      if (parsed.ok) rows.push(...referenceRows(c, row.key, parsed.record));
    }
  }
  return rows;
}
