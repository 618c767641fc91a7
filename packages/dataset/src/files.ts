// Which JSON file in data/ holds which collection of the dataset.
import type { CollectionName } from "@partnership-atlas/core";

export const COLLECTION_FILES = {
  sources: "sources.json",
  themes: "themes.json",
  instruments: "instruments.json",
  memberStates: "member-states.json",
  ratifications: "ratifications.json",
  partners: "partners.json",
  agreements: "agreements.json",
  contributions: "contributions.json",
  projects: "projects.json",
  countryProgrammes: "country-programmes.json",
  claims: "claims.json",
  coverage: "coverage.json",
} as const satisfies Record<CollectionName, string>;
