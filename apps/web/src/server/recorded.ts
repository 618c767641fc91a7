// "As recorded on" and "last updated" for the data layer: the records rebuilt at a past revision
// (a small LRU by the value asked), the revision a response is built from and when it was
// recorded, the net changes for sync, and the change entries feeds and the home page print.
import "server-only";
import {
  type ChangeDescription,
  changeKind,
  describeChange,
  formatRecordedOn,
  type RecordedOn,
} from "@partnership-atlas/core";
import type { AuditEntry, SyncPage } from "@partnership-atlas/store";
import { currentDataset, openedStore, revision as latestRevision, type Snapshot, withSnapshot } from "./atlas";

/** The records a response was built from: their revision, when it was recorded, and whether it is an earlier one. */
export interface RecordsInfo {
  revision: number;
  recordedAt: string | null;
  /** The latest revision; equal to `revision` unless the request asked for an earlier state. */
  current: number;
  /** The `recordedOn` value asked for (`r12` or a date-time), when one was. */
  recordedOn: string | null;
}

/** A `recordedOn` the history cannot reach (newer than the records, or before the log kept revisions). */
export class RecordedOnError extends Error {}

// Rebuilt datasets by the value asked; a rebuild costs the dataset plus the log since, so keep a few.
const REBUILT_LIMIT = 8;
const rebuilt = new Map<string, Promise<{ snap: Snapshot; info: RecordsInfo }>>();

async function rebuild(when: RecordedOn): Promise<{ snap: Snapshot; info: RecordsInfo }> {
  const store = await openedStore();
  try {
    const at = await store.datasetAt(when);
    const snap: Snapshot = { revision: at.revision, dataset: at.dataset, checkedAt: Date.now(), memo: new Map() };
    return { snap, info: { revision: at.revision, recordedAt: at.at, current: at.current, recordedOn: formatRecordedOn(when) } };
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "history") throw new RecordedOnError(error.message);
    throw error;
  }
}

function rebuiltAt(when: RecordedOn): Promise<{ snap: Snapshot; info: RecordsInfo }> {
  const key = formatRecordedOn(when);
  const hit = rebuilt.get(key);
  if (hit) {
    rebuilt.delete(key);
    rebuilt.set(key, hit);
    return hit;
  }
  const made = rebuild(when);
  made.catch(() => rebuilt.delete(key));
  rebuilt.set(key, made);
  while (rebuilt.size > REBUILT_LIMIT) {
    const oldest = rebuilt.keys().next();
    if (oldest.done) break;
    rebuilt.delete(oldest.value);
  }
  return made;
}

// When the latest revision was recorded, asked once per revision.
let latest: { revision: number; at: string | null } | null = null;

/** The latest records' revision and when it was recorded. */
export async function lastUpdated(): Promise<RecordsInfo> {
  const revision = await latestRevision();
  if (latest?.revision !== revision) {
    const r = await (await openedStore()).lastUpdated(revision);
    latest = { revision: r.revision, at: r.at };
  }
  return { revision, recordedAt: latest.at, current: revision, recordedOn: null };
}

/**
 * Runs `fn` on the records as recorded on `when` (or the latest when absent), giving it what
 * records it reads. A revision newer than the latest, or one the history cannot reach, is a
 * RecordedOnError.
 */
export async function onRecords<T>(when: RecordedOn | undefined, fn: (info: RecordsInfo) => Promise<T>): Promise<T> {
  if (!when) return fn(await lastUpdated());
  const { snap, info } = await rebuiltAt(when);
  const current = await latestRevision();
  return withSnapshot(snap, () => fn({ ...info, current: Math.max(current, info.current) }));
}

/** One change as feeds, the home page and the terminal say it. */
export interface ChangeEntry extends ChangeDescription {
  id: number;
  revision: number | null;
  at: string;
  actor: string;
  collection: AuditEntry["collection"];
  key: string;
}

/** The most recent changes, newest first, described with the latest records; `keep` filters them (a State's, an instrument's). */
export async function changeEntries(limit: number, keep?: (e: ChangeEntry) => boolean): Promise<ChangeEntry[]> {
  const store = await openedStore();
  const dataset = await currentDataset();
  // A filtered feed reads further back (a bounded number of entries) so it can still fill its entries.
  const entries = await store.recentChanges(keep === undefined ? limit : limit * 20);
  const out: ChangeEntry[] = [];
  for (const e of entries) {
    const d = describeChange(
      { collection: e.collection, key: e.key, kind: changeKind(e.before, e.after), before: e.before, after: e.after, note: e.note, source: e.source },
      dataset,
    );
    const entry: ChangeEntry = { ...d, id: e.id, revision: e.revision, at: e.at, actor: e.actor, collection: e.collection, key: e.key };
    if (!keep || keep(entry)) out.push(entry);
    if (out.length >= limit) break;
  }
  return out;
}

/** Net changes after `since`, paged; `until` pins the pages to one revision. */
export async function changesSince(since: number, options: { until?: number; after?: string; limit: number }): Promise<SyncPage> {
  const store = await openedStore();
  try {
    return await store.changesBetween(since, options);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "history") throw new RecordedOnError(error.message);
    throw error;
  }
}
