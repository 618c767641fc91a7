// JSON Schema documents of every record type, for teams not on TypeScript.
import { z } from "zod";
import { COLLECTIONS, type CollectionName, Dataset, RECORD_SCHEMAS } from "./records.js";

export type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, title: string): JsonSchema {
  return { title, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } as JsonSchema;
}

/** The JSON Schema (draft 2020-12) of one collection's records. */
export function recordJsonSchema(collection: CollectionName): JsonSchema {
  return toSchema(RECORD_SCHEMAS[collection], collection);
}

/** JSON Schemas of every record type and of the whole dataset. */
export function allJsonSchemas(): Record<CollectionName | "dataset", JsonSchema> {
  const out = { dataset: toSchema(Dataset, "dataset") } as Record<CollectionName | "dataset", JsonSchema>;
  for (const c of COLLECTIONS) out[c] = recordJsonSchema(c);
  return out;
}
