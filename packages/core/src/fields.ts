// What each collection's fields are, derived once from the zod schemas: forms, CSV columns and
// row mappings read this descriptor instead of reaching into zod's internals themselves.
import { z } from "zod";
import { IsoDate, PartialDate } from "./dates.js";
import { KEY_FIELDS } from "./keys.js";
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
    const { type, optional } = describeType(collection, field, prefix ? `${prefix}.${name}` : name);
    return { name, type, optional };
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
