// The store's port: what web and TUI may ask of persistence. Engines implement it; nothing else speaks SQL.
import type {
  CollectionName,
  Dataset,
  Partner,
  PartnerId,
  Problem,
  RecordOf,
} from "@partnership-atlas/core";

export type Engine = "sqlite" | "postgres";

/** A record as stored: the domain record plus its version and who last changed it when. */
export interface Versioned<T> {
  key: string;
  record: T;
  /** Starts at 1 and grows by one on every write; an update must name the version it read. */
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  collection: CollectionName;
  key: string;
  action: "create" | "update" | "delete" | "import";
  /** The record before and after the write (null when it did not exist). */
  before: unknown | null;
  after: unknown | null;
  version: number;
  /** The store revision the write made (null for entries written before schema version 4). */
  revision: number | null;
  /** Why the change was made (a curator's note; required for a correction) and its source id. */
  note: string | null;
  source: string | null;
}

/** The records written after a revision, and the revision they lead to. */
export interface ChangesSince {
  revision: number;
  /** Each record created, changed or deleted since, once, in collection order, then by key. */
  changes: ImportChange[];
}

/** A past state of the records: a revision, or a moment (ISO date-time) whose last revision is meant. */
export type RecordedOn = { revision: number } | { at: string };

/** A revision and when it was recorded (null for revision 0, before any write). */
export interface Revision {
  revision: number;
  at: string | null;
}

/** The records as they stood at a revision, and the store's current revision beside it. */
export interface RecordsAt extends Revision {
  current: number;
  dataset: Dataset;
}

/** One record's net change between two revisions, with its new content and its last change's who, when and why. */
export interface SyncChange {
  collection: CollectionName;
  key: string;
  kind: "added" | "changed" | "removed";
  /** The record at the later revision; null when removed. */
  record: unknown | null;
  revision: number;
  at: string;
  actor: string;
  note: string | null;
  source: string | null;
}

/** A page of net changes from `since` to `revision`; `next` is the cursor of the next page, or null. */
export interface SyncPage extends Revision {
  since: number;
  /** Changes in the whole range, over every page. */
  total: number;
  changes: SyncChange[];
  next: string | null;
}

export interface SearchHit {
  kind: "partner" | "instrument" | "agreement" | "project";
  key: string;
  title: string;
  /** Where the hit belongs, for agreements and projects. */
  partner?: PartnerId;
  /** A short excerpt around the match. */
  snippet: string;
}

export interface WriteOptions {
  /** Who makes the change (a curator's name, `import`, `web`…); goes to the audit log. */
  actor: string;
  /**
   * Why: a curator's note. Required for a correction — an update or delete of an existing record
   * (see core's `correctionNoteProblem`); a ValidationError on `note` otherwise.
   */
  note?: string;
  /** The id of the source (a `sources` record) the change rests on, when there is one. */
  source?: string;
}

export interface UpdateOptions extends WriteOptions {
  /** The version the writer last read; a different current version is a conflict. */
  expectedVersion: number;
}

export interface ImportOptions {
  mode: "merge" | "replace";
  dryRun?: boolean;
  actor?: string;
  /** Why, as for a write; stored on every audit entry of the import. */
  note?: string;
  /** Called as the import proceeds (after validation, after each batch written, before commit). */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  phase: "validated" | "writing" | "committing";
  /** Rows written so far, of `total` rows to write. */
  done: number;
  total: number;
}

export interface ImportChange {
  collection: CollectionName;
  key: string;
}

/** What an import did (or, on a dry run, would do). */
export interface ImportReport {
  dryRun: boolean;
  mode: "merge" | "replace";
  added: ImportChange[];
  changed: ImportChange[];
  removed: ImportChange[];
  unchanged: number;
}

export interface Store {
  readonly engine: Engine;
  /** The URL with any password hidden, for messages. */
  readonly displayUrl: string;
  close(): Promise<void>;

  /** Grows by one on every committed write or import; cheap to poll for cache invalidation. */
  revision(): Promise<number>;

  /** The whole dataset, as core types, for core's derived functions. */
  loadDataset(): Promise<Dataset>;
  /**
   * The records one partner's profile needs (the partner and its records, its member State
   * and ratifications, all instruments, themes and sources), as a dataset core can derive
   * from; null when there is no such partner. A member State without a Partner record answers
   * under its lower-case code (`kh`) with its State, ratifications and coverage, and no partners.
   */
  loadPartnerDataset(id: PartnerId): Promise<Dataset | null>;
  listPartners(): Promise<Partner[]>;
  /** Case-insensitive search across partners, instruments, agreements and projects. */
  search(text: string, options?: { limit?: number }): Promise<SearchHit[]>;

  getRecord<C extends CollectionName>(collection: C, key: string): Promise<Versioned<RecordOf<C>> | null>;
  listRecords<C extends CollectionName>(collection: C): Promise<Versioned<RecordOf<C>>[]>;

  /**
   * Validates the record (core's schema) and the cross-record rules it takes part in — checked on
   * its neighbourhood through the reference index — then writes in one transaction with an audit entry.
   */
  create<C extends CollectionName>(collection: C, record: unknown, options: WriteOptions): Promise<Versioned<RecordOf<C>>>;
  /** As create; `key` is the record's current key (a record may not change its key). */
  update<C extends CollectionName>(
    collection: C,
    key: string,
    record: unknown,
    options: UpdateOptions,
  ): Promise<Versioned<RecordOf<C>>>;
  /** Refused with a ReferencedError naming the records that depend on it. */
  delete(collection: CollectionName, key: string, options: UpdateOptions): Promise<void>;

  /**
   * What changed after `revision`, from the audit log, so a cache can refresh those records
   * instead of reloading everything. Null when the log cannot say — `revision` is newer than
   * the store's, or older than its schema version 4, or more than `limit` (default 1000)
   * records changed — and the caller should reload everything.
   */
  changesSince(revision: number, options?: { limit?: number }): Promise<ChangesSince | null>;
  history(collection: CollectionName, key: string): Promise<AuditEntry[]>;
  /** The current revision (or `revision`, when not newer) and when it was recorded ("last updated"). */
  lastUpdated(revision?: number): Promise<Revision>;
  /**
   * The records as recorded on a past revision or moment, rebuilt from the audit log; a
   * HistoryError when the log cannot reach it. Independent of any "as of" date.
   */
  datasetAt(when: RecordedOn): Promise<RecordsAt>;
  /** Net changes after `since` (to `until`, default now), with content, paged (`limit` default 100, `after` a cursor). */
  changesBetween(since: number, options?: { until?: number; limit?: number; after?: string }): Promise<SyncPage>;
  recentChanges(limit?: number): Promise<AuditEntry[]>;

  /** All-or-nothing. `json` is the file's text or an already-parsed value. */
  importDataset(json: string | unknown, options: ImportOptions): Promise<ImportReport>;
  /** The dataset as canonical JSON text; export → import (replace) → export is byte-identical. */
  exportDataset(): Promise<string>;
  /** One collection as CSV (RFC 4180), nested fields as JSON text. */
  exportCsv(collection: CollectionName): Promise<string>;
  /** Engine integrity check plus core's validation of the stored dataset. */
  integrityCheck(): Promise<Problem[]>;
}
