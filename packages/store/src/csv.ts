// One collection as CSV (RFC 4180): a column per top-level field in schema order, nested fields as JSON.
import { type CollectionName, RECORD_SCHEMAS } from "@partnership-atlas/core";

/** The top-level field names of a collection's schema, in schema order (union variants merged). */
export function csvColumns(collection: CollectionName): string[] {
  const schema = RECORD_SCHEMAS[collection] as unknown as { shape?: Record<string, unknown>; options?: { shape: Record<string, unknown> }[] };
  const shapes = schema.shape ? [schema.shape] : (schema.options ?? []).map((o) => o.shape);
  const columns: string[] = [];
  for (const shape of shapes) for (const key of Object.keys(shape)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(collection: CollectionName, records: readonly unknown[]): string {
  const columns = csvColumns(collection);
  const lines = [columns.map(cell).join(",")];
  for (const record of records) {
    const r = record as Record<string, unknown>;
    lines.push(columns.map((c) => cell(r[c])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
