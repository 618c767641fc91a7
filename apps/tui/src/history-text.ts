// A record's history as readable lines, for `atlas history` and the record view: each change's
// revision, when and who, core's sentence for it, the curator's note, and a diff of its fields.
import { changeKind, describeChange, diffRecords, type Dataset, RECORD_SCHEMAS } from "@partnership-atlas/core";
import type { AuditEntry, Store } from "@partnership-atlas/store";

export interface HistoryLine {
  kind: "head" | "sentence" | "why" | "removed" | "added";
  text: string;
}

export function entryLines(entry: AuditEntry, dataset: Pick<Dataset, "memberStates" | "partners" | "sources">): HistoryLine[] {
  const d = describeChange(
    { collection: entry.collection, key: entry.key, kind: changeKind(entry.before, entry.after), before: entry.before, after: entry.after, note: entry.note, source: entry.source },
    dataset,
  );
  const lines: HistoryLine[] = [
    { kind: "head", text: `r${entry.revision ?? "?"}  ${entry.at}  ${entry.actor}  version ${entry.version}` },
    { kind: "sentence", text: d.sentence },
  ];
  if (d.note) lines.push({ kind: "why", text: `why: ${d.note}` });
  for (const line of diffRecords(entry.before, entry.after)) {
    if (line.before !== null) lines.push({ kind: "removed", text: `- ${line.field}: ${line.before}` });
    if (line.after !== null) lines.push({ kind: "added", text: `+ ${line.field}: ${line.after}` });
  }
  return lines;
}

export type Names = Pick<Dataset, "memberStates" | "partners" | "sources">;

/** What a sentence names: States, partners and sources (not the whole dataset). */
export async function namesFor(store: Store): Promise<Names> {
  const [partners, memberStates, sources] = await Promise.all([store.listPartners(), store.listRecords("memberStates"), store.listRecords("sources")]);
  return { partners, memberStates: memberStates.map((v) => v.record), sources: sources.map((v) => v.record) };
}

/** One entry as plain text: the head line, then the rest indented. */
export function formatEntry(entry: AuditEntry, dataset: Pick<Dataset, "memberStates" | "partners" | "sources">): string {
  return entryLines(entry, dataset)
    .map((l) => (l.kind === "head" ? l.text : `  ${l.text}`))
    .join("\n");
}

/**
 * Undoes a record's last change with a new version holding the content before it: an update back
 * to the old content, a delete of a created record, or the creation again of a deleted one. The
 * log is never rewritten. Returns the entry the revert wrote, or throws a message for the user.
 */
export async function revertLastChange(
  store: Store,
  collection: AuditEntry["collection"],
  key: string,
  options: { actor: string; note: string; source?: string },
): Promise<AuditEntry> {
  const last = (await store.history(collection, key)).at(-1);
  if (!last) throw new Error(`the store has no history for ${collection} "${key}"`);
  const current = await store.getRecord(collection, key);
  if (last.before === null) {
    if (!current) throw new Error(`${collection} "${key}" is already gone`);
    await store.delete(collection, key, { ...options, expectedVersion: current.version });
  } else {
    // The old content goes through core's schema again, then through the store's write like any input.
    const old = RECORD_SCHEMAS[collection].parse(last.before);
    if (current) await store.update(collection, key, old, { ...options, expectedVersion: current.version });
    else await store.create(collection, old, options);
  }
  const written = (await store.history(collection, key)).at(-1);
  if (!written || written.id === last.id) throw new Error(`the revert of ${collection} "${key}" left no new entry in its history`);
  return written;
}
