// Import (merge or replace, all-or-nothing, optionally a dry run) and seeding an empty store.
import { COLLECTIONS, type AnyRecord, type CollectionName, type Dataset, problem, type RecordOf, recordKey } from "@partnership-atlas/core";
import { BATCH, byKey, type Db, emptyDataset, loadAll, newRuleProblems, now, type StoreContext, table } from "./datasets.js";
import { SeedError, ValidationError } from "./errors.js";
import { type PartialDataset, parseFullDataset, parseJsonText, parseMergeRecords, validationError } from "./input.js";
import { deleteReferencesFrom, insertReferences, referenceRows } from "./reference-index.js";
import { canonicalText, compareKeys, type RecordRow, type ReferenceRow, recordToRow } from "./rows.js";
import type { ImportChange, ImportOptions, ImportReport } from "./types.js";
import { audit, conflict, requireCorrectionNote } from "./writes.js";

type StoredRow = Pick<RecordRow, "key" | "data" | "version">;

interface PlanEntry {
  collection: CollectionName;
  key: string;
}

/** A record the import adds: its row, and the record for the reference index. */
interface Added extends PlanEntry {
  row: RecordRow;
  record: AnyRecord;
}

/** A record the import rewrites: also the stored text and version it replaces. */
interface Changed extends Added {
  before: string;
  version: number;
}

/** A record a replace import removes: the stored text and version. */
interface Removed extends PlanEntry {
  before: string;
  version: number;
}

interface ImportPlan {
  added: Added[];
  changed: Changed[];
  removed: Removed[];
  unchanged: number;
}

export async function importDataset(s: StoreContext, json: string | unknown, options: ImportOptions): Promise<ImportReport> {
  const value = typeof json === "string" || json instanceof Uint8Array ? parseJsonText(json) : json;
  if (options.mode !== "merge" && options.mode !== "replace") {
    throw new ValidationError(`import mode must be "merge" or "replace", not ${JSON.stringify(options.mode)}`, [
      problem(["mode"], "schema", `must be "merge" or "replace", not ${JSON.stringify(options.mode)}`),
    ]);
  }
  const incoming: PartialDataset =
    options.mode === "replace" ? parseFullDataset(value) : parseMergeRecords(value, recordKey);
  const actor = options.actor ?? "import";
  const run = async (trx: Db, apply: boolean): Promise<ImportReport> => {
    const plan = await planImport(s, trx, incoming, options.mode);
    // Changing or removing stored records is a correction: it says why. (A dry run writes nothing
    // and needs no note: it answers whether the data would go in; the CLI says a note will be needed.)
    if (apply && plan.changed.length + plan.removed.length > 0) {
      const what = `the import (${plan.changed.length} records changed, ${plan.removed.length} removed)`;
      requireCorrectionNote(what, plan.changed.length > 0 ? "changed" : "removed", options.note);
    }
    options.onProgress?.({ phase: "validated", done: 0, total: plan.added.length + plan.changed.length + plan.removed.length });
    if (apply) await applyPlan(s, trx, plan, actor, options);
    const change = (e: PlanEntry): ImportChange => ({ collection: e.collection, key: e.key });
    return {
      dryRun: !apply,
      mode: options.mode,
      added: plan.added.map(change),
      changed: plan.changed.map(change),
      removed: plan.removed.map(change),
      unchanged: plan.unchanged,
    };
  };
  return options.dryRun ? s.driver.read((trx) => run(trx, false)) : s.driver.write((trx) => run(trx, true));
}

async function planImport(s: StoreContext, trx: Db, incoming: PartialDataset, mode: "merge" | "replace"): Promise<ImportPlan> {
  const plan: ImportPlan = { added: [], changed: [], removed: [], unchanged: 0 };
  const existing = {} as Record<CollectionName, Map<string, StoredRow>>;
  for (const c of COLLECTIONS) {
    const rows = await trx.selectFrom(table(c)).select(["key", "data", "version"]).execute();
    existing[c] = new Map(rows.map((r) => [r.key, r]));
  }
  if (mode === "merge") {
    // References may point at records already stored: check the rules on the merged result.
    const before = await loadAll(trx, s.cache);
    const merged = emptyDataset() as Record<string, unknown>;
    for (const c of COLLECTIONS) {
      const keys = new Set((incoming[c] as RecordOf<typeof c>[]).map((r) => recordKey(c, r)));
      merged[c] = [...(before[c] as RecordOf<typeof c>[]).filter((r) => !keys.has(recordKey(c, r))), ...incoming[c]];
    }
    const problems = newRuleProblems(merged as Dataset, () => before);
    if (problems.length > 0) throw validationError("the import, merged with the stored records,", problems);
  }
  const at = now();
  for (const c of COLLECTIONS) {
    const seen = new Set<string>();
    for (const record of byKey(c, [...incoming[c]] as RecordOf<typeof c>[])) {
      const key = recordKey(c, record);
      seen.add(key);
      const text = canonicalText(record);
      const old = existing[c].get(key);
      if (!old) plan.added.push({ collection: c, key, record, row: recordToRow(c, record, 1, at, "") });
      else if (old.data !== text) {
        const version = Number(old.version);
        plan.changed.push({ collection: c, key, record, row: recordToRow(c, record, version + 1, at, ""), before: old.data, version });
      } else plan.unchanged++;
    }
    if (mode === "replace") {
      const gone = [...existing[c].values()].filter((r) => !seen.has(r.key)).sort((a, b) => compareKeys(a.key, b.key));
      for (const r of gone) plan.removed.push({ collection: c, key: r.key, before: r.data, version: Number(r.version) });
    }
  }
  return plan;
}

async function applyPlan(s: StoreContext, trx: Db, plan: ImportPlan, actor: string, options: ImportOptions): Promise<void> {
  const total = plan.added.length + plan.changed.length + plan.removed.length;
  if (total === 0) return;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.({ phase: "writing", done, total });
  };
  const at = now();
  const stamp = (row: RecordRow): RecordRow => ({ ...row, updated_at: at, updated_by: actor });
  // Removals first, so a replace frees nothing it then needs; order within a batch does not matter.
  for (const c of COLLECTIONS) {
    const keys = plan.removed.filter((e) => e.collection === c).map((e) => e.key);
    for (let i = 0; i < keys.length; i += BATCH) {
      const chunk = keys.slice(i, i + BATCH);
      await trx.deleteFrom(table(c)).where("key", "in", chunk).execute();
      progress(chunk.length);
    }
  }
  for (const c of COLLECTIONS) {
    const rows = plan.added.filter((e) => e.collection === c).map((e) => stamp(e.row));
    for (let i = 0; i < rows.length; i += BATCH) {
      const chunk = rows.slice(i, i + BATCH);
      await trx.insertInto(table(c)).values(chunk).execute();
      progress(chunk.length);
    }
  }
  for (let i = 0; i < plan.changed.length; i += BATCH) {
    const chunk = plan.changed.slice(i, i + BATCH);
    for (const e of chunk) {
      const result = await trx
        .updateTable(table(e.collection))
        .set(stamp(e.row))
        .where("key", "=", e.key)
        .where("version", "=", e.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw await conflict(trx, e.collection, e.key, e.version);
    }
    progress(chunk.length);
  }
  for (const c of COLLECTIONS) {
    const rewritten = [...plan.removed, ...plan.changed].filter((e) => e.collection === c).map((e) => e.key);
    await deleteReferencesFrom(trx, c, rewritten);
  }
  const references: ReferenceRow[] = [];
  for (const e of [...plan.added, ...plan.changed]) {
    references.push(...referenceRows(e.collection, e.key, e.record as RecordOf<typeof e.collection>));
  }
  await insertReferences(trx, s.driver.engine, references);
  await audit(
    trx,
    [
      ...plan.removed.map((e) => ({ collection: e.collection, key: e.key, action: "import" as const, before: e.before, after: null, version: e.version })),
      ...plan.added.map((e) => ({ collection: e.collection, key: e.key, action: "import" as const, before: null, after: e.row.data, version: 1 })),
      ...plan.changed.map((e) => ({ collection: e.collection, key: e.key, action: "import" as const, before: e.before, after: e.row.data, version: e.version + 1 })),
    ],
    actor,
    at,
    options,
  );
  options.onProgress?.({ phase: "committing", done, total });
}

/** Seeds an empty, never-seeded store with `raw` (validated like any import); true when it did. */
export async function seedIfEmpty(s: StoreContext, raw: () => Promise<unknown>): Promise<boolean> {
  if (!(await needsSeed(s.driver.db))) return false;
  let text: unknown;
  try {
    text = await raw();
  } catch (error) {
    throw new SeedError(`cannot read the shipped dataset: ${error instanceof Error ? error.message : String(error)}`);
  }
  const dataset = parseFullDataset(text);
  return s.driver.write(async (trx) => {
    if (!(await needsSeed(trx))) return false;
    const plan = await planImport(s, trx, dataset, "replace");
    await applyPlan(s, trx, plan, "seed", { mode: "replace" });
    await trx.updateTable("meta").set({ seeded_at: now() }).where("id", "=", 1).execute();
    return true;
  });
}

async function needsSeed(db: Db): Promise<boolean> {
  const meta = await db.selectFrom("meta").select("seeded_at").where("id", "=", 1).executeTakeFirst();
  if (!meta || meta.seeded_at !== null) return false;
  for (const c of COLLECTIONS) {
    const any = await db.selectFrom(table(c)).select("key").limit(1).executeTakeFirst();
    if (any) return false;
  }
  return true;
}
