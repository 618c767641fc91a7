// What a map address asks for: `?instrument=C187` or `?category=fundamental` (the default), on
// `?asOf=YYYY-MM-DD` or at the end of `?year=YYYY`. One parser for the page, the embed page and
// the SVG/PNG downloads, so a permalink means the same everywhere.
import { type IsoDate, IsoDate as IsoDateSchema, yearOf } from "@partnership-atlas/core";
import { z } from "zod";
import { fromURLSearchParams, InstrumentCodeParam, one, parseParam, type SearchParams } from "@/lib/params";

export const YearParam = z.coerce
  .number({ error: "must be a year such as 2021" })
  .int({ error: "must be a whole year such as 2021" })
  .min(1919, { error: "must be 1919 or later (the ILO's first year)" })
  .max(2100, { error: "must be 2100 or earlier" })
  .optional()
  .describe("Show the map at the end of this year (today, in the current year).");

export const MapCategoryParam = z
  .literal("fundamental", { error: "must be fundamental" })
  .optional()
  .describe("Colour each State by how many fundamental Conventions it had ratified.");

export type MapSubject = { kind: "instrument"; code: string } | { kind: "fundamental" };

export interface MapQuery {
  subject: MapSubject;
  asOf: IsoDate;
  /** True when the address chose the date (asOf or year), false for today. */
  explicit: boolean;
  /** What could not be read, by parameter; the map falls back to the default for it. */
  issues: { parameter: "instrument" | "category" | "asOf" | "year"; value: string; message: string }[];
}

/** The day a year means on the map: its last day, or today in the current year (and after). */
export function dayOfYear(year: number, today: IsoDate): IsoDate {
  return year >= yearOf(today) ? today : IsoDateSchema.parse(`${year}-12-31`);
}

export function parseMapQuery(sp: SearchParams, today: IsoDate): MapQuery {
  const issues: MapQuery["issues"] = [];
  let subject: MapSubject = { kind: "fundamental" };
  const rawInstrument = one(sp.instrument);
  if (rawInstrument !== undefined) {
    const r = parseParam("instrument", InstrumentCodeParam, rawInstrument.toUpperCase());
    if (r.ok) subject = { kind: "instrument", code: r.value };
    else issues.push({ parameter: "instrument", value: rawInstrument, message: r.issue.message });
  } else {
    const r = parseParam("category", MapCategoryParam, one(sp.category));
    if (!r.ok) issues.push({ parameter: "category", value: String(one(sp.category)), message: r.issue.message });
  }
  let asOf = today;
  let explicit = false;
  const rawAsOf = one(sp.asOf);
  const rawYear = one(sp.year);
  if (rawAsOf !== undefined) {
    const r = parseParam("asOf", IsoDateSchema, rawAsOf);
    if (r.ok) {
      asOf = r.value;
      explicit = true;
    } else issues.push({ parameter: "asOf", value: rawAsOf, message: r.issue.message });
  } else if (rawYear !== undefined) {
    const r = parseParam("year", YearParam, rawYear);
    if (r.ok && r.value !== undefined) {
      asOf = dayOfYear(r.value, today);
      explicit = true;
    } else if (!r.ok) issues.push({ parameter: "year", value: rawYear, message: r.issue.message });
  }
  return { subject, asOf, explicit, issues };
}

/** The query string of a view, as the permalink and downloads carry it (the date always pinned). */
export function mapQueryString(subject: MapSubject, asOf: IsoDate): string {
  const q = new URLSearchParams();
  if (subject.kind === "instrument") q.set("instrument", subject.code);
  else q.set("category", "fundamental");
  q.set("asOf", asOf);
  return q.toString();
}

/**
 * The view a map address names, for its cached route (`/map/view/C187/2021-01-01`), or null when
 * the address has a parameter it cannot read or names an instrument not in `known` (the
 * on-demand page then says so).
 */
export function mapView(sp: URLSearchParams, today: IsoDate, known: ReadonlySet<string>): { subject: string; date: IsoDate } | null {
  const query = parseMapQuery(fromURLSearchParams(sp), today);
  if (query.issues.length > 0) return null;
  if (query.subject.kind === "instrument" && !known.has(query.subject.code)) return null;
  return { subject: query.subject.kind === "instrument" ? query.subject.code : "fundamental", date: query.asOf };
}
