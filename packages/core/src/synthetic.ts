// A synthetic dataset N times larger than a real one, for benchmarks and load tests.
import type { CountryCode, PartnerId } from "./ids.js";
import type { Dataset, Partner } from "./records.js";

/**
 * Returns a valid dataset about `factor` times larger than `base`: every member-State partner
 * is copied onto other member States (with their ratifications, agreements, contributions,
 * projects, programmes and claims), and every other partner is copied under new ids.
 * Instruments, member States, themes and sources are shared, as they are fixed vocabularies.
 * Deterministic: the same input gives the same output.
 */
// Records are plain JSON values, so a JSON round trip is a faithful deep copy (and needs no host API).
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function scaleDataset(base: Dataset, factor: number): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError("factor must be a whole number ≥ 1");
  const out: Dataset = clone(base);
  const used = new Set(base.partners.flatMap((p) => (p.kind === "member-state" ? [p.state] : [])));
  const spareStates = base.memberStates.map((m) => m.code).filter((c) => !used.has(c));
  let nextState = 0;
  // A State that carries a copy takes on the copied partner's ratifications in place of its own.
  const targets = new Set<string>();

  const copies: Dataset["ratifications"] = [];
  for (const partner of base.partners) {
    for (let copy = 1; copy < factor; copy++) {
      let newId: PartnerId;
      let newPartner: Partner;
      const rename = <T extends { id: string; partner: PartnerId }>(r: T): T => ({ ...clone(r), id: `${r.id}-x${copy}`, partner: newId });
      if (partner.kind === "member-state") {
        const state = spareStates[nextState++ % spareStates.length] as CountryCode;
        if (nextState > spareStates.length) break; // no member State left to carry another copy
        targets.add(state);
        newId = state.toLowerCase() as PartnerId;
        newPartner = { ...clone(partner), id: newId, state, name: `${partner.name} (synthetic ${copy})` };
        for (const r of base.ratifications) {
          if (r.state === partner.state) copies.push({ ...clone(r), state });
        }
        for (const cp of base.countryProgrammes) {
          if (cp.partner === partner.id) out.countryProgrammes.push({ ...rename(cp), state });
        }
      } else {
        newId = `${partner.id}-x${copy}` as PartnerId;
        newPartner = { ...clone(partner), id: newId };
        for (const cp of base.countryProgrammes) if (cp.partner === partner.id) out.countryProgrammes.push(rename(cp));
      }
      out.partners.push(newPartner);
      for (const a of base.agreements) {
        if (a.partner !== partner.id) continue;
        const copyOf = rename(a);
        if (copyOf.amends) copyOf.amends = `${copyOf.amends}-x${copy}` as typeof copyOf.amends;
        out.agreements.push(copyOf);
      }
      for (const c of base.contributions) if (c.partner === partner.id) out.contributions.push(rename(c));
      for (const p of base.projects) {
        if (p.partner !== partner.id) continue;
        const copyOf = rename(p);
        copyOf.funders = copyOf.funders.map((f) => (f.partner === partner.id ? { ...f, partner: newId } : f));
        out.projects.push(copyOf);
      }
      for (const c of base.claims) if (c.partner === partner.id) out.claims.push(rename(c));
    }
  }
  out.ratifications = [...out.ratifications.filter((r) => !targets.has(r.state)), ...copies];
  return out;
}
