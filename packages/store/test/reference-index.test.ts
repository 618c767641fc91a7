// The reference index: built by migration 3 for records stored before it, and checked by the integrity check.
import { sampleDatasetInput as fixtureInput } from "@partnership-atlas/core/sample";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { openStore, ReferencedError } from "../src/index.js";
import { sqliteCase } from "./support/engines.js";

function sql(url: string, statements: string): void {
  const db = new BetterSqlite3(url.slice("sqlite:".length));
  try {
    db.exec(statements);
  } finally {
    db.close();
  }
}

function count(url: string): number {
  const db = new BetterSqlite3(url.slice("sqlite:".length), { readonly: true });
  try {
    return (db.prepare("select count(*) as n from record_references").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("the reference index", () => {
  test("migration 3 indexes the records a store held before it, so deletes are refused as before", async () => {
    const url = await sqliteCase.freshUrl();
    const first = await openStore(url, { seed: false });
    await first.importDataset(fixtureInput(), { mode: "replace" });
    await first.close();
    const indexed = count(url);
    expect(indexed).toBeGreaterThan(50);
    // Back to a store from before the index: no table, migration 3 not applied.
    sql(url, "drop table record_references; delete from migrations where version = 3;");

    const store = await openStore(url, { seed: false });
    try {
      expect(count(url)).toBe(indexed);
      expect(await store.integrityCheck()).toEqual([]);
      const attempt = store.delete("instruments", "C138", { actor: "t", expectedVersion: 1, note: "test correction" });
      await expect(attempt).rejects.toBeInstanceOf(ReferencedError);
      await expect(attempt).rejects.toThrow(/ratifications CN-C059, ratifications CN-C138/);
    } finally {
      await store.close();
    }
  });

  test("the integrity check reports an index out of step with the records", async () => {
    const url = await sqliteCase.freshUrl();
    const store = await openStore(url, { seed: false });
    try {
      await store.importDataset(fixtureInput(), { mode: "replace" });
      sql(
        url,
        "delete from record_references where from_collection = 'agreements' and from_key = 'cn-2019-mot-mlc' and to_collection = 'themes'; " +
          "insert into record_references values ('claims', 'cn-page-bri', 'themes', 'maritime-labour');",
      );
      const problems = await store.integrityCheck();
      expect(problems.map((p) => p.message)).toEqual([
        expect.stringMatching(
          /^the reference index is out of step with the records \(1 missing, 1 stale: missing agreements cn-2019-mot-mlc → themes maritime-labour; stale claims cn-page-bri → themes maritime-labour\)/,
        ),
      ]);
    } finally {
      await store.close();
    }
  });
});
