// What a change to the records says, once: who and what it concerns, and one sentence for it
// ("Japan: ratification of C155 registered in 2026 added; source …") that feeds, the home page
// and the terminal's history all print. Also the "recorded on" parameter and the correction rule.
import { z } from "zod";
import { isRealDate, precisionOf } from "./dates.js";
import { partnerIdOfState } from "./ids.js";
import { RECORD_NOUN } from "./keys.js";
import { type Problem, problem } from "./problems.js";
import { COLLECTIONS, type CollectionName, type Dataset, RECORD_SCHEMAS, type RecordOf } from "./records.js";

/** One change of one record, as the audit log or a sync page gives it (before/after unparsed). */
export interface RecordChange {
  collection: CollectionName;
  key: string;
  kind: "added" | "changed" | "removed";
  before: unknown | null;
  after: unknown | null;
  note?: string | null;
  /** The id of the source the change rests on, when the curator named one. */
  source?: string | null;
}

/** The kind of a change from its before and after. */
export function changeKind(before: unknown | null, after: unknown | null): RecordChange["kind"] {
  return before === null ? "added" : after === null ? "removed" : "changed";
}

/** The pages and feeds a change belongs to. */
export interface ChangeConcerns {
  partners: string[];
  instruments: string[];
}

/** A change in parts an app can phrase or translate; `sentence` joins them in English. */
export interface ChangeDescription {
  /** Who or what the change is about: a State's or partner's name, an instrument code, or the kind of record. */
  subject: string;
  /** What record: "ratification of C155 registered in 2026". */
  what: string;
  kind: RecordChange["kind"];
  /** Top-level fields that differ, for a change. */
  fields: string[];
  /** The title of the change's source (or else of the record's first source). */
  source: string | null;
  note: string | null;
  concerns: ChangeConcerns;
  sentence: string;
}

function parse<C extends CollectionName>(c: C, value: unknown): RecordOf<C> | null {
  if (value === null || value === undefined) return null;
  const r = RECORD_SCHEMAS[c].safeParse(value);
  return r.success ? (r.data as RecordOf<C>) : null;
}

function dated(prefix: string, date: string): string {
  return `${prefix} ${precisionOf(date) === "day" ? "on" : "in"} ${date}`;
}

function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).sort();
}

/** The words of a change, computed from the change and the dataset it happened in. Pure. */
export function describeChange(change: RecordChange, dataset: Pick<Dataset, "memberStates" | "partners" | "sources">): ChangeDescription {
  const c = change.collection;
  const record = parse(c, change.after) ?? parse(c, change.before);
  const stateName = (code: string) => dataset.memberStates.find((m) => m.code === code)?.name ?? code;
  const partnerName = (id: string) => dataset.partners.find((p) => p.id === id)?.name ?? id;
  const noun = RECORD_NOUN[c];
  let subject = noun.charAt(0).toUpperCase() + noun.slice(1);
  let what = `${noun} ${change.key}`;
  const concerns: ChangeConcerns = { partners: [], instruments: [] };
  let firstSource: string | undefined;
  if (record && "sources" in record && Array.isArray(record.sources)) firstSource = record.sources[0]?.source;
  switch (c) {
    case "ratifications": {
      const r = record as RecordOf<"ratifications"> | null;
      if (r) {
        subject = stateName(r.state);
        what = dated(`ratification of ${r.instrument} registered`, r.registeredOn);
        concerns.partners.push(partnerIdOfState(r.state));
        concerns.instruments.push(r.instrument);
      }
      break;
    }
    case "instruments": {
      const r = record as RecordOf<"instruments"> | null;
      subject = change.key;
      what = r ? `instrument "${r.title}"` : "instrument";
      concerns.instruments.push(change.key);
      break;
    }
    case "memberStates": {
      const r = record as RecordOf<"memberStates"> | null;
      subject = r?.name ?? change.key;
      what = "membership record";
      concerns.partners.push(change.key.toLowerCase());
      break;
    }
    case "partners": {
      const r = record as RecordOf<"partners"> | null;
      subject = r?.name ?? change.key;
      what = "profile";
      concerns.partners.push(change.key);
      break;
    }
    case "agreements":
    case "projects":
    case "countryProgrammes": {
      const r = record as RecordOf<"agreements" | "projects" | "countryProgrammes"> | null;
      if (r) {
        subject = partnerName(r.partner);
        what = `${noun} "${r.title}"`;
        concerns.partners.push(r.partner);
      }
      break;
    }
    case "contributions": {
      const r = record as RecordOf<"contributions"> | null;
      if (r) {
        subject = partnerName(r.partner);
        const years = r.period.from === r.period.to ? `${r.period.from}` : `${r.period.from}–${r.period.to}`;
        what = `contribution for ${years}`;
        concerns.partners.push(r.partner);
      }
      break;
    }
    case "claims": {
      const r = record as RecordOf<"claims"> | null;
      if (r) {
        subject = partnerName(r.partner);
        what = `claim "${r.text}"`;
        concerns.partners.push(r.partner);
      }
      break;
    }
    case "sources":
    case "themes":
    case "coverage":
      break;
    default: {
      const never: never = c;
      throw new Error(`unknown collection ${String(never)}`);
    }
  }
  const sourceId = change.source ?? firstSource ?? null;
  const source = sourceId === null ? null : (dataset.sources.find((s) => s.id === sourceId)?.title ?? sourceId);
  const fields = change.kind === "changed" ? changedFields(change.before, change.after) : [];
  const verb = change.kind === "changed" && fields.length > 0 ? `changed (${fields.join(", ")})` : change.kind;
  const note = change.note?.trim() || null;
  const sentence = `${subject}: ${what} ${verb}${source ? `; source ${source}` : ""}.`;
  return { subject, what, kind: change.kind, fields, source, note, concerns, sentence };
}

/**
 * "As recorded on": a revision (`r42`) or an ISO date-time (`2026-11-30T12:00:00Z`, or a date,
 * meaning the end of that day in UTC). Parsed at every edge (URL, command line) with this schema.
 */
export const RecordedOn = z
  .string()
  .trim()
  .max(40, { error: "is too long; use r<revision> or a date-time such as 2026-11-30T12:00:00Z" })
  .transform((value, ctx): { revision: number } | { at: string } => {
    const rev = /^r(\d{1,9})$/.exec(value);
    if (rev) return { revision: Number(rev[1]) };
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const iso = dateOnly ? `${value}T23:59:59.999Z` : value;
    const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(iso);
    const time = ok && isRealDate(iso.slice(0, 10)) ? Date.parse(iso) : Number.NaN;
    if (Number.isNaN(time)) {
      ctx.addIssue({ code: "custom", message: `"${value}" is neither r<revision> (r42) nor a date-time (2026-11-30T12:00:00Z or 2026-11-30)` });
      return z.NEVER;
    }
    return { at: new Date(time).toISOString() };
  });
export type RecordedOn = z.output<typeof RecordedOn>;

/** The text of a "recorded on" value, for links: `r42` or the date-time. */
export function formatRecordedOn(value: RecordedOn): string {
  return "revision" in value ? `r${value.revision}` : value.at;
}

/**
 * A correction is an update or delete of an existing record: it must say why (a note), so a
 * reader of the history can tell a fix from a new fact. Null when the write may go ahead.
 */
export function correctionNoteProblem(kind: RecordChange["kind"], note: string | null | undefined): Problem | null {
  if (kind === "added" || (note ?? "").trim().length > 0) return null;
  return problem(["note"], "schema", "a correction (changing or deleting a record) needs a note saying why; add one with --note or in the form's note field");
}

/** Whether a collection name is one of the dataset's (for untyped edges). */
export function isCollectionName(name: string): name is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(name);
}

/** One line of a record's diff: a field removed (`-`), added (`+`), or changed (both values). */
export interface DiffLine {
  field: string;
  before: string | null;
  after: string | null;
}

function shown(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The fields that differ between two versions of a record, nested objects by dotted path and
 * lists as a whole, in field order. Either side may be null (a record created or deleted).
 */
export function diffRecords(before: unknown | null, after: unknown | null): DiffLine[] {
  const out: DiffLine[] = [];
  const walk = (b: unknown, a: unknown, path: string) => {
    const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
    if (isObj(b) && isObj(a)) {
      for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])]) walk(b[k], a[k], path ? `${path}.${k}` : k);
      return;
    }
    if (JSON.stringify(b) === JSON.stringify(a)) return;
    out.push({ field: path || "(record)", before: b === undefined || b === null ? null : shown(b), after: a === undefined || a === null ? null : shown(a) });
  };
  walk(before ?? {}, after ?? {}, "");
  return out;
}
