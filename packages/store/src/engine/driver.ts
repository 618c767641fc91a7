// What differs between engines: how a transaction starts, how integrity is checked, how to close.
import type { Problem } from "@partnership-atlas/core";
import { type Kysely, sql } from "kysely";
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
