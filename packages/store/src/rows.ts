// Storage rows and their mappers to and from core's domain records ("parse at every edge, never cast").
import {
  type CollectionName,
  COLLECTIONS,
  type Problem,
  problem,
  RECORD_SCHEMAS,
  type RecordOf,
  recordKey,
  zodProblems,
} from "@partnership-atlas/core";
import type { Generated } from "kysely";
import { RowError } from "./errors.js";
import type { AuditEntry, Versioned } from "./types.js";

/** One row of a collection table. `partner`, `state` and `instrument` are indexed reference columns. */
export interface RecordRow {
  key: string;
  data: string;
  version: number;
  updated_at: string;
  updated_by: string;
  partner: string | null;
  state: string | null;
  instrument: string | null;
  /** Lower-cased title and summary, for search; null for collections that are not searched. */
  search_text: string | null;
}

export interface AuditRow {
  id: Generated<number>;
  at: string;
  actor: string;
  collection: string;
  key: string;
  action: string;
  before: string | null;
  after: string | null;
  version: number;
  /** The store revision the write made; null for entries written before schema version 4. */
  revision: number | null;
  /** The curator's note and the source the change rests on (schema version 5). */
  note: string | null;
  source: string | null;
}

/** One edge of the reference index: the record `from` refers to the record `to` (schema version 3). */
export interface ReferenceRow {
  from_collection: string;
  from_key: string;
  to_collection: string;
  to_key: string;
}

export interface MetaRow {
  id: number;
  revision: number;
  dataset_schema_version: number;
  seeded_at: string | null;
}

export interface MigrationRow {
  version: number;
  name: string;
  applied_at: string;
}

/** The table of each collection. */
export const TABLES = {
  sources: "sources",
  themes: "themes",
  instruments: "instruments",
  memberStates: "member_states",
  ratifications: "ratifications",
  partners: "partners",
  agreements: "agreements",
  contributions: "contributions",
  projects: "projects",
  countryProgrammes: "country_programmes",
  claims: "claims",
  coverage: "coverage",
} as const satisfies Record<CollectionName, string>;
export type RecordTable = (typeof TABLES)[CollectionName];

export type Database = { [T in RecordTable]: RecordRow } & {
  audit_log: AuditRow;
  record_references: ReferenceRow;
  meta: MetaRow;
  migrations: MigrationRow;
};

export const SEARCHED: readonly CollectionName[] = ["partners", "instruments", "agreements", "projects"];

/** The canonical JSON text of a record: the key order core's schema parse produces. */
export function canonicalText(record: unknown): string {
  return JSON.stringify(record);
}

/** The row that stores a record (already parsed by core) at a version. */
export function recordToRow<C extends CollectionName>(
  collection: C,
  record: RecordOf<C>,
  version: number,
  at: string,
  by: string,
): RecordRow {
  const str = (name: string) => {
    const v: unknown = Reflect.get(record, name);
    return typeof v === "string" ? v : null;
  };
  let searchText: string | null = null;
  if (SEARCHED.includes(collection)) {
    searchText = ["code", "id", "name", "title", "summary"].map(str).filter((x) => x !== null).join("\n").toLowerCase();
  }
  return {
    key: recordKey(collection, record),
    data: canonicalText(record),
    version,
    updated_at: at,
    updated_by: by,
    partner: collection === "partners" ? str("id") : str("partner"),
    state: collection === "memberStates" ? str("code") : str("state"),
    instrument: collection === "instruments" ? str("code") : str("instrument"),
    search_text: searchText,
  };
}

/** Parses one row's data through the collection's core schema; never trusts the row. */
export function parseRowRecord<C extends CollectionName>(collection: C, row: Pick<RecordRow, "key" | "data">): RecordOf<C> {
  const result = tryParseRow(collection, row);
  if (!result.ok) throw new RowError(collection, row.key, result.problems);
  return result.record;
}

export function tryParseRow<C extends CollectionName>(
  collection: C,
  row: Pick<RecordRow, "key" | "data">,
): { ok: true; record: RecordOf<C> } | { ok: false; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(row.data);
  } catch (error) {
    return { ok: false, problems: [problem([collection, row.key], "schema", `the stored JSON is not readable (${(error as Error).message})`)] };
  }
  const parsed = RECORD_SCHEMAS[collection].safeParse(json);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error, [collection, row.key]) };
  const record = parsed.data as RecordOf<C>;
  const key = recordKey(collection, record);
  if (key !== row.key) {
    return { ok: false, problems: [problem([collection, row.key], "inconsistent", `the row's key is "${row.key}" but its record's key is "${key}"`)] };
  }
  return { ok: true, record };
}

const ACTIONS = ["create", "update", "delete", "import"] as const;

export function auditRowToEntry(row: { id: number } & Omit<AuditRow, "id">): AuditEntry {
  const collection = COLLECTIONS.find((c) => c === row.collection);
  const action = ACTIONS.find((a) => a === row.action);
  if (!collection || !action) {
    throw new RowError("audit_log", String(row.id), [
      problem(["audit_log", Number(row.id)], "schema", `names an unknown collection "${row.collection}" or action "${row.action}"`),
    ]);
  }
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    collection,
    key: row.key,
    action,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    version: Number(row.version),
    revision: row.revision === null ? null : Number(row.revision),
    note: row.note ?? null,
    source: row.source ?? null,
  };
}

/** Compares keys by UTF-16 code units, the same on every engine and locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Parsed records by their stored text, so reads skip JSON and schema parsing of rows that did
 * not change. Records it returns are shared between reads and therefore frozen.
 */
export class RecordCache {
  private readonly byCollection = new Map<CollectionName, Map<string, { data: string; record: unknown }>>();

  parse<C extends CollectionName>(collection: C, row: Pick<RecordRow, "key" | "data">): RecordOf<C> {
    let map = this.byCollection.get(collection);
    if (!map) {
      map = new Map();
      this.byCollection.set(collection, map);
    }
    const hit = map.get(row.key);
    if (hit && hit.data === row.data) return hit.record as RecordOf<C>;
    const record = deepFreeze(parseRowRecord(collection, row));
    map.set(row.key, { data: row.data, record });
    return record;
  }

  versioned<C extends CollectionName>(collection: C, row: RecordRow): Versioned<RecordOf<C>> {
    return {
      key: row.key,
      record: this.parse(collection, row),
      version: Number(row.version),
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    };
  }
}
