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
}

/** The records written after a revision, and the revision they lead to. */
export interface ChangesSince {
  revision: number;
  /** Each record created, changed or deleted since, once, in collection order, then by key. */
  changes: ImportChange[];
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
}

export interface UpdateOptions extends WriteOptions {
  /** The version the writer last read; a different current version is a conflict. */
  expectedVersion: number;
}

export interface ImportOptions {
  mode: "merge" | "replace";
  dryRun?: boolean;
  actor?: string;
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
