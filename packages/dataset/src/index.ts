/// <reference types="node" />
/**
 * @partnership-atlas/dataset — the records Partnership Atlas ships, as JSON files in `data/`,
 * and a loader that validates them with core. Nothing here reads the reference material:
 * `scripts/build-from-reference.ts` wrote the JSON once and it is committed.
 *
 * @packageDocumentation
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { COLLECTIONS, type Dataset, DATASET_SCHEMA_VERSION, formatProblems, type Problem, validateDataset } from "@partnership-atlas/core";
import { COLLECTION_FILES } from "./files.js";

export { COLLECTION_FILES } from "./files.js";

/** The folder holding the JSON files (works from `src/` and from `dist/`). */
export const DATA_DIR: string = fileURLToPath(new URL("../data/", import.meta.url));

/** The shipped data failed validation; `problems` lists every one, and so does the message. */
export class DatasetError extends Error {
  override readonly name = "DatasetError";
  constructor(readonly problems: readonly Problem[]) {
    super(`The shipped dataset has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${formatProblems(problems)}`);
  }
}

const fileUrl = (file: string) => new URL(`../data/${file}`, import.meta.url);

function parseFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetError([
      { path: [], at: file, code: "not-a-dataset", message: `${file} is not valid JSON (${(error as Error).message})` },
    ]);
  }
}

function assemble(entries: [string, unknown][]): Record<string, unknown> {
  const raw: Record<string, unknown> = { schemaVersion: DATASET_SCHEMA_VERSION };
  for (const [collection, value] of entries) raw[collection] = value;
  return raw;
}

/** The dataset as stored, not yet validated (for tests and for seeding a store). */
export function readRawDataset(): unknown {
  return assemble(COLLECTIONS.map((c) => [c, parseFile(COLLECTION_FILES[c], readFileSync(fileUrl(COLLECTION_FILES[c]), "utf8"))]));
}

/** The same as `readRawDataset`, reading the files concurrently. */
export async function readRawDatasetAsync(): Promise<unknown> {
  const entries = await Promise.all(
    COLLECTIONS.map(async (c): Promise<[string, unknown]> => [c, parseFile(COLLECTION_FILES[c], await readFile(fileUrl(COLLECTION_FILES[c]), "utf8"))]),
  );
  return assemble(entries);
}

function validated(raw: unknown): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new DatasetError(result.problems);
  return result.dataset;
}

/** Reads and validates the shipped records; throws a DatasetError listing every problem. */
export function loadDataset(): Dataset {
  return validated(readRawDataset());
}

/** Asynchronous `loadDataset`. */
export async function loadDatasetAsync(): Promise<Dataset> {
  return validated(await readRawDatasetAsync());
}
