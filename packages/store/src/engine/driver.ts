// What differs between engines: how a transaction starts, how integrity is checked, how to close.
import type { Problem } from "@partnership-atlas/core";
import { type Kysely, sql } from "kysely";
import { StoreError } from "../errors.js";
import type { Database } from "../rows.js";
import type { Engine } from "../types.js";

export interface EngineDriver {
  readonly engine: Engine;
  readonly displayUrl: string;
  readonly db: Kysely<Database>;
  /** Runs `fn` in a write transaction that excludes every other writer until it commits. */
  write<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Runs `fn` in a read transaction: one consistent snapshot across several queries. */
  read<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** The engine's own structural check (e.g. PRAGMA integrity_check). */
  engineIntegrity(): Promise<Problem[]>;
  close(): Promise<void>;
}

/** How a driver waits for the write lock and how it names itself to other writers. */
export interface LockOptions {
  /** How long a writer waits for another writer to finish, in milliseconds (default 30 000). */
  lockTimeoutMs?: number;
  /** Who this process is, shown to a writer it blocks (e.g. "atlas import by alice"). */
  clientName?: string;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

/** The writer holding the lock, as far as the engine can tell. */
export interface LockHolder {
  name: string;
  pid?: number;
  since?: string;
}

/**
 * A write that gave up waiting for another writer: says who holds the lock when known, how long
 * this one waited, and what to do. Nothing was written.
 */
export class WriteLockedError extends StoreError {
  constructor(
    readonly displayUrl: string,
    readonly waitedMs: number,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? `${holder.name}${holder.pid !== undefined ? ` (pid ${holder.pid})` : ""} holds the write lock${holder.since ? ` since ${holder.since}` : ""}`
      : "another writer holds the write lock";
    super(
      "locked",
      `the store ${displayUrl} is busy: ${who}; gave up after waiting ${(waitedMs / 1000).toFixed(1)} s and wrote nothing. Try again when that write has finished`,
    );
    this.name = "WriteLockedError";
  }
}

/** Runs `fn` between `begin` and `commit` on one connection; rolls back if it throws. */
export async function inTransaction<T>(
  db: Kysely<Database>,
  begin: (conn: Kysely<Database>) => Promise<void>,
  fn: (conn: Kysely<Database>) => Promise<T>,
  commit = "commit",
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await begin(conn);
    try {
      const result = await fn(conn);
      await sql.raw(commit).execute(conn);
      return result;
    } catch (error) {
      try {
        await sql`rollback`.execute(conn);
      } catch {
        // The connection may already be gone; the server or SQLite discards the transaction anyway.
      }
      throw error;
    }
  });
}
