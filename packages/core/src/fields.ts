// What each collection's fields are, derived once from the zod schemas: forms, CSV columns and
// row mappings read this descriptor instead of reaching into zod's internals themselves.
import { z } from "zod";
import { IsoDate, PartialDate } from "./dates.js";
import { KEY_FIELDS } from "./keys.js";
import { ISO_4217_CODES } from "./currencies.js";
import { DecimalString, Money } from "./money.js";
import { type CollectionName, COLLECTIONS, RECORD_SCHEMAS } from "./records.js";
import { referenceTarget } from "./references.js";

/** The kind of value a field holds. */
export type FieldType =
  | { kind: "text" }
  | { kind: "number"; integer: boolean }
  | { kind: "boolean" }
  | { kind: "decimal" }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "literal"; value: string | number | boolean }
  /** `day`: YYYY-MM-DD; `partial`: YYYY, YYYY-MM or YYYY-MM-DD. */
  | { kind: "date"; precision: "day" | "partial" }
  | { kind: "money" }
  | { kind: "reference"; collection: CollectionName }
  | { kind: "list"; element: FieldType }
  | { kind: "object"; fields: readonly FieldDescriptor[] }
  /** Text keys to values of one type (`fieldEvidence`). */
  | { kind: "map"; value: FieldType }
  /** One of several shapes; `discriminator` names the field that tells them apart, when one does. */
  | { kind: "union"; options: readonly FieldType[]; discriminator?: string };

export interface FieldDescriptor {
  name: string;
  type: FieldType;
  optional: boolean;
  /** What the field holds, in a curator's words (the schema's description, else FIELD_HELP); absent when none is written. */
  help?: string;
}

/** The ISO 4217 currency codes a money amount may be in, sorted: the choices of a currency picker. */
export const CURRENCY_CODES: readonly string[] = [...ISO_4217_CODES].sort();

/**
 * Help text of fields, by `collection.path` (a nested field's path joins names with dots, list
 * elements without an index: `agreements.parties.role`), else by field name alone. A schema's
 * own `.describe()` text comes first.
 */
export const FIELD_HELP: Readonly<Record<string, string>> = {
  evidence: "How sure the record is: verified (a primary source says so), secondary, derived or unverified.",
  sources: "The sources that vouch for the record; each may name the field it vouches for and where in the source.",
  "sources.source": "The source record (add a new one from the list when it is not there yet).",
  "sources.field": "The one field this source vouches for; leave empty when it vouches for the whole record.",
  "sources.locator": "Where in the source: a section, a table row, a quoted phrase.",
  note: "A curator's note on the record, shown with it.",
  fieldEvidence: "How sure single fields are where they differ from the record's evidence.",
  id: "The record's identifier: lower-case words joined by hyphens (cn-2026-mou).",
  partner: "The partner (a member State or an organisation) the record belongs to.",
  state: "The member State, by its two-letter code.",
  instrument: "The Convention or Protocol, by its code (C190, P029).",
  registeredOn: "When the ILO registered the ratification, as precisely as known: 2019, 2019-05 or 2019-05-12.",
  history: "Dated status changes (in force, denounced…); may be empty.",
  "history.from": "When the status began, as precisely as known: 2019, 2019-05 or 2019-05-12.",
  "history.status": "The ratification's status from that date.",
  "history.automaticBy": "The instrument whose ratification denounced this one automatically.",
  reportedDates: "Registration dates other sources give when they disagree; each is a warning until reconciled.",
  kind: "What kind of record this is; choose from the list.",
  title: "The title as the source gives it.",
  signedOn: "The signing date, as precisely as known: 2019, 2019-05 or 2019-05-12.",
  place: "Where it was signed.",
  amends: "The agreement this one amends.",
  parties: "Who signed: at least two parties, each with a role.",
  "parties.name": "The party's name as signed.",
  "parties.role": "The party's role: ilo, government, workers, employers or other.",
  "parties.signatory": "Who signed for the party, when known.",
  frameworks: "The cooperation frameworks the agreement belongs to.",
  themes: "The themes the record is about.",
  summary: "A short summary in plain words.",
  period: "The years covered, from and to (inclusive).",
  money: "The amount as an exact decimal, with its currency.",
  "money.amount": "An exact decimal with digits and at most one point: 5200000 or 1000000.50.",
  "money.currency": "The ISO 4217 currency code; type to search (USD, CNY, yuan).",
  budget: "The budget as an exact decimal, with its currency.",
  approximate: "Whether the source gives a rounded figure (\"almost US$5.2 million\").",
  channel: "How the money was given (assessed, voluntary core, a trust fund…).",
  recipient: "Who received the money within the ILO.",
  usd: "A US dollar equivalent for an amount in another currency, with its rate's date and source.",
  allocation: "How the amount splits; the shares add up to 100.",
  "allocation.percent": "A percentage as an exact decimal (25 or 12.5).",
  description: "What the money was for.",
  funders: "Who funds the project: at least one.",
  "funders.percent": "The funder's share in percent, when known.",
  modality: "How the cooperation is organised.",
  beneficiaries: "The member States that benefit.",
  beneficiaryRegions: "Beneficiaries that are not single countries (Asia and the Pacific).",
  start: "When it started, as precisely as known.",
  end: "When it ended or ends, as precisely as known.",
  status: "Where it stands; choose from the list.",
  priorities: "The programme's priorities, one entry each.",
  signatories: "Who signed the programme, one entry each.",
  text: "The sentence or phrase as the source states it (a short quotation).",
  metric: "The figure the claim speaks of, which core can compute.",
  params: "Narrows the metric: years, currency, kind of money, framework.",
  stated: "The value the text states: a whole number, a decimal, or true/false.",
  statedFor: "The day the statement speaks for (YYYY-MM-DD).",
  parts: "The claims this one says it is the total of.",
  within: "The claim whose value contains this one's.",
  publisher: "Who published the source.",
  url: "The full address, starting with http:// or https://.",
  published: "When the source was published, as precisely as known.",
  accessed: "The day the source was read (YYYY-MM-DD).",
  name: "The name in English.",
  sections: "Narrative sections of the profile, each with its own sources.",
  office: "The ILO office that covers the partner.",
  iatiId: "The IATI organisation identifier, where known.",
  organisationType: "What kind of organisation it is.",
};

/** The help text of a field at a dotted path of a collection (no indexes), if any. */
export function fieldHelp(collection: CollectionName, path: string): string | undefined {
  const last = path.split(".").at(-1) ?? path;
  const tail = path.split(".").slice(-2).join(".");
  return FIELD_HELP[`${collection}.${path}`] ?? FIELD_HELP[path] ?? FIELD_HELP[tail] ?? FIELD_HELP[last];
}

/** One shape of a collection's records (a collection with a discriminated union has several). */
export interface RecordVariant {
  /** The discriminator's value for this shape; null when the collection has one shape. */
  tag: string | null;
  fields: readonly FieldDescriptor[];
}

export interface CollectionDescriptor {
  collection: CollectionName;
  /** The field telling the variants apart (`kind` for partners), or null. */
  discriminator: string | null;
  variants: readonly RecordVariant[];
  /** Every top-level field name over all variants, in schema order. */
  fieldNames: readonly string[];
  /** The fields `recordKey` builds the key from. */
  keyFields: readonly string[];
  /** The fields that say how sure a record is and where it comes from (empty for sources and themes). */
  evidenceFields: readonly string[];
}

/** The fields every attested record carries, in the order a curator fills them in last. */
export const EVIDENCE_FIELDS = ["evidence", "sources", "note", "fieldEvidence"] as const;

function describeType(collection: CollectionName, schema: z.core.$ZodType, path: string): { type: FieldType; optional: boolean } {
  if (schema instanceof z.ZodOptional) return { type: describeType(collection, schema.unwrap(), path).type, optional: true };
  const target = referenceTarget(collection, path);
  if (target) return { type: { kind: "reference", collection: target }, optional: false };
  if (schema === IsoDate) return { type: { kind: "date", precision: "day" }, optional: false };
  if (schema === PartialDate) return { type: { kind: "date", precision: "partial" }, optional: false };
  if (schema === Money) return { type: { kind: "money" }, optional: false };
  if (schema === DecimalString) return { type: { kind: "decimal" }, optional: false };
  // z.url() and other string formats are strings too, though not ZodString instances.
  if (schema._zod.def.type === "string") return { type: { kind: "text" }, optional: false };
  if (schema instanceof z.ZodNumber) return { type: { kind: "number", integer: schema.isInt }, optional: false };
  if (schema instanceof z.ZodBoolean) return { type: { kind: "boolean" }, optional: false };
  if (schema instanceof z.ZodEnum) return { type: { kind: "enum", values: schema.options.map(String) }, optional: false };
  if (schema instanceof z.ZodLiteral) {
    const [value] = schema.values;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { type: { kind: "literal", value }, optional: false };
  }
  if (schema instanceof z.ZodArray) return { type: { kind: "list", element: describeType(collection, schema.element, `${path}[]`).type }, optional: false };
  if (schema instanceof z.ZodObject) return { type: { kind: "object", fields: describeShape(collection, schema, path) }, optional: false };
  if (schema instanceof z.ZodRecord) return { type: { kind: "map", value: describeType(collection, schema.valueType, path).type }, optional: false };
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const options = schema.options.map((o) => describeType(collection, o, path).type);
    return { type: { kind: "union", options, discriminator: schema.def.discriminator }, optional: false };
  }
  if (schema instanceof z.ZodUnion) {
    return { type: { kind: "union", options: schema.options.map((o) => describeType(collection, o, path).type) }, optional: false };
  }
  // A schema kind the records do not use yet: fail loudly at load, not with a wrong form.
  throw new Error(`describeCollection: ${collection}.${path || "(record)"} uses a zod type (${schema._zod.def.type}) the field descriptor does not know`);
}

function describeShape(collection: CollectionName, schema: z.ZodObject, prefix: string): FieldDescriptor[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const { type, optional } = describeType(collection, field, path);
    const help = field.description ?? fieldHelp(collection, path.replaceAll("[]", ""));
    return help === undefined ? { name, type, optional } : { name, type, optional, help };
  });
}

function build(collection: CollectionName): CollectionDescriptor {
  const schema: z.core.$ZodType = RECORD_SCHEMAS[collection];
  let discriminator: string | null = null;
  let variants: RecordVariant[];
  if (schema instanceof z.ZodObject) variants = [{ tag: null, fields: describeShape(collection, schema, "") }];
  else if (schema instanceof z.ZodDiscriminatedUnion) {
    const name = schema.def.discriminator;
    discriminator = name;
    variants = schema.options.map((option) => {
      if (!(option instanceof z.ZodObject)) throw new Error(`describeCollection: a ${collection} variant is not an object`);
      const fields = describeShape(collection, option, "");
      const tagType = fields.find((f) => f.name === name)?.type;
      return { tag: tagType?.kind === "literal" ? String(tagType.value) : null, fields };
    });
  } else throw new Error(`describeCollection: ${collection} is neither an object nor a discriminated union`);
  const fieldNames: string[] = [];
  for (const v of variants) for (const f of v.fields) if (!fieldNames.includes(f.name)) fieldNames.push(f.name);
  return {
    collection,
    discriminator,
    variants,
    fieldNames,
    keyFields: KEY_FIELDS[collection],
    evidenceFields: fieldNames.includes("evidence") ? EVIDENCE_FIELDS.filter((f) => fieldNames.includes(f)) : [],
  };
}

const DESCRIPTORS = new Map<CollectionName, CollectionDescriptor>();

/** The descriptor of a collection, built once from its schema. */
export function describeCollection(collection: CollectionName): CollectionDescriptor {
  let d = DESCRIPTORS.get(collection);
  if (!d) {
    d = build(collection);
    DESCRIPTORS.set(collection, d);
  }
  return d;
}

/**
 * The fields of the shape a record has: for a collection with variants, the variant whose tag
 * the record carries (else the first); `record` may be null when creating one.
 */
export function recordFields(collection: CollectionName, record: unknown): readonly FieldDescriptor[] {
  const d = describeCollection(collection);
  const [first] = d.variants;
  if (!first) return [];
  if (!d.discriminator || typeof record !== "object" || record === null) return first.fields;
  const tag = Reflect.get(record, d.discriminator);
  return (d.variants.find((v) => v.tag === tag) ?? first).fields;
}

/** Every collection's descriptor, in `COLLECTIONS` order. */
export function describeCollections(): CollectionDescriptor[] {
  return COLLECTIONS.map(describeCollection);
}
