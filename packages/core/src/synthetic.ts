// Synthetic datasets many times larger than a real one, for benchmarks, load and crash tests.
import type { Dataset } from "./records.js";

type Json = Record<string, unknown>;

// Records are plain JSON values, so a JSON round trip is a faithful deep copy (and needs no host API).
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function* unusedCodes(taken: Set<string>): Generator<string> {
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!taken.has(code)) yield code;
    }
  }
}

/** How many records a dataset holds, over all its lists. */
export function countRecords(dataset: object): number {
  return Object.values(dataset).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}

export interface SyntheticOptions {
  /** Copies to add at least. */
  copies?: number;
  /** Keep adding copies until the dataset holds at least this many records. */
  minRecords?: number;
  /** Appended to every copied title, so two variants differ in every copied record. */
  variant?: string;
}

/**
 * `base` plus copies of its first member-State partner: each copy is a new synthetic member
 * State (an unused two-letter code) with that partner's ratifications, agreements,
 * contributions, projects, country programmes and claims. When the two-letter codes run out,
 * further copies are organisations (without ratifications). Deterministic, and valid whenever
 * `base` is. Accepts plain JSON input as well as a parsed dataset.
 */
export function syntheticDataset(base: unknown, options: SyntheticOptions = {}): Dataset {
  const { copies = 0, minRecords = 0, variant = "" } = options;
  const ds = clone(base) as Record<string, Json[]>;
  const template = ds.partners?.find((p) => p.kind === "member-state");
  if (!template) throw new Error("the base dataset has no member-State partner to copy");
  const state = template.state as string;
  const pid = template.id as string;
  const list = (c: string): Json[] => {
    const l = ds[c];
    if (!l) throw new Error(`the base dataset has no ${c} list`);
    return l;
  };
  const stateRecord = list("memberStates").find((m) => m.code === state);
  if (!stateRecord) throw new Error(`the base dataset has no member State ${state} for its partner ${pid}`);
  const codes = unusedCodes(new Set(list("memberStates").map((m) => m.code as string)));
  const of = (c: string) => list(c).filter((r) => r.partner === pid);
  const ratifications = list("ratifications").filter((r) => r.state === state);
  const [agreements, contributions, projects, programmes, claims] = [
    of("agreements"),
    of("contributions"),
    of("projects"),
    of("countryProgrammes"),
    of("claims"),
  ];
  const copyRecords = (id: string, code: string | null) => {
    const suffix = (s: unknown) => `${String(s)}-x${id}`;
    const title = (s: unknown) => `${String(s)}${variant}`;
    if (code) for (const r of ratifications) list("ratifications").push({ ...clone(r), state: code });
    // A copy is as completely recorded as its original.
    if (code) {
      for (const c of ds.coverage ?? []) {
        const states = (c.scope as { states: { kind: string; codes?: string[] } }).states;
        if (states.kind === "list" && states.codes?.includes(state)) states.codes.push(code);
      }
    }
    for (const a of agreements) {
      const copy: Json = { ...clone(a), id: suffix(a.id), partner: id, title: title(a.title) };
      if (copy.amends) copy.amends = suffix(copy.amends);
      list("agreements").push(copy);
    }
    for (const c of contributions) list("contributions").push({ ...clone(c), id: suffix(c.id), partner: id, recipient: title(c.recipient) });
    for (const p of projects) {
      const funders = (p.funders as Json[]).map((f) => (f.partner === pid ? { ...f, partner: id } : f));
      list("projects").push({ ...clone(p), id: suffix(p.id), partner: id, funders, title: title(p.title) });
    }
    for (const p of programmes) {
      list("countryProgrammes").push({ ...clone(p), id: suffix(p.id), partner: id, state: code ?? p.state, title: title(p.title) });
    }
    for (const c of claims) {
      // Ratification and membership figures apply only to member States.
      if (!code && /^(ratifications|membership)\./.test(String(c.metric))) continue;
      list("claims").push({ ...clone(c), id: suffix(c.id), partner: id, text: title(c.text) });
    }
  };
  let records = countRecords(ds);
  for (let i = 0; i < copies || records < minRecords; i++) {
    const before = records;
    const code = codes.next().value;
    if (code) {
      const id = code.toLowerCase();
      list("memberStates").push({ ...clone(stateRecord), code, alpha3: `${code}Z`, name: `Synthetic ${code}`, founding: false });
      list("partners").push({ ...clone(template), id, state: code, name: `Synthetic partner ${code}${variant}` });
      copyRecords(id, code);
    } else {
      const id = `synthetic-org-${i}`;
      const { state: _state, ...rest } = clone(template);
      list("partners").push({ ...rest, kind: "organisation", organisationType: "other", id, name: `Synthetic organisation ${i}${variant}` });
      copyRecords(id, null);
    }
    records = countRecords(ds);
    if (records === before) throw new Error("the base partner has no records to copy");
  }
  // Not parsed here: the copies are JSON made from `base`, valid whenever it is, and every caller
  // runs validateDataset on the result (a parse here would double the cost of a ×10 dataset).
  return ds as unknown as Dataset;
}

/** `base` grown to about `factor` times as many records, by copying its member-State partner. */
export function scaleDataset(base: unknown, factor: number): Dataset {
  if (!(factor >= 1)) throw new RangeError("factor must be at least 1");
  return syntheticDataset(base, { minRecords: Math.ceil(factor * countRecords(base as object)) });
}
