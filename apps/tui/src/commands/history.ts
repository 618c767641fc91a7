// `atlas export --since`, `atlas history` and `atlas revert`: the curators' side of the version
// history. Sentences and diffs come from core (describeChange, diffRecords), one rule for all apps.
import {
  COLLECTIONS,
  type CollectionName,
  changeKind,
  correctionNoteProblem,
  describeChange,
  diffRecords,
  RECORD_SCHEMAS,
} from "@partnership-atlas/core";
import type { AuditEntry, Store, SyncChange } from "@partnership-atlas/store";
import { actor, type Io, withStore } from "../context.js";
import { EXIT, UsageError } from "../exit-codes.js";

type Values = Record<string, string | boolean | undefined>;

/** `--since <revision>`: a whole number from 0 (`r12`, as pages print it, too). */
export function sinceRevision(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = typeof value === "string" ? /^r?(\d{1,9})$/.exec(value.trim()) : null;
  if (!m) throw new UsageError(`export: --since must be a revision number (0 or more, e.g. 12 or r12), not "${String(value)}"`);
  return Number(m[1]);
}

/** Every net change after `since`, over all pages pinned to one revision. */
export async function allChangesSince(store: Store, since: number): Promise<{ since: number; revision: number; recordedAt: string | null; changes: SyncChange[] }> {
  const first = await store.changesBetween(since, { limit: 500 });
  const changes = [...first.changes];
  let next = first.next;
  while (next !== null) {
    const page = await store.changesBetween(since, { limit: 500, until: first.revision, after: next });
    changes.push(...page.changes);
    next = page.next;
  }
  return { since, revision: first.revision, recordedAt: first.at, changes };
}

function collectionArg(command: string, value: string | undefined): CollectionName {
  const c = COLLECTIONS.find((x) => x === value);
  if (!c) throw new UsageError(`${command}: name a collection (${COLLECTIONS.join(", ")}) and a key, e.g. atlas ${command} ratifications CN-C155`);
  return c;
}

/** One history entry as a sentence, its who/when/why, and a diff of its fields. */
export function formatEntry(entry: AuditEntry, dataset: Parameters<typeof describeChange>[1]): string {
  const d = describeChange(
    { collection: entry.collection, key: entry.key, kind: changeKind(entry.before, entry.after), before: entry.before, after: entry.after, note: entry.note, source: entry.source },
    dataset,
  );
  const lines = [`r${entry.revision ?? "?"}  ${entry.at}  ${entry.actor}  version ${entry.version}`, `  ${d.sentence}`];
  if (d.note) lines.push(`  why: ${d.note}`);
  for (const line of diffRecords(entry.before, entry.after)) {
    if (line.before !== null) lines.push(`  - ${line.field}: ${line.before}`);
    if (line.after !== null) lines.push(`  + ${line.field}: ${line.after}`);
  }
  return lines.join("\n");
}

export async function history(db: string | undefined, positionals: string[], values: Values, io: Io): Promise<number> {
  const collection = collectionArg("history", positionals[0]);
  const key = positionals[1];
  if (!key) throw new UsageError("history: name the record's key too, e.g. atlas history ratifications CN-C155");
  return withStore(db, io.env, async (store) => {
    const entries = await store.history(collection, key);
    if (entries.length === 0) throw new UsageError(`history: the store has no history for ${collection} "${key}"`);
    if (values.json === true) {
      io.out(`${JSON.stringify(entries, null, 2)}\n`);
      return EXIT.ok;
    }
    const dataset = await store.loadDataset();
    io.out(`${entries.map((e) => formatEntry(e, dataset)).join("\n\n")}\n`);
    return EXIT.ok;
  });
}

/**
 * Undoes a record's last change with a new version holding the content before it: an update back
 * to the old content, a delete of a created record, or the creation again of a deleted one.
 */
export async function revert(db: string | undefined, positionals: string[], values: Values, io: Io): Promise<number> {
  const collection = collectionArg("revert", positionals[0]);
  const key = positionals[1];
  if (!key) throw new UsageError("revert: name the record's key too, e.g. atlas revert ratifications CN-C155 --note \"…\"");
  const note = typeof values.note === "string" ? values.note : undefined;
  const missing = correctionNoteProblem("changed", note);
  if (missing) throw new UsageError(`revert: ${missing.message}`);
  const source = typeof values.source === "string" ? values.source : undefined;
  return withStore(db, io.env, async (store) => {
    const entries = await store.history(collection, key);
    const last = entries.at(-1);
    if (!last) throw new UsageError(`revert: the store has no history for ${collection} "${key}"`);
    const options = { actor: actor(io.env), note, source };
    const current = await store.getRecord(collection, key);
    if (last.before === null) {
      if (!current) throw new UsageError(`revert: ${collection} "${key}" is already gone`);
      await store.delete(collection, key, { ...options, expectedVersion: current.version });
    } else {
      // The old content is parsed again by the store's write, like any input.
      const old = RECORD_SCHEMAS[collection].parse(last.before);
      if (current) await store.update(collection, key, old, { ...options, expectedVersion: current.version });
      else await store.create(collection, old, options);
    }
    const after = (await store.history(collection, key)).at(-1)!;
    io.out(`${formatEntry(after, await store.loadDataset())}\n`);
    return EXIT.ok;
  });
}
