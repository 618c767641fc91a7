// Versioned migrations, applied in order on open; the same logical schema on SQLite and PostgreSQL.
import { type CollectionName, COLLECTIONS, DATASET_SCHEMA_VERSION } from "@partnership-atlas/core";
import { type Kysely, sql } from "kysely";
import { MigrationError, SchemaNewerError } from "./errors.js";
import { expectedReferenceRows, insertReferences } from "./reference-index.js";
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
  {
    version: 3,
    name: "reference index",
    async up(db, engine) {
      const create = db.schema
        .createTable("record_references")
        .addColumn("from_collection", "text", (col) => col.notNull())
        .addColumn("from_key", "text", (col) => col.notNull())
        .addColumn("to_collection", "text", (col) => col.notNull())
        .addColumn("to_key", "text", (col) => col.notNull())
        .addPrimaryKeyConstraint("record_references_pk", ["from_collection", "from_key", "to_collection", "to_key"]);
      // On SQLite the rows live in the primary key's own B-tree: one tree fewer to write on import.
      await (engine === "sqlite" ? create.modifyEnd(sql`without rowid`) : create).execute();
      await db.schema.createIndex("record_references_to_idx").on("record_references").columns(["to_collection", "to_key"]).execute();
      await insertReferences(db, engine, await expectedReferenceRows(db));
    },
  },
  {
    version: 4,
    name: "audit log revision",
    async up(db) {
      await db.schema.alterTable("audit_log").addColumn("revision", "integer").execute();
      await db.schema.createIndex("audit_log_revision_idx").on("audit_log").column("revision").execute();
    },
  },
  {
    version: 5,
    name: "audit log note and source",
    async up(db) {
      // Why a curator made a change (required for a correction) and what it rests on.
      await db.schema.alterTable("audit_log").addColumn("note", "text").execute();
      await db.schema.alterTable("audit_log").addColumn("source", "text").execute();
    },
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

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

/**
 * Applies the migrations not yet applied, inside the caller's write transaction. Versions need
 * not be consecutive; a database holding a version this program does not know was migrated by
 * a newer program and is refused untouched.
 */
export async function applyMigrations(db: Kysely<Database>, engine: Engine): Promise<number[]> {
  await ensureMigrationsTable(db);
  const applied = new Set((await db.selectFrom("migrations").select("version").execute()).map((r) => Number(r.version)));
  const known = new Set(MIGRATIONS.map((m) => m.version));
  const unknown = [...applied].filter((v) => !known.has(v)).sort((a, b) => a - b);
  if (unknown.length > 0) throw new SchemaNewerError(unknown, LATEST_SCHEMA_VERSION);
  const done: number[] = [];
  for (const m of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    try {
      await m.up(db, engine);
    } catch (error) {
      throw new MigrationError(m.version, m.name, error);
    }
    await db.insertInto("migrations").values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
    done.push(m.version);
  }
  return done;
}

/** The known migrations a database has not applied (empty when it is up to date). */
export function missingMigrations(applied: readonly number[]): number[] {
  const have = new Set(applied);
  return MIGRATIONS.map((m) => m.version).filter((v) => !have.has(v));
}
