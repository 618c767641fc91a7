// Turning an import file into a validated dataset, with messages that say what is wrong and where.
import {
  COLLECTIONS,
  type CollectionName,
  envelopeProblems,
  type Dataset,
  formatProblems,
  type Problem,
  problem,
  type RecordOf,
  validateDataset,
  validateRecord,
} from "@partnership-atlas/core";
import { MalformedInputError, ValidationError } from "./errors.js";
import { locateJsonFault } from "./json-locate.js";

/**
 * The largest import or validate input accepted by default, in bytes (64 MiB: the shipped dataset
 * is under 1 MiB, every State in full well under this). Callers may raise or lower it.
 */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The one message for an input over the limit; `hint` says how this caller raises it. */
export function inputTooLargeError(maxBytes: number, hint?: string): MalformedInputError {
  return new MalformedInputError(
    `the file is larger than the input limit of ${limitText(maxBytes)}; reading stopped there${hint ? ` (${hint})` : ""}`,
  );
}

/** A limit as it was likely set: `64 MiB`, `512 KiB`, else bytes. */
function limitText(bytes: number): string {
  const MiB = 1024 * 1024;
  if (bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/**
 * A size written as bytes or with a binary unit: `65536`, `512k`, `64M`, `64MiB`, `1G`.
 * Null when the text is not such a size.
 */
export function parseByteSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (!m) return null;
  const unit = (m[2] ?? "b").toLowerCase().charAt(0);
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 * 1024 : unit === "g" ? 1024 * 1024 * 1024 : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${bytes} bytes`;
}

export interface ParseInputOptions {
  /** The input limit in bytes (default DEFAULT_MAX_INPUT_BYTES). */
  maxBytes?: number;
  /** How the caller raises the limit, quoted in the message. */
  limitHint?: string;
}

/**
 * Parses an import's text as JSON: the one reading of a dataset file that import and validate
 * share. A leading UTF-8 byte-order mark is accepted; a MalformedInputError gives the line and
 * column of a syntax error; an input over the limit is refused before it is decoded.
 */
export function parseJsonText(input: string | Uint8Array, options: ParseInputOptions = {}): unknown {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const bytes = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (bytes > maxBytes) throw inputTooLargeError(maxBytes, options.limitHint);
  let text: string;
  if (typeof input === "string") text = input;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      throw new MalformedInputError(`the file is not JSON: it is not UTF-8 text (${sizeText(input.byteLength)} of binary data)`);
    }
  }
  // A byte-order mark is how some editors start UTF-8 text; it is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new MalformedInputError("the file is empty; expected a JSON dataset");
  try {
    return JSON.parse(text);
  } catch (error) {
    const size = sizeText(text.length);
    const f = locateJsonFault(text);
    if (!f) throw new MalformedInputError(`the file is not valid JSON: ${(error as Error).message} (${size})`);
    const { line, column } = lineAndColumn(text, f.position);
    if (f.position >= text.length || /^the text ends/.test(f.reason)) {
      throw new MalformedInputError(
        `the file is not valid JSON: ${f.reason} at line ${line}, column ${column}; the file looks truncated (${size})`,
      );
    }
    const lead = f.position === 0 ? "the file is not JSON" : "the file is not valid JSON";
    throw new MalformedInputError(`${lead}: ${f.reason} at line ${line}, column ${column} (character ${f.position + 1} of ${size})`);
  }
}

/** A ValidationError listing every problem (the message shows the first twenty). */
export function validationError(subject: string, problems: Problem[]): ValidationError {
  const shown = formatProblems(problems.slice(0, 20));
  const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : "";
  return new ValidationError(
    `${subject} has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was written:\n${shown}${more}`,
    problems,
  );
}

function ensureObject(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const what = Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;
    throw new MalformedInputError(
      `the file is not a dataset: expected a JSON object with schemaVersion and the record lists (${COLLECTIONS.join(", ")}), found ${what}`,
    );
  }
  return value as Record<string, unknown>;
}

/**
 * A whole dataset for `replace`: every list present, every record and rule valid. Throws a
 * MalformedInputError (not a dataset) or a ValidationError listing every problem; `validate`
 * calls it too, so a file is judged exactly as a replace import will judge it.
 */
export function parseFullDataset(value: unknown): Dataset {
  ensureObject(value);
  const result = validateDataset(value);
  if (!result.ok) throw validationError("the import", result.problems);
  return result.dataset;
}

export type PartialDataset = { [C in CollectionName]: RecordOf<C>[] };

/**
 * The records of a `merge` file: lists may be missing (nothing to merge); each record must pass
 * its schema and keys must be unique. References are checked later, against the merged result.
 */
export function parseMergeRecords(value: unknown, keyOf: <C extends CollectionName>(c: C, r: RecordOf<C>) => string): PartialDataset {
  const obj = ensureObject(value);
  // Core's envelope check, the same as a whole dataset gets.
  const problems: Problem[] = envelopeProblems(obj);
  const out = {} as Record<CollectionName, unknown[]>;
  for (const c of COLLECTIONS) {
    const list = obj[c];
    const records: unknown[] = [];
    out[c] = records;
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(problem([c], "schema", `"${c}" must be a list of records`));
      continue;
    }
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      // Core's one-record check, as every other write path uses: the same message for the same fault.
      const r = validateRecord(c, item);
      if (!r.ok) {
        problems.push(...r.problems.map((p) => problem([c, index, ...p.path], p.code, p.message)));
        return;
      }
      const key = keyOf(c, r.record);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push(problem([c, index], "duplicate-id", `"${key}" is already defined at ${c}[${first}]; give this one another id or merge the two`));
      } else seen.set(key, index);
      records.push(r.record);
    });
  }
  if (problems.length > 0) throw validationError("the import", problems);
  return out as PartialDataset;
}
