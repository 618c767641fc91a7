// Turning an import file into a validated dataset, with messages that say what is wrong and where.
import {
  COLLECTIONS,
  type CollectionName,
  DATASET_SCHEMA_VERSION,
  type Dataset,
  formatProblems,
  type Problem,
  problem,
  RECORD_SCHEMAS,
  type RecordOf,
  validateDataset,
  zodProblems,
} from "@partnership-atlas/core";
import { MalformedInputError, ValidationError } from "./errors.js";
import { locateJsonFault } from "./json-locate.js";

/** The largest import accepted, in bytes of text. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

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

/** Parses an import's text as JSON; a MalformedInputError gives the line and column of a syntax error. */
export function parseJsonText(input: string | Uint8Array): unknown {
  let text: string;
  if (typeof input === "string") text = input;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      throw new MalformedInputError(`the file is not JSON: it is not UTF-8 text (${sizeText(input.byteLength)} of binary data)`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_IMPORT_BYTES) {
    throw new MalformedInputError(`the file is too large to import (${sizeText(text.length)}; the limit is ${sizeText(MAX_IMPORT_BYTES)})`);
  }
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

/** A whole dataset for `replace`: every list present, every record and rule valid. */
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
  const problems: Problem[] = [];
  if (obj.schemaVersion !== DATASET_SCHEMA_VERSION) {
    problems.push(problem(["schemaVersion"], "schema", `schemaVersion must be ${DATASET_SCHEMA_VERSION} (found ${JSON.stringify(obj.schemaVersion) ?? "nothing"})`));
  }
  for (const key of Object.keys(obj)) {
    if (key !== "schemaVersion" && !(COLLECTIONS as readonly string[]).includes(key)) {
      problems.push(problem([key], "schema", `"${key}" is not a list this dataset can hold; expected one of ${COLLECTIONS.join(", ")}`));
    }
  }
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
      const r = RECORD_SCHEMAS[c].safeParse(item);
      if (!r.success) {
        problems.push(...zodProblems(r.error, [c, index]));
        return;
      }
      const key = keyOf(c, r.data as RecordOf<typeof c>);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push(problem([c, index], "duplicate-id", `"${key}" is already defined at ${c}[${first}]; give this one another id or merge the two`));
      } else seen.set(key, index);
      records.push(r.data);
    });
  }
  if (problems.length > 0) throw validationError("the import", problems);
  return out as PartialDataset;
}
