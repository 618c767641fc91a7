// Other States' ratification rows from ratifications-by-instrument.csv: one record per State and
// instrument, from the most reliable source tier that has the row. China's rows are skipped here
// (China's records come from the China files, with their own evidence table).
import { ratificationKey } from "@partnership-atlas/core";
import { cell, present } from "../csv.js";
import type { EvidenceIn, RatificationIn, SourceIn } from "./types.js";

export interface Known {
  instruments: Set<string>;
  states: Set<string>;
  yearAdopted: Map<string, number>;
}

type Row = Record<string, string>;

/** Source tiers, most reliable first (SOURCES.md, "Reliability of source_kind"). */
const TIERS = ["NORMLEX", "ILOLEX", "NL treaty database", "copy of ILO list", "secondary (Wikipedia table)"];
const tierOf = (row: Row) => {
  const i = TIERS.findIndex((t) => cell(row, "source_kind").startsWith(t));
  return i < 0 ? TIERS.length : i;
};
const isPrimary = (row: Row) => tierOf(row) <= 1;

/** The keyed source (N01–N13, W01) a row comes from. */
function sourceKey(row: Row): string {
  const kind = cell(row, "source_kind");
  if (kind.startsWith("secondary (Wikipedia")) return "w01";
  if (kind.startsWith("ILOLEX")) return "n08";
  if (kind.startsWith("copy of ILO list")) return row.instrument === "C007" ? "n09" : "n10";
  if (kind.startsWith("NL treaty")) return row.instrument === "C011" ? "n11" : "n12";
  const normlex: Record<string, string> = { C098: "n01", C167: "n02", C170: "n03", C140: "n04", C146: "n05", C097: "n06", C135: "n07" };
  const key = normlex[cell(row, "instrument")];
  if (!key) throw new Error(`no source key for ${row.instrument} from ${kind}`);
  return key;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number | string) => String(n).padStart(2, "0");

/** A denunciation date written in any of the forms the source pages use, or null. */
export function denunciationDate(note: string): string | null {
  let m = /effective (\d{4}-\d{2}-\d{2})/.exec(note);
  if (m?.[1]) return m[1];
  m = /(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})/.exec(note);
  if (m?.[1] && m[2]) return `${m[3]}-${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}-${pad(m[1])}`;
  m = /(\d{2})[./](\d{2})[./](\d{4})/.exec(note);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})/.exec(note);
  if (m?.[1] && m[2]) return `${m[3]}-${pad(MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1)}-${pad(m[2])}`;
  return null;
}

const addYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

export function otherRatifications(
  rows: Row[],
  known: Known,
): { ratifications: RatificationIn[]; sources: SourceIn[]; skipped: string[] } {
  const skipped: string[] = [];
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    if (row.iso2 === "CN") continue;
    const key = ratificationKey(cell(row, "iso2"), cell(row, "instrument"));
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const registered = new Map<string, string>();
  for (const [key, list] of groups) registered.set(key, cell(present([...list].sort((a, b) => tierOf(a) - tierOf(b))[0], `row for ${key}`), "ratified_on"));

  const out: RatificationIn[] = [];
  for (const [key, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [best, ...others] = [...list].sort((a, b) => tierOf(a) - tierOf(b));
    const row = present(best, `row for ${key}`);
    const state = cell(row, "iso2");
    const instrument = cell(row, "instrument");
    if (!known.states.has(state) || !known.instruments.has(instrument)) {
      skipped.push(`${key}: unknown State or instrument`);
      continue;
    }
    const registeredOn = cell(row, "ratified_on");
    if (Number(registeredOn.slice(0, 4)) < (known.yearAdopted.get(instrument) ?? 0)) {
      skipped.push(`${key}: ratified (${registeredOn}) before the instrument's year of adoption`);
      continue;
    }
    const evidence: EvidenceIn = isPrimary(row) ? "verified" : "secondary";
    const src = sourceKey(row);
    const hint = cell(row, "page_snapshot_hint").slice(0, 300);
    const sources = [{ source: src, locator: `${row.country}: ${hint}`.slice(0, 500) }];
    for (const o of others) sources.push({ source: sourceKey(o), locator: `${o.country} (${o.status}) ${o.note}`.slice(0, 500) });
    const notes = [row.note, ...others.map((o) => `${o.source_kind}: ${o.status}${o.note ? `; ${o.note}` : ""}`)].filter(Boolean);
    const status = cell(row, "status");
    let history: RatificationIn["history"];
    const inForce = (ev: EvidenceIn, note?: string) => ({
      status: "in-force" as const,
      from: registeredOn,
      evidence: ev,
      sources: [{ source: src }],
      ...(note ? { note } : {}),
    });
    if (status === "in force") history = [inForce(evidence)];
    else if (status === "in force (2011)") history = [inForce(evidence, "In force as at 6 May 2011, the date of the list copied.")];
    else if (/^(ratified|no denunciation recorded)/.test(status)) {
      history = [inForce("unverified", `The source shows the ratification (${status}), not whether it is in force.`)];
    } else if (status === "not in force" && !/Denunciation/.test(cell(row, "note"))) {
      history = [
        { status: "not-in-force", from: registeredOn, evidence, sources: [{ source: src }] },
        {
          status: "in-force",
          from: addYear(registeredOn),
          evidence: "derived",
          sources: [{ source: src }],
          note: "A Convention enters into force for a State twelve months after registration.",
        },
      ];
    } else if (status === "denounced" || status === "not in force") {
      const on = denunciationDate(cell(row, "note"));
      if (!on || on < registeredOn) {
        skipped.push(`${key}: denounced, but no usable denunciation date in "${row.note}"`);
        continue;
      }
      const by = /MLC, 2006/.test(cell(row, "note")) ? "MLC2006" : /C138/.test(cell(row, "note")) ? "C138" : undefined;
      const byDate = by ? registered.get(ratificationKey(state, by)) : undefined;
      const automatic = by !== undefined && byDate !== undefined && byDate <= on;
      history = [
        inForce(evidence === "verified" ? "verified" : "secondary"),
        {
          status: "denounced",
          from: on,
          ...(automatic ? { automaticBy: by } : {}),
          evidence,
          sources: [{ source: src }],
          ...(by && !automatic ? { note: `Automatic, on ratification of ${by === "MLC2006" ? "MLC, 2006" : by}; that ratification is not in the data.` } : {}),
        },
      ];
    } else {
      skipped.push(`${key}: status "${status}" not understood`);
      continue;
    }
    if (instrument === "C015" && history.at(-1)?.status !== "denounced") {
      // The ILC abrogated C015 in June 2017 (s04); a ratification still standing then ended with it.
      history = [
        ...history,
        { status: "abrogated", from: "2017-06", evidence: "derived", sources: [{ source: "s04" }, { source: src }] },
      ] as RatificationIn["history"];
    }
    out.push({
      state,
      instrument,
      registeredOn,
      history,
      evidence,
      sources,
      ...(notes.length ? { note: notes.join(" | ").slice(0, 4000) } : {}),
    });
  }
  return { ratifications: out, sources: [], skipped };
}
