// The natural key of each record kind, shared by validation, the store and the apps.
import { ratificationId } from "./ids.js";
import type { CollectionName, RecordOf } from "./records.js";

/** The key that identifies a record within its collection (`CN-C029` for a ratification). */
export function recordKey<C extends CollectionName>(collection: C, record: RecordOf<C>): string {
  switch (collection) {
    case "instruments":
    case "memberStates":
      return (record as RecordOf<"instruments" | "memberStates">).code;
    case "ratifications": {
      const r = record as RecordOf<"ratifications">;
      return ratificationId(r.state, r.instrument);
    }
    default:
      return (record as { id: string }).id;
  }
}

/** The fields each collection's key is made of, in the order `recordKey` joins them. */
export const KEY_FIELDS: { readonly [C in CollectionName]: readonly string[] } = {
  sources: ["id"],
  themes: ["id"],
  instruments: ["code"],
  memberStates: ["code"],
  ratifications: ["state", "instrument"],
  partners: ["id"],
  agreements: ["id"],
  contributions: ["id"],
  projects: ["id"],
  countryProgrammes: ["id"],
  claims: ["id"],
  coverage: ["id"],
};

/** Singular, human name of a collection's records, for messages. */
export const RECORD_NOUN: Record<CollectionName, string> = {
  sources: "source",
  themes: "theme",
  instruments: "instrument",
  memberStates: "member State",
  ratifications: "ratification",
  partners: "partner",
  agreements: "agreement",
  contributions: "contribution",
  projects: "project",
  countryProgrammes: "country programme",
  claims: "claim",
  coverage: "coverage record",
};
