// openStore: parse the URL, connect, migrate, seed an empty SQLite store from the dataset package.
import { sql } from "kysely";
import type { EngineDriver, LockOptions } from "./engine/driver.js";
import { ConnectionError, StoreError } from "./errors.js";
import { applyMigrations, MIGRATIONS, missingMigrations } from "./migrations.js";
import { readShippedDataset } from "./seed.js";
import { KyselyStore } from "./store.js";
import type { Store } from "./types.js";
import { parseDatabaseUrl } from "./url.js";

export interface OpenOptions extends LockOptions {
  /**
   * Seed an empty, never-seeded store with the shipped records of @partnership-atlas/dataset.
   * Defaults to true for SQLite and false for PostgreSQL (a shared database is loaded by import).
   */
  seed?: boolean;
}

/**
 * True unless the store has applied exactly this code's migrations (read without any write lock).
 * Versions are compared as a set, not by the newest: a store missing an older migration (one
 * applied out of order, or removed by hand) is migrated too.
 */
async function migrationsPending(driver: EngineDriver): Promise<boolean> {
  try {
    const applied = await driver.read(async (trx) => {
      const { rows } = await sql<{ version: number | string }>`select version from migrations`.execute(trx);
      return rows.map((r) => Number(r.version));
    });
    return missingMigrations(applied).length > 0 || applied.some((v) => !MIGRATIONS.some((m) => m.version === v));
  } catch {
    // No migrations table yet: a new store.
    return true;
  }
}

/** Opens (creating and migrating when needed) the store at `url`: `sqlite:<file>` or `postgres://…`. */
export async function openStore(url: string, options: OpenOptions = {}): Promise<Store> {
  const location = parseDatabaseUrl(url);
  // Each engine's driver is loaded only when used: a SQLite user never pays for loading pg.
  const driver: EngineDriver =
    location.engine === "sqlite"
      ? (await import("./engine/sqlite.js")).openSqlite(location.file, location.displayUrl, options)
      : await (await import("./engine/postgres.js")).openPostgres(location.connectionString, location.displayUrl, options);
  try {
    // Only a store that needs migrating takes the write lock: a reader opening a migrated store
    // never waits for a writer (export, profile and claims run while an import holds the lock).
    if (await migrationsPending(driver)) await driver.write((trx) => applyMigrations(trx, driver.engine));
  } catch (error) {
    await driver.close().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new ConnectionError(`cannot prepare the database ${location.displayUrl}: ${(error as Error).message}`);
  }
  const store = new KyselyStore(driver);
  if (options.seed ?? location.engine === "sqlite") {
    try {
      await store.seedIfEmpty(readShippedDataset);
    } catch (error) {
      await driver.close().catch(() => undefined);
      if (error instanceof StoreError) {
        error.message = `cannot seed ${location.displayUrl} from @partnership-atlas/dataset: ${error.message}`;
        throw error;
      }
      throw new StoreError("config", `cannot seed ${location.displayUrl} from @partnership-atlas/dataset: ${(error as Error).message}`);
    }
  }
  return store;
}
