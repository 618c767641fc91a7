// A table as shown on a page and as downloaded: the same columns and raw values feed the HTML,
// the CSV and the JSON, so a download always matches what the page shows.
import { type TextLanguage, toCsvText } from "@partnership-atlas/core";

export type CellKind = "text" | "number" | "count" | "date" | "code" | "evidence" | "sources" | "money" | "bool";

export interface Column {
  key: string;
  label: string;
  kind: CellKind;
  /** For money columns: the column holding the ISO 4217 currency. */
  currencyKey?: string;
  /** Columns kept in downloads but not shown on the page (e.g. the currency beside an amount). */
  hidden?: boolean;
  /**
   * The language the column's text is written in when it is the records' own text (titles, names
   * of parties): a page in another language marks each cell with it and says so in the header.
   */
  lang?: TextLanguage;
}

export type Raw = string | number | boolean | null;

export interface Row {
  /** An anchor for the row (`source-c10`), so other cells can link to it. */
  anchor?: string;
  values: Record<string, Raw>;
  /** Links for some cells, by column key. */
  hrefs?: Record<string, string>;
  /** Extra text shown under a cell, by column key (e.g. "approximate"). */
  notes?: Record<string, string>;
  /** Why a count cell is not exact, by column key: sentences shown on hover and focus, and as footnotes. */
  why?: Record<string, string[]>;
  /** The language of a cell's text where it differs from its column's (a translated title). */
  langs?: Record<string, TextLanguage>;
}

export interface Table {
  /** Stable name used in download URLs: `ratifications`. */
  id: string;
  caption: string;
  columns: Column[];
  rows: Row[];
  /** The column whose cells name the row (rendered as row headers). */
  rowHeader?: string;
}

/** RFC 4180 CSV with a header of column keys; every column, shown or not. */
export function toCsv(table: Table): string {
  return toCsvText(
    table.columns.map((c) => c.key),
    table.rows.map((row) => table.columns.map((c) => row.values[c.key] ?? null)),
  );
}

/** The table as JSON: its columns (key, label) and one object per row. */
export function toJson(table: Table, meta: Record<string, unknown>): unknown {
  return {
    table: table.id,
    caption: table.caption,
    ...meta,
    columns: table.columns.map((c) => ({ key: c.key, label: c.label, kind: c.kind })),
    rows: table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.key, r.values[c.key] ?? null]))),
  };
}
