// `atlas export --since`, `atlas history` and `atlas revert`: the curators' side of the version
// history. Sentences and diffs come from core through ../history-text.ts, shared with the record view.
import { COLLECTIONS, type CollectionName, correctionNoteProblem } from "@partnership-atlas/core";
import type { Store, SyncChange } from "@partnership-atlas/store";
import { actor, type Io, withStore } from "../context.js";
import { EXIT, UsageError } from "../exit-codes.js";
import { formatEntry, namesFor, revertLastChange } from "../history-text.js";

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
    const dataset = await namesFor(store);
    io.out(`${entries.map((e) => formatEntry(e, dataset)).join("\n\n")}\n`);
    return EXIT.ok;
  });
}

/** Undoes a record's last change (see revertLastChange); a revert is a correction, so it needs a note. */
export async function revert(db: string | undefined, positionals: string[], values: Values, io: Io): Promise<number> {
  const collection = collectionArg("revert", positionals[0]);
  const key = positionals[1];
  if (!key) throw new UsageError("revert: name the record's key too, e.g. atlas revert ratifications CN-C155 --note \"…\"");
  const note = typeof values.note === "string" ? values.note : undefined;
  const missing = correctionNoteProblem("changed", note);
  if (missing || note === undefined) throw new UsageError(`revert: ${missing?.message ?? "a note is required"}`);
  const source = typeof values.source === "string" ? values.source : undefined;
  return withStore(db, io.env, async (store) => {
    if ((await store.history(collection, key)).length === 0) throw new UsageError(`revert: the store has no history for ${collection} "${key}"`);
    const entry = await revertLastChange(store, collection, key, { actor: actor(io.env), note, ...(source ? { source } : {}) });
    io.out(`${formatEntry(entry, await namesFor(store))}\n`);
    return EXIT.ok;
  });
}
