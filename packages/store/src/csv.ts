// One collection as CSV (RFC 4180): a column per top-level field in schema order, nested fields as JSON.
import { type CollectionName, type CsvValue, RECORD_SCHEMAS, toCsvText } from "@partnership-atlas/core";

/** The top-level field names of a collection's schema, in schema order (union variants merged). */
export function csvColumns(collection: CollectionName): string[] {
  const schema = RECORD_SCHEMAS[collection] as unknown as { shape?: Record<string, unknown>; options?: { shape: Record<string, unknown> }[] };
  const shapes = schema.shape ? [schema.shape] : (schema.options ?? []).map((o) => o.shape);
  const columns: string[] = [];
  for (const shape of shapes) for (const key of Object.keys(shape)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

/** A field as a CSV value: nested fields as JSON; core's writer quotes and neutralises it. */
function cell(value: unknown): CsvValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function toCsv(collection: CollectionName, records: readonly unknown[]): string {
  const columns = csvColumns(collection);
  return toCsvText(
    columns,
    records.map((record) => {
      const r = record as Record<string, unknown>;
      return columns.map((c) => cell(r[c]));
    }),
  );
}
