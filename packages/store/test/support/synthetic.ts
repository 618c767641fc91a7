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
export function syntheticDataset(base: unknown, copies: number, variant = ""): Dataset {
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
  for (let i = 0; i < copies; i++) {
    const code = gen.next().value;
    if (!code) throw new Error("no more two-letter codes for synthetic member States");
    const id = code.toLowerCase();
    const suffix = (s: unknown) => `${String(s)}-x${id}`;
    const title = (s: unknown) => `${String(s)}${variant}`;
    ds.memberStates!.push({ ...structuredClone(stateRecord), code, alpha3: `${code}Z`, name: `Synthetic ${code}` });
    ds.partners!.push({ ...structuredClone(template), id, state: code, name: title(`Synthetic partner ${code}`) });
    for (const r of ratifications) ds.ratifications!.push({ ...structuredClone(r), state: code });
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
    for (const p of programmes) ds.countryProgrammes!.push({ ...structuredClone(p), id: suffix(p.id), partner: id, state: code, title: title(p.title) });
    for (const c of claims) ds.claims!.push({ ...structuredClone(c), id: suffix(c.id), partner: id, text: title(c.text) });
  }
  const result = validateDataset(ds);
  if (!result.ok) throw new Error(`synthetic dataset is invalid:\n${result.problems.slice(0, 5).map((p) => `${p.at}: ${p.message}`).join("\n")}`);
  return result.dataset;
}
