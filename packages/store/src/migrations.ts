// Versioned migrations, applied in order on open; the same logical schema on SQLite and PostgreSQL.
import { type CollectionName, COLLECTIONS, DATASET_SCHEMA_VERSION } from "@partnership-atlas/core";
import type { Kysely } from "kysely";
import type { Database } from "./rows.js";
import { TABLES } from "./rows.js";
import type { Engine } from "./types.js";

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<Database>, engine: Engine): Promise<void>;
}

/** One collection's table, with its indexed reference columns. */
async function createCollectionTable(db: Kysely<Database>, c: CollectionName): Promise<void> {
  const table = TABLES[c];
  await db.schema
    .createTable(table)
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("data", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.notNull())
    .addColumn("partner", "text")
    .addColumn("state", "text")
    .addColumn("instrument", "text")
    .addColumn("search_text", "text")
    .execute();
  for (const column of ["partner", "state", "instrument"] as const) {
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).column(column).execute();
  }
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "collections, audit log and meta",
    async up(db, engine) {
      // The collections of dataset schema 1 as first shipped; later ones arrive in their own migration.
      for (const c of COLLECTIONS) if (c !== "coverage") await createCollectionTable(db, c);
      await db.schema
        .createTable("audit_log")
        .addColumn("id", engine === "postgres" ? "serial" : "integer", (col) =>
          engine === "postgres" ? col.primaryKey() : col.primaryKey().autoIncrement(),
        )
        .addColumn("at", "text", (col) => col.notNull())
        .addColumn("actor", "text", (col) => col.notNull())
        .addColumn("collection", "text", (col) => col.notNull())
        .addColumn("key", "text", (col) => col.notNull())
        .addColumn("action", "text", (col) => col.notNull())
        .addColumn("before", "text")
        .addColumn("after", "text")
        .addColumn("version", "integer", (col) => col.notNull())
        .execute();
      await db.schema.createIndex("audit_log_record_idx").on("audit_log").columns(["collection", "key"]).execute();
      await db.schema
        .createTable("meta")
        .addColumn("id", "integer", (col) => col.primaryKey())
        .addColumn("revision", "integer", (col) => col.notNull())
        .addColumn("dataset_schema_version", "integer", (col) => col.notNull())
        .addColumn("seeded_at", "text")
        .execute();
      await db
        .insertInto("meta")
        .values({ id: 1, revision: 0, dataset_schema_version: DATASET_SCHEMA_VERSION, seeded_at: null })
        .execute();
    },
  },
  {
    version: 2,
    name: "coverage collection",
    async up(db) {
      await createCollectionTable(db, "coverage");
    },
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Creates the migrations table when missing; safe to run concurrently (IF NOT EXISTS). */
export async function ensureMigrationsTable(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable("migrations")
    .ifNotExists()
    .addColumn("version", "integer", (col) => col.primaryKey())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("applied_at", "text", (col) => col.notNull())
    .execute();
}

/** Applies the migrations not yet applied, inside the caller's write transaction. */
export async function applyMigrations(db: Kysely<Database>, engine: Engine): Promise<number[]> {
  await ensureMigrationsTable(db);
  const applied = new Set((await db.selectFrom("migrations").select("version").execute()).map((r) => Number(r.version)));
  const newest = Math.max(0, ...applied);
  if (newest > LATEST_SCHEMA_VERSION) {
    throw new Error(
      `the database has schema version ${newest}, newer than this store understands (${LATEST_SCHEMA_VERSION}); upgrade @partnership-atlas/store`,
    );
  }
  const done: number[] = [];
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    await m.up(db, engine);
    await db.insertInto("migrations").values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
    done.push(m.version);
  }
  return done;
}


