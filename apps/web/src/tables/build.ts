// The tables each page shows, built from core's derived results. Pure: no store, no clock.
import type {
  AmountBounds,
  Attested,
  ClaimCheck,
  Count,
  Instrument,
  InstrumentOverviewRow,
  InstrumentRatificationRow,
  MetricValue,
  PartnerProfile,
  SourceRef,
} from "@partnership-atlas/core";
import { countryName, formatAmountBounds, formatCount } from "../i18n/format";
import { categoryLabel, channelLabel, frameworkLabel, instrumentStatusLabel, ratificationStatusLabel } from "../i18n/labels";
import { type Lang, localePath } from "../i18n/languages";
import { translator } from "../i18n/messages";
import type { Column, Row, Table } from "./table";

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

/** A count cell: the count as the site writes it ("6–7", "at least 12"). */
function count(lang: Lang, c: Count | null): string | null {
  return c === null ? null : formatCount(lang, c);
}

/** A money cell from bounds: the amount when exact, else "low–high" as text (the cell's note says why). */
function usdValue(a: AmountBounds): string {
  return a.certainty === "exact" ? a.low : `${a.low}–${a.high}`;
}

export function partnersTable(lang: Lang, profiles: PartnerProfile[]): Table {
  const t = translator(lang);
  return {
    id: "partners",
    caption: t("partnersTable"),
    rowHeader: "name",
    columns: [
      { key: "id", label: t("colCode"), kind: "code" },
      { key: "name", label: t("colPartner"), kind: "text" },
      { key: "ratified", label: t("colRatified"), kind: "number" },
      { key: "fundamental", label: t("colFundamental"), kind: "number" },
      { key: "governance", label: t("colGovernance"), kind: "number" },
      { key: "technical", label: t("colTechnical"), kind: "number" },
      { key: "agreements", label: t("colAgreements"), kind: "number" },
      { key: "projects", label: t("colProjects"), kind: "number" },
      { key: "contributions_usd", label: t("colContributionsUsd"), kind: "money", currencyKey: "currency" },
      { key: "currency", label: "currency", kind: "code", hidden: true },
    ],
    rows: profiles.map((p) => ({
      values: {
        id: p.partner.id,
        name: partnerName(lang, p.partner),
        ratified: count(lang, p.headline.ratified),
        fundamental: count(lang, p.headline.fundamental),
        governance: count(lang, p.headline.governance),
        technical: count(lang, p.headline.technical),
        agreements: p.headline.agreements,
        projects: p.headline.projects,
        contributions_usd: usdValue(p.headline.contributionsUsd),
        currency: "USD",
      },
      hrefs: { name: localePath(lang, `/partners/${p.partner.id}`) },
      notes: p.headline.contributionsApproximate ? { contributions_usd: t("approximate") } : undefined,
    })),
  };
}

export function membershipTable(lang: Lang, p: PartnerProfile): Table | null {
  const m = p.memberState;
  if (!m) return null;
  const t = translator(lang);
  const fe = m.fieldEvidence ?? {};
  const fieldSources = (field: string) => srcIds(m.sources.filter((s) => s.field === undefined || s.field === field));
  const row = (key: string, fact: string, value: string | null, field: string): Row => ({
    values: { fact_key: key, fact, value, evidence: fe[field] ?? m.evidence, sources: fieldSources(field) },
  });
  return {
    id: "membership",
    caption: t("membership"),
    rowHeader: "fact",
    columns: [
      { key: "fact_key", label: "fact_key", kind: "code", hidden: true },
      { key: "fact", label: t("colFact"), kind: "text" },
      { key: "value", label: t("colValue"), kind: "text" },
      ...EVIDENCE_COLS(t),
    ],
    rows: [
      row("founding", t("factFounding"), m.founding ? t("yes") : t("no"), "founding"),
      row("member_since", t("factMemberSince"), m.memberSince ?? t("unknown"), "memberSince"),
      row("region", t("factRegion"), m.region, "region"),
      row("codes", t("factCodes"), `${m.code} / ${m.alpha3}`, "code"),
      ...(p.partner.office
        ? [{ values: { fact_key: "office", fact: t("factOffice"), value: p.partner.office, ...attested(p.partner) } }]
        : []),
    ],
  };
}

export function categoryTable(lang: Lang, p: PartnerProfile): Table | null {
  const r = p.ratifications;
  if (!r) return null;
  const t = translator(lang);
  const row = (key: string, label: string, c: Count, available: number | null): Row => ({
    values: { category_key: key, category: label, ratified: count(lang, c), available, evidence: "derived" },
  });
  return {
    id: "ratifications-by-category",
    caption: t("ratificationsByCategory"),
    rowHeader: "category",
    columns: [
      { key: "category_key", label: "category_key", kind: "code", hidden: true },
      { key: "category", label: t("colCategory"), kind: "text" },
      { key: "ratified", label: t("colCount"), kind: "number" },
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
      { key: "count", label: t("colCount"), kind: "number" },
      { key: "evidence", label: t("colEvidence"), kind: "evidence" },
    ],
    rows: entries.map(([key, label, n]) => ({ values: { status_key: key, status: label, count: count(lang, n), evidence: "derived" } })),
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
      { key: "title", label: t("colTitle"), kind: "text" },
      { key: "category", label: t("colCategory"), kind: "text" },
      { key: "registered_on", label: t("colRegistered"), kind: "date" },
      { key: "status", label: t("colStatus"), kind: "text" },
      { key: "status_from", label: t("colStatusFrom"), kind: "date" },
      ...EVIDENCE_COLS(t),
    ],
    rows: r.rows.map((row) => ({
      values: {
        instrument: row.instrument,
        title: row.title,
        category: categoryLabel(t, row.category),
        registered_on: row.registeredOn,
        status: ratificationStatusLabel(t, row.status, row.automaticBy),
        status_from: row.statusFrom,
        evidence: row.statusEvidence,
        sources: srcIds(row.sources),
      },
      hrefs: { instrument: localePath(lang, `/instruments/${row.instrument}`) },
    })),
  };
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
          period: g.key.from === g.key.to ? String(g.key.from) : `${g.key.from}–${g.key.to}`,
          channel_key: g.key.channel,
          channel: channelLabel(lang, g.key.channel),
          amount: usdValue(total),
          currency: total.currency,
          approximate: g.approximate,
          recipient: [...new Set(recs.map((c) => c.recipient))].join("; "),
          evidence: recs.map((c) => c.evidence).sort(evidenceRank)[0] ?? "derived",
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
      { key: "recipient", label: t("colRecipient"), kind: "text" },
      ...EVIDENCE_COLS(t),
    ],
    rows,
  };
}

const RANK = { unverified: 0, derived: 1, secondary: 2, verified: 3 } as const;
/** Sorts weakest evidence first, so a group shows the weakest of its records. */
function evidenceRank(a: string, b: string): number {
  return (RANK[a as keyof typeof RANK] ?? 0) - (RANK[b as keyof typeof RANK] ?? 0);
}

export function agreementsTable(lang: Lang, p: PartnerProfile): Table {
  const t = translator(lang);
  const themes = new Map(p.themes.map((th) => [th.id as string, th.label]));
  return {
    id: "agreements",
    caption: t("agreementsTable"),
    rowHeader: "title",
    columns: [
      { key: "signed_on", label: t("colSigned"), kind: "date" },
      { key: "title", label: t("colTitle"), kind: "text" },
      { key: "parties", label: t("colParties"), kind: "text" },
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
        frameworks: a.frameworks.map((f) => frameworkLabel(lang, f)).join("; "),
        themes: a.themes.map((id) => themes.get(id) ?? id).join("; "),
        id: a.id,
        ...attested(a),
      },
      notes: a.summary ? { title: a.summary } : undefined,
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
      { key: "title", label: t("colTitle"), kind: "text" },
      { key: "beneficiaries", label: t("colBeneficiaries"), kind: "text" },
      { key: "modality", label: t("colModality"), kind: "code" },
      { key: "start", label: t("colPeriod"), kind: "date" },
      { key: "end", label: "end", kind: "date", hidden: true },
      { key: "budget", label: t("colBudget"), kind: "money", currencyKey: "budget_currency" },
      { key: "budget_currency", label: "budget_currency", kind: "code", hidden: true },
      { key: "status", label: t("colStatus"), kind: "code" },
      { key: "id", label: "id", kind: "code", hidden: true },
      ...EVIDENCE_COLS(t),
    ],
    rows: p.projects.map((x) => ({
      values: {
        title: x.title,
        beneficiaries: [...x.beneficiaries.map((c) => countryName(lang, c)), ...(x.beneficiaryRegions ?? [])].join("; "),
        modality: x.modality,
        start: x.start ?? null,
        end: x.end ?? null,
        budget: x.budget?.amount ?? null,
        budget_currency: x.budget?.currency ?? null,
        status: x.status,
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
      { key: "title", label: t("colTitle"), kind: "text" },
      { key: "period", label: t("colPeriod"), kind: "text" },
      { key: "priorities", label: t("colPriorities"), kind: "text" },
      { key: "signatories", label: t("colSignatories"), kind: "text" },
      { key: "current", label: t("colCurrent"), kind: "bool" },
      { key: "id", label: "id", kind: "code", hidden: true },
      ...EVIDENCE_COLS(t),
    ],
    rows: p.countryProgrammes.map(({ programme: c, current }) => ({
      values: {
        title: c.title,
        period: `${c.period.from}–${c.period.to ?? ""}`,
        priorities: c.priorities.join("; "),
        signatories: c.signatories.join("; "),
        current,
        id: c.id,
        ...attested(c),
      },
    })),
  };
}

function showValue(lang: Lang, v: MetricValue | ClaimCheck["stated"] | null, currency?: string): string {
  const t = translator(lang);
  if (v === null) return t("unknown");
  if (typeof v === "boolean") return v ? t("yes") : t("no");
  if (typeof v === "number" || typeof v === "string") return String(v);
  if ("reasons" in v) return formatCount(lang, v);
  return currency ? formatAmountBounds(lang, v, currency) : usdValue(v);
}

export function claimsTable(lang: Lang, checks: ClaimCheck[]): Table {
  const t = translator(lang);
  const result = { holds: t("resultHolds"), drifted: t("resultDrifted"), wrong: t("resultWrong"), undecided: t("resultUndecided"), "not-computable": t("resultNotComputable") };
  return {
    id: "claims",
    caption: t("claimsTable"),
    rowHeader: "text",
    columns: [
      { key: "text", label: t("colClaim"), kind: "text" },
      { key: "metric", label: t("colMetric"), kind: "code" },
      { key: "stated", label: t("colStated"), kind: "text" },
      { key: "stated_for", label: t("colStatusFrom"), kind: "date", hidden: true },
      { key: "on_as_of", label: t("colRecords"), kind: "text" },
      { key: "result", label: t("colResult"), kind: "text" },
      { key: "status", label: "status", kind: "code", hidden: true },
      ...EVIDENCE_COLS(t),
    ],
    rows: checks.map((c) => ({
      values: {
        text: c.claim.text,
        metric: c.claim.metric,
        stated: showValue(lang, c.stated),
        stated_for: c.claim.statedFor,
        on_as_of: showValue(lang, c.onAsOf, c.claim.params?.currency),
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
      { key: "title", label: t("colTitle"), kind: "text" },
      { key: "publisher", label: t("colPublisher"), kind: "text" },
      { key: "kind", label: t("colKind"), kind: "code" },
      { key: "published", label: t("colSigned"), kind: "date", hidden: true },
      { key: "url", label: "url", kind: "text", hidden: true },
    ],
    rows: sources.map((s) => ({
      anchor: `source-${s.id}`,
      values: { id: s.id, title: s.title, publisher: s.publisher, kind: s.kind, published: s.published ?? null, url: s.url ?? null },
      hrefs: s.url ? { title: s.url } : undefined,
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
      { key: "title", label: t("colTitle"), kind: "text" },
      { key: "year_adopted", label: t("colAdopted"), kind: "text" },
      { key: "category", label: t("colCategory"), kind: "text" },
      { key: "status", label: t("colStatus"), kind: "text" },
      { key: "ratifications", label: t("colRatifications"), kind: "number" },
      { key: "in_force", label: t("colInForce"), kind: "number" },
      ...EVIDENCE_COLS(t),
    ],
    rows: rows.map((r) => ({
      values: {
        code: r.instrument.code,
        title: r.instrument.title,
        year_adopted: String(r.instrument.yearAdopted),
        category: categoryLabel(t, r.category),
        status: instrumentStatusLabel(t, r.instrument.status),
        ratifications: count(lang, r.ratifications),
        in_force: count(lang, r.inForce),
        ...attested(r.instrument),
      },
      hrefs: { code: localePath(lang, `/instruments/${r.instrument.code}`) },
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
      { key: "registered_on", label: t("colRegistered"), kind: "date" },
      { key: "status", label: t("colStatus"), kind: "text" },
      { key: "status_from", label: t("colStatusFrom"), kind: "date" },
      ...EVIDENCE_COLS(t),
    ],
    rows: rows.map((r) => ({
      values: {
        state: r.state,
        state_name: countryName(lang, r.state),
        registered_on: r.registeredOn,
        status: ratificationStatusLabel(t, r.status, r.automaticBy),
        status_from: r.statusFrom,
        evidence: r.evidence,
        sources: srcIds(r.sources),
      },
    })),
  };
}

export function compareTable(lang: Lang, profiles: PartnerProfile[]): Table {
  const t = translator(lang);
  const metrics: [string, string, (p: PartnerProfile) => string | number | null][] = [
    ["ratified", t("colRatified"), (p) => count(lang, p.headline.ratified)],
    ["fundamental", t("colFundamental"), (p) => count(lang, p.headline.fundamental)],
    ["governance", t("colGovernance"), (p) => count(lang, p.headline.governance)],
    ["technical", t("colTechnical"), (p) => count(lang, p.headline.technical)],
    ["in_force", t("colInForce"), (p) => count(lang, p.headline.inForce)],
    ["agreements", t("colAgreements"), (p) => p.headline.agreements],
    ["projects", t("colProjects"), (p) => p.headline.projects],
    ["contributions_usd", t("colContributionsUsd"), (p) => usdValue(p.headline.contributionsUsd)],
  ];
  return {
    id: "compare",
    caption: t("compareTable"),
    rowHeader: "metric",
    columns: [
      { key: "metric_key", label: "metric_key", kind: "code", hidden: true },
      { key: "metric", label: t("colMetric"), kind: "text" },
      ...profiles.map((p): Column => ({ key: p.partner.id, label: partnerName(lang, p.partner), kind: "number" })),
    ],
    rows: metrics.map(([key, label, get]) => ({
      values: { metric_key: key, metric: label, ...Object.fromEntries(profiles.map((p) => [p.partner.id, get(p)])) },
    })),
  };
}

export interface SearchRow {
  kind: "partner" | "instrument" | "agreement" | "project";
  key: string;
  title: string;
  partner?: string;
  snippet: string;
}

export function searchTable(lang: Lang, hits: SearchRow[]): Table {
  const t = translator(lang);
  const kind = { partner: t("kindPartner"), instrument: t("kindInstrument"), agreement: t("kindAgreement"), project: t("kindProject") };
  const hrefOf = (h: SearchRow) =>
    h.kind === "partner"
      ? `/partners/${h.key}`
      : h.kind === "instrument"
        ? `/instruments/${h.key}`
        : `/partners/${h.partner ?? ""}#${h.kind === "agreement" ? "agreements" : "projects"}`;
  return {
    id: "search",
    caption: t("searchTable"),
    rowHeader: "title",
    columns: [
      { key: "title", label: t("colTitle"), kind: "text" },
      { key: "kind", label: t("colKind"), kind: "text" },
      { key: "kind_key", label: "kind_key", kind: "code", hidden: true },
      { key: "key", label: t("colCode"), kind: "code" },
      { key: "partner", label: t("colPartner"), kind: "code" },
      { key: "snippet", label: t("colMatch"), kind: "text" },
    ],
    rows: hits.map((h) => ({
      values: { title: h.title, kind: kind[h.kind], kind_key: h.kind, key: h.key, partner: h.partner ?? null, snippet: h.snippet },
      hrefs: { title: localePath(lang, hrefOf(h)) },
    })),
  };
}
