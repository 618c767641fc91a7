// The records "as recorded on" a past revision or moment, and the net changes between two
// revisions, rebuilt from the audit log's before/after texts.
import { COLLECTIONS, type CollectionName, type Dataset, problem, type RecordOf, recordKey } from "@partnership-atlas/core";
import { byKey, type Db, emptyDataset, loadAll, type StoreContext } from "./datasets.js";
import { HistoryError, RowError } from "./errors.js";
import { auditRowToEntry, compareKeys, parseRowRecord } from "./rows.js";
import type { AuditEntry, Revision, RecordedOn, RecordsAt, SyncChange, SyncPage } from "./types.js";

function collectionOf(name: string, key: string): CollectionName {
  const c = COLLECTIONS.find((x) => x === name);
  if (!c) throw new RowError("audit_log", key, [problem(["audit_log"], "schema", `names an unknown collection "${name}"`)]);
  return c;
}

async function currentRevision(trx: Db): Promise<number> {
  const meta = await trx.selectFrom("meta").select("revision").where("id", "=", 1).executeTakeFirstOrThrow();
  return Number(meta.revision);
}

/** When a revision was recorded: the time of its audit entries (null for revision 0, before any write). */
async function recordedAt(trx: Db, revision: number): Promise<string | null> {
  if (revision === 0) return null;
  const row = await trx.selectFrom("audit_log").select("at").where("revision", "=", revision).limit(1).executeTakeFirst();
  return row?.at ?? null;
}

/** Every revision in (from, to] must be in the log, or some writes predate the log's revisions. */
async function assertLogCovers(trx: Db, from: number, to: number): Promise<void> {
  if (from === to) return;
  const covered = await trx
    .selectFrom("audit_log")
    .select((eb) => eb.fn.count("revision").distinct().as("n"))
    .where("revision", ">", from)
    .where("revision", "<=", to)
    .executeTakeFirstOrThrow();
  if (Number(covered.n) !== to - from) {
    throw new HistoryError(`the version history does not reach back to revision ${from}: some writes after it were made before the log kept revisions`);
  }
}

/** The revision the records were at on `when`: the revision named, or the last one recorded at or before a moment. */
async function resolve(trx: Db, when: RecordedOn, current: number): Promise<number> {
  if ("revision" in when) {
    if (!Number.isInteger(when.revision) || when.revision < 0) throw new HistoryError(`revision ${when.revision} is not a revision; use a whole number from 0`);
    if (when.revision > current) throw new HistoryError(`revision ${when.revision} is newer than the records (revision ${current})`);
    return when.revision;
  }
  const row = await trx
    .selectFrom("audit_log")
    .select((eb) => eb.fn.max("revision").as("r"))
    .where("at", "<=", when.at)
    .executeTakeFirst();
  return row?.r === null || row?.r === undefined ? 0 : Number(row.r);
}

/** The store's revision (or the one named, when it is not newer) and when it was recorded. */
export function lastUpdated(s: StoreContext, of?: number): Promise<Revision> {
  return s.driver.read(async (trx) => {
    const current = await currentRevision(trx);
    const revision = of !== undefined && Number.isInteger(of) && of >= 0 && of <= current ? of : current;
    return { revision, at: await recordedAt(trx, revision) };
  });
}

/**
 * The records as they stood at a revision or moment. Replays the log backwards from the current
 * records: it costs the current dataset (parsed rows are cached) plus the entries written since.
 */
export function datasetAt(s: StoreContext, when: RecordedOn): Promise<RecordsAt> {
  return s.driver.read(async (trx) => {
    const current = await currentRevision(trx);
    const revision = await resolve(trx, when, current);
    await assertLogCovers(trx, revision, current);
    const at = await recordedAt(trx, revision);
    const now = await loadAll(trx, s.cache);
    if (revision === current) return { revision, at, current, dataset: now };
    const rows = await trx
      .selectFrom("audit_log")
      .select(["id", "collection", "key", "before"])
      .where("revision", ">", revision)
      .orderBy("id", "desc")
      .execute();
    // The oldest entry after the revision holds each record's text as it was then (its `before`).
    const then = new Map<CollectionName, Map<string, string | null>>();
    for (const row of rows) {
      const c = collectionOf(row.collection, row.key);
      const m = then.get(c) ?? new Map<string, string | null>();
      then.set(c, m);
      m.set(row.key, row.before);
    }
    const ds = emptyDataset() as Record<string, unknown>;
    for (const c of COLLECTIONS) {
      const changed = then.get(c);
      if (!changed) {
        ds[c] = now[c];
        continue;
      }
      const kept = (now[c] as RecordOf<typeof c>[]).filter((r) => !changed.has(recordKey(c, r)));
      for (const [key, data] of changed) if (data !== null) kept.push(parseRowRecord(c, { key, data }));
      ds[c] = byKey(c, kept);
    }
    return { revision, at, current, dataset: ds as Dataset };
  });
}

/**
 * The net change of each record between `since` and `until` (default: the current revision),
 * with its new content, in collection order then by key, `limit` per page; `after` is the
 * `next` cursor of the previous page. Costs the entries in the range, not the dataset.
 */
export function changesBetween(
  s: StoreContext,
  since: number,
  options: { until?: number; limit?: number; after?: string } = {},
): Promise<SyncPage> {
  const limit = options.limit ?? 100;
  return s.driver.read(async (trx) => {
    const current = await currentRevision(trx);
    const until = options.until ?? current;
    if (!Number.isInteger(since) || since < 0) throw new HistoryError(`since ${since} is not a revision; use a whole number from 0`);
    if (!Number.isInteger(until) || until > current) throw new HistoryError(`revision ${until} is newer than the records (revision ${current})`);
    if (since > current) throw new HistoryError(`since ${since} is newer than the records (revision ${current})`);
    if (since > until) throw new HistoryError(`since ${since} is newer than revision ${until}`);
    await assertLogCovers(trx, since, until);
    const rows = await trx
      .selectFrom("audit_log")
      .selectAll()
      .where("revision", ">", since)
      .where("revision", "<=", until)
      .orderBy("id", "asc")
      .execute();
    const net = new Map<string, { collection: CollectionName; key: string; before: string | null; last: AuditEntry; after: string | null }>();
    for (const row of rows) {
      const c = collectionOf(row.collection, row.key);
      const id = `${c}:${row.key}`;
      const seen = net.get(id);
      const entry = auditRowToEntry(row);
      if (seen) {
        seen.after = row.after;
        seen.last = entry;
      } else net.set(id, { collection: c, key: row.key, before: row.before, after: row.after, last: entry });
    }
    const order = (c: CollectionName) => COLLECTIONS.indexOf(c);
    const all = [...net.values()]
      .filter((n) => n.before !== n.after)
      .sort((a, b) => order(a.collection) - order(b.collection) || compareKeys(a.key, b.key));
    const cursor = options.after === undefined ? null : parseCursor(options.after);
    const start = cursor ? all.findIndex((n) => sortsAfter(n, cursor)) : 0;
    const from = start < 0 ? all.length : start;
    const page = all.slice(from, from + limit);
    const changes: SyncChange[] = page.map((n) => ({
      collection: n.collection,
      key: n.key,
      kind: n.before === null ? "added" : n.after === null ? "removed" : "changed",
      record: n.after === null ? null : parseRowRecord(n.collection, { key: n.key, data: n.after }),
      revision: n.last.revision ?? until,
      at: n.last.at,
      actor: n.last.actor,
      note: n.last.note,
      source: n.last.source,
    }));
    const more = from + limit < all.length;
    const last = page.at(-1);
    return {
      since,
      revision: until,
      at: await recordedAt(trx, until),
      total: all.length,
      changes,
      next: more && last ? `${last.collection}:${last.key}` : null,
    };
  });
}

function parseCursor(cursor: string): { collection: CollectionName; key: string } {
  const colon = cursor.indexOf(":");
  const collection = COLLECTIONS.find((x) => x === cursor.slice(0, colon));
  if (colon < 0 || !collection) throw new HistoryError(`the cursor "${cursor}" is not one this store gave; start again without it`);
  return { collection, key: cursor.slice(colon + 1) };
}

/** Whether a change sorts after a cursor, in collection order then by key. */
function sortsAfter(n: { collection: CollectionName; key: string }, cursor: { collection: CollectionName; key: string }): boolean {
  const d = COLLECTIONS.indexOf(n.collection) - COLLECTIONS.indexOf(cursor.collection);
  return d > 0 || (d === 0 && compareKeys(n.key, cursor.key) > 0);
}
