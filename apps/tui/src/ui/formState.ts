// The record form's state: fields derived from core's schema, edits, core's field errors, save and conflict.
import { type CollectionName, describeCollection, EVIDENCE_FIELDS, type FieldType, type Problem, recordFields, validateRecord } from "@partnership-atlas/core";

export type FieldKind = "text" | "list" | "json";

export interface Field {
  name: string;
  kind: FieldKind;
  optional: boolean;
  readOnly: boolean;
  /** Allowed values or the expected shape, shown when the field is empty or focused. */
  hint: string;
  value: string;
}

export interface Conflict {
  current: unknown | null;
  currentVersion: number | null;
  changedBy: string | null;
  changedAt: string | null;
}

export interface FormState {
  collection: CollectionName;
  /** The record's key; null while creating. */
  key: string | null;
  version: number | null;
  fields: Field[];
  focus: number;
  /** Errors by top-level field name, in core's words. */
  errors: Record<string, string[]>;
  formErrors: string[];
  status: "loading" | "editing" | "saving" | "conflict" | "missing";
  pending: unknown | null;
  saveSeq: number;
  conflict: Conflict | null;
}

export type FormAction =
  | { type: "loaded"; record: unknown | null; version: number | null; partner?: string | undefined }
  | { type: "text"; text: string }
  | { type: "erase" }
  | { type: "clear" }
  | { type: "focus"; by: 1 | -1 }
  | { type: "submit" }
  | { type: "conflict"; conflict: Conflict }
  | { type: "rejected"; problems: Problem[] }
  | { type: "failed"; message: string }
  | { type: "reload" }
  | { type: "reapply" };

/** A field's kind in the form: one line of text, a comma-separated list, or JSON. */
function formKind(type: FieldType): FieldKind {
  const oneLine = (t: FieldType) => t.kind === "text" || t.kind === "enum" || t.kind === "reference" || t.kind === "date" || t.kind === "decimal";
  if (oneLine(type)) return "text";
  if (type.kind === "list" && oneLine(type.element)) return "list";
  return "json";
}

/** What a field accepts, shown when it is empty or focused. */
function formHint(type: FieldType, kind: FieldKind): string {
  if (type.kind === "enum") return type.values.join(" | ");
  if (kind === "list" && type.kind === "list") return `comma-separated${type.element.kind === "enum" ? `: ${type.element.values.join(" | ")}` : ""}`;
  return kind === "json" ? "JSON" : "";
}

/** The form's fields for a collection, in a curator's order: the record's own fields, then evidence and sources. */
export function fieldsFor(collection: CollectionName, record: unknown | null, partner?: string): Field[] {
  const descriptors = recordFields(collection, record);
  const attested: readonly string[] = EVIDENCE_FIELDS;
  const ordered = [
    ...descriptors.filter((d) => !attested.includes(d.name)),
    ...EVIDENCE_FIELDS.flatMap((name) => descriptors.filter((d) => d.name === name)),
  ];
  const keyFields = describeCollection(collection).keyFields;
  return ordered.map(({ name, type, optional }) => {
    const kind = formKind(type);
    const hint = formHint(type, kind);
    let value: string;
    if (record !== null) value = toText(kind, typeof record === "object" ? Reflect.get(record, name) : undefined);
    else if (name === "partner" && partner) value = partner;
    else if (name === "evidence") value = "unverified";
    else if (kind === "json" && type.kind === "list" && !optional) value = "[]";
    else value = "";
    return { name, kind, optional, readOnly: record !== null && keyFields.includes(name), hint, value };
  });
}

function toText(kind: FieldKind, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (kind === "text") return String(value);
  if (kind === "list" && Array.isArray(value)) return value.join(", ");
  return JSON.stringify(value);
}

/** The record the fields describe, or the fields whose text cannot be read (bad JSON). */
export function buildRecord(fields: readonly Field[]): { record: Record<string, unknown>; errors: Record<string, string[]> } {
  const record: Record<string, unknown> = {};
  const errors: Record<string, string[]> = {};
  for (const f of fields) {
    const text = f.value.trim();
    if (text === "" && f.optional) continue;
    if (f.kind === "text") record[f.name] = text;
    else if (f.kind === "list") record[f.name] = text === "" ? [] : text.split(",").map((s) => s.trim()).filter(Boolean);
    else if (text === "") record[f.name] = undefined;
    else {
      try {
        record[f.name] = JSON.parse(text);
      } catch {
        errors[f.name] = [`${f.name} is not valid JSON; write it like ${f.name === "parties" ? '[{"name":"ILO","role":"ilo"}]' : "[] or {}"}`];
      }
    }
  }
  return { record, errors };
}

/** Core's field errors (dotted paths) grouped under the top-level field they belong to. */
export function groupErrors(fieldErrors: Record<string, string[]>, fieldNames: readonly string[]): { byField: Record<string, string[]>; rest: string[] } {
  const byField: Record<string, string[]> = {};
  const rest: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const [head, ...sub] = path.split(".");
    if (head && fieldNames.includes(head)) {
      const list = byField[head] ?? [];
      for (const m of messages) list.push(sub.length ? `${sub.join(".")}: ${m}` : m);
      byField[head] = list;
    } else rest.push(...messages);
  }
  return { byField, rest };
}

function problemsToErrors(problems: readonly Problem[], fieldNames: readonly string[]): { byField: Record<string, string[]>; rest: string[] } {
  const byField: Record<string, string[]> = {};
  const rest: string[] = [];
  for (const p of problems) {
    const field = p.path.find((seg): seg is string => typeof seg === "string" && fieldNames.includes(seg));
    if (field) byField[field] = [...(byField[field] ?? []), p.message];
    else rest.push(`${p.at}: ${p.message}`);
  }
  return { byField, rest };
}

export function initialForm(collection: CollectionName, key: string | null): FormState {
  return {
    collection,
    key,
    version: null,
    fields: [],
    focus: 0,
    errors: {},
    formErrors: [],
    status: "loading",
    pending: null,
    saveSeq: 0,
    conflict: null,
  };
}

function firstEditable(fields: readonly Field[]): number {
  const i = fields.findIndex((f) => !f.readOnly);
  return Math.max(0, i);
}

/**
 * Checks the field being typed in, as typed: core validates the record the fields describe and
 * the form keeps only this field's errors (a registration date reads `2019`, `2019-05` or
 * `2019-05-12`; `2019-13` is refused at once). Other fields keep what the last save found.
 */
function checkAsTyped(state: FormState): FormState {
  const f = state.fields[state.focus];
  if (f?.kind !== "text") return state;
  const errors = { ...state.errors };
  delete errors[f.name];
  if (f.value.trim() !== "") {
    const checked = validateRecord(state.collection, buildRecord(state.fields).record);
    if (!checked.ok) {
      const mine = groupErrors(checked.fieldErrors, [f.name]).byField[f.name];
      if (mine) errors[f.name] = mine;
    }
  }
  return { ...state, errors };
}

function editFocused(state: FormState, edit: (value: string) => string): FormState {
  const f = state.fields[state.focus];
  if (!f || f.readOnly || state.status !== "editing") return state;
  const fields = state.fields.map((x, i) => (i === state.focus ? { ...x, value: edit(x.value) } : x));
  return checkAsTyped({ ...state, fields });
}

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case "loaded": {
      if (state.key !== null && action.record === null) return { ...state, status: "missing" };
      const fields = fieldsFor(state.collection, action.record, action.partner);
      return { ...state, fields, version: action.version, focus: firstEditable(fields), status: "editing" };
    }
    case "text":
      return editFocused(state, (v) => v + action.text);
    case "erase":
      return editFocused(state, (v) => v.slice(0, -1));
    case "clear":
      return editFocused(state, () => "");
    case "focus": {
      if (state.status !== "editing" || state.fields.length === 0) return state;
      const n = state.fields.length;
      return { ...state, focus: (state.focus + action.by + n) % n };
    }
    case "submit": {
      if (state.status !== "editing") return state;
      const names = state.fields.map((f) => f.name);
      const built = buildRecord(state.fields);
      if (Object.keys(built.errors).length) return { ...state, errors: built.errors, formErrors: ["Some fields cannot be read; see the marks below."] };
      const checked = validateRecord(state.collection, built.record);
      if (!checked.ok) {
        const { byField, rest } = groupErrors(checked.fieldErrors, names);
        const count = Object.values(checked.fieldErrors).flat().length;
        return { ...state, errors: byField, formErrors: [`Not saved: ${count} problem${count === 1 ? "" : "s"} to fix.`, ...rest] };
      }
      return { ...state, errors: {}, formErrors: [], status: "saving", pending: checked.record, saveSeq: state.saveSeq + 1 };
    }
    case "conflict":
      return { ...state, status: "conflict", conflict: action.conflict };
    case "rejected": {
      const { byField, rest } = problemsToErrors(action.problems, state.fields.map((f) => f.name));
      return { ...state, status: "editing", errors: byField, formErrors: ["Not saved: the store found problems.", ...rest] };
    }
    case "failed":
      return { ...state, status: "editing", formErrors: [`Not saved: ${action.message}`] };
    case "reload": {
      const c = state.conflict;
      if (!c || c.current === null) return state;
      const fields = fieldsFor(state.collection, c.current);
      return {
        ...state,
        fields,
        version: c.currentVersion,
        status: "editing",
        conflict: null,
        errors: {},
        formErrors: [`Reloaded version ${c.currentVersion} by ${c.changedBy ?? "someone"}; your edit was discarded.`],
      };
    }
    case "reapply": {
      const c = state.conflict;
      if (!c) return state;
      // Deleted meanwhile: re-applying creates the record again.
      return { ...state, key: c.current === null ? null : state.key, version: c.currentVersion, status: "saving", conflict: null, saveSeq: state.saveSeq + 1 };
    }
  }
}
