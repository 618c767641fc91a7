// One collection as CSV (RFC 4180): a column per top-level field in schema order, nested fields as JSON.
import { type CollectionName, type CsvValue, describeCollection, toCsvText } from "@partnership-atlas/core";

/** The top-level field names of a collection's schema, in schema order (union variants merged), from core's descriptor. */
export function csvColumns(collection: CollectionName): readonly string[] {
  return describeCollection(collection).fieldNames;
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
    records.map((record) => columns.map((c) => cell(typeof record === "object" && record !== null ? Reflect.get(record, c) : undefined))),
  );
}
