// Facts a partner's file adds to records that exist for every State: a ratification's sharper
// date (or a ratification the tables lack) and the State's membership. They are merged as the
// comparative table is: an agreeing date keeps the more precise one and both sources; a
// disagreeing one becomes a reported date, a warning for a curator.
import { EVIDENCE_ORDER, ratificationKey } from "@partnership-atlas/core";
import { mergeInto } from "./all-members.js";
import type { EvidenceIn, MemberStateIn, RatificationIn, SourceIn } from "./types.js";

type History = RatificationIn["history"];

/** A primary source of a partner's file: its URL, and its date and a note when known. */
export function primarySource(id: string, title: string, publisher: string, url: string, published?: string, note?: string): SourceIn {
  return { id, title, publisher, kind: "primary", url, ...(published ? { published } : {}), ...(note ? { note } : {}) };
}

/** The same for a secondary source. */
export function secondarySource(id: string, title: string, publisher: string, url: string, published?: string, note?: string): SourceIn {
  return { ...primarySource(id, title, publisher, url, published, note), kind: "secondary" };
}

export interface RatificationFact {
  state: string;
  instrument: string;
  /** The date the partner's source gives, to its precision. */
  registeredOn: string;
  evidence: EvidenceIn;
  source: string;
  locator: string;
  /** Status changes the source gives (entry into force), used only when the record has none. */
  history?: History;
}

export interface MembershipFact {
  state: string;
  memberSince: string;
  founding?: boolean;
  evidence: EvidenceIn;
  source: string;
  locator: string;
}

export interface PartnerFacts {
  ratifications: RatificationFact[];
  membership?: MembershipFact;
}

// Core's evidence order, the one every rule uses.
const strongest = (a: EvidenceIn, b: EvidenceIn): EvidenceIn => (EVIDENCE_ORDER.indexOf(a) <= EVIDENCE_ORDER.indexOf(b) ? a : b);

export interface PartnerMergeReport {
  added: number;
  agreed: number;
  conflicts: string[];
}

/** Merges a partner's ratification facts into the records by `STATE-INSTRUMENT`. */
export function mergePartnerRatifications(facts: readonly RatificationFact[], byKey: Map<string, RatificationIn>): PartnerMergeReport {
  const report: PartnerMergeReport = { added: 0, agreed: 0, conflicts: [] };
  for (const f of facts) {
    const key = ratificationKey(f.state, f.instrument);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, {
        state: f.state,
        instrument: f.instrument,
        registeredOn: f.registeredOn,
        history: f.history ?? [],
        evidence: f.evidence,
        sources: [{ source: f.source, locator: f.locator }],
      });
      report.added += 1;
      continue;
    }
    if (mergeInto(existing, f.registeredOn, f.source, f.locator) === "conflict") {
      report.conflicts.push(`${key}: ${existing.registeredOn} vs ${f.registeredOn} (${f.source})`);
      continue;
    }
    report.agreed += 1;
    // A source that gives the record's date to its full precision makes the record as sure as
    // that source (never less sure); a year cannot vouch for a day.
    if (f.registeredOn.length >= existing.registeredOn.length) existing.evidence = strongest(existing.evidence as EvidenceIn, f.evidence);
    if (existing.history.length === 0 && f.history) existing.history = f.history;
  }
  return report;
}

/** Merges a partner's membership fact: an agreeing date keeps the more precise one, with the source. */
export function mergePartnerMembership(fact: MembershipFact, states: MemberStateIn[]): "agreed" | "conflict" {
  const state = states.find((s) => s.code === fact.state);
  if (!state) throw new Error(`${fact.state} is not a member State`);
  const current = state.memberSince;
  if (current !== undefined && !(current.startsWith(fact.memberSince) || fact.memberSince.startsWith(current))) return "conflict";
  if (current === undefined || fact.memberSince.length > current.length) state.memberSince = fact.memberSince;
  const asPrecise = fact.memberSince.length >= (state.memberSince ?? "").length;
  state.sources = [...state.sources, { source: fact.source, field: fact.founding === undefined ? "memberSince" : "memberSince/founding", locator: fact.locator }];
  const fieldEvidence = { ...(state.fieldEvidence ?? {}) };
  if (fieldEvidence.memberSince && asPrecise) fieldEvidence.memberSince = strongest(fieldEvidence.memberSince as EvidenceIn, fact.evidence);
  if (fact.founding !== undefined) {
    state.founding = fact.founding;
    if (fieldEvidence.founding) fieldEvidence.founding = strongest(fieldEvidence.founding as EvidenceIn, fact.evidence);
  }
  for (const k of Object.keys(fieldEvidence)) if (fieldEvidence[k] === state.evidence) delete fieldEvidence[k];
  state.fieldEvidence = Object.keys(fieldEvidence).length ? fieldEvidence : undefined;
  if (state.fieldEvidence === undefined) delete state.fieldEvidence;
  return "agreed";
}
