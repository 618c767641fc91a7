// Upgrading a database made before the coverage collection: migration 2 adds its table.
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { openStore } from "../src/index.js";
import { MIGRATIONS } from "../src/migrations.js";
import { tempDir } from "./support/engines.js";

describe("migration 2 (coverage collection)", () => {
  test("a schema-1 SQLite store gains the coverage table on open, and its other records stay", async () => {
    const file = path.join(tempDir(), "schema-1.db");
    const url = `sqlite:${file}`;
    const seeded = await openStore(url);
    const before = await seeded.loadDataset();
    expect(before.coverage.length).toBeGreaterThan(0);
    await seeded.close();

    // Turn it into what a schema-1 store looked like: no coverage table, migration 2 not applied.
    const raw = new Database(file);
    raw.exec("DROP TABLE coverage; DELETE FROM migrations WHERE version = 2;");
    raw.close();

    const upgraded = await openStore(url);
    const after = await upgraded.loadDataset();
    expect(after.coverage).toEqual([]);
    expect(after.ratifications).toHaveLength(before.ratifications.length);
    await upgraded.close();
    const check = new Database(file, { readonly: true });
    expect(check.prepare("SELECT version, name FROM migrations ORDER BY version").all()).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    check.close();
  });
});
