// Every member State: the comparative table of the fundamental instruments (years only), the
// extra full-date rows, admission dates, and the coverage records that say what is complete.
// A row that describes a ratification already in the data is merged: agreeing dates keep the
// more precise one and both sources; disagreeing dates are kept as reportedDates, which
// validation reports as a warning for a curator (never a silent pick).
import { ratificationKey } from "@partnership-atlas/core";
import { cell, present } from "../csv.js";
import type { CoverageIn, EvidenceIn, MemberStateIn, RatificationIn, SourceIn } from "./types.js";

type Row = Record<string, string>;
type History = RatificationIn["history"];

/** The comparative table's source: a third-party copy of a NORMLEX page, so secondary. */
export const COMPARATIVE_SOURCE: SourceIn = {
  id: "normlex-fundamental-comparative",
  title: "Ratification comparative data: Fundamental Conventions (NORMLEX), as scraped into ILO_Conventions.csv",
  publisher: "GitHub LavanyaVaidya/ILO_Conventions_Data_Automation (a copy of a NORMLEX table)",
  kind: "secondary",
  url: "https://github.com/LavanyaVaidya/ILO_Conventions_Data_Automation",
  note: "Year of registration of the 11 fundamental instruments for all 187 member States ('YYYYden.:YYYY' where denounced). Its latest registration is 2026-06-04; the scrape was committed 2026-07-10. Not checked against the live NORMLEX site.",
};

export const FUNDAMENTAL_CODES = ["C087", "C098", "C029", "P029", "C105", "C100", "C111", "C138", "C182", "C155", "C187"];

const key = ratificationKey;

/** Whether two dates of any precision can mean the same day (a year agrees with any day in it). */
export function datesAgree(a: string, b: string): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  return long.startsWith(short);
}

/**
 * Merges a row's registration date and source into an existing record: agreeing dates keep the
 * more precise date and add the source; a disagreeing date is kept as a reported date.
 */
export function mergeInto(existing: RatificationIn, date: string, source: string, locator: string): "agreed" | "conflict" {
  if (datesAgree(existing.registeredOn, date)) {
    if (date.length > existing.registeredOn.length) existing.registeredOn = date;
    if (!existing.sources.some((s) => s.source === source && s.locator === locator)) existing.sources.push({ source, locator });
    return "agreed";
  }
  existing.reportedDates = [...(existing.reportedDates ?? []), { date, source, locator }];
  return "conflict";
}

export interface MergeReport {
  added: number;
  agreed: number;
  conflicts: string[];
  skipped: string[];
}

/** Records (or merges) the comparative table's cells. */
export function mergeComparative(rows: Row[], byKey: Map<string, RatificationIn>, states: Set<string>): MergeReport {
  const report: MergeReport = { added: 0, agreed: 0, conflicts: [], skipped: [] };
  for (const row of rows) {
    const state = cell(row, "iso2");
    if (!states.has(state)) {
      report.skipped.push(`${state}: not a member State in member-states.csv`);
      continue;
    }
    for (const code of FUNDAMENTAL_CODES) {
      const cell = (row[code] ?? "").trim();
      if (!cell) continue;
      const m = /^(\d{4})(?:den\.:(\d{4}))?$/.exec(cell);
      const year = m?.[1];
      const denounced = m?.[2];
      if (!year) {
        report.skipped.push(`${state}-${code}: cell "${cell}" not understood`);
        continue;
      }
      const locator = `${row.country}, ${code}: ${cell}`;
      const existing = byKey.get(key(state, code));
      if (existing) {
        if (mergeInto(existing, year, COMPARATIVE_SOURCE.id, locator) === "agreed") report.agreed += 1;
        else report.conflicts.push(`${state}-${code}: ${existing.registeredOn} vs ${year}`);
        continue;
      }
      const sources = [{ source: COMPARATIVE_SOURCE.id, locator }];
      const history: History = denounced ? [{ status: "denounced", from: denounced, evidence: "secondary", sources }] : [];
      byKey.set(key(state, code), {
        state,
        instrument: code,
        registeredOn: year,
        history,
        evidence: "secondary",
        sources,
        note: "Year of registration from NORMLEX's comparative table (a third-party copy); the day is not known. Entry into force follows the standard final articles unless the history says otherwise.",
      });
      report.added += 1;
    }
  }
  return report;
}

const ILO_HOST = /(^|\.)ilo\.(org|ch|int)$/;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** One source per distinct page of ratifications-extra.csv, in order of first appearance. */
function extraSources(rows: Row[]): Map<string, SourceIn> {
  const out = new Map<string, SourceIn>();
  for (const row of rows) {
    const url = cell(row, "source_url");
    if (out.has(url)) continue;
    const host = hostOf(url);
    const primary = host !== null && ILO_HOST.test(host);
    out.set(url, {
      id: `rx-${String(out.size + 1).padStart(2, "0")}`,
      title: `${row.source_kind} (as of ${row.source_as_of})`.slice(0, 500),
      publisher: primary ? "ILO (NORMLEX)" : (host ?? "unknown"),
      kind: primary ? "primary" : "secondary",
      ...(host ? { url } : {}),
      note: `A page behind ratifications-extra.csv.${host ? "" : ` ${url}`}`.slice(0, 2000),
    });
  }
  return out;
}

/** The full-date (or year) rows of ratifications-extra.csv, merged into the records. */
export function mergeExtras(
  rows: Row[],
  byKey: Map<string, RatificationIn>,
  known: { states: Set<string>; instruments: Set<string> },
): MergeReport & { sources: SourceIn[]; sourceOf: (url: string) => string } {
  const report: MergeReport = { added: 0, agreed: 0, conflicts: [], skipped: [] };
  const sources = extraSources(rows);
  for (const row of rows) {
    const state = cell(row, "iso2");
    const code = cell(row, "instrument");
    if (!known.states.has(state) || !known.instruments.has(code)) {
      report.skipped.push(`${state}-${code}: unknown State or instrument`);
      continue;
    }
    const src = present(sources.get(cell(row, "source_url")), `source for ${cell(row, "source_url")}`);
    const evidence: EvidenceIn = src.kind === "primary" ? "verified" : "secondary";
    const registeredOn = cell(row, "registered_on");
    const locator = `${state} ${code}: ${registeredOn} ${row.status}${row.status_date ? ` ${row.status_date}` : ""}`.slice(0, 500);
    const existing = byKey.get(key(state, code));
    if (existing) {
      if (mergeInto(existing, registeredOn, src.id, locator) === "agreed") report.agreed += 1;
      else report.conflicts.push(`${state}-${code}: ${existing.registeredOn} vs ${registeredOn} (${src.id})`);
      continue;
    }
    const refs = [{ source: src.id }];
    let history: History;
    switch (row.status) {
      case "in_force":
        history = [{ status: "in-force", from: registeredOn, evidence, sources: refs }];
        break;
      case "ratified":
      case "not_yet_in_force":
        // The page shows the ratification, not its status: the final articles give it (derived).
        history = [];
        break;
      case "abrogated":
        history = [{ status: "abrogated", from: cell(row, "status_date"), evidence, sources: refs }];
        break;
      case "denounced": {
        if (!row.status_date || row.status_date < registeredOn) {
          report.skipped.push(`${state}-${code}: denounced without a usable date`);
          continue;
        }
        history = [
          {
            status: "denounced",
            from: row.status_date,
            ...(row.automatic_by ? { automaticBy: row.automatic_by } : {}),
            evidence,
            sources: refs,
          },
        ];
        break;
      }
      default:
        report.skipped.push(`${state}-${code}: status "${row.status}" not understood`);
        continue;
    }
    byKey.set(key(state, code), {
      state,
      instrument: code,
      registeredOn,
      history,
      evidence,
      sources: [{ source: src.id, locator }],
      ...(row.note ? { note: row.note.slice(0, 4000) } : {}),
    });
    report.added += 1;
  }
  // An automatic denunciation needs the denouncing ratification in the data; otherwise its cause goes in a note.
  for (const r of byKey.values()) {
    for (const h of r.history) {
      if (h.status === "denounced" && h.automaticBy && !byKey.has(key(r.state, h.automaticBy))) {
        h.note = `Automatic, on ratification of ${h.automaticBy}; that ratification is not in the data.`;
        delete h.automaticBy;
      }
    }
  }
  return { ...report, sources: [...sources.values()], sourceOf: (url) => present(sources.get(url), `source for ${url}`).id };
}

/** Fills memberSince from membership-dates.csv where member-states.csv has none; a disagreement is noted, not picked. */
export function mergeMembership(states: MemberStateIn[], rows: Row[]): { filled: number; agreed: number; disagreed: string[] } {
  const dates = new Map(rows.map((r) => [cell(r, "iso2"), r]));
  const out = { filled: 0, agreed: 0, disagreed: [] as string[] };
  for (const s of states) {
    const row = dates.get(s.code);
    if (!row?.date_of_admission) continue;
    const date = row.date_of_admission;
    if (s.memberSince === undefined) {
      s.memberSince = date;
      s.fieldEvidence = { ...(s.fieldEvidence ?? {}), memberSince: "secondary" };
      if (!s.sources.some((r) => r.source === "m03")) s.sources.push({ source: "m03", field: "memberSince" });
      if (row.note) s.note = [s.note, row.note].filter(Boolean).join(". ");
      out.filled += 1;
    } else if (datesAgree(s.memberSince, date)) out.agreed += 1;
    else {
      out.disagreed.push(`${s.code}: ${s.memberSince} vs ${date}`);
      s.note = [s.note, `The Wikipedia list gives ${date} for admission.`].filter(Boolean).join(" ");
    }
  }
  return out;
}

/** What the records hold completely, and the sources that say so. */
export function coverageRecords(c189Source: string | null): CoverageIn[] {
  const out: CoverageIn[] = [
    {
      id: "all-members-fundamental",
      scope: { states: { kind: "all-members" }, instruments: { kind: "category", category: "fundamental" } },
      completeAsOf: "2026-06-04",
      evidence: "secondary",
      sources: [{ source: COMPARATIVE_SOURCE.id }],
      note: "NORMLEX's comparative table lists every member State's registrations of the 11 fundamental instruments; its latest registration is 2026-06-04, so it is complete up to that day. Years only.",
    },
    {
      id: "cn-all",
      scope: { states: { kind: "list", codes: ["CN"] }, instruments: { kind: "all" } },
      completeAsOf: "2022-08-13",
      evidence: "secondary",
      sources: [{ source: "c10" }, { source: "c03" }],
      note: "China's whole list: the PARDEV page (c10) gives 26 Conventions before August 2022, and China Daily (c03, 13 August 2022) reports the two registered on 12 August 2022 (C029, C105), which makes 28. No later source lists China's ratifications in full, so nothing after 13 August 2022 is known to be complete.",
    },
  ];
  if (c189Source) {
    out.push({
      id: "all-members-c189",
      scope: { states: { kind: "all-members" }, instruments: { kind: "list", codes: ["C189"] } },
      completeAsOf: "2020-10-05",
      evidence: "secondary",
      sources: [{ source: c189Source }],
      note: "The Swiss treaty register (a mirror) lists every State party to C189 as of 2020-10-05 (30 States).",
    });
  }
  return out;
}
