// Reading the reference CSV files: core's CSV reader, and a cell that must be there.
import { parseCsvRecords } from "@partnership-atlas/core";

/** Parses CSV text into rows of named fields, using the first row as the header (core's reader). */
export const parseCsv = parseCsvRecords;

/**
 * A row's cell by column name; a reference file without that column is a broken input, named
 * with the column, not an undefined that surfaces later as a wrong record.
 */
export function cell(row: Readonly<Record<string, string>>, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`a reference CSV row has no "${column}" column (its columns: ${Object.keys(row).join(", ")})`);
  return value;
}

/** A value that must be there (a lookup the reference files guarantee), or an error saying what is missing. */
export function present<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`the reference data has no ${what}`);
  return value;
}
