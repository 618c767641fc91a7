// What the records hold completely (coverage records), and the one rule that bounds a partial
// registration date by the source that gives it.
import type { CountReason, CountScope } from "./certainty.js";
import { indexOf } from "./dataset-index.js";
import { firstDay, type IsoDate, lastDay } from "./dates.js";
import type { CountryCode } from "./ids.js";
import type { Coverage, Dataset, Instrument, InstrumentCategory, Ratification } from "./records.js";

/** Whether an instrument was ever classified in a category (C155 counts as fundamental). */
export function everIn(instrument: Instrument, category: InstrumentCategory): boolean {
  return instrument.classification.some((p) => p.category === category);
}

// Lists of codes as sets, built once per coverage record (records are immutable values).
const codeSets = new WeakMap<object, Set<string>>();
function codeSet(list: { codes: readonly string[] }): Set<string> {
  let set = codeSets.get(list);
  if (!set) {
    set = new Set(list.codes);
    codeSets.set(list, set);
  }
  return set;
}

/** Whether a coverage record's scope includes a State (null: every member State). */
export function coverageIncludesState(c: Coverage, state: CountryCode | null): boolean {
  const states = c.scope.states;
  return states.kind === "all-members" || (state !== null && codeSet(states).has(state));
}

/** Whether a coverage record's scope includes a State (null: every member State) and an instrument. */
export function coverageIncludes(c: Coverage, state: CountryCode | null, instrument: Instrument): boolean {
  if (!coverageIncludesState(c, state)) return false;
  const ins = c.scope.instruments;
  switch (ins.kind) {
    case "all":
      return true;
    case "category":
      return everIn(instrument, ins.category);
    case "list":
      return codeSet(ins).has(instrument.code);
  }
}

// The latest-reaching coverage of each State and instrument, per dataset: at most one entry per
// State (or "every State") and instrument, so bounded by the dataset's size.
const bestCache = new WeakMap<Dataset, Map<string, Map<Instrument, Coverage | null>>>();

/** The coverage record that says the records for a State (null: every member State) and an instrument are complete the longest. */
export function bestCoverage(dataset: Dataset, state: CountryCode | null, instrument: Instrument): Coverage | null {
  let byState = bestCache.get(dataset);
  if (!byState) {
    byState = new Map();
    bestCache.set(dataset, byState);
  }
  let cache = byState.get(state ?? "*");
  if (!cache) {
    cache = new Map();
    byState.set(state ?? "*", cache);
  }
  const hit = cache.get(instrument);
  if (hit !== undefined) return hit;
  let best: Coverage | null = null;
  for (const c of indexOf(dataset).coverage) {
    if (coverageIncludes(c, state, instrument) && (best === null || c.completeAsOf > best.completeAsOf)) best = c;
  }
  cache.set(instrument, best);
  return best;
}

/**
 * Whether the records are complete on `asOf` for a State (null: every member State) and a set
 * of instruments: null when they are, otherwise the reason a count over that scope is "at least".
 */
export function incompleteness(
  dataset: Dataset,
  state: CountryCode | null,
  instruments: readonly Instrument[],
  scope: CountScope,
  asOf: IsoDate,
): CountReason | null {
  // The scope is complete up to the earliest day any of its instruments is complete to.
  let weakest: Coverage | null = null;
  for (const ins of instruments) {
    const best = bestCoverage(dataset, state, ins);
    if (best === null) return { kind: "not-covered", scope };
    if (weakest === null || best.completeAsOf < weakest.completeAsOf) weakest = best;
  }
  if (weakest === null || weakest.completeAsOf >= asOf) return null;
  return { kind: "after-coverage", scope, coverage: weakest.id, completeAsOf: weakest.completeAsOf };
}

/** The span of days a registration may have happened on. */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The days a ratification's registration may mean: its date's whole span ("2026" →
 * 2026-01-01…2026-12-31), cut at the `completeAsOf` of any coverage record that shares a
 * source with it and includes it (a "2026" from a table complete as of 2026-06-04 lies in
 * 2026-01-01…2026-06-04). This is the one rule that bounds a partial date by its source.
 */
export function registrationWindow(dataset: Dataset, r: Ratification): DateWindow {
  const from = firstDay(r.registeredOn);
  let to = lastDay(r.registeredOn);
  if (r.registeredOn.length === 10) return { from, to };
  for (const c of boundingCoverage(dataset, r)) {
    if (c.completeAsOf < to) to = c.completeAsOf < from ? from : c.completeAsOf;
  }
  return { from, to };
}

/** The coverage records that bound a ratification's date: they include it and share a source with it. */
export function boundingCoverage(dataset: Dataset, r: Ratification): Coverage[] {
  const idx = indexOf(dataset);
  const ins = idx.instruments.get(r.instrument);
  if (!ins || idx.coverage.length === 0) return [];
  const sources = new Set(r.sources.map((s) => s.source));
  return idx.coverage.filter((c) => c.sources.some((s) => sources.has(s.source)) && coverageIncludes(c, r.state, ins));
}
