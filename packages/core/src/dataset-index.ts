// Lookups over a dataset, built once per dataset object so every derived figure costs in
// proportion to the partner's own records, not to the whole dataset.
import type { Dataset } from "./records.js";

type Rec<C extends keyof Omit<Dataset, "schemaVersion">> = Dataset[C][number];

export interface DatasetIndex {
  instruments: Map<string, Rec<"instruments">>;
  memberStates: Map<string, Rec<"memberStates">>;
  partners: Map<string, Rec<"partners">>;
  sources: Map<string, Rec<"sources">>;
  ratificationsByState: Map<string, Rec<"ratifications">[]>;
  ratificationsByInstrument: Map<string, Rec<"ratifications">[]>;
  agreementsByPartner: Map<string, Rec<"agreements">[]>;
  contributionsByPartner: Map<string, Rec<"contributions">[]>;
  projectsByPartner: Map<string, Rec<"projects">[]>;
  programmesByPartner: Map<string, Rec<"countryProgrammes">[]>;
  claimsByPartner: Map<string, Rec<"claims">[]>;
  coverage: Rec<"coverage">[];
  protocols: Rec<"instruments">[];
  /** Conventions per category per year of adoption is cheap to scan; kept as the list. */
  conventions: Rec<"instruments">[];
}

const cache = new WeakMap<Dataset, DatasetIndex>();

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const g = m.get(k);
    if (g) g.push(item);
    else m.set(k, [item]);
  }
  return m;
}

/**
 * The index of a dataset. Datasets are treated as immutable values: the index is built on
 * first use and reused for the same object. Build a new dataset object to change records.
 */
export function indexOf(dataset: Dataset): DatasetIndex {
  let idx = cache.get(dataset);
  if (idx) return idx;
  idx = {
    instruments: new Map(dataset.instruments.map((i) => [i.code, i])),
    memberStates: new Map(dataset.memberStates.map((m) => [m.code, m])),
    partners: new Map(dataset.partners.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    ratificationsByState: groupBy(dataset.ratifications, (r) => r.state),
    ratificationsByInstrument: groupBy(dataset.ratifications, (r) => r.instrument),
    agreementsByPartner: groupBy(dataset.agreements, (a) => a.partner),
    contributionsByPartner: groupBy(dataset.contributions, (c) => c.partner),
    projectsByPartner: groupBy(dataset.projects, (p) => p.partner),
    programmesByPartner: groupBy(dataset.countryProgrammes, (c) => c.partner),
    claimsByPartner: groupBy(dataset.claims, (c) => c.partner),
    conventions: dataset.instruments.filter((i) => i.kind === "convention"),
    protocols: dataset.instruments.filter((i) => i.kind === "protocol"),
    coverage: dataset.coverage,
  };
  cache.set(dataset, idx);
  return idx;
}
