// The SQLite engine: one better-sqlite3 connection per store, WAL journal, BEGIN IMMEDIATE writes.
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { problem } from "@partnership-atlas/core";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
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

/**
 * SQLite cannot say who holds its write lock, so a writer leaves a note beside the database
 * (`<file>-writer`) while it holds it; a blocked writer reads it. A note whose process is gone
 * (killed mid-write) is ignored.
 */
function holderNotePath(file: string): string {
  return `${file}-writer`;
}

function readHolder(file: string): LockHolder | null {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(holderNotePath(file), "utf8"));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { name, pid, since } = value as Record<string, unknown>;
  if (typeof name !== "string" || typeof pid !== "number" || typeof since !== "string") return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return { name, pid, since };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT";
}

export function openSqlite(file: string, displayUrl: string, options: LockOptions = {}): EngineDriver {
  let database: BetterSqlite3.Database;
  let lockKey = file;
  const timeout = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const clientName = options.clientName ?? `node ${path.basename(process.argv[1] ?? "process")}`;
  try {
    if (file !== ":memory:") {
      mkdirSync(path.dirname(file), { recursive: true });
    }
    database = new BetterSqlite3(file);
    database.pragma(`busy_timeout = ${Math.max(0, Math.round(timeout))}`);
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
    write: (fn) =>
      queued(lockKey, async () => {
        const note = file === ":memory:" ? null : holderNotePath(lockKey);
        let noted = false;
        const started = Date.now();
        try {
          return await inTransaction(
            db,
            async (conn) => {
              try {
                await sql`begin immediate`.execute(conn);
              } catch (error) {
                if (isBusy(error)) throw new WriteLockedError(displayUrl, Date.now() - started, readHolder(lockKey));
                throw error;
              }
              if (note) {
                try {
                  writeFileSync(note, JSON.stringify({ name: clientName, pid: process.pid, since: new Date().toISOString() }));
                  noted = true;
                } catch {
                  // The note is a courtesy to a blocked writer; a read-only directory must not stop the write.
                }
              }
            },
            fn,
          );
        } finally {
          if (note && noted) rmSync(note, { force: true });
        }
      }),
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
