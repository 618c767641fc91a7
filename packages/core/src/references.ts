// The references a record makes to other records, listed once: the store's reference index is
// built from it, and a test holds it to the dangling-reference checks of validateDataset.
import { ratificationId } from "./ids.js";
import type { PathSegment } from "./problems.js";
import type { CollectionName, RecordOf } from "./records.js";

/** One reference from a record to another record, by collection and key. */
export interface RecordReference {
  /** Where in the referring record the reference is, e.g. `["sources", 0, "source"]`. */
  path: PathSegment[];
  /** The collection of the record referred to. */
  collection: CollectionName;
  /** The key of the record referred to (see `recordKey`). */
  key: string;
}

/**
 * Every field that refers to another record, per collection, as a path of field names (`[]`
 * after a name: each element of that list) and the collection it points into. This is the one
 * list: `recordReferences` walks it, and the field descriptor (`describeCollection`) marks the
 * same fields as references. One entry per collection, so a new collection does not compile
 * until its references are listed here.
 */
export const REFERENCE_FIELDS: { readonly [C in CollectionName]: readonly { readonly path: string; readonly to: CollectionName }[] } = {
  sources: [],
  themes: [],
  memberStates: [{ path: "sources[].source", to: "sources" }],
  instruments: [
    { path: "sources[].source", to: "sources" },
    { path: "protocolTo", to: "instruments" },
  ],
  ratifications: [
    { path: "sources[].source", to: "sources" },
    { path: "state", to: "memberStates" },
    { path: "instrument", to: "instruments" },
    { path: "history[].sources[].source", to: "sources" },
    // An automatic denunciation also refers to the State's ratification of that instrument.
    { path: "history[].automaticBy", to: "instruments" },
    { path: "reportedDates[].source", to: "sources" },
  ],
  partners: [
    { path: "sources[].source", to: "sources" },
    { path: "themes[]", to: "themes" },
    { path: "sections[].sources[].source", to: "sources" },
    { path: "state", to: "memberStates" },
  ],
  agreements: [
    { path: "sources[].source", to: "sources" },
    { path: "partner", to: "partners" },
    { path: "themes[]", to: "themes" },
    { path: "amends", to: "agreements" },
  ],
  contributions: [
    { path: "sources[].source", to: "sources" },
    { path: "partner", to: "partners" },
    { path: "usd.rateSource", to: "sources" },
  ],
  projects: [
    { path: "sources[].source", to: "sources" },
    { path: "partner", to: "partners" },
    { path: "themes[]", to: "themes" },
    { path: "funders[].partner", to: "partners" },
    { path: "beneficiaries[]", to: "memberStates" },
  ],
  countryProgrammes: [
    { path: "sources[].source", to: "sources" },
    { path: "partner", to: "partners" },
    { path: "state", to: "memberStates" },
  ],
  claims: [
    { path: "sources[].source", to: "sources" },
    { path: "partner", to: "partners" },
  ],
  coverage: [
    { path: "sources[].source", to: "sources" },
    { path: "scope.states.codes[]", to: "memberStates" },
    { path: "scope.instruments.codes[]", to: "instruments" },
  ],
};

/** The collection a field path (written as in `REFERENCE_FIELDS`) refers to, if it is a reference. */
export function referenceTarget(collection: CollectionName, path: string): CollectionName | undefined {
  return REFERENCE_FIELDS[collection].find((f) => f.path === path)?.to;
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null && Object.hasOwn(value, name) ? Reflect.get(value, name) : undefined;
}

/** Calls `found` with every string at `segments` under `value` (absent fields are skipped). */
function walk(value: unknown, segments: readonly string[], path: PathSegment[], found: (path: PathSegment[], key: string) => void): void {
  const [head, ...rest] = segments;
  if (head === undefined) {
    if (typeof value === "string") found(path, value);
    return;
  }
  if (head.endsWith("[]")) {
    const name = head.slice(0, -2);
    const list = field(value, name);
    if (Array.isArray(list)) {
      list.forEach((el, i) => {
        walk(el, rest, [...path, name, i], found);
      });
    }
    return;
  }
  const next = field(value, head);
  if (next !== undefined) walk(next, rest, [...path, head], found);
}

/**
 * Every record `record` (of `collection`) refers to, with the path of each reference. A
 * ratification's automatic denunciation refers both to the denouncing instrument and to the
 * State's ratification of it.
 */
export function recordReferences<C extends CollectionName>(collection: C, record: RecordOf<C>): RecordReference[] {
  const out: RecordReference[] = [];
  for (const ref of REFERENCE_FIELDS[collection]) {
    walk(record, ref.path.split("."), [], (path, key) => {
      out.push({ path, collection: ref.to, key });
    });
  }
  if (collection === "ratifications") {
    const rat = record as RecordOf<"ratifications">;
    rat.history.forEach((h, i) => {
      if (h.status === "denounced" && h.automaticBy !== undefined) {
        out.push({ path: ["history", i, "automaticBy"], collection: "ratifications", key: ratificationId(rat.state, h.automaticBy) });
      }
    });
  }
  return out;
}
