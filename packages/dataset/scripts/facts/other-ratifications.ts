// Other States' ratification rows from ratifications-by-instrument.csv (filled in later).
import type { RatificationIn, SourceIn } from "./types.js";

export interface Known {
  instruments: Set<string>;
  states: Set<string>;
  yearAdopted: Map<string, number>;
}

export function otherRatifications(
  _rows: Record<string, string>[],
  _known: Known,
): { ratifications: RatificationIn[]; sources: SourceIn[]; skipped: string[] } {
  return { ratifications: [], sources: [], skipped: [] };
}
