// The record form's state, generated from core's field descriptor: a draft of the record, a stack
// of frames (the record's fields, a nested list, a picker, a sub-form, a field as JSON), undo,
// core's field errors, save and conflict. Pure: the component only draws it and feeds it keys.
import {
  type CollectionName,
  CURRENCY_CODES,
  type Dataset,
  describeCollection,
  EVIDENCE_FIELDS,
  type FieldDescriptor,
  type FieldType,
  fieldHelp,
  type Problem,
  recordFields,
  validateRecord,
} from "@partnership-atlas/core";
import { type ActionId, actionFor, type KeyContext, type KeyPress } from "./keys.js";

export type Path = readonly (string | number)[];

/** One choice of a picker: the value stored and the name shown beside it. */
export interface PickOption {
  value: string | boolean;
  label: string;
}

/** The records a reference may point to, by collection, with their names. */
export type ReferenceOptions = Partial<Record<CollectionName, PickOption[]>>;

/** The value of the picker entry that opens a new source's sub-form. */
export const NEW_SOURCE = "+ add a new source";

/** How a field is edited. */
export type Editor = "text" | "pick" | "multi" | "list" | "object" | "readonly";

/** One line of a fields frame: a field of the object the frame edits. */
export interface Row {
  name: string;
  /** Where the value is, from the frame's root (the record, or the new source). */
  path: Path;
  type: FieldType;
  editor: Editor;
  optional: boolean;
  readOnly: boolean;
  help: string;
}

type Root = "record" | "source";

export type Frame =
  /** The fields of an object: the record (type null) or a nested object, money or list entry. */
  | { kind: "fields"; root: Root; path: Path; type: FieldType | null; focus: number; label: string }
  /** A nested list, one entry a line. */
  | { kind: "list"; root: Root; path: Path; element: FieldType; focus: number; label: string }
  /** One value (multi: several) chosen from a list, filtered as typed. */
  | { kind: "pick"; root: Root; path: Path; type: FieldType; multi: boolean; filter: string; cursor: number; chosen: (string | boolean)[]; label: string }
  /** A field as JSON text: the escape hatch, never the default. */
  | { kind: "json"; root: Root; path: Path; type: FieldType; text: string; error: string | null; label: string };

export interface Conflict {
  current: unknown | null;
  currentVersion: number | null;
  changedBy: string | null;
  changedAt: string | null;
}

interface Snapshot {
  draft: Record<string, unknown>;
  sourceDraft: Record<string, unknown> | null;
  newSources: Record<string, unknown>[];
}

export interface FormState {
  collection: CollectionName;
  /** The record's key; null while creating. */
  key: string | null;
  version: number | null;
  /** The record being edited, in the form's own terms (text fields as typed). */
  draft: Record<string, unknown>;
  /** A new source being filled in from a sources picker, and where it goes when added. */
  sourceDraft: Record<string, unknown> | null;
  sourceTarget: { root: Root; path: Path } | null;
  /** Sources added from the form, written before the record in the same save. */
  newSources: Record<string, unknown>[];
  frames: Frame[];
  options: ReferenceOptions;
  /** Core's field errors of the record (dotted paths), and of the new source. */
  errors: Record<string, string[]>;
  sourceErrors: Record<string, string[]>;
  /** Paths edited since the form opened; their errors show as typed, all of them after a save attempt. */
  touched: string[];
  showAll: boolean;
  formErrors: string[];
  undo: Snapshot[];
  /** The path typed in last, so one field's typing is one undo step. */
  lastEdit: string | null;
  status: "loading" | "editing" | "saving" | "conflict" | "missing";
  pending: unknown | null;
  saveSeq: number;
  conflict: Conflict | null;
  /** Set when Esc is pressed on the record's own fields: the screen closes. */
  closed: boolean;
}

export type FormAction =
  /** A key press, read in the context of the frame on top when it arrives (keys typed together included). */
  | { type: "key"; press: KeyPress }
  | { type: "loaded"; record: unknown | null; version: number | null; partner?: string | undefined; duplicateOf?: string | undefined }
  | { type: "options"; options: ReferenceOptions }
  | { type: "text"; text: string }
  | { type: "erase" }
  | { type: "clear" }
  | { type: "focus"; by: 1 | -1 }
  | { type: "move"; by: 1 | -1 }
  | { type: "enter" }
  | { type: "choose"; next: boolean }
  | { type: "toggle" }
  | { type: "back" }
  | { type: "add" }
  | { type: "remove" }
  | { type: "reorder"; by: 1 | -1 }
  | { type: "json" }
  | { type: "undo" }
  | { type: "submit" }
  | { type: "conflict"; conflict: Conflict }
  | { type: "rejected"; problems: Problem[] }
  | { type: "failed"; message: string }
  | { type: "reload" }
  | { type: "reapply" };

// ——— Types and values ———

const MONEY_FIELDS: readonly FieldDescriptor[] = [
  { name: "amount", type: { kind: "decimal" }, optional: false, help: "An exact decimal with digits and at most one point: 5200000 or 1000000.50." },
  {
    name: "currency",
    type: { kind: "enum", values: CURRENCY_CODES },
    optional: false,
    help: "The ISO 4217 currency code; type to search by code or name (CNY, yuan).",
  },
];

/** How a field of a type is edited. */
export function editorOf(type: FieldType): Editor {
  switch (type.kind) {
    case "text":
    case "number":
    case "decimal":
    case "date":
      return "text";
    case "enum":
    case "boolean":
    case "reference":
      return "pick";
    case "literal":
      return "readonly";
    case "money":
    case "object":
    case "map":
      return "object";
    case "union":
      return type.discriminator ? "object" : "text";
    case "list":
      return type.element.kind === "enum" || type.element.kind === "reference" ? "multi" : "list";
  }
}

function variantFields(type: FieldType & { kind: "union" }, value: unknown): readonly FieldDescriptor[] {
  const objects = type.options.filter((o): o is FieldType & { kind: "object" } => o.kind === "object");
  const tag = type.discriminator && isObject(value) ? value[type.discriminator] : undefined;
  const found = objects.find((o) => o.fields.some((f) => f.name === type.discriminator && f.type.kind === "literal" && f.type.value === tag));
  return (found ?? objects[0])?.fields ?? [];
}

function tagsOf(type: FieldType & { kind: "union" }): string[] {
  const tags: string[] = [];
  for (const o of type.options) {
    if (o.kind !== "object") continue;
    const f = o.fields.find((x) => x.name === type.discriminator);
    if (f?.type.kind === "literal") tags.push(String(f.type.value));
  }
  return tags;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Fields in a curator's order: the one telling variants apart, the object's own, then evidence and sources. */
function ordered(fields: readonly FieldDescriptor[], discriminator?: string): FieldDescriptor[] {
  const attested: readonly string[] = EVIDENCE_FIELDS;
  return [
    ...fields.filter((f) => f.name === discriminator),
    ...fields.filter((f) => f.name !== discriminator && !attested.includes(f.name)),
    ...EVIDENCE_FIELDS.flatMap((name) => fields.filter((f) => f.name === name && f.name !== discriminator)),
  ];
}

/** The fields an object value of a type has (a union: its variant's; money: amount and currency). */
function objectFields(type: FieldType, value: unknown): readonly FieldDescriptor[] {
  if (type.kind === "object") return ordered(type.fields);
  if (type.kind === "money") return MONEY_FIELDS;
  if (type.kind === "union") return ordered(variantFields(type, value), type.discriminator);
  return [];
}

/** A record's top-level fields in a curator's order: its own fields, then evidence and sources. */
function rootFields(collection: CollectionName, draft: unknown): FieldDescriptor[] {
  const descriptors = recordFields(collection, draft);
  const attested: readonly string[] = EVIDENCE_FIELDS;
  return [...descriptors.filter((d) => !attested.includes(d.name)), ...EVIDENCE_FIELDS.flatMap((name) => descriptors.filter((d) => d.name === name))];
}

/** The form's value of a field from a record's value: text fields become text, lists and objects recurse. */
export function toDraft(type: FieldType, value: unknown): unknown {
  switch (type.kind) {
    case "text":
    case "number":
    case "decimal":
    case "date":
    case "enum":
    case "reference":
      return value === undefined || value === null ? "" : String(value);
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    case "literal":
      return type.value;
    case "list":
      return Array.isArray(value) ? value.map((v) => toDraft(type.element, v)) : [];
    case "map":
      return isObject(value) ? { ...value } : {};
    case "union":
      if (!type.discriminator) return value === undefined || value === null ? "" : String(value);
      return objectDraft(objectFields(type, value), value);
    case "money":
    case "object":
      return objectDraft(objectFields(type, value), value);
  }
}

function objectDraft(fields: readonly FieldDescriptor[], value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f.name] = toDraft(f.type, isObject(value) ? value[f.name] : undefined);
  return out;
}

/** The record's value of a field from the form's: empty text is absent, numbers are read, JSON-free. */
export function toValue(type: FieldType, draft: unknown): unknown {
  switch (type.kind) {
    case "text":
    case "decimal":
    case "date":
    case "enum":
    case "reference":
      return draft === "" ? undefined : draft;
    case "number": {
      if (typeof draft !== "string") return draft;
      const t = draft.trim();
      if (t === "") return undefined;
      return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
    }
    case "boolean":
      return draft;
    case "literal":
      return type.value;
    case "list":
      return Array.isArray(draft) ? draft.map((d) => toValue(type.element, d)) : [];
    case "map": {
      if (!isObject(draft)) return undefined;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(draft)) if (v !== undefined && v !== "") out[k] = toValue(type.value, v);
      return Object.keys(out).length ? out : undefined;
    }
    case "union": {
      if (type.discriminator) return objectValue(variantFields(type, draft), draft);
      if (typeof draft !== "string") return draft;
      const t = draft.trim();
      if (t === "") return undefined;
      if (t === "true" || t === "false") return t === "true";
      return /^\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : t;
    }
    case "money":
    case "object":
      return objectValue(objectFields(type, draft), draft);
  }
}

function objectValue(fields: readonly FieldDescriptor[], draft: unknown): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = toValue(f.type, isObject(draft) ? draft[f.name] : undefined);
    if (v === undefined) continue;
    if (f.optional && ((Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0))) continue;
    out[f.name] = v;
  }
  return out;
}

/** The record the draft describes, as core will check it. */
export function recordOf(collection: CollectionName, draft: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of rootFields(collection, draft)) {
    const v = toValue(f.type, draft[f.name]);
    if (v === undefined) continue;
    if (f.optional && ((Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0))) continue;
    out[f.name] = v;
  }
  return out;
}

export function getIn(value: unknown, path: Path): unknown {
  let v = value;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else if (isObject(v) && typeof seg === "string") v = v[seg];
    else return undefined;
  }
  return v;
}

export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path;
  if (typeof head === "number") {
    const list = Array.isArray(value) ? [...value] : [];
    list[head] = setIn(list[head], rest, next);
    return list as T;
  }
  const obj: Record<string, unknown> = isObject(value) ? { ...value } : {};
  obj[head as string] = setIn(obj[head as string], rest, next);
  return obj as T;
}

export const pathKey = (path: Path) => path.map(String).join(".");

// ——— Frames ———

function rootOf(state: FormState, root: Root): Record<string, unknown> {
  return root === "record" ? state.draft : (state.sourceDraft ?? {});
}

function withRoot(state: FormState, root: Root, next: Record<string, unknown>): FormState {
  return root === "record" ? { ...state, draft: next } : { ...state, sourceDraft: next };
}

export function topFrame(state: FormState): Frame | undefined {
  return state.frames.at(-1);
}

/** The rows of a fields frame, from the descriptor and the value as it is now. */
export function rowsOf(state: FormState, frame: Frame & { kind: "fields" }): Row[] {
  const collection: CollectionName = frame.root === "record" ? state.collection : "sources";
  const value = getIn(rootOf(state, frame.root), frame.path);
  const keyFields = describeCollection(collection).keyFields;
  const row = (f: FieldDescriptor, path: Path, readOnly = false): Row => {
    const dotted = [...(frame.type === null ? [] : frame.path.filter((s) => typeof s === "string")), f.name].join(".");
    return {
      name: f.name,
      path,
      type: f.type,
      editor: readOnly ? "readonly" : editorOf(f.type),
      optional: f.optional,
      readOnly: readOnly || f.type.kind === "literal",
      help: f.help ?? fieldHelp(collection, dotted) ?? "",
    };
  };
  if (frame.type === null) {
    const discriminator = describeCollection(collection).discriminator;
    const tags = describeCollection(collection).variants.flatMap((v) => (v.tag === null ? [] : [v.tag]));
    const editing = frame.root === "record" && state.key !== null;
    return rootFields(collection, value).map((f) => {
      if (f.name === discriminator && !editing) return row({ ...f, type: { kind: "enum", values: tags } }, [f.name]);
      return row(f, [f.name], editing && keyFields.includes(f.name));
    });
  }
  const t = frame.type;
  if (t.kind === "map") {
    const attested: readonly string[] = EVIDENCE_FIELDS;
    const names = rootFields(collection, rootOf(state, frame.root))
      .map((f) => f.name)
      .filter((n) => !attested.includes(n));
    return names.map((name) => row({ name, type: t.value, optional: true, help: `How sure ${name} is, where it differs from the record.` }, [...frame.path, name]));
  }
  if (t.kind === "union" && t.discriminator) {
    const tags = tagsOf(t);
    return objectFields(t, value).map((f) =>
      f.name === t.discriminator ? row({ ...f, type: { kind: "enum", values: tags } }, [...frame.path, f.name]) : row(f, [...frame.path, f.name]),
    );
  }
  // A source of the record itself vouches for the whole record or one of its fields: pick which.
  const ownSource = frame.root === "record" && frame.path.length === 2 && frame.path[0] === "sources";
  if (ownSource && t.kind === "object") {
    const attested: readonly string[] = EVIDENCE_FIELDS;
    const names = rootFields(collection, state.draft)
      .map((f) => f.name)
      .filter((n) => !attested.includes(n));
    return objectFields(t, value).map((f) =>
      f.name === "field" && f.type.kind === "text" ? row({ ...f, type: { kind: "enum", values: names } }, [...frame.path, f.name]) : row(f, [...frame.path, f.name]),
    );
  }
  if (t.kind === "object" || t.kind === "money") return objectFields(t, value).map((f) => row(f, [...frame.path, f.name]));
  // A list entry that is one value (a priority, a date): one row, the entry itself.
  return [row({ name: "value", type: t, optional: false }, frame.path)];
}

/** The choices of a picker for a type, with names; sources start with "add a new source". */
export function pickOptions(state: FormState, type: FieldType): PickOption[] {
  if (type.kind === "boolean") return [
    { value: true, label: "yes" },
    { value: false, label: "no" },
  ];
  if (type.kind === "enum") return type.values.map((v) => ({ value: v, label: type.values === CURRENCY_CODES ? currencyName(v) : "" }));
  if (type.kind === "reference") {
    const known = state.options[type.collection] ?? [];
    const added = type.collection === "sources" ? state.newSources.map((s) => ({ value: String(s.id), label: `${String(s.title)} (new)` })) : [];
    return [...(type.collection === "sources" ? [{ value: NEW_SOURCE, label: "" }] : []), ...added, ...known];
  }
  return [];
}

let currencyNames: Intl.DisplayNames | null = null;
function currencyName(code: string): string {
  try {
    currencyNames ??= new Intl.DisplayNames(["en"], { type: "currency" });
    const name = currencyNames.of(code);
    return name && name !== code ? name : "";
  } catch {
    return "";
  }
}

/** The picker's choices that match its filter: codes starting with it first, then names containing it. */
export function filtered(state: FormState, frame: Frame & { kind: "pick" }): PickOption[] {
  const all = pickOptions(state, frame.type);
  const q = frame.filter.trim().toLowerCase();
  if (q === "") return all;
  const starts: PickOption[] = [];
  const contains: PickOption[] = [];
  for (const o of all) {
    if (o.value === NEW_SOURCE) continue;
    const v = String(o.value).toLowerCase();
    if (v.startsWith(q)) starts.push(o);
    else if (v.includes(q) || o.label.toLowerCase().includes(q)) contains.push(o);
  }
  return [...starts, ...contains];
}

/** A reference's or choice's name, for showing beside its code. */
export function nameOf(state: FormState, type: FieldType, value: unknown): string {
  const t = type.kind === "list" ? type.element : type;
  return pickOptions(state, t).find((o) => o.value === value)?.label ?? "";
}

// ——— Errors ———

/** The errors of a root that apply to a path (and what lies under it), each with its sub-path. */
export function errorsAt(state: FormState, root: Root, path: Path): string[] {
  const errors = root === "record" ? state.errors : state.sourceErrors;
  const key = pathKey(path);
  // An error shows once its field, or something inside it, was edited (a new empty entry is not nagged), all after a save attempt.
  const shown = (k: string) => state.showAll || root === "source" || state.touched.some((t) => t === k || t.startsWith(`${k}.`));
  const out: string[] = [];
  for (const [k, messages] of Object.entries(errors)) {
    if (key !== "" && k !== key && !k.startsWith(`${key}.`)) continue;
    if (!shown(k)) continue;
    const sub = key === "" ? k : k.slice(key.length + 1);
    // Core's message names its field ("name is required…"): say where that field is, once.
    const segments = sub.split(".");
    const last = segments.at(-1) ?? "";
    const where = segments.slice(0, -1).join(".");
    for (const m of messages) {
      if (!sub) out.push(m);
      else if (m.startsWith(`${last} `) || m.startsWith(`${last}:`)) out.push(where ? `${where}.${m}` : m);
      else out.push(`${sub}: ${m}`);
    }
  }
  return out;
}

function validated(state: FormState): FormState {
  const checked = validateRecord(state.collection, recordOf(state.collection, state.draft));
  const sourceErrors = state.sourceDraft ? validateRecord("sources", recordOf("sources", state.sourceDraft)).fieldErrors : {};
  return { ...state, errors: checked.fieldErrors, sourceErrors };
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

// ——— Edits ———

function snapshot(state: FormState): Snapshot {
  return { draft: state.draft, sourceDraft: state.sourceDraft, newSources: state.newSources };
}

/** Sets a value, as one undo step unless it continues typing in the same field. */
function edit(state: FormState, root: Root, path: Path, value: unknown, typing = false): FormState {
  const key = `${root}:${pathKey(path)}`;
  const undo = typing && state.lastEdit === key ? state.undo : [...state.undo, snapshot(state)].slice(-100);
  const next = withRoot({ ...state, undo, lastEdit: typing ? key : null }, root, setIn(rootOf(state, root), path, value));
  const touched = root === "record" && !next.touched.includes(pathKey(path)) ? [...next.touched, pathKey(path)] : next.touched;
  return validated({ ...next, touched });
}

function replaceTop(state: FormState, frame: Frame): FormState {
  return { ...state, frames: [...state.frames.slice(0, -1), frame] };
}

function push(state: FormState, frame: Frame): FormState {
  return { ...state, frames: [...state.frames, frame], lastEdit: null };
}

function pop(state: FormState): FormState {
  return { ...state, frames: state.frames.slice(0, -1), lastEdit: null };
}

/** The frame that edits a field, or null for a text field (typed in place). */
function openFrame(state: FormState, root: Root, path: Path, type: FieldType, label: string, filter = ""): Frame | null {
  const value = getIn(rootOf(state, root), path);
  switch (editorOf(type)) {
    case "pick": {
      const options = filtered(state, { kind: "pick", root, path, type, multi: false, filter, cursor: 0, chosen: [], label });
      const at = filter === "" ? options.findIndex((o) => o.value === value) : 0;
      return { kind: "pick", root, path, type, multi: false, filter, cursor: Math.max(0, at), chosen: [], label };
    }
    case "multi": {
      const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
      return { kind: "pick", root, path, type: type.kind === "list" ? type.element : type, multi: true, filter, cursor: 0, chosen, label };
    }
    case "list":
      return type.kind === "list" ? { kind: "list", root, path, element: type.element, focus: 0, label } : null;
    case "object":
      return { kind: "fields", root, path, type, focus: 0, label };
    default:
      return null;
  }
}

function focusedRow(state: FormState): { frame: Frame & { kind: "fields" }; row: Row } | null {
  const frame = topFrame(state);
  if (frame?.kind !== "fields") return null;
  const row = rowsOf(state, frame)[frame.focus];
  return row ? { frame, row } : null;
}

function label(frame: Frame & { kind: "fields" }, row: Row): string {
  return frame.type === null && frame.root === "record" ? row.name : `${frame.label} › ${row.name}`;
}

function typeText(state: FormState, text: string): FormState {
  const frame = topFrame(state);
  if (!frame) return state;
  if (frame.kind === "pick") return replaceTop(state, { ...frame, filter: frame.filter + text, cursor: 0 });
  if (frame.kind === "json") return replaceTop(state, { ...frame, text: frame.text + text, error: null });
  const at = focusedRow(state);
  if (!at || at.row.readOnly) return state;
  const { row } = at;
  if (row.editor === "text") {
    const current = getIn(rootOf(state, frame.root), row.path);
    return edit(state, frame.root, row.path, `${typeof current === "string" ? current : ""}${text}`, true);
  }
  // Typing on a choice opens its picker, filtered by what was typed.
  if (row.editor === "pick" || row.editor === "multi") {
    const opened = openFrame(state, frame.root, row.path, row.type, label(at.frame, row), text.trim());
    return opened ? push(state, opened) : state;
  }
  return state;
}

function eraseText(state: FormState, all: boolean): FormState {
  const frame = topFrame(state);
  if (!frame) return state;
  if (frame.kind === "pick") return replaceTop(state, { ...frame, filter: all ? "" : frame.filter.slice(0, -1), cursor: 0 });
  if (frame.kind === "json") return replaceTop(state, { ...frame, text: all ? "" : frame.text.slice(0, -1), error: null });
  const at = focusedRow(state);
  if (!at || at.row.readOnly) return state;
  const current = getIn(rootOf(state, frame.root), at.row.path);
  if (at.row.editor === "text") return edit(state, frame.root, at.row.path, all ? "" : (typeof current === "string" ? current : "").slice(0, -1), !all);
  if (all && (at.row.editor === "pick" || at.row.editor === "multi")) return edit(state, frame.root, at.row.path, toDraft(at.row.type, undefined));
  return state;
}

/** Chooses in a picker: the one value (single), or the values ticked (multi). */
function choose(state: FormState, frame: Frame & { kind: "pick" }): FormState {
  if (!frame.multi) {
    const option = filtered(state, frame)[frame.cursor];
    if (!option) return pop(state);
    if (option.value === NEW_SOURCE) {
      const sourceDraft = objectDraft(recordFields("sources", null), {});
      sourceDraft.kind = "primary";
      const next = { ...state, sourceDraft, sourceTarget: { root: frame.root, path: frame.path }, sourceErrors: {} };
      return push(pop(next), { kind: "fields", root: "source", path: [], type: null, focus: 0, label: "new source" });
    }
    return edit(pop(state), frame.root, frame.path, option.value);
  }
  return edit(pop(state), frame.root, frame.path, frame.chosen);
}

/** Adds the new source being filled in, when core accepts it, and selects it where it was asked for. */
function addSource(state: FormState): FormState {
  if (!state.sourceDraft || !state.sourceTarget) return state;
  const record = recordOf("sources", state.sourceDraft);
  const checked = validateRecord("sources", record);
  if (!checked.ok) return { ...state, sourceErrors: checked.fieldErrors, formErrors: ["The new source is not added yet: fix the marks below."] };
  const id = String(record.id);
  const taken = (state.options.sources ?? []).some((o) => o.value === id) || state.newSources.some((s) => s.id === id);
  if (taken) return { ...state, sourceErrors: { id: [`a source ${id} exists already; choose it from the list or give this one another id`] } };
  const target = state.sourceTarget;
  const next: FormState = { ...state, newSources: [...state.newSources, record], sourceDraft: null, sourceTarget: null, sourceErrors: {}, formErrors: [] };
  return edit(pop(next), target.root, target.path, id);
}

function clampFocus(state: FormState): FormState {
  // After an undo, drop frames whose value is gone and keep every focus on a row that exists.
  let frames = state.frames.filter((f, i) => i === 0 || f.root === "source" || f.path.length === 0 || getIn(rootOf(state, f.root), f.path) !== undefined);
  if (!state.sourceDraft) frames = frames.filter((f) => f.root !== "source");
  frames = frames.map((f) => {
    if (f.kind === "list") {
      const n = (getIn(rootOf(state, f.root), f.path) as unknown[] | undefined)?.length ?? 0;
      return { ...f, focus: Math.max(0, Math.min(f.focus, n - 1)) };
    }
    return f;
  });
  return { ...state, frames };
}

export function initialForm(collection: CollectionName, key: string | null): FormState {
  return {
    collection,
    key,
    version: null,
    draft: {},
    sourceDraft: null,
    sourceTarget: null,
    newSources: [],
    frames: [],
    options: {},
    errors: {},
    sourceErrors: {},
    touched: [],
    showAll: false,
    formErrors: [],
    undo: [],
    lastEdit: null,
    status: "loading",
    pending: null,
    saveSeq: 0,
    conflict: null,
    closed: false,
  };
}

function draftOf(collection: CollectionName, record: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of rootFields(collection, record)) out[f.name] = toDraft(f.type, isObject(record) ? record[f.name] : undefined);
  return out;
}

function firstEditable(state: FormState): number {
  const frame = topFrame(state);
  if (frame?.kind !== "fields") return 0;
  return Math.max(0, rowsOf(state, frame).findIndex((r) => !r.readOnly));
}

function rootFrame(): Frame {
  return { kind: "fields", root: "record", path: [], type: null, focus: 0, label: "" };
}

/** The key context of the frame on top. */
export function contextOf(state: FormState): KeyContext {
  if (state.status === "conflict") return "conflict";
  const frame = topFrame(state);
  if (frame?.kind === "list") return "entries";
  if (frame?.kind === "pick") return "picker";
  if (frame?.kind === "json") return "json";
  return "form";
}

/** What a key's action does to the form. */
function keyAction(action: ActionId): FormAction | null {
  switch (action) {
    case "nextField":
      return { type: "focus", by: 1 };
    case "prevField":
      return { type: "focus", by: -1 };
    case "itemUp":
      return { type: "move", by: -1 };
    case "itemDown":
      return { type: "move", by: 1 };
    case "openField":
    case "openEntry":
    case "applyJson":
    case "choose":
      return { type: "enter" };
    case "chooseNext":
      return { type: "choose", next: true };
    case "toggle":
      return { type: "toggle" };
    case "addEntry":
      return { type: "add" };
    case "removeEntry":
      return { type: "remove" };
    case "entryUp":
      return { type: "reorder", by: -1 };
    case "entryDown":
      return { type: "reorder", by: 1 };
    case "editJson":
      return { type: "json" };
    case "undo":
      return { type: "undo" };
    case "save":
      return { type: "submit" };
    case "erase":
      return { type: "erase" };
    case "clearField":
      return { type: "clear" };
    case "reload":
      return { type: "reload" };
    case "reapply":
      return { type: "reapply" };
    case "cancel":
      return { type: "back" };
    default:
      return null;
  }
}

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case "key": {
      const id = actionFor(action.press, contextOf(state));
      const mapped = id ? keyAction(id) : action.press.text !== null ? ({ type: "text", text: action.press.text } as const) : null;
      return mapped ? formReducer(state, mapped) : state;
    }
    case "loaded": {
      if (state.key !== null && action.record === null) return { ...state, status: "missing" };
      const draft = draftOf(state.collection, action.record);
      if (action.record === null) {
        if (action.partner && "partner" in draft) draft.partner = action.partner;
        if ("evidence" in draft) draft.evidence = "unverified";
      }
      const loaded: FormState = {
        ...state,
        draft,
        version: action.version,
        frames: [rootFrame()],
        status: "editing",
        formErrors: action.duplicateOf ? [`A copy of ${action.duplicateOf}: change what differs (its key first), then save as a new record.`] : [],
      };
      const focused = { ...loaded, frames: [{ ...rootFrame(), focus: firstEditable(loaded) } as Frame] };
      return validated(focused);
    }
    case "options":
      return { ...state, options: action.options };
    case "text":
      return state.status === "editing" ? typeText(state, action.text) : state;
    case "erase":
      return state.status === "editing" ? eraseText(state, false) : state;
    case "clear":
      return state.status === "editing" ? eraseText(state, true) : state;
    case "focus":
    case "move": {
      const frame = topFrame(state);
      if (state.status !== "editing" || !frame) return state;
      if (frame.kind === "fields") {
        const n = rowsOf(state, frame).length;
        if (n === 0) return state;
        return replaceTop({ ...state, lastEdit: null }, { ...frame, focus: (frame.focus + action.by + n) % n });
      }
      if (frame.kind === "list") {
        const n = (getIn(rootOf(state, frame.root), frame.path) as unknown[] | undefined)?.length ?? 0;
        return replaceTop(state, { ...frame, focus: Math.max(0, Math.min(n - 1, frame.focus + action.by)) });
      }
      if (frame.kind === "pick") {
        const n = filtered(state, frame).length;
        return replaceTop(state, { ...frame, cursor: Math.max(0, Math.min(n - 1, frame.cursor + action.by)) });
      }
      return state;
    }
    case "enter": {
      const frame = topFrame(state);
      if (state.status !== "editing" || !frame) return state;
      if (frame.kind === "pick") return choose(state, frame);
      if (frame.kind === "json") {
        try {
          const parsed: unknown = frame.text.trim() === "" ? undefined : JSON.parse(frame.text);
          return edit(pop(state), frame.root, frame.path, toDraft(frame.type, parsed));
        } catch {
          return replaceTop(state, { ...frame, error: "This is not valid JSON; fix it, or Esc to leave the field as it was." });
        }
      }
      if (frame.kind === "list") {
        const path = [...frame.path, frame.focus];
        if (getIn(rootOf(state, frame.root), path) === undefined) return state;
        const opened = openFrame(state, frame.root, path, frame.element, `${frame.label} ${frame.focus + 1}`) ?? {
          kind: "fields",
          root: frame.root,
          path,
          type: frame.element,
          focus: 0,
          label: `${frame.label} ${frame.focus + 1}`,
        };
        return push(state, opened);
      }
      const at = focusedRow(state);
      if (!at) return state;
      const opened = at.row.readOnly ? null : openFrame(state, frame.root, at.row.path, at.row.type, label(frame, at.row));
      if (opened) return push(state, opened);
      return formReducer(state, { type: "focus", by: 1 });
    }
    case "choose": {
      const frame = topFrame(state);
      if (frame?.kind !== "pick" || state.status !== "editing") return state;
      const chosen = choose(state, frame);
      return action.next && topFrame(chosen)?.kind === "fields" && topFrame(chosen)?.root === frame.root ? formReducer(chosen, { type: "focus", by: 1 }) : chosen;
    }
    case "toggle": {
      const frame = topFrame(state);
      if (frame?.kind !== "pick" || !frame.multi) return state;
      const option = filtered(state, frame)[frame.cursor];
      if (!option || typeof option.value !== "string") return state;
      const v = option.value;
      const chosen = frame.chosen.includes(v) ? frame.chosen.filter((c) => c !== v) : [...frame.chosen, v];
      return replaceTop(state, { ...frame, chosen });
    }
    case "back": {
      const frame = topFrame(state);
      if (state.status === "conflict") return { ...state, closed: true };
      if (!frame || state.status !== "editing") return state;
      if (state.frames.length === 1) return { ...state, closed: true };
      // Leaving the new source's own fields drops it; the picker it came from is gone already.
      if (frame.root === "source" && frame.kind === "fields" && frame.type === null) return { ...pop(state), sourceDraft: null, sourceTarget: null, sourceErrors: {}, formErrors: [] };
      return pop(state);
    }
    case "add": {
      const frame = topFrame(state);
      if (frame?.kind !== "list" || state.status !== "editing") return state;
      const list = (getIn(rootOf(state, frame.root), frame.path) as unknown[] | undefined) ?? [];
      const entry = toDraft(frame.element, undefined);
      // A new attested entry (a status change, a narrative section) starts unverified, as a new record does.
      if (isObject(entry) && entry.evidence === "") entry.evidence = "unverified";
      const added = edit(state, frame.root, frame.path, [...list, entry]);
      const focused = replaceTop(added, { ...frame, focus: list.length });
      return formReducer(focused, { type: "enter" });
    }
    case "remove": {
      const frame = topFrame(state);
      if (frame?.kind !== "list" || state.status !== "editing") return state;
      const list = (getIn(rootOf(state, frame.root), frame.path) as unknown[] | undefined) ?? [];
      if (list.length === 0) return state;
      const removed = edit(state, frame.root, frame.path, list.filter((_, i) => i !== frame.focus));
      return replaceTop(removed, { ...frame, focus: Math.max(0, Math.min(frame.focus, list.length - 2)) });
    }
    case "reorder": {
      const frame = topFrame(state);
      if (frame?.kind !== "list" || state.status !== "editing") return state;
      const list = [...((getIn(rootOf(state, frame.root), frame.path) as unknown[] | undefined) ?? [])];
      const to = frame.focus + action.by;
      if (to < 0 || to >= list.length) return state;
      [list[frame.focus], list[to]] = [list[to], list[frame.focus]];
      return replaceTop(edit(state, frame.root, frame.path, list), { ...frame, focus: to });
    }
    case "json": {
      const at = focusedRow(state);
      if (!at || at.row.readOnly || state.status !== "editing") return state;
      const value = toValue(at.row.type, getIn(rootOf(state, at.frame.root), at.row.path));
      return push(state, { kind: "json", root: at.frame.root, path: at.row.path, type: at.row.type, text: value === undefined ? "" : JSON.stringify(value), error: null, label: label(at.frame, at.row) });
    }
    case "undo": {
      const last = state.undo.at(-1);
      if (!last || state.status !== "editing") return state;
      return validated(clampFocus({ ...state, ...last, undo: state.undo.slice(0, -1), lastEdit: null, formErrors: ["Undid the last edit."] }));
    }
    case "submit": {
      if (state.status !== "editing") return state;
      const frame = topFrame(state);
      if (frame?.root === "source" && state.sourceDraft) return addSource(state);
      const checked = validateRecord(state.collection, recordOf(state.collection, state.draft));
      if (!checked.ok) {
        const count = Object.values(checked.fieldErrors).flat().length;
        const names = rootFields(state.collection, state.draft).map((f) => f.name);
        const { rest } = groupErrors(checked.fieldErrors, names);
        return { ...state, errors: checked.fieldErrors, showAll: true, formErrors: [`Not saved: ${count} problem${count === 1 ? "" : "s"} to fix.`, ...rest] };
      }
      return { ...state, errors: {}, formErrors: [], status: "saving", pending: checked.record, saveSeq: state.saveSeq + 1 };
    }
    case "conflict":
      return { ...state, status: "conflict", conflict: action.conflict };
    case "rejected": {
      const errors: Record<string, string[]> = {};
      const rest: string[] = [];
      for (const p of action.problems) {
        const path = p.path.filter((s) => typeof s === "string" || typeof s === "number");
        const at = path.findIndex((seg) => typeof seg === "string" && seg in state.draft);
        if (at >= 0) {
          const k = pathKey(path.slice(at));
          errors[k] = [...(errors[k] ?? []), p.message];
        } else rest.push(`${p.at}: ${p.message}`);
      }
      return { ...state, status: "editing", errors, showAll: true, formErrors: ["Not saved: the store found problems.", ...rest] };
    }
    case "failed":
      return { ...state, status: "editing", formErrors: [`Not saved: ${action.message}`] };
    case "reload": {
      const c = state.conflict;
      if (!c || c.current === null) return state;
      return validated({
        ...state,
        draft: draftOf(state.collection, c.current),
        frames: [rootFrame()],
        version: c.currentVersion,
        status: "editing",
        conflict: null,
        touched: [],
        showAll: false,
        undo: [],
        formErrors: [`Reloaded version ${c.currentVersion} by ${c.changedBy ?? "someone"}; your edit was discarded.`],
      });
    }
    case "reapply": {
      const c = state.conflict;
      if (!c) return state;
      // Deleted meanwhile: re-applying creates the record again.
      return { ...state, key: c.current === null ? null : state.key, version: c.currentVersion, status: "saving", conflict: null, saveSeq: state.saveSeq + 1 };
    }
  }
}

/** The reference choices of a form, from the records of a dataset, each with its name. */
export function referenceOptions(dataset: Dataset): ReferenceOptions {
  return {
    memberStates: dataset.memberStates.map((m) => ({ value: m.code, label: m.name })),
    instruments: dataset.instruments.map((i) => ({ value: i.code, label: i.title })),
    partners: dataset.partners.map((p) => ({ value: p.id, label: p.name })),
    sources: dataset.sources.map((s) => ({ value: s.id, label: s.title })),
    themes: dataset.themes.map((t) => ({ value: t.id, label: t.label })),
    agreements: dataset.agreements.map((a) => ({ value: a.id, label: a.title })),
    claims: dataset.claims.map((c) => ({ value: c.id, label: c.text })),
  };
}
