// Errors the store raises for people: each says what and where, and nothing was written.
import type { CollectionName, Problem } from "@partnership-atlas/core";

export type StoreErrorCode =
  | "config"
  | "connection"
  | "validation"
  | "conflict"
  | "not-found"
  | "referenced"
  | "malformed-input"
  | "locked"
  | "corrupt-row"
  | "migration"
  | "schema-newer"
  | "seed"
  | "history"
  | "database";

/** The root of every error the store raises; `code` tells the kind without an instanceof chain. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.name = "StoreError";
    this.code = code;
  }
}

/** The URL is not one the store understands (`sqlite:<file>` or `postgres://…`). */
export class ConfigError extends StoreError {
  constructor(message: string) {
    super("config", message);
    this.name = "ConfigError";
  }
}

/**
 * The version history cannot rebuild the records at the revision or moment asked for: it is
 * newer than the store's, or older than the log's revisions (schema version 4).
 */
export class HistoryError extends StoreError {
  constructor(message: string) {
    super("history", message);
    this.name = "HistoryError";
  }
}

/** The database server cannot be reached or the file cannot be opened. */
export class ConnectionError extends StoreError {
  constructor(message: string) {
    super("connection", message);
    this.name = "ConnectionError";
  }
}

/** A record or import failed core's validation; `problems` lists each with its path. */
export class ValidationError extends StoreError {
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[]) {
    super("validation", message);
    this.name = "ValidationError";
    this.problems = problems;
  }
}

/** Someone else changed the record since the writer read it. */
export class ConflictError extends StoreError {
  constructor(
    readonly collection: CollectionName,
    readonly key: string,
    readonly expectedVersion: number,
    readonly currentVersion: number | null,
    readonly changedBy: string | null,
    readonly changedAt: string | null,
    /** The record as it is now (null when it was deleted). */
    readonly current: unknown | null,
  ) {
    super(
      "conflict",
      currentVersion === null
        ? `${collection} "${key}" was deleted${changedBy ? ` by ${changedBy}` : ""}${changedAt ? ` at ${changedAt}` : ""} after you read it (version ${expectedVersion}); nothing was written`
        : `${collection} "${key}" was changed by ${changedBy ?? "someone"} at ${changedAt ?? "an unknown time"} (now version ${currentVersion}, you read version ${expectedVersion}); reload it and apply your change again — nothing was written`,
    );
    this.name = "ConflictError";
  }
}

export class NotFoundError extends StoreError {
  constructor(
    readonly collection: CollectionName,
    readonly key: string,
  ) {
    super("not-found", `there is no ${collection} record "${key}"`);
    this.name = "NotFoundError";
  }
}

/** A delete refused because other records depend on the record. */
export class ReferencedError extends StoreError {
  constructor(
    readonly collection: CollectionName,
    readonly key: string,
    readonly dependents: { collection: CollectionName; key: string }[],
  ) {
    const shown = dependents.slice(0, 10).map((d) => `${d.collection} ${d.key}`).join(", ");
    super(
      "referenced",
      `cannot delete ${collection} "${key}": ${dependents.length} record${dependents.length === 1 ? "" : "s"} refer to it (${shown}${dependents.length > 10 ? ", …" : ""}); change or delete those first`,
    );
    this.name = "ReferencedError";
  }
}

/** An import file that is not JSON or not a dataset. */
export class MalformedInputError extends StoreError {
  constructor(message: string) {
    super("malformed-input", message);
    this.name = "MalformedInputError";
  }
}

/** A stored row that does not hold a valid record: a corrupted or hand-edited database. */
export class RowError extends StoreError {
  constructor(
    /** The collection, or `audit_log` for an entry of the audit log. */
    readonly collection: CollectionName | "audit_log",
    readonly key: string,
    readonly problems: Problem[],
  ) {
    super("corrupt-row", `the stored ${collection} record "${key}" is not valid: ${problems.map((p) => `${p.at}: ${p.message}`).join("; ")}`);
    this.name = "RowError";
  }
}

/** A migration failed; it ran in the opening transaction, so the database is as it was. */
export class MigrationError extends StoreError {
  constructor(
    readonly version: number,
    readonly migration: string,
    cause: unknown,
  ) {
    super(
      "migration",
      `cannot migrate the database to schema version ${version} (${migration}): ${cause instanceof Error ? cause.message : String(cause)}; nothing was changed`,
    );
    this.name = "MigrationError";
  }
}

/** The database was migrated by a newer program: this one does not know all its schema versions. */
export class SchemaNewerError extends StoreError {
  constructor(
    /** The schema versions applied to the database that this program does not know. */
    readonly unknownVersions: number[],
    /** The newest schema version this program knows. */
    readonly knownVersion: number,
  ) {
    const list = unknownVersions.join(", ");
    super(
      "schema-newer",
      `the database schema is newer than this program: it has schema version${unknownVersions.length === 1 ? "" : "s"} ${list}, and this program knows versions up to ${knownVersion}; open it with a newer Partnership Atlas (upgrade @partnership-atlas/store) — nothing was changed`,
    );
    this.name = "SchemaNewerError";
  }
}

/** Seeding an empty store from the shipped dataset failed; nothing was written. */
export class SeedError extends StoreError {
  constructor(message: string) {
    super("seed", message);
    this.name = "SeedError";
  }
}

/** The database engine failed a statement (a lock timeout, a full disk, a lost connection); the transaction was rolled back. */
export class DatabaseError extends StoreError {
  constructor(
    /** The engine's own error code (`SQLITE_BUSY`, PostgreSQL's `57P01`, `ECONNRESET`…). */
    readonly engineCode: string,
    message: string,
  ) {
    super("database", `the database failed (${engineCode}): ${message}; nothing was written`);
    this.name = "DatabaseError";
  }
}

/**
 * The error a store operation should raise for `error`: StoreErrors as they are, an engine's
 * error (one that carries a string `code`, as SQLite's, pg's and Node's socket errors do) as a
 * DatabaseError, anything else (a bug) unchanged.
 */
export function asStoreError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (error instanceof Error && "code" in error && typeof error.code === "string") return new DatabaseError(error.code, error.message);
  return error;
}
