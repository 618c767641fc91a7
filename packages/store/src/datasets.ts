// What the store's modules share: the context they run in, and datasets built from rows with
// rule problems keyed by record.
import {
  COLLECTIONS,
  type CollectionName,
  checkDatasetRules,
  DATASET_SCHEMA_VERSION,
  type Dataset,
  formatPath,
  type Problem,
  problem,
  type RecordOf,
  recordKey,
} from "@partnership-atlas/core";
import type { Kysely } from "kysely";
import type { EngineDriver } from "./engine/driver.js";
import { ValidationError } from "./errors.js";
import { compareKeys, type Database, type RecordCache, type RecordTable, TABLES } from "./rows.js";

export type Db = Kysely<Database>;

/** What every store operation runs with: the engine's driver and the parsed-record cache. */
export interface StoreContext {
  readonly driver: EngineDriver;
  readonly cache: RecordCache;
}

/** Rows per statement in bulk writes. */
export const BATCH = 400;

export function now(): string {
  return new Date().toISOString();
}

export function table(c: CollectionName): RecordTable {
  return TABLES[c];
}

export function byKey<C extends CollectionName>(c: C, records: RecordOf<C>[]): RecordOf<C>[] {
  return records
    .map((r) => [recordKey(c, r), r] as const)
    .sort((a, b) => compareKeys(a[0], b[0]))
    .map(([, r]) => r);
}

export function emptyDataset(): Dataset {
  const ds = { schemaVersion: DATASET_SCHEMA_VERSION } as Record<string, unknown>;
  for (const c of COLLECTIONS) ds[c] = [];
  return ds as Dataset;
}

export async function selectRecords<C extends CollectionName>(db: Db, c: C, cache: RecordCache): Promise<RecordOf<C>[]> {
  const rows = await db.selectFrom(table(c)).select(["key", "data"]).execute();
  rows.sort((a, b) => compareKeys(a.key, b.key));
  return rows.map((row) => cache.parse(c, row));
}

export async function loadAll(db: Db, cache: RecordCache): Promise<Dataset> {
  const ds = emptyDataset() as Record<string, unknown>;
  for (const c of COLLECTIONS) ds[c] = await selectRecords(db, c, cache);
  return ds as Dataset;
}

/** Problem paths use record keys instead of list positions: `instruments.C029.title`. */
export function keyedProblems(problems: Problem[], ds: Dataset): Problem[] {
  return problems.map((p) => {
    const [c, index, ...rest] = p.path;
    if (typeof c === "string" && (COLLECTIONS as readonly string[]).includes(c) && typeof index === "number") {
      const collection = c as CollectionName;
      const record = ds[collection][index];
      if (record) {
        const path = [collection, recordKey(collection, record as RecordOf<typeof collection>), ...rest];
        return { ...p, path, at: formatPath(path) };
      }
    }
    return p;
  });
}

/** The rule problems `after` has that `before` did not (stored data is trusted to be as valid as it was). */
export function newRuleProblems(after: Dataset, before: () => Dataset): Problem[] {
  const found = keyedProblems(checkDatasetRules(after), after);
  if (found.length === 0) return [];
  const old = new Set(keyedProblems(checkDatasetRules(before()), before()).map((p) => `${p.at}\u0000${p.message}`));
  return found.filter((p) => !old.has(`${p.at}\u0000${p.message}`));
}

export function withRecord<C extends CollectionName>(ds: Dataset, c: C, key: string, record: RecordOf<C> | null): Dataset {
  const list = (ds[c] as RecordOf<C>[]).filter((r) => recordKey(c, r) !== key);
  if (record) list.push(record);
  return { ...ds, [c]: list };
}

/** A collection name from a caller that may not be typed (a URL, a CLI argument). */
export function assertCollection(collection: string): void {
  if (!(COLLECTIONS as readonly string[]).includes(collection)) {
    const message = `"${collection}" is not a collection; expected one of ${COLLECTIONS.join(", ")}`;
    throw new ValidationError(message, [problem(["collection"], "schema", message)]);
  }
}
