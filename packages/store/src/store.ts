// The Store, written once over Kysely; an EngineDriver supplies what differs between engines.
import {
  COLLECTIONS,
  type CollectionName,
  checkDatasetRules,
  DATASET_SCHEMA_VERSION,
  type Dataset,
  formatPath,
  type Instrument,
  type InstrumentCode,
  type Partner,
  type PartnerId,
  type Problem,
  problem,
  RECORD_NOUN,
  type Ratification,
  type RecordOf,
  recordKey,
  validateRecord,
} from "@partnership-atlas/core";
import type { Kysely } from "kysely";
import { toCsv } from "./csv.js";
import type { EngineDriver } from "./engine/driver.js";
import { ConflictError, NotFoundError, ReferencedError, StoreError } from "./errors.js";
import { LATEST_SCHEMA_VERSION } from "./migrations.js";
import { type PartialDataset, parseFullDataset, parseJsonText, parseMergeRecords, validationError } from "./input.js";
import {
  auditRowToEntry,
  canonicalText,
  compareKeys,
  type Database,
  type RecordRow,
  type RecordTable,
  recordToRow,
  TABLES,
  tryParseRow,
  RecordCache,
} from "./rows.js";
import type {
  AuditEntry,
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
      // Coverage decides how sure every count is; it is a handful of records.
      ds.coverage = await selectRecords(trx, "coverage", this.cache);

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

  listInstruments(): Promise<Instrument[]> {
    return selectRecords(this.driver.db, "instruments", this.cache);
  }

  async getInstrument(code: InstrumentCode): Promise<Instrument | null> {
    const row = await this.driver.db.selectFrom("instruments").select(["key", "data"]).where("key", "=", code).executeTakeFirst();
    return row ? this.cache.parse("instruments", row) : null;
  }

  async ratificationsOfInstrument(code: InstrumentCode): Promise<Ratification[]> {
    const rows = await this.driver.db.selectFrom("ratifications").select(["key", "data"]).where("instrument", "=", code).execute();
    rows.sort((a, b) => compareKeys(a.key, b.key));
    return rows.map((row) => this.cache.parse("ratifications", row));
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
    if (!(COLLECTIONS as readonly string[]).includes(collection)) {
      throw new StoreError("validation", `"${String(collection)}" is not a collection; expected one of ${COLLECTIONS.join(", ")}`);
    }
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
    for (let i = 0; i < entries.length; i += BATCH) {
      await trx
        .insertInto("audit_log")
        .values(entries.slice(i, i + BATCH).map((e) => ({ at, actor, collection: e.collection, key: e.key, action: e.action, before: e.before, after: e.after, version: e.version })))
        .execute();
    }
  }

  private async bumpRevision(trx: Db): Promise<void> {
    await trx
      .updateTable("meta")
      .set((eb) => ({ revision: eb("revision", "+", 1) }))
      .where("id", "=", 1)
      .execute();
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
      const before = await loadAll(trx, this.cache);
      const problems = newRuleProblems(withRecord(before, collection, key, record), () => before);
      if (problems.length > 0) throw validationError(`the ${RECORD_NOUN[collection]} "${key}"`, problems);
      const at = now();
      const row = recordToRow(collection, record, 1, at, options.actor);
      await trx.insertInto(table(collection)).values(row).execute();
      await this.audit(trx, [{ collection, key, action: "create", before: null, after: row.data, version: 1 }], options.actor, at);
      await this.bumpRevision(trx);
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
      const before = await loadAll(trx, this.cache);
      const problems = newRuleProblems(withRecord(before, collection, key, record), () => before);
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
      await this.audit(trx, [{ collection, key, action: "update", before: current.data, after: row.data, version }], options.actor, at);
      await this.bumpRevision(trx);
      return { key, record, version, updatedAt: at, updatedBy: options.actor };
    });
  }

  async delete(collection: CollectionName, key: string, options: UpdateOptions): Promise<void> {
    await this.driver.write(async (trx) => {
      const current = await trx.selectFrom(table(collection)).select(["key", "data", "version"]).where("key", "=", key).executeTakeFirst();
      if (!current || Number(current.version) !== options.expectedVersion) {
        throw await this.conflict(trx, collection, key, options.expectedVersion);
      }
      const before = await loadAll(trx, this.cache);
      const after = withRecord(before, collection, key, null);
      const problems = newRuleProblems(after, () => before);
      const dependents = new Map<string, { collection: CollectionName; key: string }>();
      for (const p of problems) {
        if (p.code !== "dangling-reference") continue;
        const [c, k] = p.path;
        if (typeof c === "string" && typeof k === "string") dependents.set(`${c}\u0000${k}`, { collection: c as CollectionName, key: k });
      }
      if (dependents.size > 0) {
        const list = [...dependents.values()].sort((a, b) =>
          a.collection === b.collection ? compareKeys(a.key, b.key) : COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection),
        );
        throw new ReferencedError(collection, key, list);
      }
      if (problems.length > 0) throw validationError(`deleting ${RECORD_NOUN[collection]} "${key}"`, problems);
      const result = await trx
        .deleteFrom(table(collection))
        .where("key", "=", key)
        .where("version", "=", options.expectedVersion)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) !== 1) throw await this.conflict(trx, collection, key, options.expectedVersion);
      await this.audit(trx, [{ collection, key, action: "delete", before: current.data, after: null, version: options.expectedVersion }], options.actor, now());
      await this.bumpRevision(trx);
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
      throw new StoreError("validation", `import mode must be "merge" or "replace", not ${JSON.stringify(options.mode)}`);
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
        if (!old) plan.added.push({ collection: c, key, row: recordToRow(c, record, 1, at, "") });
        else if (old.data !== text) {
          const version = Number(old.version);
          plan.changed.push({ collection: c, key, row: recordToRow(c, record, version + 1, at, ""), before: old.data, version });
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
    await this.bumpRevision(trx);
    options.onProgress?.({ phase: "committing", done, total });
  }

  async exportDataset(): Promise<string> {
    return canonicalDatasetText(await this.loadDataset());
  }

  async exportCsv(collection: CollectionName): Promise<string> {
    if (!(COLLECTIONS as readonly string[]).includes(collection)) {
      throw new StoreError("validation", `"${String(collection)}" is not a collection; expected one of ${COLLECTIONS.join(", ")}`);
    }
    return toCsv(collection, await selectRecords(this.driver.db, collection, this.cache));
  }

  async integrityCheck(): Promise<Problem[]> {
    const problems = await this.driver.engineIntegrity();
    const applied = await this.driver.db.selectFrom("migrations").select("version").execute();
    const newest = Math.max(0, ...applied.map((m) => Number(m.version)));
    if (newest !== LATEST_SCHEMA_VERSION) {
      problems.push(problem([], "internal", `the database schema is at version ${newest}, expected ${LATEST_SCHEMA_VERSION}`));
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
      return keyedProblems(checkDatasetRules(ds as unknown as Dataset), ds as unknown as Dataset);
    });
  }

  /** Seeds an empty, never-seeded store with `raw` (validated like any import); true when it did. */
  async seedIfEmpty(raw: () => Promise<unknown>): Promise<boolean> {
    if (!(await this.needsSeed(this.driver.db))) return false;
    const dataset = parseFullDataset(await raw());
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
