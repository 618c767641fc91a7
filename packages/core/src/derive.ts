// Derived figures: pure functions of (dataset, asOf). Every count, sum and date rule lives here.
import { indexOf } from "./dataset-index.js";
import { compareDates, happenedBy, type IsoDate, yearOf } from "./dates.js";
import type { ClaimId, CountryCode, InstrumentCode, PartnerId } from "./ids.js";
import { compareDecimals, type DecimalString, type Money, sumByCurrency, sumDecimals } from "./money.js";
import type {
  Agreement,
  Claim,
  Contribution,
  ContributionChannel,
  CountryProgramme,
  Dataset,
  Evidence,
  Instrument,
  InstrumentCategory,
  MemberState,
  Metric,
  MetricParams,
  Partner,
  Project,
  Ratification,
  RatificationStatus,
  RatificationStatusValue,
  Source,
  SourceRef,
  Theme,
} from "./records.js";

/** The category an instrument is classified in on `date` (C155 is technical until 2022-06-09). */
export function categoryOn(instrument: Instrument, date: IsoDate | string): InstrumentCategory {
  for (const period of instrument.classification) {
    if ((period.from === undefined || period.from <= date) && (period.until === undefined || date <= period.until)) {
      return period.category;
    }
  }
  // Before the first recorded period: the earliest category applies.
  return instrument.classification[0]!.category;
}

/** Whether the instrument existed (was adopted) by `date`. */
export function adoptedBy(instrument: Instrument, date: IsoDate | string): boolean {
  return instrument.yearAdopted <= yearOf(date);
}

export type StatusOn = RatificationStatusValue | "not-yet-ratified";

/** The status-history entry in effect on `asOf`, or null before registration. */
export function statusEntryOn(r: Ratification, asOf: IsoDate | string): RatificationStatus | null {
  if (r.registeredOn > asOf) return null;
  let current: RatificationStatus | null = null;
  for (const h of r.history) if (happenedBy(h.from, asOf)) current = h;
  return current;
}

/** A ratification's status on `asOf`: registered but not yet in force counts as not-in-force. */
export function statusOn(r: Ratification, asOf: IsoDate | string): StatusOn {
  if (r.registeredOn > asOf) return "not-yet-ratified";
  return statusEntryOn(r, asOf)?.status ?? "not-in-force";
}

export interface RatificationRow {
  instrument: InstrumentCode;
  title: string;
  kind: Instrument["kind"];
  category: InstrumentCategory;
  registeredOn: IsoDate;
  status: RatificationStatusValue;
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

export interface StatusCounts {
  inForce: number;
  notInForce: number;
  denounced: number;
  abrogated: number;
  withdrawn: number;
}

export interface RatificationSummary {
  state: CountryCode;
  asOf: IsoDate;
  /** Conventions ratified by `asOf`, whatever their status since (as NORMLEX counts them). */
  total: number;
  /** Protocols ratified by `asOf`, counted apart as NORMLEX does. */
  protocols: number;
  /** Ratified Conventions by the category in force on `asOf`. */
  byCategory: CategoryCounts;
  /** Conventions adopted by `asOf` in each category (the "of 10" in "7 of 10 fundamental"). */
  available: CategoryCounts;
  /** Ratified instruments (Conventions and Protocols) by their status on `asOf`. */
  byStatus: StatusCounts;
  /** One row per ratified instrument, in order of registration. */
  rows: RatificationRow[];
}

const EVIDENCE_ORDER: Evidence[] = ["verified", "secondary", "derived", "unverified"];

/** The weaker of several evidence levels (unverified is weakest). */
export function weakestEvidence(...levels: Evidence[]): Evidence {
  let worst = 0;
  for (const e of levels) worst = Math.max(worst, EVIDENCE_ORDER.indexOf(e));
  return EVIDENCE_ORDER[worst]!;
}

function statusKey(s: RatificationStatusValue): keyof StatusCounts {
  switch (s) {
    case "in-force":
      return "inForce";
    case "not-in-force":
      return "notInForce";
    case "denounced":
      return "denounced";
    case "abrogated":
      return "abrogated";
    case "withdrawn":
      return "withdrawn";
  }
}

/**
 * A State's ratifications on `asOf`: totals, counts by the category in force that day, and
 * counts by the status each history gives that day.
 */
export function ratificationSummary(dataset: Dataset, state: CountryCode, asOf: IsoDate): RatificationSummary {
  const idx = indexOf(dataset);
  const byCategory: CategoryCounts = { fundamental: 0, governance: 0, technical: 0 };
  const available: CategoryCounts = { fundamental: 0, governance: 0, technical: 0 };
  const byStatus: StatusCounts = { inForce: 0, notInForce: 0, denounced: 0, abrogated: 0, withdrawn: 0 };
  for (const ins of idx.conventions) {
    if (adoptedBy(ins, asOf)) available[categoryOn(ins, asOf)] += 1;
  }
  const rows: RatificationRow[] = [];
  let total = 0;
  let protocols = 0;
  for (const r of idx.ratificationsByState.get(state) ?? []) {
    if (r.registeredOn > asOf) continue;
    const ins = idx.instruments.get(r.instrument);
    if (!ins) continue;
    const category = categoryOn(ins, asOf);
    const entry = statusEntryOn(r, asOf);
    const status: RatificationStatusValue = entry?.status ?? "not-in-force";
    if (ins.kind === "convention") {
      total += 1;
      byCategory[category] += 1;
    } else protocols += 1;
    byStatus[statusKey(status)] += 1;
    rows.push({
      instrument: ins.code,
      title: ins.title,
      kind: ins.kind,
      category,
      registeredOn: r.registeredOn,
      status,
      statusFrom: entry?.from ?? null,
      automaticBy: entry?.status === "denounced" ? (entry.automaticBy ?? null) : null,
      evidence: r.evidence,
      statusEvidence: entry ? weakestEvidence(r.evidence, entry.evidence) : r.evidence,
      sources: [...r.sources, ...(entry?.sources ?? [])],
      ratification: r,
    });
  }
  rows.sort((a, b) => (a.registeredOn === b.registeredOn ? (a.instrument < b.instrument ? -1 : 1) : a.registeredOn < b.registeredOn ? -1 : 1));
  return { state, asOf, total, protocols, byCategory, available, byStatus, rows };
}

export interface InstrumentRatificationRow {
  state: CountryCode;
  stateName: string;
  registeredOn: IsoDate;
  status: RatificationStatusValue;
  statusFrom: string | null;
  automaticBy: InstrumentCode | null;
  evidence: Evidence;
  sources: SourceRef[];
}

/** Who in the data ratified an instrument by `asOf`, when, and its status that day. */
export function instrumentRatifications(dataset: Dataset, code: InstrumentCode, asOf: IsoDate): InstrumentRatificationRow[] {
  const idx = indexOf(dataset);
  return (idx.ratificationsByInstrument.get(code) ?? [])
    .filter((r) => r.registeredOn <= asOf)
    .map((r) => {
      const entry = statusEntryOn(r, asOf);
      return {
        state: r.state,
        stateName: idx.memberStates.get(r.state)?.name ?? r.state,
        registeredOn: r.registeredOn,
        status: entry?.status ?? ("not-in-force" as const),
        statusFrom: entry?.from ?? null,
        automaticBy: entry?.status === "denounced" ? (entry.automaticBy ?? null) : null,
        evidence: entry ? weakestEvidence(r.evidence, entry.evidence) : r.evidence,
        sources: [...r.sources, ...(entry?.sources ?? [])],
      };
    })
    .sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : a.registeredOn > b.registeredOn ? 1 : 0));
}

export interface InstrumentOverviewRow {
  instrument: Instrument;
  category: InstrumentCategory;
  /** Ratifications in the data registered by `asOf`. */
  ratifications: number;
  inForce: number;
}

export interface InstrumentFilter {
  category?: InstrumentCategory;
  status?: Instrument["status"] | "unknown";
  kind?: Instrument["kind"];
}

/** Every instrument adopted by `asOf` with its category that day and the ratifications the data holds. */
export function instrumentsOverview(dataset: Dataset, asOf: IsoDate, filter: InstrumentFilter = {}): InstrumentOverviewRow[] {
  const counts = new Map<string, { n: number; inForce: number }>();
  for (const r of dataset.ratifications) {
    if (r.registeredOn > asOf) continue;
    const c = counts.get(r.instrument) ?? { n: 0, inForce: 0 };
    c.n += 1;
    if (statusOn(r, asOf) === "in-force") c.inForce += 1;
    counts.set(r.instrument, c);
  }
  return dataset.instruments
    .filter((ins) => adoptedBy(ins, asOf))
    .map((ins) => ({
      instrument: ins,
      category: categoryOn(ins, asOf),
      ratifications: counts.get(ins.code)?.n ?? 0,
      inForce: counts.get(ins.code)?.inForce ?? 0,
    }))
    .filter(
      (row) =>
        (filter.category === undefined || row.category === filter.category) &&
        (filter.kind === undefined || row.instrument.kind === filter.kind) &&
        (filter.status === undefined || (row.instrument.status ?? "unknown") === filter.status),
    );
}

export interface YearSpan {
  fromYear: number;
  toYear: number;
}

export interface ContributionGroup<K> {
  key: K;
  totals: Money[];
  approximate: boolean;
  contributions: Contribution[];
}

export interface ContributionSummary {
  partner: PartnerId;
  range: YearSpan;
  /** Contributions whose whole period lies in the range, oldest first. */
  contributions: Contribution[];
  /** Exact totals, one per currency (different currencies are never added together). */
  totals: Money[];
  /** Exact total in US dollars, using each record's USD equivalent; `complete` is false when one is missing. */
  usd: { amount: DecimalString; complete: boolean };
  /** True when any amount summed is approximate ("almost US$5.2 million"). */
  approximate: boolean;
  byChannel: ContributionGroup<ContributionChannel>[];
  /** Grouped by period ("2018–2022") and channel: the rows of the chart. */
  byPeriod: ContributionGroup<{ from: number; to: number; channel: ContributionChannel }>[];
  /** Pairs of summed contributions whose periods overlap: a total may count money twice. */
  overlaps: [string, string][];
}

function usdOf(c: Contribution): string | null {
  if (c.money.currency === "USD") return c.money.amount;
  return c.usd?.amount ?? null;
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
  for (const g of groups.values()) g.totals = sumByCurrency(g.contributions.map((c) => c.money));
  return [...groups.values()];
}

/** A partner's contributions within a span of years: exact totals by currency, channel and period. */
export function contributionSummary(dataset: Dataset, partner: PartnerId, range: YearSpan): ContributionSummary {
  const list = (indexOf(dataset).contributionsByPartner.get(partner) ?? [])
    .filter((c) => c.period.from >= range.fromYear && c.period.to <= range.toYear)
    .sort((a, b) => a.period.from - b.period.from || a.period.to - b.period.to || (a.id < b.id ? -1 : 1));
  const usdParts = list.map(usdOf);
  const overlaps: [string, string][] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.period.from <= b.period.to && b.period.from <= a.period.to) overlaps.push([a.id, b.id]);
    }
  }
  return {
    partner,
    range,
    contributions: list,
    totals: sumByCurrency(list.map((c) => c.money)),
    usd: {
      amount: sumDecimals(usdParts.filter((x): x is string => x !== null)),
      complete: usdParts.every((x) => x !== null),
    },
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

export type MetricValue = number | DecimalString | boolean;

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
    case "contributions.total": {
      const s = contributionSummary(dataset, partnerId, { fromYear, toYear });
      if (params?.currency === "USD") return s.usd.complete ? s.usd.amount : null;
      return s.totals.find((m) => m.currency === params?.currency)?.amount ?? ("0" as DecimalString);
    }
    case "agreements.count":
      return (idx.agreementsByPartner.get(partnerId) ?? []).filter(
        (a) =>
          happenedBy(a.signedOn, asOf) &&
          yearOf(a.signedOn) >= fromYear &&
          yearOf(a.signedOn) <= toYear &&
          (params?.framework === undefined || a.frameworks.includes(params.framework)),
      ).length;
    case "projects.count":
      return (idx.projectsByPartner.get(partnerId) ?? []).filter((p) => p.start === undefined || happenedBy(p.start, asOf))
        .length;
    case "membership.founding": {
      if (partner.kind !== "member-state") return null;
      return idx.memberStates.get(partner.state)?.founding ?? null;
    }
  }
}

function sameValue(a: MetricValue | null, b: MetricValue | null): boolean {
  if (a === null || b === null) return false;
  if (typeof a === "string" && typeof b === "string") return compareDecimals(a, b) === 0;
  return a === b;
}

export type ClaimStatus = "holds" | "drifted" | "wrong" | "not-computable";

export interface ClaimCheck {
  claim: Claim;
  id: ClaimId;
  asOf: IsoDate;
  /**
   * holds: the records give the stated value on `asOf`;
   * drifted: they give it on the claim's own date but not on `asOf`;
   * wrong: they do not give it even on the claim's own date;
   * not-computable: the metric cannot be computed for this partner.
   */
  status: ClaimStatus;
  stated: MetricValue;
  /** What the records give on the date the claim speaks for. */
  onStatedDate: MetricValue | null;
  /** What the records give on `asOf`. */
  onAsOf: MetricValue | null;
  /** One sentence for people: "The source states 26; the records give 28 as of 2026-11-29." */
  message: string;
}

function show(v: MetricValue | null): string {
  if (v === null) return "nothing";
  if (typeof v === "boolean") return v ? "yes" : "no";
  return String(v);
}

/** Checks every claim (or one partner's) against the records, on its own date and on `asOf`. */
export function checkClaims(dataset: Dataset, asOf: IsoDate, partner?: PartnerId): ClaimCheck[] {
  return (partner === undefined ? dataset.claims : (indexOf(dataset).claimsByPartner.get(partner) ?? []))
    .map((claim) => {
      const onStatedDate = computeMetric(dataset, claim.partner, claim.metric, claim.params, claim.statedFor);
      const onAsOf = computeMetric(dataset, claim.partner, claim.metric, claim.params, asOf);
      let status: ClaimStatus;
      let message: string;
      if (onAsOf === null && onStatedDate === null) {
        status = "not-computable";
        message = `The records cannot compute ${claim.metric} for ${claim.partner}.`;
      } else if (sameValue(claim.stated, onAsOf)) {
        status = "holds";
        message = `The source states ${show(claim.stated)}; the records agree as of ${asOf}.`;
      } else if (sameValue(claim.stated, onStatedDate)) {
        status = "drifted";
        message = `The source states ${show(claim.stated)}, true on ${claim.statedFor}; the records give ${show(onAsOf)} as of ${asOf}.`;
      } else {
        status = "wrong";
        message = `The source states ${show(claim.stated)}; the records give ${show(onStatedDate)} on ${claim.statedFor} and ${show(onAsOf)} as of ${asOf}.`;
      }
      return { claim, id: claim.id, asOf, status, stated: claim.stated, onStatedDate, onAsOf, message };
    });
}

export interface ClaimTally {
  holds: number;
  drifted: number;
  wrong: number;
  notComputable: number;
  /** Claims the records no longer support: drifted plus wrong. */
  off: number;
}

/** How many claims hold, drifted, are wrong or cannot be computed. */
export function tallyClaims(checks: readonly ClaimCheck[]): ClaimTally {
  const t: ClaimTally = { holds: 0, drifted: 0, wrong: 0, notComputable: 0, off: 0 };
  for (const c of checks) {
    if (c.status === "holds") t.holds += 1;
    else if (c.status === "drifted") t.drifted += 1;
    else if (c.status === "wrong") t.wrong += 1;
    else t.notComputable += 1;
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
  partner: Partner;
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
    ratified: number | null;
    fundamental: number | null;
    governance: number | null;
    technical: number | null;
    inForce: number | null;
    contributionsUsd: DecimalString;
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

/** Everything a profile shows for a partner on `asOf`, in one object; null when there is no such partner. */
export function partnerProfile(dataset: Dataset, partnerId: PartnerId, asOf: IsoDate): PartnerProfile | null {
  const idx = indexOf(dataset);
  const partner = idx.partners.get(partnerId);
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
      contributionsUsd: contributions.usd.amount,
      contributionsApproximate: contributions.approximate,
      agreements: agreements.length,
      projects: projects.length,
      driftedClaims: tallyClaims(claims).off,
    },
    evidence,
    sources,
  };
}

/** Profiles of every partner on `asOf`, for lists, home pages and comparisons. */
export function allProfiles(dataset: Dataset, asOf: IsoDate): PartnerProfile[] {
  return dataset.partners.map((p) => partnerProfile(dataset, p.id, asOf)!).filter(Boolean);
}
