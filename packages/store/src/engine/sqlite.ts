// The SQLite engine: one better-sqlite3 connection per store, WAL journal, BEGIN IMMEDIATE writes.
import { mkdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { problem } from "@partnership-atlas/core";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { ConnectionError } from "../errors.js";
import type { Database } from "../rows.js";
import { type EngineDriver, inTransaction } from "./driver.js";

/**
 * Write transactions per database file in this process. better-sqlite3 waits for SQLite's lock
 * synchronously, which would block the very event loop that must finish the other
 * transaction; so writers in one process queue here, and other processes wait on SQLite's lock.
 */
const fileQueues = new Map<string, Promise<unknown>>();

function queued<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const previous = fileQueues.get(file) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  fileQueues.set(file, tail);
  void tail.then(() => {
    if (fileQueues.get(file) === tail) fileQueues.delete(file);
  });
  return run;
}

export function openSqlite(file: string, displayUrl: string): EngineDriver {
  let database: BetterSqlite3.Database;
  let lockKey = file;
  try {
    if (file !== ":memory:") {
      mkdirSync(path.dirname(file), { recursive: true });
    }
    database = new BetterSqlite3(file);
    database.pragma("busy_timeout = 30000");
    if (file !== ":memory:") {
      database.pragma("journal_mode = WAL");
      lockKey = realpathSync(file);
    }
    // In WAL mode NORMAL loses no integrity on a crash of the process; only the last commit on power loss.
    database.pragma("synchronous = NORMAL");
    database.pragma("foreign_keys = ON");
  } catch (error) {
    throw new ConnectionError(`cannot open the SQLite database ${file}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return {
    engine: "sqlite",
    displayUrl,
    db,
    write: (fn) => queued(lockKey, () => inTransaction(db, (conn) => sql`begin immediate`.execute(conn).then(() => undefined), fn)),
    read: (fn) => inTransaction(db, (conn) => sql`begin`.execute(conn).then(() => undefined), fn),
    async engineIntegrity() {
      const rows = database.pragma("integrity_check") as { integrity_check: string }[];
      return rows
        .filter((r) => r.integrity_check !== "ok")
        .map((r) => problem([], "internal", `SQLite integrity check: ${r.integrity_check}`));
    },
    async close() {
      await db.destroy();
    },
  };
}
