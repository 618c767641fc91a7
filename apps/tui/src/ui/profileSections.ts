// The sections of a profile screen, as rows taken from core's partnerProfile. Formats only.
import { type ClaimStatus, type CollectionName, type PartnerProfile, recordKey } from "@partnership-atlas/core";
import { claimMark, formatClaimValue, formatMoney, formatMoneyBounds, formatPartialDate, formatPeriod, rowStatusText } from "../format.js";

export interface SectionRow {
  collection: CollectionName;
  key: string;
  text: string;
  mark?: ClaimStatus;
}

export interface Section {
  label: string;
  collection: CollectionName;
  summary: string;
  rows: SectionRow[];
}

/** The sections of a profile: all of them for a curated partner, else ratifications and any section with records. */
export function profileSections(p: PartnerProfile): Section[] {
  const all = allSections(p);
  return p.curated ? all : all.filter((s) => s.collection === "ratifications" || s.rows.length > 0);
}

function allSections(p: PartnerProfile): Section[] {
  const r = p.ratifications;
  const c = p.contributions;
  const drifted = p.headline.driftedClaims;
  return [
    {
      label: "Ratifications",
      collection: "ratifications",
      summary: r
        ? `${r.rows.length} ratifications by ${p.asOf}, oldest first; Enter opens one`
        : "Not a member State: no ratifications.",
      rows: (r?.rows ?? []).map((row) => ({
        collection: "ratifications",
        key: recordKey("ratifications", row.ratification),
        text: `${row.instrument.padEnd(7)} ${row.category.slice(0, 5).padEnd(5)} ${formatPartialDate(row.registeredOn).padEnd(11)} ${rowStatusText(row)}  ${row.title}`,
      })),
    },
    {
      label: "Money",
      collection: "contributions",
      summary: `Contributions: ${c.totals.length ? c.totals.map(formatMoneyBounds).join(" + ") : "none recorded"}${c.approximate ? " (some approximate)" : ""}${c.overlaps.length ? `; ${c.overlaps.length} overlapping periods` : ""}`,
      rows: c.contributions.map((x) => ({
        collection: "contributions",
        key: x.id,
        text: `${formatPeriod(x.period)}  ${formatMoney(x.money)}${x.approximate ? " ≈" : ""}  ${x.channel}`,
      })),
    },
    {
      label: "Agreements",
      collection: "agreements",
      summary: `${p.agreements.length} agreements signed by ${p.asOf}`,
      rows: p.agreements.map((a) => ({ collection: "agreements", key: a.id, text: `${formatPartialDate(a.signedOn).padEnd(11)} ${a.title}` })),
    },
    {
      label: "Projects",
      collection: "projects",
      summary: `${p.projects.length} projects started by ${p.asOf}`,
      rows: p.projects.map((x) => ({ collection: "projects", key: x.id, text: `${x.status.padEnd(9)} ${x.modality.padEnd(12)} ${x.title}` })),
    },
    {
      label: "Programmes",
      collection: "countryProgrammes",
      summary: `${p.countryProgrammes.length} Decent Work Country Programmes`,
      rows: p.countryProgrammes.map((x) => ({
        collection: "countryProgrammes",
        key: x.programme.id,
        text: `${formatPeriod(x.programme.period).padEnd(9)}${x.current ? " current" : "        "} ${x.programme.title}`,
      })),
    },
    {
      label: "Claims",
      collection: "claims",
      summary: `${p.claims.length} claims, ${drifted} drifted or wrong as of ${p.asOf}`,
      rows: p.claims.map((x) => ({
        collection: "claims",
        key: x.id,
        mark: x.status,
        text: `${claimMark(x.status)} stated ${formatClaimValue(x.values.stated)}, records ${x.values.onAsOf === null ? "—" : formatClaimValue(x.values.onAsOf)}: ${x.claim.text}`,
      })),
    },
  ];
}
