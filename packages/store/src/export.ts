// Export: the canonical JSON text of the dataset, and one collection as CSV.
import { COLLECTIONS, type CollectionName, type Dataset, type RecordOf } from "@partnership-atlas/core";
import { toCsv } from "./csv.js";
import { assertCollection, byKey, type StoreContext, selectRecords } from "./datasets.js";
import { loadDataset } from "./reads.js";

/** The canonical export text: collections in COLLECTIONS order, records sorted by key. */
export function canonicalDatasetText(dataset: Dataset): string {
  const out = { schemaVersion: dataset.schemaVersion } as Record<string, unknown>;
  for (const c of COLLECTIONS) out[c] = byKey(c, [...dataset[c]] as RecordOf<typeof c>[]);
  return `${JSON.stringify(out, null, 2)}\n`;
}

export async function exportDataset(s: StoreContext): Promise<string> {
  return canonicalDatasetText(await loadDataset(s));
}

export async function exportCsv(s: StoreContext, collection: CollectionName): Promise<string> {
  assertCollection(collection);
  return toCsv(collection, await selectRecords(s.driver.db, collection, s.cache));
}
