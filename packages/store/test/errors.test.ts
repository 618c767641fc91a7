// Every error the store raises is a StoreError subclass a caller can tell apart by class or code.
import { type CollectionName, DATASET_SCHEMA_VERSION } from "@partnership-atlas/core";
import { sampleDatasetInput as fixtureInput } from "@partnership-atlas/core/sample";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, test } from "vitest";
import {
  ConnectionError,
  DatabaseError,
  MigrationError,
  openStore,
  RowError,
  SchemaNewerError,
  StoreError,
  ValidationError,
} from "../src/index.js";
import { sqliteCase } from "./support/engines.js";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("the store's errors", () => {
  test("a database migrated by a newer program is a SchemaNewerError saying so, not a connection error, and is left untouched", async () => {
    const url = await sqliteCase.freshUrl();
    const store = await openStore(url, { seed: false });
    await store.close();
    const file = url.slice("sqlite:".length);
    const raw = new BetterSqlite3(file);
    raw.prepare("insert into migrations (version, name, applied_at) values (99, 'from the future', '2030-01-01')").run();
    raw.close();

    const error = await rejection(openStore(url, { seed: false }));
    expect(error).toBeInstanceOf(SchemaNewerError);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as SchemaNewerError).code).toBe("schema-newer");
    expect((error as SchemaNewerError).unknownVersions).toEqual([99]);
    expect((error as Error).message).toMatch(/^the database schema is newer than this program: it has schema version 99, and this program knows versions up to \d+; open it with a newer Partnership Atlas/);

    const check = new BetterSqlite3(file, { readonly: true });
    const versions = check.prepare("select version from migrations order by version").all() as { version: number }[];
    check.close();
    expect(versions.map((v) => v.version)).toContain(99);
  });

  test("a migration that fails is a MigrationError naming its version, and the database keeps its old schema", async () => {
    const url = await sqliteCase.freshUrl();
    const file = url.slice("sqlite:".length);
    // A table in the way of migration 1 makes its first statement fail.
    const raw = new BetterSqlite3(file);
    raw.exec("create table sources (something text)");
    raw.close();
    const error = await rejection(openStore(url, { seed: false }));
    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as MigrationError).version).toBe(1);
    expect((error as Error).message).toMatch(/^cannot migrate the database to schema version 1 \(collections, audit log and meta\): .*nothing was changed$/);
    const check = new BetterSqlite3(file, { readonly: true });
    const tables = check.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
    check.close();
    expect(tables.map((t) => t.name)).toEqual(["sources"]);
  });

  test("a corrupted row is a RowError (a StoreError) naming the record and what is wrong", async () => {
    const url = await sqliteCase.freshUrl();
    const store = await openStore(url, { seed: false });
    try {
      await store.importDataset(fixtureInput(), { mode: "replace" });
      const raw = new BetterSqlite3(url.slice("sqlite:".length));
      raw.prepare("update themes set data = ? where key = 'social-protection'").run('{"id":"social-protection"}');
      raw.close();
      const error = await rejection(store.getRecord("themes", "social-protection"));
      expect(error).toBeInstanceOf(RowError);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as RowError).code).toBe("corrupt-row");
      expect((error as Error).message).toMatch(/the stored themes record "social-protection" is not valid: themes\["social-protection"\]\.label/);
    } finally {
      await store.close();
    }
  });

  test("a statement the engine fails is a DatabaseError with the engine's code, and nothing is written", async () => {
    const url = await sqliteCase.freshUrl();
    const store = await openStore(url, { seed: false });
    try {
      await store.importDataset(fixtureInput(), { mode: "replace" });
      const revision = await store.revision();
      // A trigger stands in for a failing disk: the engine refuses the insert.
      const raw = new BetterSqlite3(url.slice("sqlite:".length));
      raw.exec("create trigger refuse before insert on themes begin select raise(abort, 'disk I/O error'); end;");
      raw.close();
      const error = await rejection(store.create("themes", { id: "employment", label: "Employment" }, { actor: "t" }));
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as DatabaseError).engineCode).toMatch(/^SQLITE_CONSTRAINT/);
      expect((error as Error).message).toMatch(/^the database failed \(SQLITE_CONSTRAINT\w*\): disk I\/O error; nothing was written$/);
      expect(await store.revision()).toBe(revision);
      expect(await store.getRecord("themes", "employment")).toBeNull();
    } finally {
      await store.close();
    }
  });

  test("an unknown collection or import mode is a ValidationError with a problem naming the field", async () => {
    const store = await openStore(await sqliteCase.freshUrl(), { seed: false });
    try {
      const notCollection = "widgets" as CollectionName;
      for (const attempt of [
        store.create(notCollection, {}, { actor: "t" }),
        store.exportCsv(notCollection),
      ]) {
        const error = await rejection(attempt);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).problems.map((p) => p.at)).toEqual(["collection"]);
        expect((error as Error).message).toMatch(/"widgets" is not a collection; expected one of sources, /);
      }
      const mode = await rejection(
        store.importDataset({ schemaVersion: DATASET_SCHEMA_VERSION }, { mode: "upsert" as "merge" }),
      );
      expect(mode).toBeInstanceOf(ValidationError);
      expect((mode as ValidationError).problems.map((p) => p.at)).toEqual(["mode"]);
    } finally {
      await store.close();
    }
  });
});
