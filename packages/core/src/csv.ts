// CSV text (RFC 4180) with spreadsheet formula injection neutralised, one writer for every CSV
// the project produces (web downloads, the store's export), so the cell rule lives once.

/** A cell: text is written as text, numbers and booleans as they print, null/undefined empty. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a text cell as a formula or a command (OWASP CSV
 * injection: `=`, `+`, `-`, `@`, tab, carriage return). Such a cell gets a leading `'`, which
 * spreadsheets show as text. Numbers are never formulas, so `-5` stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV: neutralised if a spreadsheet would execute it, quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: a header line, then one line per row, CRLF-terminated. */
export function toCsvText(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, newlines inside quotes, CRLF or LF)
 * into rows of fields; the one reader beside the one writer. A `'` that `csvCell` put before a
 * formula-like cell is kept: the reader returns what a spreadsheet would show.
 */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text.charAt(i + 1) === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV text as records named by its header row; blank lines are skipped, missing cells are "". */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsvRows(text).filter((r) => r.some((f) => f !== ""));
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}
