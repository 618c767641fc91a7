// Where each State stands on a day — for one instrument, or by its count of fundamental
// Conventions — and how that changed year by year: the figures behind the world map and the
// timeline. Pure functions of (dataset, instrument or category, date).
import { type Count, type CountReason, CountTally, countIncludes, countOf } from "./certainty.js";
import { everIn } from "./coverage.js";
import { indexOf } from "./dataset-index.js";
import { firstDay, type IsoDate, lastDay, type PartialDate, yearOf } from "./dates.js";
import { adoptedBy, categoryOn, instrumentCounts, ratificationSummary, type StatusOn, statusOnDay } from "./derive.js";
import type { CountryCode, InstrumentCode } from "./ids.js";
import type { Dataset, MemberState } from "./records.js";

/** Whether a State was an ILO member on a day: yes, not yet, or open (its admission is known to the year or month). */
export type Membership = "member" | "not-yet" | "open";

/**
 * A State's membership on `asOf` from `memberSince` (by the happenedBy rule). A State whose
 * admission date is not recorded is taken as a member: the record lists it as one.
 */
export function membershipOn(state: MemberState, asOf: IsoDate): Membership {
  if (state.memberSince === undefined) return "member";
  if (lastDay(state.memberSince) <= asOf) return "member";
  if (firstDay(state.memberSince) > asOf) return "not-yet";
  return "open";
}

/**
 * A State's standing with one instrument on a day, as the map colours it:
 * - `in-force`, `not-in-force` (ratified, not yet or no longer in force), `denounced`,
 *   `abrogated` (the instrument was abrogated or withdrawn for it): decided by the records;
 * - `not-ratified`: a member that had not ratified it by that day;
 * - `uncertain`: a date known only to the year or month leaves the day open (`possible` lists what it may be);
 * - `not-member`: not an ILO member yet on that day.
 */
export type MapStatus = "in-force" | "not-in-force" | "denounced" | "abrogated" | "not-ratified" | "uncertain" | "not-member";

/** Every map status, in the legend's order. */
export const MAP_STATUSES: readonly MapStatus[] = [
  "in-force",
  "not-in-force",
  "denounced",
  "abrogated",
  "uncertain",
  "not-ratified",
  "not-member",
];

/** The decided statuses a State may have when it is `uncertain`. */
export type DecidedMapStatus = Exclude<MapStatus, "uncertain">;

export interface InstrumentMapRow {
  state: CountryCode;
  status: MapStatus;
  /** Every status the State may have that day (one when decided). */
  possible: DecidedMapStatus[];
  /** The registration date as the record gives it, when there is a ratification registered (or possibly registered) by the day. */
  registeredOn: PartialDate | null;
  /** The day (or month, year) the status in effect began, when the records give it. */
  since: string | null;
  /** True when the status follows from the standard final articles rather than the history. */
  derived: boolean;
  /** Why the status is uncertain; empty when decided. */
  reasons: CountReason[];
}

export interface InstrumentMap {
  instrument: InstrumentCode;
  asOf: IsoDate;
  /** One row per member State, in alpha-2 order. */
  rows: InstrumentMapRow[];
  /** How many States stand in each status: low counts those decided, high adds those that may. */
  counts: Record<DecidedMapStatus, Count>;
  /** States with an uncertain status (exact: the number of rows shown as uncertain). */
  uncertain: number;
}

function decided(s: StatusOn): DecidedMapStatus {
  switch (s) {
    case "not-yet-ratified":
      return "not-ratified";
    case "withdrawn":
      return "abrogated";
    default:
      return s;
  }
}

const DECIDED: readonly DecidedMapStatus[] = MAP_STATUSES.filter((s): s is DecidedMapStatus => s !== "uncertain");

function sortedStates(dataset: Dataset): MemberState[] {
  return [...dataset.memberStates].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Why a State's membership on a day is open; only asked when its admission date is known to a month or year. */
function membershipReason(state: MemberState, instrument: InstrumentCode): CountReason {
  const since = state.memberSince;
  if (since === undefined) throw new Error(`${state.code}'s membership is open though it has no admission date`);
  return { kind: "date-open", state: state.code, instrument, what: "status", date: since, from: firstDay(since), to: lastDay(since) };
}

/** Each member State's standing with an instrument on `asOf`, and how many stand in each status. */
export function instrumentMap(dataset: Dataset, code: InstrumentCode, asOf: IsoDate): InstrumentMap {
  const idx = indexOf(dataset);
  const byState = new Map((idx.ratificationsByInstrument.get(code) ?? []).map((r) => [r.state as string, r]));
  const rows: InstrumentMapRow[] = sortedStates(dataset).map((state) => {
    const membership = membershipOn(state, asOf);
    const r = byState.get(state.code);
    const day = r ? statusOnDay(dataset, r, asOf) : null;
    if (!r || !day || day.registered === "no") {
      if (membership === "not-yet") return { state: state.code, status: "not-member", possible: ["not-member"], registeredOn: null, since: state.memberSince ?? null, derived: false, reasons: [] };
      if (membership === "open") {
        return { state: state.code, status: "uncertain", possible: ["not-member", "not-ratified"], registeredOn: null, since: state.memberSince ?? null, derived: false, reasons: [membershipReason(state, code)] };
      }
      return { state: state.code, status: "not-ratified", possible: ["not-ratified"], registeredOn: null, since: null, derived: false, reasons: [] };
    }
    const possible = [...new Set(day.possible.map(decided))];
    const since = day.step ? (day.step.derived ? day.step.from : day.step.date) : r.registeredOn;
    const [only] = possible;
    const status: MapStatus = possible.length > 1 || only === undefined ? "uncertain" : only;
    return { state: state.code, status, possible, registeredOn: r.registeredOn, since, derived: day.derived, reasons: possible.length > 1 ? day.open : [] };
  });
  return { instrument: code, asOf, rows, counts: tallyMapRows(rows), uncertain: rows.filter((r) => r.status === "uncertain").length };
}

/** How many of the rows stand in each status: an uncertain row may be in each of its possible ones. */
function tallyMapRows(rows: readonly InstrumentMapRow[]): Record<DecidedMapStatus, Count> {
  const tallies = Object.fromEntries(DECIDED.map((s) => [s, new CountTally()])) as Record<DecidedMapStatus, CountTally>;
  for (const row of rows) {
    for (const s of row.possible) {
      const [reason] = row.reasons;
      if (row.status === "uncertain" && reason) tallies[s].possible(reason);
      else if (row.status === "uncertain") throw new Error(`${row.state}'s uncertain standing has no reason`);
      else tallies[s].certain();
    }
  }
  return Object.fromEntries(DECIDED.map((s) => [s, tallies[s].close(null)])) as Record<DecidedMapStatus, Count>;
}

export interface InstrumentMapRegion {
  region: MemberState["region"];
  /** The region's member States' rows, in alpha-2 order. */
  rows: InstrumentMapRow[];
  counts: Record<DecidedMapStatus, Count>;
}

/** An instrument map's rows grouped by ILO region (in name order), with each region's counts. */
export function instrumentMapByRegion(dataset: Dataset, map: InstrumentMap): InstrumentMapRegion[] {
  const idx = indexOf(dataset);
  const groups = new Map<MemberState["region"], InstrumentMapRow[]>();
  for (const row of map.rows) {
    const region = idx.memberStates.get(row.state)?.region;
    if (!region) continue;
    const list = groups.get(region);
    if (list) list.push(row);
    else groups.set(region, [row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([region, rows]) => ({ region, rows, counts: tallyMapRows(rows) }));
}

export interface FundamentalMapRow {
  state: CountryCode;
  /** Null when the State was not an ILO member yet on the day. */
  fundamental: Count | null;
  /** The fundamental Conventions adopted by the day (8 before 2022-06-10, then 10). */
  available: number;
  membership: Membership;
}

export interface FundamentalMap {
  asOf: IsoDate;
  /** The fundamental Conventions that existed on the day: the classes run 0…available. */
  available: number;
  rows: FundamentalMapRow[];
  /** For each class 0…available: how many member States certainly have that count (low), and may have it (high). */
  classes: Count[];
  /** States not yet members on the day. */
  notMember: number;
}

/**
 * Each member State's count of the fundamental Conventions in force as a category on `asOf`
 * (0–10; 0–8 before 2022-06-10), as a Count: a range stays a range.
 */
export function fundamentalMap(dataset: Dataset, asOf: IsoDate): FundamentalMap {
  let available = 0;
  for (const ins of indexOf(dataset).conventions) {
    if (adoptedBy(ins, asOf) && categoryOn(ins, asOf) === "fundamental") available += 1;
  }
  const rows: FundamentalMapRow[] = sortedStates(dataset).map((state) => {
    const membership = membershipOn(state, asOf);
    if (membership === "not-yet") return { state: state.code, fundamental: null, available, membership };
    const s = ratificationSummary(dataset, state.code, asOf);
    return { state: state.code, fundamental: s.byCategory.fundamental, available: s.available.fundamental, membership };
  });
  const classes: Count[] = [];
  for (let k = 0; k <= available; k++) {
    let low = 0;
    let high = 0;
    const reasons: CountReason[] = [];
    for (const r of rows) {
      if (!r.fundamental) continue;
      const f = r.fundamental;
      if (f.certainty === "exact" && f.low === k) low += 1;
      if (countIncludes(f, k) && !(f.certainty === "exact" && f.low === k)) {
        high += 1;
        if (f.reasons[0]) reasons.push(f.reasons[0]);
      }
    }
    classes.push(countOf(low, low + high, reasons));
  }
  return { asOf, available, rows, classes, notMember: rows.filter((r) => r.fundamental === null).length };
}

/** The day a timeline reads for a year: its last day, or `asOf` in the year of `asOf`. */
export function timelineDay(year: number, asOf: IsoDate): IsoDate {
  return year >= yearOf(asOf) ? asOf : (`${String(year).padStart(4, "0")}-12-31` as IsoDate);
}

export interface TimelinePoint {
  year: number;
  /** The day the point is read for (31 December, or the chosen date in its own year). */
  day: IsoDate;
  /** States that had ratified by that day (whatever their status since). */
  ratified: Count;
  /** Of those, in force that day. */
  inForce: Count;
}

export interface InstrumentTimeline {
  instrument: InstrumentCode;
  title: string;
  yearAdopted: number;
  points: TimelinePoint[];
}

/** For an instrument, per year from its adoption to the year of `asOf`: how many States had ratified it and had it in force. */
export function instrumentTimeline(dataset: Dataset, code: InstrumentCode, asOf: IsoDate): InstrumentTimeline | null {
  const ins = indexOf(dataset).instruments.get(code);
  if (!ins) return null;
  const list = indexOf(dataset).ratificationsByInstrument.get(code) ?? [];
  const points: TimelinePoint[] = [];
  for (let year = ins.yearAdopted; year <= yearOf(asOf); year++) {
    const day = timelineDay(year, asOf);
    const { count, inForce } = instrumentCounts(dataset, ins, list, day);
    points.push({ year, day, ratified: count, inForce });
  }
  return { instrument: ins.code, title: ins.title, yearAdopted: ins.yearAdopted, points };
}

/** One series per instrument ever classified fundamental (C155 and C187 included), for the fundamental category's timeline. */
export function fundamentalTimeline(dataset: Dataset, asOf: IsoDate): InstrumentTimeline[] {
  return indexOf(dataset)
    .conventions.filter((ins) => everIn(ins, "fundamental"))
    .sort((a, b) => a.yearAdopted - b.yearAdopted || (a.code < b.code ? -1 : 1))
    .flatMap((ins) => instrumentTimeline(dataset, ins.code, asOf) ?? []);
}

/** The States whose map status differs between two maps of the same instrument. */
export function mapChanges(a: InstrumentMap, b: InstrumentMap): CountryCode[] {
  const before = new Map(a.rows.map((r) => [r.state as string, r.status]));
  return b.rows.filter((r) => before.get(r.state) !== r.status).map((r) => r.state);
}
