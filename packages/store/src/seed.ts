// The shipped records, read through the dataset package, for seeding an empty store.

/** Reads the dataset package's raw records; the store validates them like any import. */
export async function readShippedDataset(): Promise<unknown> {
  // Imported lazily: only a first open needs it, and it reads files.
  const { readRawDatasetAsync } = await import("@partnership-atlas/dataset");
  return readRawDatasetAsync();
}
