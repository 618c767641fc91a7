// The tables each page shows, built from core's derived results. Pure: no store, no clock.
import {
  type AmountBounds,
  type Attested,
  type ClaimCheck,
  type ClaimStatus,
  type ContributionKind,
  type Count,
  type Coverage,
  exactCount,
  type Instrument,
  type InstrumentOverviewRow,
  type InstrumentRatificationRow,
  kindOfChannel,
  type MemberState,
  partnerIdOfState,
  type PartnerProfile,
  type RatificationRow,
  type SourceRef,
  type StateRow,
  type StatesOverview,
  joinList,
  labelled as labelledText,
  type SearchMatch,
  type TextLanguage,
  weakestEvidence,
} from "@partnership-atlas/core";
import { countWhy, countryName, formatAmountBoundsCompact, formatClaimValue, formatCount, formatDate, formatPeriod } from "../i18n/format";
import {
  categoryLabel,
  channelLabel,
  frameworkLabel,
  instrumentStatusLabel,
  metricLabel,
  modalityLabel,
  officeLabel,
  projectStatusLabel,
  ratificationStatusLabel,
  sourceKindLabel,
  themeLabel,
} from "../i18n/labels";
import { type Lang, LOCALE, localePath } from "../i18n/languages";
import { hasMessage, translator } from "../i18n/messages";
import type { STATES_SORTS } from "../lib/params";
import type { Column, Raw, Row, Table } from "./table";

const srcIds = (refs: readonly SourceRef[]) => [...new Set(refs.map((r) => r.source))].join(" ");
const attested = (a: Pick<Attested, "evidence" | "sources">) => ({ evidence: a.evidence, sources: srcIds(a.sources) });
const EVIDENCE_COLS = (t: ReturnType<typeof translator>): Column[] => [
  { key: "evidence", label: t("colEvidence"), kind: "evidence" },
  { key: "sources", label: t("colSources"), kind: "sources" },
];

/** A partner's display name: Intl's country name for member States, the record's name otherwise. */
export function partnerName(lang: Lang, p: PartnerProfile["partner"]): string {
  return p.kind === "member-state" ? countryName(lang, p.state) : p.name;
}

/**
 * The language a text from the records is written in: Chinese when it is written in Chinese
 * characters with no English words among them, else English (the records' language).
 */
function recordTextLang(text: string | null | undefined): TextLanguage {
  if (!text || !/\p{Script=Han}/u.test(text)) return "en";
  return /\p{Script=Latin}{3,}/u.test(text.replace(/https?:\/\/\S+/g, "")) ? "en" : "zh";
}

/** A region the records name in English ("Asia and the Pacific"), in the page's language when the messages have it. */
function regionText(t: ReturnType<typeof translator>, region: string): string {
  const key = `region:${region}`;
  return hasMessage(key) ? t(key) : region;
}

/** A count cell: the count as the site writes it ("6–7", "at least 12"). */
function count(lang: Lang, c: Count | null): string | null {
  return c === null ? null : formatCount(lang, c);
}

/**
 * The columns of a count: the count as written (shown), and for downloads its bounds and
 * certainty (`high` empty for "at least"), so a CSV or JSON reader has the figures, not prose.
 */
function countColumns(key: string, label: string): Column[] {
  return [
    { key, label, kind: "count" },
    { key: `${key}_low`, label: `${key}_low`, kind: "number", hidden: true },
    { key: `${key}_high`, label: `${key}_high`, kind: "number", hidden: true },
    { key: `${key}_certainty`, label: `${key}_certainty`, kind: "code", hidden: true },
  ];
}

function countValues(lang: Lang, key: string, c: Count | null): Record<string, Raw> {
  return {
    [key]: count(lang, c),
    [`${key}_low`]: c?.low ?? null,
    [`${key}_high`]: c?.high ?? null,
    [`${key}_certainty`]: c?.certainty ?? null,
  };
}

/** The reasons of the row's counts that are not exact, by column key. */
function countWhyOf(lang: Lang, counts: Record<string, Count | null>, withState = true): Record<string, string[]> | undefined {
  const why: Record<string, string[]> = {};
  for (const [key, c] of Object.entries(counts)) if (c && c.certainty !== "exact") why[key] = countWhy(lang, c, withState);
  return Object.keys(why).length > 0 ? why : undefined;
}

/** A money cell from bounds: the amount when exact, else "low–high" as text (the cell's note says why). */
function usdValue(a: AmountBounds): string {
  return a.certainty === "exact" ? a.low : `${a.low}–${a.high}`;
}

/** How the States table is filtered and sorted (from the home page's GET parameters). */
export interface StatesView {
  region: MemberState["region"] | null;
  /** Part of a name in the page's language or in English, or a code. */
  q: string | null;
  sort: StatesSort;
}

export type StatesSort = (typeof STATES_SORTS)[number];

/** Folds case and accents, so "cote" finds Côte d'Ivoire. */
function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Orders counts by what is certain first, then by what is possible ("at least" highest). */
function byCount(a: Count, b: Count): number {
  return a.low - b.low || (a.high ?? Number.MAX_SAFE_INTEGER) - (b.high ?? Number.MAX_SAFE_INTEGER);
}

/** The rows of the States table the view keeps, in its order. */
export function statesInView(lang: Lang, rows: readonly StateRow[], view: StatesView): StateRow[] {
  const q = view.q ? fold(view.q) : null;
  const named = rows.map((r) => ({ r, name: countryName(lang, r.state.code) }));
  const kept = named.filter(
    ({ r, name }) =>
      (view.region === null || r.state.region === view.region) &&
      (q === null || fold(name).includes(q) || fold(r.state.name).includes(q) || r.state.code.toLowerCase() === q || r.state.alpha3.toLowerCase() === q),
  );
  const collator = new Intl.Collator(LOCALE[lang]);
  const byName = (a: (typeof named)[number], b: (typeof named)[number]) => collator.compare(a.name, b.name);
  const order: Record<StatesSort, (a: (typeof named)[number], b: (typeof named)[number]) => number> = {
    name: byName,
    region: (a, b) => collator.compare(a.r.state.region, b.r.state.region) || byName(a, b),
    "fundamental-desc": (a, b) => byCount(b.r.byCategory.fundamental, a.r.byCategory.fundamental) || byName(a, b),
    "fundamental-asc": (a, b) => byCount(a.r.byCategory.fundamental, b.r.byCategory.fundamental) || byName(a, b),
    "total-desc": (a, b) => byCount(b.r.total, a.r.total) || byName(a, b),
  };
  return kept.sort(order[view.sort]).map((x) => x.r);
}

/** Every member State (as the view filters and sorts them) with its ratifications by category. */
export function statesTable(lang: Lang, overview: StatesOverview, view: StatesView): Table {
  const t = translator(lang);
  return {
    id: "states",
    caption: t("statesTable"),
    rowHeader: "name",
    columns: [
      { key: "name", label: t("colState"), kind: "text" },
      { key: "code", label: t("colCode"), kind: "code" },
      { key: "region", label: t("colRegion"), kind: "text" },
      { key: "region_key", label: "region_key", kind: "code", hidden: true },
      ...countColumns("fundamental", t("colFundamental")),
      { key: "fundamental_of", label: "fundamental_of", kind: "number", hidden: true },
      ...countColumns("p029", t("colP029")),
      ...countColumns("governance", t("colGovernance")),
      ...countColumns("technical", t("colTechnical")),
      { key: "curated", label: t("colCurated"), kind: "bool", hidden: true },
    ],
    rows: statesInView(lang, overview.rows, view).map((r) => ({
      values: {
        name: countryName(lang, r.state.code),
        code: r.state.code,
        region: t(`region:${r.state.region}`),
        region_key: r.state.region,
        ...countValues(lang, "fundamental", r.byCategory.fundamental),
        fundamental: t("ofTotal", { count: formatCount(lang, r.byCategory.fundamental), total: r.available.fundamental }),
        fundamental_of: r.available.fundamental,
        ...countValues(lang, "p029", r.p029),
        ...countValues(lang, "governance", r.byCategory.governance),
        ...countValues(lang, "technical", r.byCategory.technical),
        curated: r.partner !== null,
      },
      hrefs: { name: localePath(lang, `/partners/${partnerIdOfState(r.state.code)}`) },
      notes: r.partner ? { name: t("curatedMark") } : undefined,
      why: countWhyOf(
        lang,
        { fundamental: r.byCategory.fundamental, p029: r.p029, governance: r.byCategory.governance, technical: r.byCategory.technical },
        false,
      ),
    })),
  };
}

export function membershipTable(lang: Lang, p: PartnerProfile): Table | null {
  const m = p.memberState;
  if (!m) return null;
  const t = translator(lang);
  const fe = m.fieldEvidence ?? {};
  const fieldSources = (field: string) => srcIds(m.sources.filter((s) => s.field === undefined || s.field === field));
  // `raw` keeps the value as the record gives it (an ISO date, a region's name) for downloads.
  const row = (key: string, fact: string, value: string | null, field: string, raw: Raw): Row => ({
    values: { fact_key: key, fact, value, raw, evidence: fe[field] ?? m.evidence, sources: fieldSources(field) },
  });
  return {
    id: "membership",
    caption: t("membership"),
    rowHeader: "fact",
    columns: [
      { key: "fact_key", label: "fact_key", kind: "code", hidden: true },
      { key: "fact", label: t("colFact"), kind: "text" },
      { key: "value", label: t("colValue"), kind: "text" },
      { key: "raw", label: "raw", kind: "text", hidden: true },
      ...EVIDENCE_COLS(t),
    ],
    rows: [
      row("founding", t("factFounding"), m.founding ? t("yes") : t("no"), "founding", m.founding),
      row("member_since", t("factMemberSince"), m.memberSince ? formatDate(lang, m.memberSince) : t("unknown"), "memberSince", m.memberSince ?? null),
      row("region", t("factRegion"), t(`region:${m.region}`), "region", m.region),
      row("codes", t("factCodes"), `${m.code} / ${m.alpha3}`, "code", `${m.code} ${m.alpha3}`),
      ...(p.partner.office
        ? [
            {
              values: { fact_key: "office", fact: t("factOffice"), value: officeLabel(t, p.partner.office).text, raw: p.partner.office, ...attested(p.partner) },
              langs: officeLabel(t, p.partner.office).translated ? undefined : { value: "en" as const },
            },
          ]
        : []),
    ],
  };
}

export function categoryTable(lang: Lang, p: PartnerProfile): Table | null {
  const r = p.ratifications;
  if (!r) return null;
  const t = translator(lang);
  const row = (key: string, label: string, c: Count, available: number | null): Row => ({
    values: { category_key: key, category: label, ...countValues(lang, "ratified", c), available, evidence: "derived" },
    why: countWhyOf(lang, { ratified: c }),
  });
  return {
    id: "ratifications-by-category",
    caption: t("ratificationsByCategory"),
    rowHeader: "category",
    columns: [
      { key: "category_key", label: "category_key", kind: "code", hidden: true },
      { key: "category", label: t("colCategory"), kind: "text" },
      ...countColumns("ratified", t("colCount")),
      { key: "available", label: t("colAvailable"), kind: "number" },
      { key: "evidence", label: t("colEvidence"), kind: "evidence" },
    ],
    rows: [
      row("total", t("total"), r.total, r.available.fundamental + r.available.governance + r.available.technical),
      row("fundamental", t("colFundamental"), r.byCategory.fundamental, r.available.fundamental),
      row("governance", t("colGovernance"), r.byCategory.governance, r.available.governance),
      row("technical", t("colTechnical"), r.byCategory.technical, r.available.technical),
      row("protocols", t("protocols"), r.protocols, null),
    ],
  };
}

export function statusTable(lang: Lang, p: PartnerProfile): Table | null {
  const r = p.ratifications;
  if (!r) return null;
  const t = translator(lang);
  const s = r.byStatus;
  const entries: [string, string, Count][] = [
    ["in-force", t("stInForce"), s.inForce],
    ["not-in-force", t("stNotInForce"), s.notInForce],
    ["denounced", t("stDenounced"), s.denounced],
    ["abrogated", t("stAbrogated"), s.abrogated],
    ["withdrawn", t("stWithdrawn"), s.withdrawn],
  ];
  return {
    id: "ratifications-by-status",
    caption: t("ratificationsByStatus"),
    rowHeader: "status",
    columns: [
      { key: "status_key", label: "status_key", kind: "code", hidden: true },
      { key: "status", label: t("colStatus"), kind: "text" },
      ...countColumns("count", t("colCount")),
      { key: "evidence", label: t("colEvidence"), kind: "evidence" },
    ],
    rows: entries.map(([key, label, n]) => ({
      values: { status_key: key, status: label, ...countValues(lang, "count", n), evidence: "derived" },
      why: countWhyOf(lang, { count: n }),
    })),
  };
}

export function ratificationsTable(lang: Lang, p: PartnerProfile): Table | null {
  const r = p.ratifications;
  if (!r) return null;
  const t = translator(lang);
  return {
    id: "ratifications",
    caption: t("ratificationsList"),
    rowHeader: "instrument",
    columns: [
      { key: "instrument", label: t("colInstrument"), kind: "code" },
      { key: "title", label: t("colTitle"), kind: "text", lang: "en" },
      { key: "category", label: t("colCategory"), kind: "text" },
      ...REGISTRATION_COLS(t),
      ...EVIDENCE_COLS(t),
    ],
    rows: r.rows.map((row) => ({
      values: {
        instrument: row.instrument,
        title: row.title,
        category: categoryLabel(t, row.category),
        ...registrationValues(t, row),
        evidence: row.statusEvidence,
        sources: srcIds(row.sources),
      },
      hrefs: { instrument: localePath(lang, `/instruments/${row.instrument}`) },
      notes: registrationNotes(t, row),
    })),
  };
}

/** What a ratification row shows of its registration and status, the same on a State's and an instrument's page. */
type RegistrationRow = Pick<
  RatificationRow,
  "registeredOn" | "registeredBetween" | "registered" | "status" | "statusDerived" | "statusFrom" | "automaticBy"
>;

const REGISTRATION_COLS = (t: ReturnType<typeof translator>): Column[] => [
  { key: "registered_on", label: t("colRegistered"), kind: "date" },
  { key: "registered_from", label: "registered_from", kind: "date", hidden: true },
  { key: "registered_to", label: "registered_to", kind: "date", hidden: true },
  { key: "status", label: t("colStatus"), kind: "text" },
  { key: "status_key", label: "status_key", kind: "code", hidden: true },
  { key: "status_derived", label: "status_derived", kind: "bool", hidden: true },
  { key: "status_from", label: t("colStatusFrom"), kind: "date" },
];

function registrationValues(t: ReturnType<typeof translator>, r: RegistrationRow): Record<string, Raw> {
  return {
    registered_on: r.registeredOn,
    registered_from: r.registeredBetween.from,
    registered_to: r.registeredBetween.to,
    status: ratificationStatusLabel(t, r.status, r.automaticBy),
    status_key: r.status,
    status_derived: r.statusDerived,
    // A derived entry into force is known as precisely as the registration it follows ("2000" after "1999").
    status_from: r.statusDerived && r.statusFrom ? r.statusFrom.slice(0, r.registeredOn.length) : r.statusFrom,
  };
}

/** A registration that may fall after the day, and a status the final articles imply, say so under the cell. */
function registrationNotes(t: ReturnType<typeof translator>, r: RegistrationRow): Record<string, string> | undefined {
  const notes: Record<string, string> = {};
  if (r.registered === "open") notes.registered_on = t("registrationOpen");
  if (r.statusDerived) notes.status = t("derivedMark");
  return Object.keys(notes).length > 0 ? notes : undefined;
}

export function contributionsTable(lang: Lang, p: PartnerProfile): Table {
  const t = translator(lang);
  const rows: Row[] = [];
  for (const g of p.contributions.byPeriod) {
    for (const total of g.totals) {
      const recs = g.contributions.filter((c) => c.money.currency === total.currency);
      rows.push({
        values: {
          period_from: g.key.from,
          period_to: g.key.to,
          period: formatPeriod(g.key.from, g.key.to),
          channel_key: g.key.channel,
          channel: channelLabel(t, g.key.channel),
          amount: usdValue(total),
          currency: total.currency,
          approximate: g.approximate,
          recipient: joinList(lang, [...new Set(recs.map((c) => c.recipient))]),
          evidence: recs.length > 0 ? weakestEvidence(...recs.map((c) => c.evidence)) : "derived",
          sources: srcIds(recs.flatMap((c) => c.sources)),
        },
        notes: g.approximate ? { amount: t("approximate") } : undefined,
      });
    }
  }
  return {
    id: "contributions",
    caption: t("contributionsTable"),
    rowHeader: "period",
    columns: [
      { key: "period", label: t("colPeriod"), kind: "text" },
      { key: "period_from", label: "period_from", kind: "number", hidden: true },
      { key: "period_to", label: "period_to", kind: "number", hidden: true },
      { key: "channel", label: t("colChannel"), kind: "text" },
      { key: "channel_key", label: "channel_key", kind: "code", hidden: true },
      { key: "amount", label: t("colAmount"), kind: "money", currencyKey: "currency" },
      { key: "currency", label: "currency", kind: "code", hidden: true },
      { key: "approximate", label: t("approximate"), kind: "bool", hidden: true },
      { key: "recipient", label: t("colRecipient"), kind: "text", lang: "en" },
      ...EVIDENCE_COLS(t),
    ],
    rows,
  };
}

export function agreementsTable(lang: Lang, p: PartnerProfile): Table {
  const t = translator(lang);
  const themes = new Map(p.themes.map((th) => [th.id as string, themeLabel(t, th.id, th.label).text]));
  return {
    id: "agreements",
    caption: t("agreementsTable"),
    rowHeader: "title",
    columns: [
      { key: "signed_on", label: t("colSigned"), kind: "date" },
      { key: "title", label: t("colTitle"), kind: "text", lang: "en" },
      { key: "parties", label: t("colParties"), kind: "text", lang: "en" },
      { key: "frameworks", label: t("colFrameworks"), kind: "text" },
      { key: "themes", label: t("colThemes"), kind: "text" },
      { key: "id", label: "id", kind: "code", hidden: true },
      ...EVIDENCE_COLS(t),
    ],
    rows: p.agreements.map((a) => ({
      values: {
        signed_on: a.signedOn,
        title: a.title,
        parties: a.parties.map((x) => (x.signatory ? `${x.name} (${x.signatory})` : x.name)).join("; "),
        frameworks: joinList(lang, a.frameworks.map((f) => frameworkLabel(t, f)), "words"),
        themes: joinList(lang, a.themes.map((id) => themes.get(id) ?? id), "words"),
        id: a.id,
        ...attested(a),
      },
      notes: a.summary ? { title: a.summary } : undefined,
      langs: a.summary ? { "title:note": "en" as const } : undefined,
    })),
  };
}

export function projectsTable(lang: Lang, p: PartnerProfile): Table {
  const t = translator(lang);
  return {
    id: "projects",
    caption: t("projectsTable"),
    rowHeader: "title",
    columns: [
      { key: "title", label: t("colTitle"), kind: "text", lang: "en" },
      { key: "beneficiaries", label: t("colBeneficiaries"), kind: "text" },
      { key: "modality", label: t("colModality"), kind: "text" },
      { key: "modality_key", label: "modality_key", kind: "code", hidden: true },
      { key: "start", label: t("colPeriod"), kind: "date" },
      { key: "end", label: "end", kind: "date", hidden: true },
      { key: "budget", label: t("colBudget"), kind: "money", currencyKey: "budget_currency" },
      { key: "budget_currency", label: "budget_currency", kind: "code", hidden: true },
      { key: "status", label: t("colStatus"), kind: "text" },
      { key: "status_key", label: "status_key", kind: "code", hidden: true },
      { key: "id", label: "id", kind: "code", hidden: true },
      ...EVIDENCE_COLS(t),
    ],
    rows: p.projects.map((x) => ({
      values: {
        title: x.title,
        beneficiaries: joinList(lang, [...x.beneficiaries.map((c) => countryName(lang, c)), ...(x.beneficiaryRegions ?? []).map((r) => regionText(t, r))], "words"),
        modality: modalityLabel(t, x.modality),
        modality_key: x.modality,
        start: x.start ?? null,
        end: x.end ?? null,
        budget: x.budget?.amount ?? null,
        budget_currency: x.budget?.currency ?? null,
        status: projectStatusLabel(t, x.status),
        status_key: x.status,
        id: x.id,
        ...attested(x),
      },
    })),
  };
}

export function programmesTable(lang: Lang, p: PartnerProfile): Table {
  const t = translator(lang);
  return {
    id: "country-programmes",
    caption: t("programmesTable"),
    rowHeader: "title",
    columns: [
      { key: "title", label: t("colTitle"), kind: "text", lang: "en" },
      { key: "period", label: t("colPeriod"), kind: "text" },
      { key: "priorities", label: t("colPriorities"), kind: "text", lang: "en" },
      { key: "signatories", label: t("colSignatories"), kind: "text", lang: "en" },
      { key: "current", label: t("colCurrent"), kind: "bool" },
      { key: "id", label: "id", kind: "code", hidden: true },
      ...EVIDENCE_COLS(t),
    ],
    rows: p.countryProgrammes.map(({ programme: c, current }) => ({
      values: {
        title: c.title,
        period: formatPeriod(c.period.from, c.period.to),
        priorities: joinList(lang, c.priorities),
        signatories: joinList(lang, c.signatories),
        current,
        id: c.id,
        ...attested(c),
      },
    })),
  };
}

export function claimsTable(lang: Lang, checks: ClaimCheck[]): Table {
  const t = translator(lang);
  const result: Record<ClaimStatus, string> = {
    holds: t("resultHolds"),
    drifted: t("resultDrifted"),
    wrong: t("resultWrong"),
    undecided: t("resultUndecided"),
    inconsistent: t("resultInconsistent"),
    "not-computable": t("resultNotComputable"),
  };
  return {
    id: "claims",
    caption: t("claimsTable"),
    rowHeader: "text",
    columns: [
      { key: "text", label: t("colClaim"), kind: "text", lang: "en" },
      { key: "metric", label: t("colMetric"), kind: "text" },
      { key: "metric_key", label: "metric_key", kind: "code", hidden: true },
      { key: "stated", label: t("colStated"), kind: "text" },
      { key: "stated_for", label: t("colStatedFor"), kind: "date", hidden: true },
      { key: "on_as_of", label: t("colRecords"), kind: "text" },
      { key: "result", label: t("colResult"), kind: "text" },
      { key: "status", label: "status", kind: "code", hidden: true },
      ...EVIDENCE_COLS(t),
    ],
    rows: checks.map((c) => ({
      values: {
        text: c.claim.text,
        metric: metricLabel(t, c.claim.metric),
        metric_key: c.claim.metric,
        stated: formatClaimValue(lang, c.values.stated),
        stated_for: c.claim.statedFor,
        on_as_of: formatClaimValue(lang, c.values.onAsOf),
        result: result[c.status],
        status: c.status,
        ...attested(c.claim),
      },
    })),
  };
}

export function sourcesTable(lang: Lang, sources: PartnerProfile["sources"]): Table {
  const t = translator(lang);
  return {
    id: "sources",
    caption: t("sourcesTable"),
    rowHeader: "title",
    columns: [
      { key: "id", label: t("colCode"), kind: "code" },
      { key: "title", label: t("colTitle"), kind: "text", lang: "en" },
      { key: "publisher", label: t("colPublisher"), kind: "text", lang: "en" },
      { key: "kind", label: t("colKind"), kind: "text" },
      { key: "kind_key", label: "kind_key", kind: "code", hidden: true },
      { key: "published", label: t("colPublished"), kind: "date", hidden: true },
      { key: "url", label: "url", kind: "text", hidden: true },
    ],
    rows: sources.map((s) => ({
      anchor: `source-${s.id}`,
      values: {
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        kind: sourceKindLabel(t, s.kind),
        kind_key: s.kind,
        published: s.published ?? null,
        url: s.url ?? null,
      },
      hrefs: s.url ? { title: s.url } : undefined,
      langs: recordTextLang(s.title) === "en" ? undefined : { title: recordTextLang(s.title) },
    })),
  };
}

/** What a coverage record's scope names: which States, which instruments. */
function coverageScope(lang: Lang, c: Coverage): string {
  const t = translator(lang);
  const states = c.scope.states.kind === "all-members" ? t("covAllMembers") : c.scope.states.codes.map((code) => countryName(lang, code)).join(", ");
  const ins = c.scope.instruments;
  const instruments =
    ins.kind === "all" ? t("covAllInstruments") : ins.kind === "category" ? t(`instruments:${ins.category}`) : ins.codes.join(", ");
  return t("covScope", { states, instruments });
}

export function coverageTable(lang: Lang, coverage: readonly Coverage[]): Table {
  const t = translator(lang);
  return {
    id: "coverage",
    caption: t("coverageTable"),
    rowHeader: "scope",
    columns: [
      { key: "id", label: "id", kind: "code", hidden: true },
      { key: "scope", label: t("colScope"), kind: "text" },
      { key: "complete_as_of", label: t("colCompleteAsOf"), kind: "date" },
      { key: "note", label: t("colNote"), kind: "text", lang: "en" },
      ...EVIDENCE_COLS(t),
    ],
    rows: coverage.map((c) => ({
      values: { id: c.id, scope: coverageScope(lang, c), complete_as_of: c.completeAsOf, note: c.note ?? null, ...attested(c) },
    })),
  };
}

export function instrumentsTable(lang: Lang, rows: InstrumentOverviewRow[]): Table {
  const t = translator(lang);
  return {
    id: "instruments",
    caption: t("instrumentsTable"),
    rowHeader: "code",
    columns: [
      { key: "code", label: t("colCode"), kind: "code" },
      { key: "title", label: t("colTitle"), kind: "text", lang: "en" },
      { key: "year_adopted", label: t("colAdopted"), kind: "text" },
      { key: "category", label: t("colCategory"), kind: "text" },
      { key: "status", label: t("colStatus"), kind: "text" },
      ...countColumns("ratifications", t("colRatifications")),
      ...countColumns("in_force", t("colInForce")),
      ...EVIDENCE_COLS(t),
    ],
    rows: rows.map((r) => ({
      values: {
        code: r.instrument.code,
        title: r.instrument.title,
        year_adopted: String(r.instrument.yearAdopted),
        category: categoryLabel(t, r.category),
        status: instrumentStatusLabel(t, r.instrument.status),
        ...countValues(lang, "ratifications", r.ratifications),
        ...countValues(lang, "in_force", r.inForce),
        ...attested(r.instrument),
      },
      hrefs: { code: localePath(lang, `/instruments/${r.instrument.code}`) },
      why: countWhyOf(lang, { ratifications: r.ratifications, in_force: r.inForce }),
    })),
  };
}

export function instrumentRatificationsTable(lang: Lang, ins: Instrument, rows: InstrumentRatificationRow[]): Table {
  const t = translator(lang);
  return {
    id: "ratifications",
    caption: t("ratifiedByTable", { code: ins.code }),
    rowHeader: "state_name",
    columns: [
      { key: "state", label: t("colCode"), kind: "code" },
      { key: "state_name", label: t("colState"), kind: "text" },
      ...REGISTRATION_COLS(t),
      ...EVIDENCE_COLS(t),
    ],
    rows: rows.map((r) => ({
      values: {
        state: r.state,
        state_name: countryName(lang, r.state),
        ...registrationValues(t, r),
        evidence: r.evidence,
        sources: srcIds(r.sources),
      },
      hrefs: { state_name: localePath(lang, `/partners/${partnerIdOfState(r.state)}`) },
      notes: registrationNotes(t, r),
    })),
  };
}

export function compareTable(lang: Lang, profiles: PartnerProfile[]): Table {
  const t = translator(lang);
  /** A kind of money the partner's records hold, or null when they hold none of it (not zero). */
  const money = (p: PartnerProfile, kind: ContributionKind, a: AmountBounds): { money: AmountBounds | null } => ({
    money: p.contributions.contributions.some((c) => kindOfChannel(c.channel) === kind) ? a : null,
  });
  const metrics: [string, string, (p: PartnerProfile) => Count | number | { money: AmountBounds | null } | null][] = [
    ["ratified", t("colRatified"), (p) => p.headline.ratified],
    ["fundamental", t("colFundamental"), (p) => p.headline.fundamental],
    ["governance", t("colGovernance"), (p) => p.headline.governance],
    ["technical", t("colTechnical"), (p) => p.headline.technical],
    ["in_force", t("colInForce"), (p) => p.headline.inForce],
    ["agreements", t("colAgreements"), (p) => p.headline.agreements],
    ["projects", t("colProjects"), (p) => p.headline.projects],
    ["contributions_usd", t("colContributionsUsd"), (p) => money(p, "voluntary", p.headline.contributionsUsd)],
    ["assessed_usd", t("colAssessedUsd"), (p) => money(p, "assessed", p.headline.assessedUsd)],
  ];
  const cell = (id: string, v: Count | number | { money: AmountBounds | null } | null): Record<string, Raw> => {
    if (v === null) return { [id]: null, [`${id}_low`]: null, [`${id}_high`]: null, [`${id}_certainty`]: null };
    if (typeof v === "number") return countValues(lang, id, exactCount(v));
    if ("money" in v) {
      const a = v.money;
      // Compact in the cell so three or four partners fit a phone's width; the bounds in full in the download.
      return {
        [id]: a ? formatAmountBoundsCompact(lang, a, "USD") : t("noRecords"),
        [`${id}_low`]: a?.low ?? null,
        [`${id}_high`]: a?.high ?? null,
        [`${id}_certainty`]: a?.certainty ?? null,
      };
    }
    return countValues(lang, id, v);
  };
  return {
    id: "compare",
    caption: t("compareTable"),
    rowHeader: "metric",
    columns: [
      { key: "metric_key", label: "metric_key", kind: "code", hidden: true },
      { key: "metric", label: t("colMetric"), kind: "text" },
      ...profiles.flatMap((p) => countColumns(p.partner.id, partnerName(lang, p.partner))),
    ],
    rows: metrics.map(([key, label, get]) => ({
      values: { metric_key: key, metric: label, ...Object.assign({}, ...profiles.map((p) => cell(p.partner.id, get(p)))) },
      why: countWhyOf(
        lang,
        Object.fromEntries(
          profiles.map((p) => {
            const v = get(p);
            return [p.partner.id, v !== null && typeof v === "object" && !("money" in v) ? v : null];
          }),
        ),
      ),
    })),
  };
}

export type SearchRow = SearchMatch;

/** The partners' names by id, for search results that belong to a partner. */
export type PartnerNames = ReadonlyMap<string, { state: string | null; name: string }>;

export function searchTable(lang: Lang, hits: SearchRow[], partners: PartnerNames = new Map()): Table {
  const t = translator(lang);
  const kind = { partner: t("kindPartner"), instrument: t("kindInstrument"), agreement: t("kindAgreement"), project: t("kindProject") };
  const hrefOf = (h: SearchRow) =>
    h.kind === "partner"
      ? `/partners/${h.key}`
      : h.kind === "instrument"
        ? `/instruments/${h.key}`
        : `/partners/${h.partner ?? ""}#${h.kind === "agreement" ? "agreements" : "projects"}`;
  const partnerText = (id: string | undefined) => {
    if (!id) return null;
    const p = partners.get(id);
    return p?.state ? countryName(lang, p.state) : (p?.name ?? null);
  };
  const matchText = (h: SearchRow) => {
    const field = { name: t("matchName"), code: t("matchCode"), number: t("matchNumber", { n: h.snippet.replace(/^\D+0*/, "") }), title: t("matchTitle") }[h.field];
    return h.field === "number" || h.field === "code" ? field : `${labelledText(lang, field)}${h.snippet}`;
  };
  return {
    id: "search",
    caption: t("searchTable"),
    rowHeader: "title",
    columns: [
      { key: "title", label: t("colTitle"), kind: "text" },
      { key: "kind", label: t("colKind"), kind: "text" },
      { key: "kind_key", label: "kind_key", kind: "code", hidden: true },
      { key: "code", label: t("colCode"), kind: "code" },
      { key: "key", label: "key", kind: "code", hidden: true },
      { key: "partner", label: t("colPartner"), kind: "text" },
      { key: "partner_key", label: "partner_key", kind: "code", hidden: true },
      { key: "snippet", label: t("colMatch"), kind: "text" },
    ],
    rows: hits.map((h) => {
      const stateTitle = h.kind === "partner" && h.state ? countryName(lang, h.state) : null;
      const snippetLang = h.field === "name" || h.field === "title" ? h.snippetLang : null;
      return {
        values: {
          // A member State is named in the page's language, whatever name matched.
          title: stateTitle ?? h.title,
          kind: kind[h.kind],
          kind_key: h.kind,
          code: h.kind === "instrument" ? h.key : h.kind === "partner" && h.state ? h.state : null,
          key: h.key,
          partner: partnerText(h.partner),
          partner_key: h.partner ?? null,
          snippet: matchText(h),
        },
        hrefs: { title: localePath(lang, hrefOf(h)) },
        langs: {
          ...(stateTitle === null ? { title: "en" as TextLanguage } : {}),
          ...(snippetLang && snippetLang !== lang ? { snippet: snippetLang } : {}),
        },
      };
    }),
  };
}
