// Synthetic datasets: a base dataset with its member-State partner copied n times under new codes.
import { type Dataset, validateDataset } from "@partnership-atlas/core";

function* codes(taken: Set<string>): Generator<string> {
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!taken.has(code)) yield code;
    }
  }
}

type Json = Record<string, unknown>;

/**
 * Returns `base` plus `copies` more partners: each a new member State with the first member-State
 * partner's ratifications, agreements, contributions, projects, country programmes and claims.
 * `variant` changes every copied title, so two variants differ in every copied record.
 */
export function syntheticDataset(base: unknown, copies: number, variant = "", minRecords = 0): Dataset {
  const ds = structuredClone(base) as Record<string, Json[]>;
  const template = ds.partners!.find((p) => p.kind === "member-state");
  if (!template) throw new Error("the base dataset has no member-State partner to copy");
  const state = template.state as string;
  const pid = template.id as string;
  const stateRecord = ds.memberStates!.find((m) => m.code === state)!;
  const gen = codes(new Set(ds.memberStates!.map((m) => m.code as string)));
  const of = (c: string) => ds[c]!.filter((r) => r.partner === pid);
  const [ratifications, agreements, contributions, projects, programmes, claims] = [
    ds.ratifications!.filter((r) => r.state === state),
    of("agreements"),
    of("contributions"),
    of("projects"),
    of("countryProgrammes"),
    of("claims"),
  ];
  const copyRecords = (id: string, code: string | null, variant: string) => {
    const suffix = (s: unknown) => `${String(s)}-x${id}`;
    const title = (s: unknown) => `${String(s)}${variant}`;
    if (code) for (const r of ratifications) ds.ratifications!.push({ ...structuredClone(r), state: code });
    for (const a of agreements) {
      const copy: Json = { ...structuredClone(a), id: suffix(a.id), partner: id, title: title(a.title) };
      if (copy.amends) copy.amends = suffix(copy.amends);
      ds.agreements!.push(copy);
    }
    for (const c of contributions) ds.contributions!.push({ ...structuredClone(c), id: suffix(c.id), partner: id, recipient: title(c.recipient) });
    for (const p of projects) {
      const funders = (p.funders as Json[]).map((f) => (f.partner === pid ? { ...f, partner: id } : f));
      ds.projects!.push({ ...structuredClone(p), id: suffix(p.id), partner: id, funders, title: title(p.title) });
    }
    for (const p of programmes) ds.countryProgrammes!.push({ ...structuredClone(p), id: suffix(p.id), partner: id, state: code ?? p.state, title: title(p.title) });
    for (const c of claims) {
      // Ratification and membership figures apply only to member States.
      if (!code && /^(ratifications|membership)\./.test(String(c.metric))) continue;
      ds.claims!.push({ ...structuredClone(c), id: suffix(c.id), partner: id, text: title(c.text) });
    }
  };
  for (let i = 0; i < copies || countRecords(ds) < minRecords; i++) {
    const code = gen.next().value;
    if (code) {
      const id = code.toLowerCase();
      ds.memberStates!.push({ ...structuredClone(stateRecord), code, alpha3: `${code}Z`, name: `Synthetic ${code}` });
      ds.partners!.push({ ...structuredClone(template), id, state: code, name: `Synthetic partner ${code}${variant}` });
      copyRecords(id, code, variant);
    } else {
      // Out of two-letter codes: further copies are organisations, not member States.
      const id = `synthetic-org-${i}`;
      const { state: _state, ...rest } = structuredClone(template);
      ds.partners!.push({ ...rest, kind: "organisation", organisationType: "other", id, name: `Synthetic organisation ${i}${variant}` });
      copyRecords(id, null, variant);
    }
  }
  const result = validateDataset(ds);
  if (!result.ok) throw new Error(`synthetic dataset is invalid:\n${result.problems.slice(0, 5).map((p) => `${p.at}: ${p.message}`).join("\n")}`);
  return result.dataset;
}

function countRecords(ds: object): number {
  return Object.values(ds).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}

/** `base` grown to about `factor` times as many records, by copying its member-State partner. */
export function scaledDataset(base: unknown, factor: number): Dataset {
  return syntheticDataset(base, 0, "", factor * countRecords(base as object));
}

export { countRecords };
