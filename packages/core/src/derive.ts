// Derived figures: pure functions of (dataset, asOf). Every count, sum and date rule lives here.
import {
  type AmountBounds,
  addCounts,
  type Count,
  type CountReason,
  type CountScope,
  CountTally,
  countIncludes,
  exactCount,
  isExact,
} from "./certainty.js";
import { type ContributionKind, kindOfChannel } from "./channels.js";
import { type DateWindow, incompleteness, registrationWindow } from "./coverage.js";
import { indexOf } from "./dataset-index.js";
import { addYears, compareDates, firstDay, happenedBy, type IsoDate, lastDay, type PartialDate, yearOf } from "./dates.js";
import { type ClaimId, type ContributionId, type CountryCode, type InstrumentCode, type PartnerId, partnerIdOfState } from "./ids.js";
import { compareDecimals, type DecimalString, type Money, sumDecimals } from "./money.js";
import {
  type Agreement,
  type Claim,
  type Contribution,
  type ContributionChannel,
  type CountryProgramme,
  type Dataset,
  EVIDENCE_ORDER,
  type Evidence,
  type Instrument,
  type InstrumentCategory,
  type MemberState,
  type Metric,
  type MetricParams,
  type Partner,
  type Project,
  type Ratification,
  type RatificationStatus,
  type RatificationStatusValue,
  type Source,
  type SourceRef,
  type Theme,
} from "./records.js";

/** The category an instrument is classified in on `date` (C155 is technical until 2022-06-09). */
export function categoryOn(instrument: Instrument, date: IsoDate | string): InstrumentCategory {
  for (const period of instrument.classification) {
    if ((period.from === undefined || period.from <= date) && (period.until === undefined || date <= period.until)) {
      return period.category;
    }
  }
  // Before the first recorded period: the earliest category applies.
  const first = instrument.classification[0];
  if (!first) throw new Error(`instrument ${instrument.code} has no classification period`);
  return first.category;
}

/** Whether the instrument existed (was adopted) by `date`. */
export function adoptedBy(instrument: Instrument, date: IsoDate | string): boolean {
  return instrument.yearAdopted <= yearOf(date);
}

export type StatusOn = RatificationStatusValue | "not-yet-ratified";

/** Whether a registration happened by a day: yes, no, or open (its date's span straddles the day). */
export type Registered = "yes" | "no" | "open";

/** One step of a ratification's status over time, with the span of days it may have started on. */
export interface StatusStep {
  status: RatificationStatusValue;
  from: IsoDate;
  to: IsoDate;
  /** The date as the record gives it (for a derived entry into force: the registration date). */
  date: PartialDate;
  /** True for the entry into force the standard final articles imply (not in the history). */
  derived: boolean;
  entry: RatificationStatus | null;
}

/**
 * A ratification's status steps: its history, preceded by the entry into force twelve months
 * after registration (standard final articles) when the history does not record one.
 */
export function statusSteps(dataset: Dataset, r: Ratification): StatusStep[] {
  const w = registrationWindow(dataset, r);
  const steps: StatusStep[] = r.history.map((h) => ({
    status: h.status,
    from: firstDay(h.from),
    to: lastDay(h.from),
    date: h.from,
    derived: false,
    entry: h,
  }));
  const first = r.history[0];
  if (first === undefined || (first.status !== "in-force" && first.status !== "not-in-force")) {
    const from = addYears(w.from, 1);
    if (first === undefined || from < firstDay(first.from)) {
      steps.unshift({ status: "in-force", from, to: addYears(w.to, 1), date: r.registeredOn, derived: true, entry: null });
    }
  }
  return steps;
}

/** What the records say of a ratification on a day. */
export interface StatusOnDay {
  registered: Registered;
  /** The status once every step dated by the day has certainly happened (the `happenedBy` rule). */
  status: StatusOn;
  /** The step in effect, null before any (registered, not yet in force). */
  step: StatusStep | null;
  /** True when the status comes from the standard final articles, not from the history. */
  derived: boolean;
  /** Every status the ratification may have that day (more than one when a date is open). */
  possible: StatusOn[];
  /** The open dates that make `possible` hold more than one status. */
  open: CountReason[];
}

/** A ratification's status on `asOf`, with what a date's precision leaves open. */
export function statusOnDay(dataset: Dataset, r: Ratification, asOf: IsoDate): StatusOnDay {
  const w = registrationWindow(dataset, r);
  const registered: Registered = w.to <= asOf ? "yes" : w.from > asOf ? "no" : "open";
  if (registered === "no") return { registered, status: "not-yet-ratified", step: null, derived: false, possible: ["not-yet-ratified"], open: [] };
  let step: StatusStep | null = null;
  const possible = new Set<StatusOn>();
  const open: CountReason[] = [];
  const steps = statusSteps(dataset, r);
  for (const s of steps) if (s.to <= asOf) step = s;
  possible.add(step?.status ?? "not-in-force");
  for (const s of steps) {
    if (s.from <= asOf && asOf < s.to) {
      possible.add(s.status);
      open.push({ kind: "date-open", state: r.state, instrument: r.instrument, what: s.derived ? "entry-into-force" : "status", date: s.date, from: s.from, to: s.to });
    }
  }
  const status: StatusOn = registered === "open" ? "not-yet-ratified" : (step?.status ?? "not-in-force");
  if (registered === "open") {
    possible.add("not-yet-ratified");
    open.unshift({ kind: "date-open", state: r.state, instrument: r.instrument, what: "registration", date: r.registeredOn, from: w.from, to: w.to });
  }
  return { registered, status, step, derived: step === null || step.derived, possible: [...possible], open };
}

/** A ratification's status on `asOf` by the happenedBy rule (see `statusOnDay` for what is open). */
export function statusOn(dataset: Dataset, r: Ratification, asOf: IsoDate): StatusOn {
  return statusOnDay(dataset, r, asOf).status;
}

export interface RatificationRow {
  instrument: InstrumentCode;
  title: string;
  kind: Instrument["kind"];
  category: InstrumentCategory;
  /** As the record gives it: a day, a month or a year. */
  registeredOn: PartialDate;
  /** The days the registration may mean, bounded by its source. */
  registeredBetween: DateWindow;
  /** "open" when the registration may fall after `asOf` (a "2022" on 2022-06-01). */
  registered: Exclude<Registered, "no">;
  /** The status by the happenedBy rule; "not-in-force" while registered and not yet in force. */
  status: RatificationStatusValue;
  /** True when the status follows from the standard final articles, not from the history. */
  statusDerived: boolean;
  /** Every status the row may have on `asOf` (one when nothing is open). */
  possibleStatuses: StatusOn[];
  statusFrom: string | null;
  automaticBy: InstrumentCode | null;
  evidence: Evidence;
  /** The weakest evidence of the ratification and its current status entry. */
  statusEvidence: Evidence;
  sources: SourceRef[];
  ratification: Ratification;
}

export interface CategoryCounts {
  fundamental: number;
  governance: number;
  technical: number;
}

export interface CategoryCertainCounts {
  fundamental: Count;
  governance: Count;
  technical: Count;
}

export interface StatusCounts {
  inForce: Count;
  notInForce: Count;
  denounced: Count;
  abrogated: Count;
  withdrawn: Count;
}

export interface RatificationSummary {
  state: CountryCode;
  asOf: IsoDate;
  /** Conventions ratified by `asOf`, whatever their status since (as NORMLEX counts them). */
  total: Count;
  /** Protocols ratified by `asOf`, counted apart as NORMLEX does. */
  protocols: Count;
  /** Ratified Conventions by the category in force on `asOf`. */
  byCategory: CategoryCertainCounts;
  /** Conventions adopted by `asOf` in each category (the "of 10" in "7 of 10 fundamental"). */
  available: CategoryCounts;
  /** Ratified instruments (Conventions and Protocols) by their status on `asOf`. */
  byStatus: StatusCounts;
  /** One row per instrument ratified (or possibly ratified) by `asOf`, in order of registration. */
  rows: RatificationRow[];
}

/** The weaker of several evidence levels (unverified is weakest). */
export function weakestEvidence(...levels: Evidence[]): Evidence {
  let worst: Evidence = "verified";
  for (const e of levels) if (EVIDENCE_ORDER.indexOf(e) > EVIDENCE_ORDER.indexOf(worst)) worst = e;
  return worst;
}

const STATUS_KEYS: [RatificationStatusValue, keyof StatusCounts][] = [
  ["in-force", "inForce"],
  ["not-in-force", "notInForce"],
  ["denounced", "denounced"],
  ["abrogated", "abrogated"],
  ["withdrawn", "withdrawn"],
];

const CATEGORIES: InstrumentCategory[] = ["fundamental", "governance", "technical"];

function scopeOf(state: CountryCode | null, instrument: InstrumentCode | null, category: InstrumentCategory | null): CountScope {
  return { state, instrument, category };
}

/** The reason an open count gives first; an open count always has one. */
function firstReason(reasons: readonly CountReason[]): CountReason {
  const [reason] = reasons;
  if (!reason) throw new Error("an open count without its reason: core's status rules lost it");
  return reason;
}

/** Adds one ratification's possible states to status tallies. */
function tallyStatus(tallies: Record<keyof StatusCounts, CountTally>, day: StatusOnDay): void {
  for (const [status, key] of STATUS_KEYS) {
    if (!day.possible.includes(status)) continue;
    if (day.registered === "yes" && day.possible.length === 1) tallies[key].certain();
    else tallies[key].possible(firstReason(day.open));
  }
}

function statusTallies(): Record<keyof StatusCounts, CountTally> {
  return { inForce: new CountTally(), notInForce: new CountTally(), denounced: new CountTally(), abrogated: new CountTally(), withdrawn: new CountTally() };
}

function rowStatus(day: StatusOnDay) {
  const entry = day.step?.entry ?? null;
  return {
    status: day.status === "not-yet-ratified" ? ("not-in-force" as const) : day.status,
    statusDerived: day.derived,
    possibleStatuses: day.possible,
    statusFrom: day.step ? (day.step.derived ? day.step.from : day.step.date) : null,
    automaticBy: entry?.status === "denounced" ? (entry.automaticBy ?? null) : null,
    entry,
  };
}

/**
 * A State's ratifications on `asOf`: totals, counts by the category in force that day, and
 * counts by the status each history gives that day — each count with its certainty.
 */
export function ratificationSummary(dataset: Dataset, state: CountryCode, asOf: IsoDate): RatificationSummary {
  const idx = indexOf(dataset);
  const available: CategoryCounts = { fundamental: 0, governance: 0, technical: 0 };
  const inCategory: Record<InstrumentCategory, Instrument[]> = { fundamental: [], governance: [], technical: [] };
  for (const ins of idx.conventions) {
    if (!adoptedBy(ins, asOf)) continue;
    const c = categoryOn(ins, asOf);
    available[c] += 1;
    inCategory[c].push(ins);
  }
  const cats = { fundamental: new CountTally(), governance: new CountTally(), technical: new CountTally() };
  const total = new CountTally();
  const protocols = new CountTally();
  const statuses = statusTallies();
  const rows: RatificationRow[] = [];
  for (const r of idx.ratificationsByState.get(state) ?? []) {
    const ins = idx.instruments.get(r.instrument);
    if (!ins) continue;
    const day = statusOnDay(dataset, r, asOf);
    if (day.registered === "no") continue;
    const category = categoryOn(ins, asOf);
    const tallies = ins.kind === "convention" ? [total, cats[category]] : [protocols];
    for (const t of tallies) {
      if (day.registered === "yes") t.certain();
      else t.possible(firstReason(day.open));
    }
    tallyStatus(statuses, day);
    const { entry, ...status } = rowStatus(day);
    rows.push({
      instrument: ins.code,
      title: ins.title,
      kind: ins.kind,
      category,
      registeredOn: r.registeredOn,
      registeredBetween: registrationWindow(dataset, r),
      registered: day.registered,
      ...status,
      evidence: r.evidence,
      statusEvidence: entry ? weakestEvidence(r.evidence, entry.evidence) : day.derived ? weakestEvidence(r.evidence, "derived") : r.evidence,
      sources: [...r.sources, ...(entry?.sources ?? [])],
      ratification: r,
    });
  }
  rows.sort((a, b) => compareDates(a.registeredOn, b.registeredOn) || (a.instrument < b.instrument ? -1 : 1));
  const conventions = [...inCategory.fundamental, ...inCategory.governance, ...inCategory.technical];
  const protocolList = idx.protocols.filter((i) => adoptedBy(i, asOf));
  const byCategory = {} as CategoryCertainCounts;
  for (const c of CATEGORIES) {
    byCategory[c] = cats[c].close(incompleteness(dataset, state, inCategory[c], scopeOf(state, null, c), asOf), available[c]);
  }
  const statusIncomplete = incompleteness(dataset, state, [...conventions, ...protocolList], scopeOf(state, null, null), asOf);
  const byStatus = {} as StatusCounts;
  for (const [, key] of STATUS_KEYS) byStatus[key] = statuses[key].close(statusIncomplete);
  return {
    state,
    asOf,
    total: total.close(
      incompleteness(dataset, state, conventions, scopeOf(state, null, null), asOf),
      available.fundamental + available.governance + available.technical,
    ),
    protocols: protocols.close(incompleteness(dataset, state, protocolList, scopeOf(state, null, null), asOf), protocolList.length),
    byCategory,
    available,
    byStatus,
    rows,
  };
}

/** One State's ratification of an instrument: the State, and the fields of its profile row. */
export type InstrumentRatificationRow = { state: CountryCode; stateName: string } & Pick<
  RatificationRow,
  | "registeredOn"
  | "registeredBetween"
  | "registered"
  | "status"
  | "statusDerived"
  | "possibleStatuses"
  | "statusFrom"
  | "automaticBy"
  | "evidence"
  | "sources"
>;

export interface InstrumentRatifications {
  instrument: InstrumentCode;
  asOf: IsoDate;
  /** States that ratified the instrument by `asOf` (whatever their status since). */
  count: Count;
  /** Of those, in force on `asOf`. */
  inForce: Count;
  /** Every State that ratified (or possibly ratified) by `asOf`, in order of registration. */
  rows: InstrumentRatificationRow[];
}

/** How many of `list` (an instrument's ratifications) were ratified and in force on `asOf`, with certainty, and each one's status that day. */
export function instrumentCounts(dataset: Dataset, ins: Instrument, list: readonly Ratification[], asOf: IsoDate) {
  const count = new CountTally();
  const statuses = statusTallies();
  const days: [Ratification, StatusOnDay][] = [];
  for (const r of list) {
    const day = statusOnDay(dataset, r, asOf);
    if (day.registered === "no") continue;
    days.push([r, day]);
    if (day.registered === "yes") count.certain();
    else count.possible(firstReason(day.open));
    tallyStatus(statuses, day);
  }
  const incomplete = incompleteness(dataset, null, [ins], scopeOf(null, ins.code, null), asOf);
  return { count: count.close(incomplete, dataset.memberStates.length), inForce: statuses.inForce.close(incomplete), days };
}

/** Who ratified an instrument by `asOf`, when, and its status that day, with the counts' certainty. */
export function instrumentRatifications(dataset: Dataset, code: InstrumentCode, asOf: IsoDate): InstrumentRatifications {
  const idx = indexOf(dataset);
  const ins = idx.instruments.get(code);
  if (!ins) return { instrument: code, asOf, count: exactCount(0), inForce: exactCount(0), rows: [] };
  const { count, inForce, days } = instrumentCounts(dataset, ins, idx.ratificationsByInstrument.get(code) ?? [], asOf);
  const rows: InstrumentRatificationRow[] = days
    .map(([r, day]) => {
      const { entry, ...status } = rowStatus(day);
      return {
        state: r.state,
        stateName: idx.memberStates.get(r.state)?.name ?? r.state,
        registeredOn: r.registeredOn,
        registeredBetween: registrationWindow(dataset, r),
        registered: day.registered as Exclude<Registered, "no">,
        ...status,
        evidence: entry ? weakestEvidence(r.evidence, entry.evidence) : r.evidence,
        sources: [...r.sources, ...(entry?.sources ?? [])],
      };
    })
    .sort((a, b) => compareDates(a.registeredOn, b.registeredOn) || (a.state < b.state ? -1 : 1));
  return { instrument: code, asOf, count, inForce, rows };
}

export interface InstrumentOverviewRow {
  instrument: Instrument;
  category: InstrumentCategory;
  /** States that ratified by `asOf`, with certainty. */
  ratifications: Count;
  inForce: Count;
}

export interface InstrumentFilter {
  category?: InstrumentCategory;
  status?: Instrument["status"] | "unknown";
  kind?: Instrument["kind"];
}

/** Every instrument adopted by `asOf` with its category that day and its ratifications, with certainty. */
export function instrumentsOverview(dataset: Dataset, asOf: IsoDate, filter: InstrumentFilter = {}): InstrumentOverviewRow[] {
  const idx = indexOf(dataset);
  return dataset.instruments
    .filter((ins) => adoptedBy(ins, asOf))
    .map((ins) => ({ ins, category: categoryOn(ins, asOf) }))
    .filter(
      ({ ins, category }) =>
        (filter.category === undefined || category === filter.category) &&
        (filter.kind === undefined || ins.kind === filter.kind) &&
        (filter.status === undefined || (ins.status ?? "unknown") === filter.status),
    )
    .map(({ ins, category }) => {
      const { count, inForce } = instrumentCounts(dataset, ins, idx.ratificationsByInstrument.get(ins.code) ?? [], asOf);
      return { instrument: ins, category, ratifications: count, inForce };
    });
}

/** One member State's row in the list of all States: its ratifications by category, with certainty. */
export interface StateRow {
  state: MemberState;
  /** The partner record with curated partnership records, when there is one. */
  partner: PartnerId | null;
  total: Count;
  byCategory: CategoryCertainCounts;
  available: CategoryCounts;
  /** The 2014 Protocol to the Forced Labour Convention (P029): 0 or 1, with certainty. */
  p029: Count;
  /** Whether the State has ratified every fundamental Convention adopted by `asOf`: yes, no, or open. */
  allFundamental: "yes" | "no" | "open";
}

export interface RegionRow {
  region: MemberState["region"];
  states: number;
  /** States of the region that have ratified every fundamental Convention. */
  allFundamental: Count;
  /** Ratifications of fundamental Conventions in the region. */
  fundamental: Count;
}

export interface StatesOverview {
  asOf: IsoDate;
  rows: StateRow[];
  /** Member States that have ratified every fundamental Convention adopted by `asOf`. */
  allFundamental: Count;
  /** The fundamental Conventions adopted by `asOf` (10 since 2022-06-10). */
  fundamentalAvailable: number;
  byRegion: RegionRow[];
}

/** Every member State with its ratification counts on `asOf`, the counts by region, and the home page's figures. */
export function statesOverview(dataset: Dataset, asOf: IsoDate): StatesOverview {
  const idx = indexOf(dataset);
  const p029 = idx.instruments.get("P029");
  const rows: StateRow[] = [...dataset.memberStates]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((state) => {
      const s = ratificationSummary(dataset, state.code, asOf);
      const f = s.byCategory.fundamental;
      const all = s.available.fundamental;
      const partnerId = partnerIdOfState(state.code);
      const p = new CountTally();
      const pr = (idx.ratificationsByState.get(state.code) ?? []).find((r) => r.instrument === "P029");
      if (pr) {
        const day = statusOnDay(dataset, pr, asOf);
        if (day.registered === "yes") p.certain();
        else if (day.registered === "open") p.possible(firstReason(day.open));
      }
      return {
        state,
        partner: idx.partners.has(partnerId) ? partnerId : null,
        total: s.total,
        byCategory: s.byCategory,
        available: s.available,
        p029: p029 && adoptedBy(p029, asOf) ? p.close(incompleteness(dataset, state.code, [p029], scopeOf(state.code, p029.code, null), asOf), 1) : exactCount(0),
        allFundamental: f.low >= all ? "yes" : f.high !== null && f.high < all ? "no" : "open",
      };
    });
  const fundamentalAvailable = rows[0]?.available.fundamental ?? 0;
  const tallyAll = (list: StateRow[]) => {
    const t = new CountTally();
    for (const r of list) {
      if (r.allFundamental === "yes") t.certain();
      else if (r.allFundamental === "open") t.possible(firstReason(r.byCategory.fundamental.reasons));
    }
    return t.close(null);
  };
  const regions = new Map<MemberState["region"], StateRow[]>();
  for (const r of rows) {
    const list = regions.get(r.state.region);
    if (list) list.push(r);
    else regions.set(r.state.region, [r]);
  }
  const byRegion = [...regions.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([region, list]) => ({
      region,
      states: list.length,
      allFundamental: tallyAll(list),
      fundamental: addCounts(...list.map((r) => r.byCategory.fundamental)),
    }));
  return { asOf, rows, allFundamental: tallyAll(rows), fundamentalAvailable, byRegion };
}

export interface YearSpan {
  fromYear: number;
  toYear: number;
}

export interface MoneyBounds extends AmountBounds {
  currency: Money["currency"];
}

export interface ContributionGroup<K> {
  key: K;
  totals: MoneyBounds[];
  approximate: boolean;
  contributions: Contribution[];
}

export interface ContributionSummary {
  partner: PartnerId;
  range: YearSpan;
  /** Contributions whose whole period lies in the range, oldest first. */
  contributions: Contribution[];
  /** Totals, one per currency (different currencies are never added together), without double counting. */
  totals: MoneyBounds[];
  /**
   * The total in US dollars, using each record's USD equivalent; `complete` is false when one is
   * missing. It adds assessed and voluntary money: show `usdByKind` where a figure must not.
   */
  usd: AmountBounds & { complete: boolean };
  /** The US dollar totals of assessed and of voluntary money, each on its own. */
  usdByKind: Record<ContributionKind, AmountBounds & { complete: boolean }>;
  /** True when any amount summed is approximate ("almost US$5.2 million"). */
  approximate: boolean;
  byChannel: ContributionGroup<ContributionChannel>[];
  /** Grouped by period ("2018–2022") and channel: the rows of the chart. */
  byPeriod: ContributionGroup<{ from: number; to: number; channel: ContributionChannel }>[];
  /**
   * Pairs of contributions of the same kind whose periods overlap: they may count the same money,
   * so `high` adds them and `low` does not. Assessed and voluntary money never overlap.
   */
  overlaps: [ContributionId, ContributionId][];
}

function usdOf(c: Contribution): string | null {
  if (c.money.currency === "USD") return c.money.amount;
  return c.usd?.amount ?? null;
}

function overlap(a: Contribution, b: Contribution): boolean {
  return kindOfChannel(a.channel) === kindOfChannel(b.channel) && a.period.from <= b.period.to && b.period.from <= a.period.to;
}

/** Bounds of a sum across kinds: each kind's bounds (overlaps within it), then added, since kinds never overlap. */
function boundsAcrossKinds(items: readonly { contribution: Contribution; amount: string }[]): AmountBounds {
  const parts = (["assessed", "voluntary"] as const).map((k) => amountBounds(items.filter((i) => kindOfChannel(i.contribution.channel) === k)));
  const low = sumDecimals(parts.map((b) => b.low));
  const high = sumDecimals(parts.map((b) => b.high));
  return { low, high, certainty: compareDecimals(low, high) === 0 ? "exact" : "range" };
}

/**
 * The bounds of a sum of amounts over periods that may overlap: `high` is the plain sum; `low`
 * the largest sum of contributions no two of which overlap in time (weighted interval scheduling).
 */
export function amountBounds(items: readonly { contribution: Contribution; amount: string }[]): AmountBounds {
  const high = sumDecimals(items.map((i) => i.amount));
  const sorted = [...items].sort((a, b) => a.contribution.period.to - b.contribution.period.to);
  const best: DecimalString[] = [];
  const zero = "0" as DecimalString;
  sorted.forEach((cur, i) => {
    // The last contribution that ends before this one starts (sorted by end year).
    let j = i - 1;
    while (j >= 0 && (sorted[j]?.contribution.period.to ?? Number.NEGATIVE_INFINITY) >= cur.contribution.period.from) j--;
    const take = sumDecimals([cur.amount, best[j] ?? zero]);
    const skip = best[i - 1] ?? zero;
    best.push(compareDecimals(take, skip) >= 0 ? take : skip);
  });
  const low = best.at(-1) ?? zero;
  return { low, high, certainty: compareDecimals(low, high) === 0 ? "exact" : "range" };
}

function moneyBounds(list: readonly Contribution[]): MoneyBounds[] {
  const currencies = [...new Set(list.map((c) => c.money.currency))].sort();
  return currencies.map((currency) => ({
    currency,
    ...boundsAcrossKinds(list.filter((c) => c.money.currency === currency).map((c) => ({ contribution: c, amount: c.money.amount }))),
  }));
}

function groupBy<K>(list: Contribution[], keyOf: (c: Contribution) => K, id: (k: K) => string): ContributionGroup<K>[] {
  const groups = new Map<string, ContributionGroup<K>>();
  for (const c of list) {
    const k = keyOf(c);
    const g = groups.get(id(k)) ?? { key: k, totals: [], approximate: false, contributions: [] };
    g.contributions.push(c);
    g.approximate ||= c.approximate;
    groups.set(id(k), g);
  }
  for (const g of groups.values()) g.totals = moneyBounds(g.contributions);
  return [...groups.values()];
}

/** A partner's contributions within a span of years: totals by currency, channel and period, never counting overlaps twice. */
export function contributionSummary(dataset: Dataset, partner: PartnerId, range: YearSpan): ContributionSummary {
  const list = (indexOf(dataset).contributionsByPartner.get(partner) ?? [])
    .filter((c) => c.period.from >= range.fromYear && c.period.to <= range.toYear)
    .sort((a, b) => a.period.from - b.period.from || a.period.to - b.period.to || (a.id < b.id ? -1 : 1));
  const overlaps: [ContributionId, ContributionId][] = [];
  list.forEach((a, i) => {
    for (const b of list.slice(i + 1)) if (overlap(a, b)) overlaps.push([a.id, b.id]);
  });
  const usdItems = list.flatMap((c) => {
    const amount = usdOf(c);
    return amount === null ? [] : [{ contribution: c, amount }];
  });
  const usdOfKind = (k: ContributionKind) => {
    const items = usdItems.filter((i) => kindOfChannel(i.contribution.channel) === k);
    return { ...amountBounds(items), complete: items.length === list.filter((c) => kindOfChannel(c.channel) === k).length };
  };
  return {
    partner,
    range,
    contributions: list,
    totals: moneyBounds(list),
    usd: { ...boundsAcrossKinds(usdItems), complete: usdItems.length === list.length },
    usdByKind: { assessed: usdOfKind("assessed"), voluntary: usdOfKind("voluntary") },
    approximate: list.some((c) => c.approximate),
    byChannel: groupBy(list, (c) => c.channel, (k) => k),
    byPeriod: groupBy(
      list,
      (c) => ({ from: c.period.from, to: c.period.to, channel: c.channel }),
      (k) => `${k.from}-${k.to}-${k.channel}`,
    ),
    overlaps,
  };
}

/**
 * The money a partner gave within whole years `fromYear`..`toYear`, in the claim's currency (the
 * original amounts; for a USD claim also USD equivalents where a record carries one; amounts
 * in another currency without one are never converted, so they are not part of it) and of the
 * claim's kind. Records whose period lies within the span give the figure. Only when there is
 * none are records that reach outside the span used: they may hold some of its money, but not
 * how much, so the figure is 0 to their sum (a five-year total cannot decide one year).
 */
function contributionsMetric(dataset: Dataset, partnerId: PartnerId, params: MetricParams | undefined, fromYear: number, toYear: number): AmountBounds {
  const currency = params?.currency;
  const ofKind = (c: Contribution) => params?.contributionKind === undefined || kindOfChannel(c.channel) === params.contributionKind;
  const amountOf = (c: Contribution) => (c.money.currency === currency ? c.money.amount : currency === "USD" ? (c.usd?.amount ?? null) : null);
  const all = (indexOf(dataset).contributionsByPartner.get(partnerId) ?? []).filter(ofKind);
  const inside: { contribution: Contribution; amount: string }[] = [];
  const straddling: string[] = [];
  for (const c of all) {
    if (c.period.to < fromYear || c.period.from > toYear) continue;
    const amount = amountOf(c);
    if (amount === null) continue;
    if (c.period.from >= fromYear && c.period.to <= toYear) inside.push({ contribution: c, amount });
    else straddling.push(amount);
  }
  if (inside.length > 0 || straddling.length === 0) return boundsAcrossKinds(inside);
  const high = sumDecimals(straddling);
  return { low: "0" as DecimalString, high, certainty: compareDecimals("0", high) === 0 ? "exact" : "range" };
}

/** A computed metric: a count with its certainty, an amount with its bounds, or yes/no. */
export type MetricValue = Count | AmountBounds | boolean;

/** The value of a metric for a partner on `asOf`, or null when it cannot be computed. */
export function computeMetric(
  dataset: Dataset,
  partnerId: PartnerId,
  metric: Metric,
  params: MetricParams | undefined,
  asOf: IsoDate,
): MetricValue | null {
  const idx = indexOf(dataset);
  const partner = idx.partners.get(partnerId);
  if (!partner) return null;
  const fromYear = params?.fromYear ?? 1919;
  const toYear = Math.min(params?.toYear ?? 2100, yearOf(asOf));
  switch (metric) {
    case "ratifications.total":
    case "ratifications.fundamental":
    case "ratifications.governance":
    case "ratifications.technical":
    case "ratifications.inForce":
    case "ratifications.denounced":
    case "ratifications.abrogated": {
      if (partner.kind !== "member-state") return null;
      const s = ratificationSummary(dataset, partner.state, asOf);
      switch (metric) {
        case "ratifications.total":
          return s.total;
        case "ratifications.fundamental":
          return s.byCategory.fundamental;
        case "ratifications.governance":
          return s.byCategory.governance;
        case "ratifications.technical":
          return s.byCategory.technical;
        case "ratifications.inForce":
          return s.byStatus.inForce;
        case "ratifications.denounced":
          return s.byStatus.denounced;
        case "ratifications.abrogated":
          return s.byStatus.abrogated;
      }
      break;
    }
    case "contributions.total":
      return contributionsMetric(dataset, partnerId, params, fromYear, toYear);
    case "agreements.count":
      return exactCount(
        (idx.agreementsByPartner.get(partnerId) ?? []).filter(
          (a) =>
            happenedBy(a.signedOn, asOf) &&
            yearOf(a.signedOn) >= fromYear &&
            yearOf(a.signedOn) <= toYear &&
            (params?.framework === undefined || a.frameworks.includes(params.framework)),
        ).length,
      );
    case "projects.count":
      return exactCount((idx.projectsByPartner.get(partnerId) ?? []).filter((p) => p.start === undefined || happenedBy(p.start, asOf)).length);
    case "membership.founding": {
      if (partner.kind !== "member-state") return null;
      return idx.memberStates.get(partner.state)?.founding ?? null;
    }
  }
}

/** Whether a metric's value is decided and equal to the stated one. */
function decidedEqual(stated: Claim["stated"], v: MetricValue | null): boolean {
  if (v === null) return false;
  if (typeof v === "boolean") return v === stated;
  if ("reasons" in v) return typeof stated === "number" && isExact(v) && v.low === stated;
  return typeof stated === "string" && compareDecimals(v.low, stated) === 0 && compareDecimals(v.high, stated) === 0;
}

/** Whether a metric's value may equal the stated one (the stated value lies within its bounds). */
function mayEqual(stated: Claim["stated"], v: MetricValue | null): boolean {
  if (v === null) return false;
  if (typeof v === "boolean") return v === stated;
  if ("reasons" in v) return typeof stated === "number" && countIncludes(v, stated);
  return typeof stated === "string" && compareDecimals(v.low, stated) <= 0 && compareDecimals(stated, v.high) <= 0;
}

export type ClaimStatus = "holds" | "drifted" | "wrong" | "undecided" | "inconsistent" | "not-computable";

/** How a claim contradicts the same page's other claims, whatever the records say. */
export type ClaimInconsistency =
  | {
      /** A stated total is not the sum of the parts it names. */
      kind: "not-sum-of-parts";
      parts: ClaimId[];
      /** The sum of the parts' stated values. */
      sum: number | DecimalString;
      /** Stated total minus the sum (negative when the total is smaller). */
      difference: number | DecimalString;
    }
  | {
      /** A figure for part of a period (a year) is larger than the period's stated total. */
      kind: "exceeds-period-total";
      within: ClaimId;
      /** The period total's stated value. */
      limit: number | DecimalString;
    };

/**
 * A claim's figure, typed: a count (with its certainty), an amount of money in the claim's
 * currency (or an amount whose currency the claim does not name), or yes/no. Both what the
 * source states and what the records give are written in this one shape, so an app formats
 * both with its one formatter and they read alike ("US$5,200,000.00" beside "US$5,200,000.00").
 */
export type ClaimValue =
  | { kind: "count"; count: Count }
  | { kind: "money"; amount: AmountBounds; currency: string }
  | { kind: "amount"; amount: AmountBounds }
  | { kind: "yes-no"; value: boolean };

function amountValue(amount: AmountBounds, currency: string | undefined): ClaimValue {
  return currency ? { kind: "money", amount, currency } : { kind: "amount", amount };
}

/** What a claim's source states, as a typed value. */
export function statedValue(claim: Claim): ClaimValue {
  const { stated } = claim;
  if (typeof stated === "boolean") return { kind: "yes-no", value: stated };
  if (typeof stated === "number") return { kind: "count", count: exactCount(stated) };
  return amountValue({ low: stated, high: stated, certainty: "exact" }, claim.params?.currency);
}

/** What the records give for a claim's metric, as a typed value (null: not computable). */
export function metricValueOf(claim: Claim, v: MetricValue | null): ClaimValue | null {
  if (v === null) return null;
  if (typeof v === "boolean") return { kind: "yes-no", value: v };
  if ("reasons" in v) return { kind: "count", count: v };
  return amountValue(v, claim.params?.currency);
}

export interface ClaimCheck {
  claim: Claim;
  id: ClaimId;
  asOf: IsoDate;
  /**
   * holds: the records decide the stated value on `asOf` (an exact count, equal);
   * undecided: the stated value lies within the bounds on `asOf` but the records do not decide it
   * (a scope they do not cover: the count is "at least N"; or a date known only to the year);
   * drifted: the records rule it out on `asOf` but give (or allow) it on the claim's own date;
   * wrong: they rule it out on both days;
   * inconsistent: the claim contradicts the claims it names as its parts or its period
   * (see `inconsistency`), whatever the records say;
   * not-computable: the metric cannot be computed for this partner.
   */
  status: ClaimStatus;
  stated: Claim["stated"];
  /** What the records give on the date the claim speaks for. */
  onStatedDate: MetricValue | null;
  /** What the records give on `asOf`. */
  onAsOf: MetricValue | null;
  /** The same three figures typed (see ClaimValue): what apps format. */
  values: { stated: ClaimValue; onStatedDate: ClaimValue | null; onAsOf: ClaimValue | null };
  /**
   * For a claim that does not hold (drifted, wrong): the last day up to `asOf` on which the
   * records decided the stated value, before or after the claim's own date; null when they never did.
   */
  lastHeld: IsoDate | null;
  /** Set when status is inconsistent. */
  inconsistency: ClaimInconsistency | null;
}

function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10) as IsoDate;
}

function previousDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10) as IsoDate;
}

/**
 * The days within `from`..`to` on which a claim's metric can change value: it is constant between
 * two of them. For ratification counts: a registration's window, status changes, an
 * instrument's reclassification, a coverage record's last day; for the rest, year boundaries and
 * agreement and project dates.
 */
function metricChangeDays(dataset: Dataset, claim: Claim, from: IsoDate, to: IsoDate): IsoDate[] {
  const idx = indexOf(dataset);
  const days = new Set<IsoDate>();
  const add = (d: IsoDate) => {
    if (d > from && d <= to) days.add(d);
  };
  const partner = idx.partners.get(claim.partner);
  if (claim.metric.startsWith("ratifications.") && partner?.kind === "member-state") {
    for (const r of idx.ratificationsByState.get(partner.state) ?? []) {
      const w = registrationWindow(dataset, r);
      add(w.from);
      add(nextDay(w.to));
      for (const h of r.history) {
        add(firstDay(h.from));
        add(nextDay(lastDay(h.from)));
      }
      add(addYears(w.from, 1));
      add(nextDay(addYears(w.to, 1)));
      const instrument = idx.instruments.get(r.instrument);
      for (const c of instrument?.classification ?? []) {
        if (c.from) add(c.from);
        if (c.until) add(nextDay(c.until));
      }
    }
    for (const c of dataset.coverage) add(nextDay(c.completeAsOf));
  } else {
    for (let y = yearOf(from) + 1; y <= yearOf(to); y++) add(`${y}-01-01` as IsoDate);
    for (const a of idx.agreementsByPartner.get(claim.partner) ?? []) {
      add(firstDay(a.signedOn));
      add(nextDay(lastDay(a.signedOn)));
    }
    for (const p of idx.projectsByPartner.get(claim.partner) ?? []) if (p.start) add(firstDay(p.start));
  }
  return [...days].sort();
}

/** The first day any record can speak of: the ILO was founded in 1919. */
const FIRST_DAY = "1919-01-01" as IsoDate;

/** The last day in `from`..`to` on which the records decide the claim's stated value; null if none. */
function lastDayHeld(dataset: Dataset, claim: Claim, from: IsoDate, to: IsoDate): IsoDate | null {
  const holdsOn = (d: IsoDate) => decidedEqual(claim.stated, computeMetric(dataset, claim.partner, claim.metric, claim.params, d));
  // The value is constant from one change day to the day before the next: test each stretch's last day.
  const changes = metricChangeDays(dataset, claim, from, to);
  const stretchEnds = [...changes.map(previousDay), to].filter((d) => d >= from);
  let last: IsoDate | null = null;
  for (const d of stretchEnds) if (holdsOn(d) && (last === null || d > last)) last = d;
  return last;
}

const asNumber = (v: number | string): number | DecimalString => (typeof v === "number" ? v : (v as DecimalString));

function subtract(a: number | DecimalString, b: number | DecimalString): number | DecimalString {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const neg = String(b).startsWith("-") ? String(b).slice(1) : `-${String(b)}`;
  return sumDecimals([String(a), neg]);
}

/** How a claim contradicts the claims it names (its parts, its period's total), or null. */
function inconsistencyOf(claim: Claim, byId: Map<string, Claim>): ClaimInconsistency | null {
  if (claim.parts && typeof claim.stated !== "boolean") {
    const parts = claim.parts.map((id) => byId.get(id)?.stated);
    if (parts.every((v): v is number | DecimalString => v !== undefined && typeof v === typeof claim.stated)) {
      const sum = typeof claim.stated === "number" ? (parts as number[]).reduce((a, b) => a + b, 0) : sumDecimals(parts as string[]);
      const equal = typeof claim.stated === "number" ? claim.stated === sum : compareDecimals(claim.stated, String(sum)) === 0;
      if (!equal) return { kind: "not-sum-of-parts", parts: claim.parts, sum: asNumber(sum), difference: subtract(claim.stated, asNumber(sum)) };
    }
  }
  if (claim.within !== undefined && typeof claim.stated !== "boolean") {
    const limit = byId.get(claim.within)?.stated;
    if (limit !== undefined && typeof limit === typeof claim.stated) {
      const larger = typeof claim.stated === "number" ? claim.stated > (limit as number) : compareDecimals(claim.stated, limit as string) > 0;
      if (larger) return { kind: "exceeds-period-total", within: claim.within, limit: asNumber(limit as number | string) };
    }
  }
  return null;
}

/** Checks every claim (or one partner's) against the records, on its own date and on `asOf`. */
export function checkClaims(dataset: Dataset, asOf: IsoDate, partner?: PartnerId): ClaimCheck[] {
  const idx = indexOf(dataset);
  const claims = partner === undefined ? dataset.claims : (idx.claimsByPartner.get(partner) ?? []);
  const byId = new Map<string, Claim>((partner === undefined ? dataset.claims : claims).map((c) => [c.id, c]));
  return claims.map((claim) => {
    const onStatedDate = computeMetric(dataset, claim.partner, claim.metric, claim.params, claim.statedFor);
    const onAsOf = computeMetric(dataset, claim.partner, claim.metric, claim.params, asOf);
    const inconsistency = inconsistencyOf(claim, byId);
    let status: ClaimStatus;
    if (inconsistency) status = "inconsistent";
    else if (onAsOf === null && onStatedDate === null) status = "not-computable";
    else if (decidedEqual(claim.stated, onAsOf)) status = "holds";
    else if (mayEqual(claim.stated, onAsOf)) status = "undecided";
    else if (mayEqual(claim.stated, onStatedDate)) status = "drifted";
    else status = "wrong";
    const lastHeld = status === "drifted" || status === "wrong" ? lastDayHeld(dataset, claim, FIRST_DAY, asOf) : null;
    const values = { stated: statedValue(claim), onStatedDate: metricValueOf(claim, onStatedDate), onAsOf: metricValueOf(claim, onAsOf) };
    return { claim, id: claim.id, asOf, status, stated: claim.stated, onStatedDate, onAsOf, values, lastHeld, inconsistency };
  });
}

export interface ClaimTally {
  holds: number;
  drifted: number;
  wrong: number;
  undecided: number;
  inconsistent: number;
  notComputable: number;
  /** Claims the records no longer support: drifted plus wrong. */
  off: number;
}

/** How many claims hold, drifted, are wrong, cannot be decided or cannot be computed. */
export function tallyClaims(checks: readonly ClaimCheck[]): ClaimTally {
  const t: ClaimTally = { holds: 0, drifted: 0, wrong: 0, undecided: 0, inconsistent: 0, notComputable: 0, off: 0 };
  for (const c of checks) {
    switch (c.status) {
      case "holds":
        t.holds += 1;
        break;
      case "drifted":
        t.drifted += 1;
        break;
      case "wrong":
        t.wrong += 1;
        break;
      case "undecided":
        t.undecided += 1;
        break;
      case "inconsistent":
        t.inconsistent += 1;
        break;
      case "not-computable":
        t.notComputable += 1;
        break;
    }
  }
  t.off = t.drifted + t.wrong;
  return t;
}

export interface EvidenceCounts {
  verified: number;
  secondary: number;
  derived: number;
  unverified: number;
}

export interface ProgrammeRow {
  programme: CountryProgramme;
  /** The programme covers the year of `asOf`. */
  current: boolean;
}

export interface PartnerProfile {
  asOf: IsoDate;
  /**
   * The partner record; for a member State without one, a plain record made from the State
   * (`curated` false: no narrative, no partnership records).
   */
  partner: Partner;
  /** True when the partner has its own Partner record (curated narrative and partnership records). */
  curated: boolean;
  /** The member State behind the partner, when it is one. */
  memberState: MemberState | null;
  ratifications: RatificationSummary | null;
  contributions: ContributionSummary;
  /** Agreements signed by `asOf`, oldest first. */
  agreements: Agreement[];
  /** Projects started by `asOf` (or with no start date recorded). */
  projects: Project[];
  countryProgrammes: ProgrammeRow[];
  themes: Theme[];
  claims: ClaimCheck[];
  /** Headline figures for lists and comparisons. */
  headline: {
    ratified: Count | null;
    fundamental: Count | null;
    governance: Count | null;
    technical: Count | null;
    inForce: Count | null;
    /**
     * Voluntary money in US dollars the records support without counting overlapping periods
     * twice. Assessed money is never added in: it is `assessedUsd`.
     */
    contributionsUsd: AmountBounds;
    /** Assessed contributions (the regular budget) in US dollars, on their own. */
    assessedUsd: AmountBounds;
    contributionsApproximate: boolean;
    agreements: number;
    projects: number;
    driftedClaims: number;
  };
  /** How many of the facts shown stand at each evidence level. */
  evidence: EvidenceCounts;
  /** Every source a fact on the profile cites, in id order. */
  sources: Source[];
}

const boundsOnly = (b: AmountBounds): AmountBounds => ({ low: b.low, high: b.high, certainty: b.certainty });

/** The partner record of a member State without one: the State's name, no narrative. */
function plainStatePartner(state: MemberState): Partner {
  return {
    id: partnerIdOfState(state.code),
    kind: "member-state",
    state: state.code,
    name: state.name,
    summary: "",
    themes: [],
    sections: [],
    evidence: state.evidence,
    sources: state.sources,
  };
}

/**
 * Everything a profile shows for a partner on `asOf`, in one object. Every member State has
 * one under its lower-case code (`fr`), built from its records, whether or not it has a Partner
 * record; curated sections are filled only where records exist. Null when there is no such
 * partner or State.
 */
export function partnerProfile(dataset: Dataset, partnerId: PartnerId, asOf: IsoDate): PartnerProfile | null {
  const idx = indexOf(dataset);
  const curatedPartner = idx.partners.get(partnerId);
  const plainState = curatedPartner ? undefined : /^[a-z]{2}$/.test(partnerId) ? idx.memberStates.get(partnerId.toUpperCase()) : undefined;
  const partner = curatedPartner ?? (plainState ? plainStatePartner(plainState) : undefined);
  if (!partner) return null;
  const memberState = partner.kind === "member-state" ? (idx.memberStates.get(partner.state) ?? null) : null;
  const ratifications = partner.kind === "member-state" ? ratificationSummary(dataset, partner.state, asOf) : null;
  const contributions = contributionSummary(dataset, partnerId, { fromYear: 1919, toYear: yearOf(asOf) });
  const agreements = (idx.agreementsByPartner.get(partnerId) ?? [])
    .filter((a) => happenedBy(a.signedOn, asOf))
    .sort((a, b) => compareDates(a.signedOn, b.signedOn) || (a.id < b.id ? -1 : 1));
  const projects = (idx.projectsByPartner.get(partnerId) ?? [])
    .filter((p) => p.start === undefined || happenedBy(p.start, asOf))
    .sort((a, b) => (a.start && b.start ? compareDates(a.start, b.start) : a.start ? -1 : b.start ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const year = yearOf(asOf);
  const countryProgrammes = (idx.programmesByPartner.get(partnerId) ?? [])
    .filter((cp) => cp.period.from <= year)
    .sort((a, b) => a.period.from - b.period.from)
    .map((programme) => ({
      programme,
      current: programme.period.from <= year && (programme.period.to === undefined || year <= programme.period.to),
    }));
  const themeIds = new Set<string>([...partner.themes, ...agreements.flatMap((a) => a.themes), ...projects.flatMap((p) => p.themes)]);
  const themes = dataset.themes.filter((t) => themeIds.has(t.id));
  const claims = checkClaims(dataset, asOf, partnerId);

  const attested: { evidence: Evidence; sources: SourceRef[] }[] = [
    partner,
    ...partner.sections,
    ...(memberState ? [memberState] : []),
    ...(ratifications?.rows.map((r) => ({ evidence: r.statusEvidence, sources: r.sources })) ?? []),
    ...contributions.contributions,
    ...agreements,
    ...projects,
    ...countryProgrammes.map((c) => c.programme),
    ...claims.map((c) => c.claim),
  ];
  const evidence: EvidenceCounts = { verified: 0, secondary: 0, derived: 0, unverified: 0 };
  const sourceIds = new Set<string>();
  for (const a of attested) {
    evidence[a.evidence] += 1;
    for (const s of a.sources) sourceIds.add(s.source);
  }
  for (const c of contributions.contributions) if (c.usd) sourceIds.add(c.usd.rateSource);
  const sources = [...sourceIds]
    .sort()
    .flatMap((id) => {
      const s = idx.sources.get(id);
      return s ? [s] : [];
    });

  return {
    asOf,
    partner,
    curated: curatedPartner !== undefined,
    memberState,
    ratifications,
    contributions,
    agreements,
    projects,
    countryProgrammes,
    themes,
    claims,
    headline: {
      ratified: ratifications?.total ?? null,
      fundamental: ratifications?.byCategory.fundamental ?? null,
      governance: ratifications?.byCategory.governance ?? null,
      technical: ratifications?.byCategory.technical ?? null,
      inForce: ratifications?.byStatus.inForce ?? null,
      contributionsUsd: boundsOnly(contributions.usdByKind.voluntary),
      assessedUsd: boundsOnly(contributions.usdByKind.assessed),
      contributionsApproximate: contributions.approximate,
      agreements: agreements.length,
      projects: projects.length,
      driftedClaims: tallyClaims(claims).off,
    },
    evidence,
    sources,
  };
}

/** Profiles of every partner record on `asOf`, for lists and comparisons. */
export function allProfiles(dataset: Dataset, asOf: IsoDate): PartnerProfile[] {
  return dataset.partners.flatMap((p) => partnerProfile(dataset, p.id, asOf) ?? []);
}

/** Profiles of every member State on `asOf` (curated or not), in alpha-2 order. */
export function allStateProfiles(dataset: Dataset, asOf: IsoDate): PartnerProfile[] {
  return [...dataset.memberStates]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .flatMap((s) => partnerProfile(dataset, partnerIdOfState(s.code), asOf) ?? []);
}
