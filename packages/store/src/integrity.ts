// The integrity check: the engine's own, the schema's migrations, every row, the reference index, and core's full rules.
import { COLLECTIONS, checkDatasetRules, type Problem, problem, type RecordOf } from "@partnership-atlas/core";
import { type Db, emptyDataset, keyedProblems, type StoreContext, table } from "./datasets.js";
import { LATEST_SCHEMA_VERSION, missingMigrations } from "./migrations.js";
import { expectedReferenceRows } from "./reference-index.js";
import { compareKeys, type ReferenceRow, tryParseRow } from "./rows.js";

/** Where the reference index differs from what the stored records refer to (it is derived data). */
async function referenceIndexProblems(db: Db): Promise<Problem[]> {
  const id = (r: ReferenceRow) => `${r.from_collection} ${r.from_key} → ${r.to_collection} ${r.to_key}`;
  const expected = new Set((await expectedReferenceRows(db)).map(id));
  const actual = new Set((await db.selectFrom("record_references").selectAll().execute()).map(id));
  const missing = [...expected].filter((r) => !actual.has(r));
  const extra = [...actual].filter((r) => !expected.has(r));
  if (missing.length === 0 && extra.length === 0) return [];
  const sample = [...missing.slice(0, 3).map((r) => `missing ${r}`), ...extra.slice(0, 3).map((r) => `stale ${r}`)].join("; ");
  return [
    problem([], "internal", `the reference index is out of step with the records (${missing.length} missing, ${extra.length} stale: ${sample}); export the dataset and import it into a new store to rebuild it`),
  ];
}

export async function integrityCheck(s: StoreContext): Promise<Problem[]> {
  const problems = await s.driver.engineIntegrity();
  const applied = await s.driver.db.selectFrom("migrations").select("version").execute();
  const newest = Math.max(0, ...applied.map((m) => Number(m.version)));
  const missing = missingMigrations(applied.map((m) => Number(m.version)));
  if (missing.length > 0) {
    problems.push(problem([], "internal", `the database schema is at version ${newest} and lacks version ${missing.join(", ")} (this program's newest is ${LATEST_SCHEMA_VERSION})`));
  }
  const meta = await s.driver.db.selectFrom("meta").select("id").execute();
  if (meta.length !== 1) problems.push(problem([], "internal", `the meta table has ${meta.length} rows, expected 1`));
  if (problems.length > 0) return problems;
  return s.driver.read(async (trx) => {
    const ds = emptyDataset();
    const found: Problem[] = [];
    for (const c of COLLECTIONS) {
      const rows = await trx.selectFrom(table(c)).select(["key", "data"]).execute();
      rows.sort((a, b) => compareKeys(a.key, b.key));
      for (const row of rows) {
        const parsed = tryParseRow(c, row);
        if (parsed.ok) (ds[c] as RecordOf<typeof c>[]).push(parsed.record);
        else found.push(...parsed.problems);
      }
    }
    if (found.length > 0) return found;
    found.push(...(await referenceIndexProblems(trx)));
    found.push(...keyedProblems(checkDatasetRules(ds), ds));
    return found;
  });
}
