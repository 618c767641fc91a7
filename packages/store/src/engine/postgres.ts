// The PostgreSQL engine: a pg pool; writers serialise on a transaction-scoped advisory lock.
import { problem } from "@partnership-atlas/core";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { ConnectionError } from "../errors.js";
import type { Database } from "../rows.js";
import {
  DEFAULT_LOCK_TIMEOUT_MS,
  type EngineDriver,
  inTransaction,
  type LockHolder,
  type LockOptions,
  WriteLockedError,
} from "./driver.js";

/** The advisory lock every writer takes, so cross-record rules see no concurrent write. */
const WRITE_LOCK = 7_400_417;

/** Explains a pg connection error in words: what failed, where, and what to check. */
export function describePgError(error: unknown, displayUrl: string): string {
  const e = error as { code?: string; message?: string };
  const where = `PostgreSQL at ${displayUrl}`;
  switch (e.code) {
    case "ECONNREFUSED":
      return `cannot reach ${where}: connection refused; is the server running and listening there?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot reach ${where}: the host name does not resolve`;
    case "ETIMEDOUT":
      return `cannot reach ${where}: the connection timed out`;
    case "3D000":
      return `${where}: ${e.message}; create the database first (createdb)`;
    case "28P01":
    case "28000":
      return `${where} refused the login: ${e.message}`;
    default:
      return `cannot use ${where}: ${e.message ?? String(error)}`;
  }
}

/** The session holding the write lock, from pg_locks: a bigint advisory key is (classid, objid, objsubid 1). */
async function lockHolder(db: Kysely<Database>): Promise<LockHolder | null> {
  try {
    const { rows } = await sql<{ pid: number; application_name: string | null; usename: string | null; client_addr: string | null; xact_start: Date | null }>`
      select a.pid, a.application_name, a.usename, a.client_addr::text as client_addr, a.xact_start
      from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and l.classid = 0 and l.objid = ${sql.lit(WRITE_LOCK)} and l.objsubid = 1
      limit 1`.execute(db);
    const row = rows[0];
    if (!row) return null;
    const who = [row.application_name || "a PostgreSQL session", row.usename && `as ${row.usename}`, row.client_addr && `from ${row.client_addr}`];
    return {
      name: who.filter(Boolean).join(" "),
      pid: Number(row.pid),
      since: row.xact_start ? new Date(row.xact_start).toISOString() : undefined,
    };
  } catch {
    return null;
  }
}

export async function openPostgres(connectionString: string, displayUrl: string, options: LockOptions = {}): Promise<EngineDriver> {
  const timeout = Math.max(1, Math.round(options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS));
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    connectionTimeoutMillis: 10_000,
    // Shown in pg_stat_activity, and so to a writer this one blocks.
    application_name: (options.clientName ?? "partnership-atlas").slice(0, 63),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new ConnectionError(describePgError(error, displayUrl));
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: "postgres",
    displayUrl,
    db,
    write: (fn) => {
      const started = Date.now();
      return inTransaction(
        db,
        async (conn) => {
          await sql`begin`.execute(conn);
          // Bounded wait for another writer; reset afterwards so the write itself is not limited.
          await sql.raw(`set local lock_timeout = ${timeout}`).execute(conn);
          try {
            await sql`select pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)})`.execute(conn);
          } catch (error) {
            await sql`rollback`.execute(conn).catch(() => undefined);
            if ((error as { code?: string }).code === "55P03") {
              throw new WriteLockedError(displayUrl, Date.now() - started, await lockHolder(db));
            }
            throw error;
          }
          await sql`set local lock_timeout = 0`.execute(conn);
        },
        fn,
      );
    },
    read: (fn) =>
      inTransaction(db, (conn) => sql`begin transaction isolation level repeatable read read only`.execute(conn).then(() => undefined), fn),
    async engineIntegrity() {
      const rows = await sql<{ ok: number }>`select 1 as ok`.execute(db);
      return rows.rows.length === 1 ? [] : [problem([], "internal", "PostgreSQL did not answer a trivial query")];
    },
    async close() {
      await db.destroy();
    },
  };
}
