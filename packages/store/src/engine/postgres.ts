// The PostgreSQL engine: a pg pool; writers serialise on a transaction-scoped advisory lock.
import { problem } from "@partnership-atlas/core";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { ConnectionError } from "../errors.js";
import type { Database } from "../rows.js";
import { type EngineDriver, inTransaction } from "./driver.js";

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

export async function openPostgres(connectionString: string, displayUrl: string): Promise<EngineDriver> {
  const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 10_000 });
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
    write: (fn) =>
      inTransaction(
        db,
        async (conn) => {
          await sql`begin`.execute(conn);
          await sql`select pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)})`.execute(conn);
        },
        fn,
      ),
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
