// The shipped records, read through the dataset package, for seeding an empty store.

/** Reads the dataset package's raw records; the store validates them like any import. */
export async function readShippedDataset(): Promise<unknown> {
  // Imported lazily: only a first open needs it, and it reads files.
  const specifier: string = "@partnership-atlas/dataset";
  const mod: Record<string, unknown> = await import(specifier);
  for (const name of ["readRawDataset", "loadDataset"]) {
    const fn = mod[name];
    if (typeof fn === "function") {
      const value: unknown = await (fn as () => unknown)();
      // loadDataset may return a validation result rather than the dataset itself.
      if (value && typeof value === "object" && "dataset" in value && !("schemaVersion" in value)) {
        return (value as { dataset: unknown }).dataset;
      }
      return value;
    }
  }
  throw new Error("@partnership-atlas/dataset exports neither readRawDataset nor loadDataset");
}
