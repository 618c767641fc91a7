// The partner list's rows: every member State (curated or not) and every other partner, with the
// text a filter matches, built once per load so a keystroke only compares prepared strings.
import { type MemberState, type Partner, type PartnerId, partnerIdOfState } from "@partnership-atlas/core";

export interface PartnerEntry {
  id: PartnerId;
  name: string;
  /** Alpha-2 and alpha-3 for a member State ("CN", "CHN"); empty for another partner. */
  codes: string[];
  /** "member State", or the organisation's type. */
  kind: string;
  /** True when the partner has its own Partner record (narrative, agreements, money, claims). */
  curated: boolean;
  /** Lower-case name, codes and id, prepared for matching. */
  match: { name: string; words: string[]; codes: string[] };
}

function entry(id: PartnerId, name: string, codes: string[], kind: string, curated: boolean): PartnerEntry {
  const lower = name.toLowerCase();
  const lowerCodes = [...new Set([id.toLowerCase(), ...codes.map((c) => c.toLowerCase())])];
  return { id, name, codes, kind, curated, match: { name: lower, words: lower.split(/[\s,()'’-]+/).filter(Boolean), codes: lowerCodes } };
}

/** Every member State and every non-State partner, by name; a State with a Partner record is marked curated. */
export function partnerEntries(states: readonly MemberState[], partners: readonly Partner[]): PartnerEntry[] {
  const byId = new Map(partners.map((p) => [p.id, p]));
  const entries: PartnerEntry[] = states.map((s) => {
    const id = partnerIdOfState(s.code);
    return entry(id, s.name, [s.code, s.alpha3], "member State", byId.has(id));
  });
  const stateIds = new Set(entries.map((e) => e.id));
  for (const p of partners) {
    if (stateIds.has(p.id)) continue;
    entries.push(entry(p.id, p.name, p.kind === "member-state" ? [p.state] : [], p.kind === "member-state" ? "member State" : p.organisationType, true));
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : 1));
}

/**
 * The entries a filter matches, best first: a code typed whole (`jp`, `jpn`), then names that
 * start with it, then names with a word that does, then names or codes that contain it.
 * Within each rank, the list's own order (by name).
 */
export function filterEntries(entries: readonly PartnerEntry[], filter: string): PartnerEntry[] {
  const f = filter.trim().toLowerCase();
  if (!f) return [...entries];
  const codes: PartnerEntry[] = [];
  const names: PartnerEntry[] = [];
  const words: PartnerEntry[] = [];
  const anywhere: PartnerEntry[] = [];
  for (const e of entries) {
    const m = e.match;
    if (m.codes.includes(f)) codes.push(e);
    else if (m.name.startsWith(f)) names.push(e);
    else if (m.words.some((w) => w.startsWith(f))) words.push(e);
    else if (m.name.includes(f) || m.codes.some((c) => c.includes(f))) anywhere.push(e);
  }
  return [...codes, ...names, ...words, ...anywhere];
}
