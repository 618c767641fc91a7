// The Store, written once over Kysely; an EngineDriver supplies what differs between engines.
import {
  type AnyRecord,
  COLLECTIONS,
  type CollectionName,
  checkDatasetRules,
  DATASET_SCHEMA_VERSION,
  type Dataset,
  formatPath,
  type Partner,
  type PartnerId,
  type Problem,
  problem,
  RECORD_NOUN,
  type RecordOf,
  recordKey,
  validateRecord,
} from "@partnership-atlas/core";
import type { Kysely } from "kysely";
import { toCsv } from "./csv.js";
import type { EngineDriver } from "./engine/driver.js";
import { ConflictError, NotFoundError, ReferencedError, RowError, SeedError, type StoreError, ValidationError } from "./errors.js";
import { LATEST_SCHEMA_VERSION, missingMigrations } from "./migrations.js";
import { type PartialDataset, parseFullDataset, parseJsonText, parseMergeRecords, validationError } from "./input.js";
import {
  byCollectionThenKey,
  deleteReferencesFrom, expectedReferenceRows, insertReferences, referenceRows,
  referrers,
  writeContext,
} from "./reference-index.js";
import {
  auditRowToEntry,
  canonicalText,
  compareKeys,
  type Database,
  type RecordRow,
  type RecordTable,
  type ReferenceRow,
  recordToRow,
  TABLES,
  tryParseRow,
  RecordCache,
} from "./rows.js";
import type {
  AuditEntry,
  ChangesSince,
  ImportChange,
  ImportOptions,
  ImportReport,
  SearchHit,
  Store,
  UpdateOptions,
  Versioned,
  WriteOptions,
} from "./types.js";

type Db = Kysely<Database>;
type StoredRow = Pick<RecordRow, "key" | "data" | "version">;

const BATCH = 400;

function now(): string {
  return new Date().toISOString();
}

function table(c: CollectionName): RecordTable {
  return TABLES[c];
}

function byKey<C extends CollectionName>(c: C, records: RecordOf<C>[]): RecordOf<C>[] {
  return records
    .map((r) => [recordKey(c, r), r] as const)
    .sort((a, b) => compareKeys(a[0], b[0]))
    .map(([, r]) => r);
}

function emptyDataset(): Dataset {
  const ds = { schemaVersion: DATASET_SCHEMA_VERSION } as Record<string, unknown>;
  for (const c of COLLECTIONS) ds[c] = [];
  return ds as Dataset;
}

/** The canonical export text: collections in COLLECTIONS order, records sorted by key. */
export function canonicalDatasetText(dataset: Dataset): string {
  const out = { schemaVersion: dataset.schemaVersion } as Record<string, unknown>;
  for (const c of COLLECTIONS) out[c] = byKey(c, [...dataset[c]] as RecordOf<typeof c>[]);
  return `${JSON.stringify(out, null, 2)}\n`;
}

async function selectRecords<C extends CollectionName>(db: Db, c: C, cache: RecordCache): Promise<RecordOf<C>[]> {
  const rows = await db.selectFrom(table(c)).select(["key", "data"]).execute();
  rows.sort((a, b) => compareKeys(a.key, b.key));
  return rows.map((row) => cache.parse(c, row));
}

async function loadAll(db: Db, cache: RecordCache): Promise<Dataset> {
  const ds = emptyDataset() as Record<string, unknown>;
  for (const c of COLLECTIONS) ds[c] = await selectRecords(db, c, cache);
  return ds as Dataset;
}

/** Problem paths use record keys instead of list positions: `instruments.C029.title`. */
function keyedProblems(problems: Problem[], ds: Dataset): Problem[] {
  return problems.map((p) => {
    const [c, index, ...rest] = p.path;
    if (typeof c === "string" && (COLLECTIONS as readonly string[]).includes(c) && typeof index === "number") {
      const collection = c as CollectionName;
      const record = ds[collection][index];
      if (record) {
        const path = [collection, recordKey(collection, record as RecordOf<typeof collection>), ...rest];
        return { ...p, path, at: formatPath(path) };
      }
    }
    return p;
  });
}

/** The rule problems `after` has that `before` did not (stored data is trusted to be as valid as it was). */
function newRuleProblems(after: Dataset, before: () => Dataset): Problem[] {
  const found = keyedProblems(checkDatasetRules(after), after);
  if (found.length === 0) return [];
  const old = new Set(keyedProblems(checkDatasetRules(before()), before()).map((p) => `${p.at}\u0000${p.message}`));
  return found.filter((p) => !old.has(`${p.at}\u0000${p.message}`));
}

function withRecord<C extends CollectionName>(ds: Dataset, c: C, key: string, record: RecordOf<C> | null): Dataset {
  const list = (ds[c] as RecordOf<C>[]).filter((r) => recordKey(c, r) !== key);
  if (record) list.push(record);
  return { ...ds, [c]: list };
}

/** A collection name from a caller that may not be typed (a URL, a CLI argument). */
function assertCollection(collection: string): void {
  if (!(COLLECTIONS as readonly string[]).includes(collection)) {
    const message = `"${collection}" is not a collection; expected one of ${COLLECTIONS.join(", ")}`;
    throw new ValidationError(message, [problem(["collection"], "schema", message)]);
  }
}

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

function snippet(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, at + length + 80);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\s+/g, " ").trim()}${end < text.length ? "…" : ""}`;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

interface PlanEntry {
  collection: CollectionName;
  key: string;
  row?: RecordRow;
  /** The record added or changed, for the reference index. */
  record?: AnyRecord;
  before?: string;
  version?: number;
}

interface ImportPlan {
  added: PlanEntry[];
  changed: PlanEntry[];
  removed: PlanEntry[];
  unchanged: number;
}

export class KyselyStore implements Store {
  private readonly cache = new RecordCache();

  constructor(private readonly driver: EngineDriver) {}

  get engine() {
    return this.driver.engine;
  }

  get displayUrl() {
    return this.driver.displayUrl;
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  async revision(): Promise<number> {
    const row = await this.driver.db.selectFrom("meta").select("revision").where("id", "=", 1).executeTakeFirstOrThrow();
    return Number(row.revision);
  }

  loadDataset(): Promise<Dataset> {
    return this.driver.read((trx) => loadAll(trx, this.cache));
  }

  loadPartnerDataset(id: PartnerId): Promise<Dataset | null> {
    return this.driver.read(async (trx) => {
      const partnerRow = await trx.selectFrom("partners").select(["key", "data"]).where("key", "=", id).executeTakeFirst();
      if (!partnerRow) return null;
      const partner = this.cache.parse("partners", partnerRow);
      const ofPartner = async <C extends CollectionName>(c: C) => {
        const rows = await trx.selectFrom(table(c)).select(["key", "data"]).where("partner", "=", id).execute();
        rows.sort((a, b) => compareKeys(a.key, b.key));
        return rows.map((row) => this.cache.parse(c, row));
      };
      const ds = emptyDataset();
      ds.agreements = await ofPartner("agreements");
      ds.contributions = await ofPartner("contributions");
      ds.projects = await ofPartner("projects");
      ds.countryProgrammes = await ofPartner("countryProgrammes");
      ds.claims = await ofPartner("claims");
      ds.instruments = await selectRecords(trx, "instruments", this.cache);
      ds.themes = await selectRecords(trx, "themes", this.cache);
      ds.sources = await selectRecords(trx, "sources", this.cache);

      const state = partner.kind === "member-state" ? partner.state : null;
      const states = new Set<string>();
      if (state) states.add(state);
      for (const cp of ds.countryProgrammes) states.add(cp.state);
      for (const p of ds.projects) for (const b of p.beneficiaries) states.add(b);
      if (states.size > 0) {
        const rows = await trx.selectFrom("member_states").select(["key", "data"]).where("key", "in", [...states]).execute();
        rows.sort((a, b) => compareKeys(a.key, b.key));
        ds.memberStates = rows.map((row) => this.cache.parse("memberStates", row));
      }
      if (state) {
        const rows = await trx.selectFrom("ratifications").select(["key", "data"]).where("state", "=", state).execute();
        rows.sort((a, b) => compareKeys(a.key, b.key));
        ds.ratifications = rows.map((row) => this.cache.parse("ratifications", row));
      }
      const partnerIds = new Set<string>([id]);
      for (const p of ds.projects) for (const f of p.funders) if (f.partner) partnerIds.add(f.partner);
      if (partnerIds.size > 1) {
        const rows = await trx.selectFrom("partners").select(["key", "data"]).where("key", "in", [...partnerIds]).execute();
        rows.sort((a, b) => compareKeys(a.key, b.key));
        ds.partners = rows.map((row) => this.cache.parse("partners", row));
      } else ds.partners = [partner];
      return ds;
    });
  }

  listPartners(): Promise<Partner[]> {
    return selectRecords(this.driver.db, "partners", this.cache);
  }

  async search(text: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const q = text.trim().toLowerCase();
    const limit = options.limit ?? 50;
    if (!q || limit <= 0) return [];
    const hits: SearchHit[] = [];
    const kinds = [
      ["partners", "partner"],
      ["instruments", "instrument"],
      ["agreements", "agreement"],
      ["projects", "project"],
    ] as const;
    for (const [c, kind] of kinds) {
      if (hits.length >= limit) break;
      const rows = await this.driver.db
        .selectFrom(table(c))
        .select(["key", "data"])
        .where("search_text", "like", likePattern(q))
        .execute();
      rows.sort((a, b) => compareKeys(a.key, b.key));
      for (const row of rows) {
        if (hits.length >= limit) break;
        const r = this.cache.parse(c, row) as Record<string, unknown>;
        const fields = [r.code, r.id, r.name, r.title, r.summary].filter((x): x is string => typeof x === "string");
        const where = fields.find((f) => f.toLowerCase().includes(q)) ?? fields[0] ?? "";
        const title = c === "instruments" ? `${String(r.code)} ${String(r.title)}` : String(r.name ?? r.title);
        const hit: SearchHit = { kind, key: row.key, title, snippet: snippet(where, Math.max(0, where.toLowerCase().indexOf(q)), q.length) };
        if (c === "agreements" || c === "projects") hit.partner = r.partner as PartnerId;
        hits.push(hit);
      }
    }
    return hits;
  }

  async getRecord<C extends CollectionName>(collection: C, key: string): Promise<Versioned<RecordOf<C>> | null> {
    const row = await this.driver.db.selectFrom(table(collection)).selectAll().where("key", "=", key).executeTakeFirst();
    return row ? this.cache.versioned(collection, row) : null;
  }

  async listRecords<C extends CollectionName>(collection: C): Promise<Versioned<RecordOf<C>>[]> {
    const rows = await this.driver.db.selectFrom(table(collection)).selectAll().execute();
    rows.sort((a, b) => compareKeys(a.key, b.key));
    return rows.map((row) => this.cache.versioned(collection, row));
  }

  private parseInput<C extends CollectionName>(collection: C, input: unknown): RecordOf<C> {
    assertCollection(collection);
    const v = validateRecord(collection, input);
    if (!v.ok) {
      const problems = v.problems.map((p) => {
        const path = [collection, ...p.path];
        return { ...p, path, at: formatPath(path) };
      });
      throw validationError(`the ${RECORD_NOUN[collection]}`, problems);
    }
    return v.record;
  }

  private async conflict(trx: Db, c: CollectionName, key: string, expected: number): Promise<StoreError> {
    const row = await trx.selectFrom(table(c)).selectAll().where("key", "=", key).executeTakeFirst();
    if (row) {
      const parsed = tryParseRow(c, row);
      const current = parsed.ok ? parsed.record : (JSON.parse(row.data) as unknown);
      return new ConflictError(c, key, expected, Number(row.version), row.updated_by, row.updated_at, current);
    }
    const gone = await trx
      .selectFrom("audit_log")
      .select(["actor", "at"])
      .where("collection", "=", c)
      .where("key", "=", key)
      .where("after", "is", null)
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
    return gone ? new ConflictError(c, key, expected, null, gone.actor, gone.at, null) : new NotFoundError(c, key);
  }

  private async audit(
    trx: Db,
    entries: { collection: CollectionName; key: string; action: AuditEntry["action"]; before: string | null; after: string | null; version: number }[],
    actor: string,
    at: string,
  ): Promise<void> {
    const revision = await this.bumpRevision(trx);
    for (let i = 0; i < entries.length; i += BATCH) {
      await trx
        .insertInto("audit_log")
        .values(
          entries
            .slice(i, i + BATCH)
            .map((e) => ({ at, actor, collection: e.collection, key: e.key, action: e.action, before: e.before, after: e.after, version: e.version, revision })),
        )
        .execute();
    }
  }

  /** Every committed write bumps the revision once; its audit entries carry the new revision. */
  private async bumpRevision(trx: Db): Promise<number> {
    const row = await trx
      .updateTable("meta")
      .set((eb) => ({ revision: eb("revision", "+", 1) }))
      .where("id", "=", 1)
      .returning("revision")
      .executeTakeFirstOrThrow();
    return Number(row.revision);
  }

  async create<C extends CollectionName>(collection: C, input: unknown, options: WriteOptions): Promise<Versioned<RecordOf<C>>> {
    const record = this.parseInput(collection, input);
    const key = recordKey(collection, record);
    return this.driver.write(async (trx) => {
      const existing = await trx.selectFrom(table(collection)).select(["version"]).where("key", "=", key).executeTakeFirst();
      if (existing) {
        throw validationError(`the ${RECORD_NOUN[collection]}`, [
          problem([collection, key], "duplicate-id", `there is already a ${RECORD_NOUN[collection]} "${key}"; give this one another id, or update that one`),
        ]);
      }
      const context = await writeContext(trx, this.cache, collection, key, [record], false);
      const problems = newRuleProblems(withRecord(context, collection, key, record), () => context);
      if (problems.length > 0) throw validationError(`the ${RECORD_NOUN[collection]} "${key}"`, problems);
      const at = now();
      const row = recordToRow(collection, record, 1, at, options.actor);
      await trx.insertInto(table(collection)).values(row).execute();
      await insertReferences(trx, referenceRows(collection, key, record));
      await this.audit(trx, [{ collection, key, action: "create", before: null, after: row.data, version: 1 }], options.actor, at);
      return { key, record, version: 1, updatedAt: at, updatedBy: options.actor };
    });
  }

  async update<C extends CollectionName>(
    collection: C,
    key: string,
    input: unknown,
    options: UpdateOptions,
  ): Promise<Versioned<RecordOf<C>>> {
    const record = this.parseInput(collection, input);
    const newKey = recordKey(collection, record);
    if (newKey !== key) {
      throw validationError(`the ${RECORD_NOUN[collection]} "${key}"`, [
        problem([collection, key], "inconsistent", `a record cannot change its key (from "${key}" to "${newKey}"); create a new record and delete this one instead`),
      ]);
    }
    return this.driver.write(async (trx) => {
      const current = await trx.selectFrom(table(collection)).select(["key", "data", "version"]).where("key", "=", key).executeTakeFirst();
      if (!current || Number(current.version) !== options.expectedVersion) {
        throw await this.conflict(trx, collection, key, options.expectedVersion);
      }
      const old = this.cache.parse(collection, current);
      const context = await writeContext(trx, this.cache, collection, key, [old, record], true);
      const problems = newRuleProblems(withRecord(context, collection, key, record), () => withRecord(context, collection, key, old));
      if (problems.length > 0) throw validationError(`the ${RECORD_NOUN[collection]} "${key}"`, problems);
      const at = now();
      const version = options.expectedVersion + 1;
      const row = recordToRow(collection, record, version, at, options.actor);
      const result = await trx
        .updateTable(table(collection))
        .set({ ...row })
        .where("key", "=", key)
        .where("version", "=", options.expectedVersion)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw await this.conflict(trx, collection, key, options.expectedVersion);
      await deleteReferencesFrom(trx, collection, [key]);
      await insertReferences(trx, referenceRows(collection, key, record));
      await this.audit(trx, [{ collection, key, action: "update", before: current.data, after: row.data, version }], options.actor, at);
      return { key, record, version, updatedAt: at, updatedBy: options.actor };
    });
  }

  async delete(collection: CollectionName, key: string, options: UpdateOptions): Promise<void> {
    await this.driver.write(async (trx) => {
      const current = await trx.selectFrom(table(collection)).select(["key", "data", "version"]).where("key", "=", key).executeTakeFirst();
      if (!current || Number(current.version) !== options.expectedVersion) {
        throw await this.conflict(trx, collection, key, options.expectedVersion);
      }
      // Deleting breaks only the rules of records that refer to this one: refuse if there are any.
      const dependents = await referrers(trx, collection, key);
      if (dependents.length > 0) throw new ReferencedError(collection, key, dependents);
      const result = await trx
        .deleteFrom(table(collection))
        .where("key", "=", key)
        .where("version", "=", options.expectedVersion)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) !== 1) throw await this.conflict(trx, collection, key, options.expectedVersion);
      await deleteReferencesFrom(trx, collection, [key]);
      await this.audit(trx, [{ collection, key, action: "delete", before: current.data, after: null, version: options.expectedVersion }], options.actor, now());
    });
  }

  changesSince(revision: number, options: { limit?: number } = {}): Promise<ChangesSince | null> {
    const limit = options.limit ?? 1000;
    return this.driver.read(async (trx) => {
      const meta = await trx.selectFrom("meta").select("revision").where("id", "=", 1).executeTakeFirstOrThrow();
      const current = Number(meta.revision);
      if (!Number.isInteger(revision) || revision < 0 || revision > current) return null;
      if (revision === current) return { revision: current, changes: [] };
      // Every revision after `revision` must be in the log, or some writes predate the log's revisions.
      const covered = await trx
        .selectFrom("audit_log")
        .select((eb) => eb.fn.count("revision").distinct().as("n"))
        .where("revision", ">", revision)
        .executeTakeFirstOrThrow();
      if (Number(covered.n) !== current - revision) return null;
      const rows = await trx
        .selectFrom("audit_log")
        .select(["collection", "key"])
        .distinct()
        .where("revision", ">", revision)
        .limit(limit + 1)
        .execute();
      if (rows.length > limit) return null;
      const changes: ImportChange[] = [];
      for (const row of rows) {
        const collection = COLLECTIONS.find((c) => c === row.collection);
        if (!collection) throw new RowError("audit_log", row.key, [problem(["audit_log"], "schema", `names an unknown collection "${row.collection}"`)]);
        changes.push({ collection, key: row.key });
      }
      return { revision: current, changes: changes.sort(byCollectionThenKey) };
    });
  }

  async history(collection: CollectionName, key: string): Promise<AuditEntry[]> {
    const rows = await this.driver.db
      .selectFrom("audit_log")
      .selectAll()
      .where("collection", "=", collection)
      .where("key", "=", key)
      .orderBy("id", "asc")
      .execute();
    return rows.map(auditRowToEntry);
  }

  async recentChanges(limit = 50): Promise<AuditEntry[]> {
    const rows = await this.driver.db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(limit).execute();
    return rows.map(auditRowToEntry);
  }

  async importDataset(json: string | unknown, options: ImportOptions): Promise<ImportReport> {
    const value = typeof json === "string" || json instanceof Uint8Array ? parseJsonText(json) : json;
    if (options.mode !== "merge" && options.mode !== "replace") {
      throw new ValidationError(`import mode must be "merge" or "replace", not ${JSON.stringify(options.mode)}`, [
        problem(["mode"], "schema", `must be "merge" or "replace", not ${JSON.stringify(options.mode)}`),
      ]);
    }
    const incoming: PartialDataset =
      options.mode === "replace" ? (parseFullDataset(value) as unknown as PartialDataset) : parseMergeRecords(value, recordKey);
    const actor = options.actor ?? "import";
    const run = async (trx: Db, apply: boolean): Promise<ImportReport> => {
      const plan = await this.planImport(trx, incoming, options.mode);
      options.onProgress?.({ phase: "validated", done: 0, total: plan.added.length + plan.changed.length + plan.removed.length });
      if (apply) await this.applyPlan(trx, plan, actor, options);
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
    return options.dryRun ? this.driver.read((trx) => run(trx, false)) : this.driver.write((trx) => run(trx, true));
  }

  private async planImport(trx: Db, incoming: PartialDataset, mode: "merge" | "replace"): Promise<ImportPlan> {
    const plan: ImportPlan = { added: [], changed: [], removed: [], unchanged: 0 };
    const existing = {} as Record<CollectionName, Map<string, StoredRow>>;
    for (const c of COLLECTIONS) {
      const rows = await trx.selectFrom(table(c)).select(["key", "data", "version"]).execute();
      existing[c] = new Map(rows.map((r) => [r.key, r]));
    }
    if (mode === "merge") {
      // References may point at records already stored: check the rules on the merged result.
      const before = await loadAll(trx, this.cache);
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

  private async applyPlan(trx: Db, plan: ImportPlan, actor: string, options: ImportOptions): Promise<void> {
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
      const rows = plan.added.filter((e) => e.collection === c).map((e) => stamp(e.row!));
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
          .set(stamp(e.row!))
          .where("key", "=", e.key)
          .where("version", "=", e.version!)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw await this.conflict(trx, e.collection, e.key, e.version!);
      }
      progress(chunk.length);
    }
    for (const c of COLLECTIONS) {
      const rewritten = [...plan.removed, ...plan.changed].filter((e) => e.collection === c).map((e) => e.key);
      await deleteReferencesFrom(trx, c, rewritten);
    }
    const references: ReferenceRow[] = [];
    for (const e of [...plan.added, ...plan.changed]) {
      if (e.record) references.push(...referenceRows(e.collection, e.key, e.record as RecordOf<typeof e.collection>));
    }
    await insertReferences(trx, references);
    await this.audit(
      trx,
      [
        ...plan.removed.map((e) => ({ collection: e.collection, key: e.key, action: "import" as const, before: e.before!, after: null, version: e.version! })),
        ...plan.added.map((e) => ({ collection: e.collection, key: e.key, action: "import" as const, before: null, after: e.row!.data, version: 1 })),
        ...plan.changed.map((e) => ({ collection: e.collection, key: e.key, action: "import" as const, before: e.before!, after: e.row!.data, version: e.version! + 1 })),
      ],
      actor,
      at,
    );
    options.onProgress?.({ phase: "committing", done, total });
  }

  async exportDataset(): Promise<string> {
    return canonicalDatasetText(await this.loadDataset());
  }

  async exportCsv(collection: CollectionName): Promise<string> {
    assertCollection(collection);
    return toCsv(collection, await selectRecords(this.driver.db, collection, this.cache));
  }

  async integrityCheck(): Promise<Problem[]> {
    const problems = await this.driver.engineIntegrity();
    const applied = await this.driver.db.selectFrom("migrations").select("version").execute();
    const newest = Math.max(0, ...applied.map((m) => Number(m.version)));
    const missing = missingMigrations(applied.map((m) => Number(m.version)));
    if (missing.length > 0) {
      problems.push(problem([], "internal", `the database schema is at version ${newest} and lacks version ${missing.join(", ")} (this program's newest is ${LATEST_SCHEMA_VERSION})`));
    }
    const meta = await this.driver.db.selectFrom("meta").select("id").execute();
    if (meta.length !== 1) problems.push(problem([], "internal", `the meta table has ${meta.length} rows, expected 1`));
    if (problems.length > 0) return problems;
    return this.driver.read(async (trx) => {
      const ds = emptyDataset() as unknown as Record<string, unknown[]>;
      const found: Problem[] = [];
      for (const c of COLLECTIONS) {
        const rows = await trx.selectFrom(table(c)).select(["key", "data"]).execute();
        rows.sort((a, b) => compareKeys(a.key, b.key));
        for (const row of rows) {
          const parsed = tryParseRow(c, row);
          if (parsed.ok) ds[c]!.push(parsed.record);
          else found.push(...parsed.problems);
        }
      }
      if (found.length > 0) return found;
      found.push(...(await referenceIndexProblems(trx)));
      found.push(...keyedProblems(checkDatasetRules(ds as unknown as Dataset), ds as unknown as Dataset));
      return found;
    });
  }

  /** Seeds an empty, never-seeded store with `raw` (validated like any import); true when it did. */
  async seedIfEmpty(raw: () => Promise<unknown>): Promise<boolean> {
    if (!(await this.needsSeed(this.driver.db))) return false;
    let text: unknown;
    try {
      text = await raw();
    } catch (error) {
      throw new SeedError(`cannot read the shipped dataset: ${error instanceof Error ? error.message : String(error)}`);
    }
    const dataset = parseFullDataset(text);
    return this.driver.write(async (trx) => {
      if (!(await this.needsSeed(trx))) return false;
      const plan = await this.planImport(trx, dataset as unknown as PartialDataset, "replace");
      await this.applyPlan(trx, plan, "seed", { mode: "replace" });
      await trx.updateTable("meta").set({ seeded_at: now() }).where("id", "=", 1).execute();
      return true;
    });
  }

  private async needsSeed(db: Db): Promise<boolean> {
    const meta = await db.selectFrom("meta").select("seeded_at").where("id", "=", 1).executeTakeFirst();
    if (!meta || meta.seeded_at !== null) return false;
    for (const c of COLLECTIONS) {
      const any = await db.selectFrom(table(c)).select("key").limit(1).executeTakeFirst();
      if (any) return false;
    }
    return true;
  }
}
