// The references a record makes to other records, listed once: the store's reference index is
// built from it, and a test holds it to the dangling-reference checks of validateDataset.
import { ratificationId } from "./ids.js";
import type { PathSegment } from "./problems.js";
import type { Attested, CollectionName, RecordOf } from "./records.js";

/** One reference from a record to another record, by collection and key. */
export interface RecordReference {
  /** Where in the referring record the reference is, e.g. `["sources", 0, "source"]`. */
  path: PathSegment[];
  /** The collection of the record referred to. */
  collection: CollectionName;
  /** The key of the record referred to (see `recordKey`). */
  key: string;
}

function attested(att: Pick<Attested, "sources">, path: PathSegment[], out: RecordReference[]): void {
  att.sources.forEach((ref, i) => {
    out.push({ path: [...path, "sources", i, "source"], collection: "sources", key: ref.source });
  });
}

function each(list: readonly string[], field: string, collection: CollectionName, out: RecordReference[]): void {
  list.forEach((key, i) => {
    out.push({ path: [field, i], collection, key });
  });
}

type Out = RecordReference[];

/**
 * The references of each collection beyond the record's own sources. One entry per collection,
 * so a new collection does not compile until its references are listed here.
 */
const REFERENCES: { [C in CollectionName]: (record: RecordOf<C>, out: Out) => void } = {
  sources: () => undefined,
  themes: () => undefined,
  memberStates: () => undefined,
  instruments: (ins, out) => {
    if (ins.protocolTo !== undefined) out.push({ path: ["protocolTo"], collection: "instruments", key: ins.protocolTo });
  },
  ratifications: (rat, out) => {
    out.push({ path: ["state"], collection: "memberStates", key: rat.state });
    out.push({ path: ["instrument"], collection: "instruments", key: rat.instrument });
    rat.history.forEach((h, i) => {
      attested(h, ["history", i], out);
      if (h.status === "denounced" && h.automaticBy !== undefined) {
        const path = ["history", i, "automaticBy"];
        out.push({ path, collection: "instruments", key: h.automaticBy });
        out.push({ path, collection: "ratifications", key: ratificationId(rat.state, h.automaticBy) });
      }
    });
    rat.reportedDates?.forEach((d, i) => {
      out.push({ path: ["reportedDates", i, "source"], collection: "sources", key: d.source });
    });
  },
  partners: (p, out) => {
    each(p.themes, "themes", "themes", out);
    p.sections.forEach((s, i) => {
      attested(s, ["sections", i], out);
    });
    if (p.kind === "member-state") out.push({ path: ["state"], collection: "memberStates", key: p.state });
  },
  agreements: (a, out) => {
    out.push({ path: ["partner"], collection: "partners", key: a.partner });
    each(a.themes, "themes", "themes", out);
    if (a.amends !== undefined) out.push({ path: ["amends"], collection: "agreements", key: a.amends });
  },
  contributions: (c, out) => {
    out.push({ path: ["partner"], collection: "partners", key: c.partner });
    if (c.usd) out.push({ path: ["usd", "rateSource"], collection: "sources", key: c.usd.rateSource });
  },
  projects: (p, out) => {
    out.push({ path: ["partner"], collection: "partners", key: p.partner });
    each(p.themes, "themes", "themes", out);
    p.funders.forEach((f, i) => {
      if (f.partner !== undefined) out.push({ path: ["funders", i, "partner"], collection: "partners", key: f.partner });
    });
    each(p.beneficiaries, "beneficiaries", "memberStates", out);
  },
  countryProgrammes: (cp, out) => {
    out.push({ path: ["partner"], collection: "partners", key: cp.partner });
    out.push({ path: ["state"], collection: "memberStates", key: cp.state });
  },
  claims: (cl, out) => {
    out.push({ path: ["partner"], collection: "partners", key: cl.partner });
  },
  coverage: (cov, out) => {
    const { states, instruments } = cov.scope;
    if (states.kind === "list") {
      states.codes.forEach((code, i) => {
        out.push({ path: ["scope", "states", "codes", i], collection: "memberStates", key: code });
      });
    }
    if (instruments.kind === "list") {
      instruments.codes.forEach((code, i) => {
        out.push({ path: ["scope", "instruments", "codes", i], collection: "instruments", key: code });
      });
    }
  },
};

/**
 * Every record `record` (of `collection`) refers to, with the path of each reference. A
 * ratification's automatic denunciation refers both to the denouncing instrument and to the
 * State's ratification of it.
 */
export function recordReferences<C extends CollectionName>(collection: C, record: RecordOf<C>): RecordReference[] {
  const out: Out = [];
  const r = record as RecordOf<CollectionName>;
  if ("sources" in r && "evidence" in r) attested(r, [], out);
  REFERENCES[collection](record, out);
  return out;
}
