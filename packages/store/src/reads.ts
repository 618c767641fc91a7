// Reads: whole and per-partner datasets, records, search, and the audit log.
import { COLLECTIONS, type CollectionName, type Dataset, type Partner, type PartnerId, problem, type RecordOf } from "@partnership-atlas/core";
import { emptyDataset, loadAll, type StoreContext, selectRecords, table } from "./datasets.js";
import { RowError } from "./errors.js";
import { byCollectionThenKey } from "./reference-index.js";
import { auditRowToEntry, compareKeys } from "./rows.js";
import type { AuditEntry, ChangesSince, ImportChange, SearchHit, Versioned } from "./types.js";

function snippet(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, at + length + 80);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\s+/g, " ").trim()}${end < text.length ? "…" : ""}`;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export async function revision(s: StoreContext): Promise<number> {
  const row = await s.driver.db.selectFrom("meta").select("revision").where("id", "=", 1).executeTakeFirstOrThrow();
  return Number(row.revision);
}

export function loadDataset(s: StoreContext): Promise<Dataset> {
  return s.driver.read((trx) => loadAll(trx, s.cache));
}

export function loadPartnerDataset(s: StoreContext, id: PartnerId): Promise<Dataset | null> {
  return s.driver.read(async (trx) => {
    const partnerRow = await trx.selectFrom("partners").select(["key", "data"]).where("key", "=", id).executeTakeFirst();
    // A member State without a Partner record still has a profile (core builds a plain one
    // under its lower-case code): the slice then holds the State and its ratifications.
    const plainState = partnerRow || !/^[a-z]{2}$/.test(id) ? undefined : await trx.selectFrom("member_states").select("key").where("key", "=", id.toUpperCase()).executeTakeFirst();
    if (!partnerRow && !plainState) return null;
    const partner = partnerRow ? s.cache.parse("partners", partnerRow) : null;
    const ofPartner = async <C extends CollectionName>(c: C) => {
      const rows = await trx.selectFrom(table(c)).select(["key", "data"]).where("partner", "=", id).execute();
      rows.sort((a, b) => compareKeys(a.key, b.key));
      return rows.map((row) => s.cache.parse(c, row));
    };
    const ds = emptyDataset();
    ds.agreements = await ofPartner("agreements");
    ds.contributions = await ofPartner("contributions");
    ds.projects = await ofPartner("projects");
    ds.countryProgrammes = await ofPartner("countryProgrammes");
    ds.claims = await ofPartner("claims");
    ds.instruments = await selectRecords(trx, "instruments", s.cache);
    ds.themes = await selectRecords(trx, "themes", s.cache);
    ds.sources = await selectRecords(trx, "sources", s.cache);
    // Coverage decides how sure every count is; it is a handful of records.
    ds.coverage = await selectRecords(trx, "coverage", s.cache);

    const state = partner ? (partner.kind === "member-state" ? partner.state : null) : (plainState?.key ?? null);
    const states = new Set<string>();
    if (state) states.add(state);
    for (const cp of ds.countryProgrammes) states.add(cp.state);
    for (const p of ds.projects) for (const b of p.beneficiaries) states.add(b);
    if (states.size > 0) {
      const rows = await trx.selectFrom("member_states").select(["key", "data"]).where("key", "in", [...states]).execute();
      rows.sort((a, b) => compareKeys(a.key, b.key));
      ds.memberStates = rows.map((row) => s.cache.parse("memberStates", row));
    }
    if (state) {
      const rows = await trx.selectFrom("ratifications").select(["key", "data"]).where("state", "=", state).execute();
      rows.sort((a, b) => compareKeys(a.key, b.key));
      ds.ratifications = rows.map((row) => s.cache.parse("ratifications", row));
    }
    const partnerIds = new Set<string>([id]);
    for (const p of ds.projects) for (const f of p.funders) if (f.partner) partnerIds.add(f.partner);
    if (partnerIds.size > 1) {
      const rows = await trx.selectFrom("partners").select(["key", "data"]).where("key", "in", [...partnerIds]).execute();
      rows.sort((a, b) => compareKeys(a.key, b.key));
      ds.partners = rows.map((row) => s.cache.parse("partners", row));
    } else ds.partners = partner ? [partner] : [];
    return ds;
  });
}

export function listPartners(s: StoreContext): Promise<Partner[]> {
  return selectRecords(s.driver.db, "partners", s.cache);
}

export async function search(s: StoreContext, text: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
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
    const rows = await s.driver.db
      .selectFrom(table(c))
      .select(["key", "data"])
      .where("search_text", "like", likePattern(q))
      .execute();
    rows.sort((a, b) => compareKeys(a.key, b.key));
    for (const row of rows) {
      if (hits.length >= limit) break;
      const r = s.cache.parse(c, row) as Record<string, unknown>;
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

export async function getRecord<C extends CollectionName>(s: StoreContext, collection: C, key: string): Promise<Versioned<RecordOf<C>> | null> {
  const row = await s.driver.db.selectFrom(table(collection)).selectAll().where("key", "=", key).executeTakeFirst();
  return row ? s.cache.versioned(collection, row) : null;
}

export async function listRecords<C extends CollectionName>(s: StoreContext, collection: C): Promise<Versioned<RecordOf<C>>[]> {
  const rows = await s.driver.db.selectFrom(table(collection)).selectAll().execute();
  rows.sort((a, b) => compareKeys(a.key, b.key));
  return rows.map((row) => s.cache.versioned(collection, row));
}

export function changesSince(s: StoreContext, revision: number, options: { limit?: number } = {}): Promise<ChangesSince | null> {
  const limit = options.limit ?? 1000;
  return s.driver.read(async (trx) => {
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

export async function history(s: StoreContext, collection: CollectionName, key: string): Promise<AuditEntry[]> {
  const rows = await s.driver.db
    .selectFrom("audit_log")
    .selectAll()
    .where("collection", "=", collection)
    .where("key", "=", key)
    .orderBy("id", "asc")
    .execute();
  return rows.map(auditRowToEntry);
}

export async function recentChanges(s: StoreContext, limit = 50): Promise<AuditEntry[]> {
  const rows = await s.driver.db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(limit).execute();
  return rows.map(auditRowToEntry);
}
