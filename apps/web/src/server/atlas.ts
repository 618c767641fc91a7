// The web app's only door to the store: server-only reads that return what the pages show.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import {
  allProfiles,
  buildIatiActivities,
  type IatiExport,
  allStateProfiles,
  COLLECTIONS,
  type Coverage,
  partnerIdOfState,
  Ratification,
  RECORD_SCHEMAS,
  type SourceRef,
  type StatesOverview,
  statesOverview,
  categoryOn,
  changeKind,
  describeChange,
  type CollectionName,
  type Dataset,
  type Instrument,
  type InstrumentCategory,
  type InstrumentCode,
  type InstrumentFilter,
  type InstrumentOverviewRow,
  type InstrumentRatificationRow,
  type IsoDate,
  instrumentRatifications,
  instrumentsOverview,
  IsoDate as IsoDateSchema,
  type PartnerId,
  type PartnerProfile,
  partnerProfile,
  type RatificationSummary,
  ratificationSummary,
  type CountryCode,
  type Count,
  type SearchMatch,
  searchRecords,
  type Source,
} from "@partnership-atlas/core";
import type { AuditEntry, Store } from "@partnership-atlas/store";
import { env } from "../env";

export interface Snapshot {
  revision: number;
  dataset: Dataset;
  checkedAt: number;
  /** Derived results for this revision, by key; dropped with the snapshot. */
  memo: Map<string, unknown>;
}

interface State {
  store?: Promise<Store>;
  snapshot?: Snapshot;
  loading?: Promise<Snapshot>;
}

// One store and one cached dataset per server process, shared by every route bundle.
const KEY = Symbol.for("partnership-atlas.web.server");
const holder = globalThis as Record<symbol, State | undefined>;
holder[KEY] ??= {};
const state: State = holder[KEY];

type StoreModule = typeof import("@partnership-atlas/store");

/**
 * The store package is loaded by Node at run time, not bundled: it opens native SQLite and
 * reads the dataset's JSON files next to its own code. (Turbopack bundles workspace packages
 * even when serverExternalPackages lists them, hence the ignored import.)
 */
async function openConfiguredStore(): Promise<Store> {
  const mod: StoreModule = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ "@partnership-atlas/store");
  const url = mod.resolveDatabaseUrl({
    env: { NODE_ENV: env.NODE_ENV, DATABASE_URL: env.DATABASE_URL, ATLAS_DATA_DIR: env.ATLAS_DATA_DIR },
  });
  return mod.openStore(url);
}

function store(): Promise<Store> {
  state.store ??= openConfiguredStore().catch((error: unknown) => {
    state.store = undefined;
    throw error;
  });
  return state.store;
}

/** A request reading the records as recorded on a past revision runs inside this (see ./recorded.ts). */
const pinned = new AsyncLocalStorage<Snapshot>();

/** Runs `fn` with every read below seeing `snap` (records rebuilt at a past revision) instead of the latest. */
export function withSnapshot<T>(snap: Snapshot, fn: () => Promise<T>): Promise<T> {
  return pinned.run(snap, fn);
}

/** The store itself, for the data layer's other modules (./recorded.ts). */
export function openedStore(): Promise<Store> {
  return store();
}

/**
 * The dataset as of the store's latest revision. The revision is asked at most once per
 * ATLAS_REVISION_CHECK_MS, so a change written by a curator shows within that delay.
 */
async function snapshot(): Promise<Snapshot> {
  const held = pinned.getStore();
  if (held) return held;
  const now = Date.now();
  const current = state.snapshot;
  if (current && now - current.checkedAt < env.ATLAS_REVISION_CHECK_MS) return current;
  state.loading ??= (async () => {
    const s = await store();
    const revision = await s.revision();
    if (state.snapshot && state.snapshot.revision === revision) {
      state.snapshot.checkedAt = Date.now();
      return state.snapshot;
    }
    const dataset = await s.loadDataset();
    const next: Snapshot = { revision, dataset, checkedAt: Date.now(), memo: new Map() };
    state.snapshot = next;
    return next;
  })().finally(() => {
    state.loading = undefined;
  });
  return state.loading;
}

const MEMO_LIMIT = 256;
function memo<T>(snap: Snapshot, key: string, compute: () => T): T {
  if (snap.memo.has(key)) return snap.memo.get(key) as T;
  if (snap.memo.size >= MEMO_LIMIT) snap.memo.clear();
  const value = compute();
  snap.memo.set(key, value);
  return value;
}

/** Today's date on the server's clock (UTC); core never reads the clock, so the web does. */
export function today(): IsoDate {
  return IsoDateSchema.parse(new Date().toISOString().slice(0, 10));
}

export async function revision(): Promise<number> {
  return (await snapshot()).revision;
}

/** The records a request reads (the latest, or those pinned by withSnapshot). */
export async function currentDataset(): Promise<Dataset> {
  return (await snapshot()).dataset;
}

/** Every member State's profile (curated or not), then the partners that are not States. */
export async function profiles(asOf: IsoDate): Promise<PartnerProfile[]> {
  const snap = await snapshot();
  return memo(snap, `profiles:${asOf}`, () => [
    ...allStateProfiles(snap.dataset, asOf),
    ...allProfiles(snap.dataset, asOf).filter((p) => p.partner.kind !== "member-state"),
  ]);
}

/** Every member State with its counts on `asOf`, and the home page's figures, from core. */
export async function states(asOf: IsoDate): Promise<StatesOverview> {
  const snap = await snapshot();
  return memo(snap, `states:${asOf}`, () => statesOverview(snap.dataset, asOf));
}

export async function profile(id: PartnerId, asOf: IsoDate): Promise<PartnerProfile | null> {
  const snap = await snapshot();
  return memo(snap, `profile:${id}:${asOf}`, () => partnerProfile(snap.dataset, id, asOf));
}

/** Profiles of the partners named, in the order named; `missing` lists ids with no partner. */
export async function compare(ids: PartnerId[], asOf: IsoDate): Promise<{ profiles: PartnerProfile[]; missing: string[] }> {
  const found: PartnerProfile[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const p = await profile(id, asOf);
    if (p) found.push(p);
    else missing.push(id);
  }
  return { profiles: found, missing };
}

/**
 * Every id with a profile: each partner record's, and each member State's lower-case code
 * (every State has a profile, curated or not). Decides before rendering whether a profile exists.
 */
export async function partnerIds(): Promise<ReadonlySet<string>> {
  const snap = await snapshot();
  return memo(
    snap,
    "partner-ids",
    () => new Set<string>([...snap.dataset.partners.map((p) => p.id), ...snap.dataset.memberStates.map((m) => partnerIdOfState(m.code))]),
  );
}

/** Every instrument code in the store (upper case), for the same check on instrument pages. */
export async function instrumentCodes(): Promise<ReadonlySet<string>> {
  const snap = await snapshot();
  return memo(snap, "instrument-codes", () => new Set<string>(snap.dataset.instruments.map((i) => i.code)));
}

/** What can be compared: every member State, then the partners that are not States. */
export async function partnerChoices(): Promise<{ id: PartnerId; name: string; state: string | null }[]> {
  const snap = await snapshot();
  return memo(snap, "choices", () => [
    ...snap.dataset.memberStates.map((m) => ({ id: partnerIdOfState(m.code), name: m.name, state: m.code as string })),
    ...snap.dataset.partners.filter((p) => p.kind !== "member-state").map((p) => ({ id: p.id, name: p.name, state: null })),
  ]);
}

export async function instruments(
  asOf: IsoDate,
  filter: InstrumentFilter,
): Promise<{ rows: InstrumentOverviewRow[]; sources: Source[] }> {
  const snap = await snapshot();
  return memo(snap, `instruments:${asOf}:${filter.category ?? ""}:${filter.status ?? ""}:${filter.kind ?? ""}`, () => {
    const rows = instrumentsOverview(snap.dataset, asOf, filter);
    const ids = new Set(rows.flatMap((r) => r.instrument.sources.map((s) => s.source as string)));
    return { rows, sources: snap.dataset.sources.filter((s) => ids.has(s.id)) };
  });
}

export interface InstrumentView {
  instrument: Instrument;
  category: InstrumentCategory;
  ratifications: InstrumentRatificationRow[];
  /** How many States ratified it by the date, and of those in force, with certainty. */
  count: Count;
  inForce: Count;
  sources: Source[];
}

export async function instrument(code: InstrumentCode, asOf: IsoDate): Promise<InstrumentView | null> {
  const snap = await snapshot();
  return memo(snap, `instrument:${code}:${asOf}`, () => {
    const ins = snap.dataset.instruments.find((i) => i.code === code);
    if (!ins) return null;
    const { rows: ratifications, count, inForce } = instrumentRatifications(snap.dataset, code, asOf);
    const ids = new Set([...ins.sources, ...ratifications.flatMap((r) => r.sources)].map((s) => s.source as string));
    return {
      instrument: ins,
      category: categoryOn(ins, asOf),
      ratifications,
      count,
      inForce,
      sources: snap.dataset.sources.filter((s) => ids.has(s.id)),
    };
  });
}

/**
 * What a query finds in the current records, in any of the four languages (core's searchRecords):
 * States by their names in every language, instruments by code, number and title, agreements and
 * projects by title; whole words, accents folded, labour/labor alike.
 */
export async function search(q: string): Promise<SearchMatch[]> {
  const snap = await snapshot();
  return memo(snap, `search:${q.trim()}`, () => searchRecords(snap.dataset, q, 100));
}

/** A change to the records, described by what a reader knows the record by rather than its id. */
export interface Change {
  at: string;
  actor: string;
  collection: CollectionName;
  key: string;
  action: AuditEntry["action"];
  /** For a ratification: whose, and of what. */
  ratification: { state: CountryCode; instrument: InstrumentCode } | null;
  /** For other records: the name, title or code the record gives (null when it gives none). */
  name: string | null;
  /** Core's sentence for the change (the feeds' words), and the curator's note. */
  sentence: string;
  note: string | null;
}

/** The name a reader knows a record by: its title, name, code or text. */
function recordName(record: Record<string, unknown>): string | null {
  for (const field of ["title", "name", "label", "code", "text"]) {
    const v = record[field];
    if (typeof v === "string" && v) return v.length > 90 ? `${v.slice(0, 89)}…` : v;
  }
  return null;
}

/**
 * The latest changes, newest first; with `upTo`, only those recorded at or before that revision
 * (a page showing an earlier state of the records), read from a bounded window of the log.
 */
export async function recentChanges(limit = 8, upTo?: number): Promise<Change[]> {
  const s = await store();
  const read = await s.recentChanges(upTo === undefined ? limit : limit * 8);
  const entries = upTo === undefined ? read : read.filter((e) => e.revision !== null && e.revision <= upTo).slice(0, limit);
  const { dataset } = await snapshot();
  return entries.map((e) => {
    const said = describeChange(
      { collection: e.collection, key: e.key, kind: changeKind(e.before, e.after), before: e.before, after: e.after, note: e.note, source: e.source },
      dataset,
    );
    // The audit log keeps the record as written; read it back through its schema.
    const parsed = RECORD_SCHEMAS[e.collection].safeParse(e.after ?? e.before);
    const record: Record<string, unknown> | null = parsed.success ? { ...parsed.data } : null;
    const r = parsed.success && e.collection === "ratifications" ? Ratification.safeParse(parsed.data) : null;
    return {
      at: e.at,
      actor: e.actor,
      collection: e.collection,
      key: e.key,
      action: e.action,
      ratification: r?.success ? { state: r.data.state, instrument: r.data.instrument } : null,
      name: record ? recordName(record) : null,
      sentence: said.sentence,
      note: said.note,
    };
  });
}

/** What the about page shows: the coverage records and every source the records cite. */
export async function aboutTheData(): Promise<{ coverage: Coverage[]; sources: Source[]; states: number; ratifications: number }> {
  const snap = await snapshot();
  return memo(snap, "about", () => {
    const cited = new Set<string>();
    for (const c of COLLECTIONS) {
      if (c === "sources") continue;
      for (const r of snap.dataset[c] as readonly { sources?: readonly SourceRef[] }[]) for (const s of r.sources ?? []) cited.add(s.source);
    }
    return {
      coverage: snap.dataset.coverage,
      sources: snap.dataset.sources.filter((s) => cited.has(s.id)),
      states: snap.dataset.memberStates.length,
      ratifications: snap.dataset.ratifications.length,
    };
  });
}

/** A member State's ratifications on `asOf`; null when the data has no such State. */
export async function stateRatifications(state: CountryCode, asOf: IsoDate): Promise<RatificationSummary | null> {
  const snap = await snapshot();
  if (!snap.dataset.memberStates.some((m) => m.code === state)) return null;
  return memo(snap, `ratifications:${state}:${asOf}`, () => ratificationSummary(snap.dataset, state, asOf));
}

/**
 * The records as an IATI 2.03 activities file with its report, for every partner or one,
 * generated now. Built from the cached dataset; one partner costs only its own records.
 */
export async function iatiActivities(partner: PartnerId | undefined): Promise<IatiExport> {
  const snap = await snapshot();
  const generatedAt = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  return buildIatiActivities(snap.dataset, { generatedAt, partner });
}

/** A figure derived from the current records, computed once per revision under `key` (the map's views use it). */
export async function derived<T>(key: string, compute: (dataset: Dataset) => T): Promise<T> {
  const snap = await snapshot();
  return memo(snap, key, () => compute(snap.dataset));
}
