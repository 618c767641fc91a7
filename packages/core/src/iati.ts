// The IATI 2.03 export: turns the records into an `iati-activities` document, one activity per
// project and per contribution, and says per activity what the records could not supply.
// Pure: the generated date-time is a parameter; nothing is read from the clock.
import { z } from "zod";
import { firstDay, happenedBy, IsoDate, lastDay, precisionOf } from "./dates.js";
import { indexOf } from "./dataset-index.js";
import { PartnerId } from "./ids.js";
import type {
  IATI_ACTIVITY_DATE_TYPE,
  IATI_ACTIVITY_STATUS,
  IATI_DESCRIPTION_TYPE,
  IATI_DOCUMENT_CATEGORY,
  IATI_FILE_FORMAT,
  IATI_ORGANISATION_ROLE,
  IATI_ORGANISATION_TYPE,
  IATI_SECTOR_VOCABULARY,
} from "./iati-codelists.js";
import type { Contribution, Dataset, Partner, Project, SourceRef } from "./records.js";

export const IATI_VERSION = "2.03";

/**
 * The reporting organisation: the ILO, by its IATI organisation identifier, type 40
 * (multilateral). The records describe the ILO's own cooperation with its partners.
 */
export const IATI_REPORTING_ORG = {
  ref: "XM-DAC-41302",
  type: "40",
  name: "International Labour Organization",
} as const;

/** Options of the export, checked before anything is built. */
export const IatiExportOptions = z.strictObject({
  /** When the file is generated (`2026-12-01T08:00:00Z`); its day is also the day statuses are derived for. */
  generatedAt: z.iso.datetime({ offset: true, error: "generatedAt must be a date-time such as 2026-12-01T08:00:00Z" }),
  /** Only this partner's records; all partners when absent. */
  partner: PartnerId.optional(),
});
export type IatiExportOptions = z.input<typeof IatiExportOptions>;

/** One thing the records could not supply for an activity (or why the activity itself is missing). */
export const IatiOmission = z.strictObject({
  /** The IATI element or attribute, e.g. `budget`, `activity-date`, `recipient-region`. */
  field: z.string(),
  reason: z.string(),
});
export type IatiOmission = z.infer<typeof IatiOmission>;

/** What the export did with one record. */
export const IatiActivityReport = z.strictObject({
  /** The `iati-identifier` the activity has (or would have had). */
  identifier: z.string(),
  record: z.strictObject({ collection: z.enum(["projects", "contributions"]), id: z.string() }),
  /** False when the records cannot fill an element the schema requires; the activity is then not in the file. */
  exported: z.boolean(),
  /** Elements left out because the records do not hold them. */
  leftOut: z.array(IatiOmission),
  /** How a value was written where the records and IATI differ in precision or form. */
  notes: z.array(z.string()),
});
export type IatiActivityReport = z.infer<typeof IatiActivityReport>;

/** The companion of an IATI file: when it was generated, for whom, and per record what was left out. */
export const IatiReport = z.strictObject({
  generatedAt: z.string(),
  partner: z.string().nullable(),
  /** How many records were written as activities, of how many. */
  written: z.int(),
  records: z.int(),
  activities: z.array(IatiActivityReport),
});
export type IatiReport = z.infer<typeof IatiReport>;

export type IatiExport =
  | { ok: true; xml: string; report: IatiReport }
  | { ok: false; reason: "unknown-partner" | "nothing-to-export"; message: string; report: IatiReport };

/** The `iati-identifier` of the activity made from a record: the ILO's prefix, then the record's id. */
export function iatiActivityIdentifier(collection: "projects" | "contributions", id: string): string {
  return `${IATI_REPORTING_ORG.ref}-ATLAS-${collection === "projects" ? "project" : "contribution"}-${id}`;
}

// ---------------------------------------------------------------- XML

interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: (XmlElement | string)[];
}

function el(
  name: string,
  attrs: Record<string, string | undefined> = {},
  ...children: (XmlElement | string | undefined)[]
): XmlElement {
  return {
    name,
    attrs: Object.entries(attrs).filter((e): e is [string, string] => e[1] !== undefined),
    children: children.filter((c): c is XmlElement | string => c !== undefined),
  };
}

// Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
// become U+FFFD rather than producing a file no parser reads.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content escaped for XML. */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value escaped for XML (double-quoted; line breaks and tabs kept as references). */
export function escapeXmlAttr(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

function render(node: XmlElement, depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`).join("");
  if (node.children.length === 0) {
    out.push(`${pad}<${node.name}${attrs}/>`);
    return;
  }
  const texts = node.children.filter((c): c is string => typeof c === "string");
  if (texts.length === node.children.length) {
    out.push(`${pad}<${node.name}${attrs}>${texts.map(escapeXmlText).join("")}</${node.name}>`);
    return;
  }
  out.push(`${pad}<${node.name}${attrs}>`);
  for (const c of node.children) {
    if (typeof c === "string") out.push(`${pad}  ${escapeXmlText(c)}`);
    else render(c, depth + 1, out);
  }
  out.push(`${pad}</${node.name}>`);
}

const narrative = (text: string) => el("narrative", {}, text);

// ---------------------------------------------------------------- pieces shared by both kinds

type Code<T> = keyof T & string;
const STATUS = (c: Code<typeof IATI_ACTIVITY_STATUS>) => c;
const DATE_TYPE = (c: Code<typeof IATI_ACTIVITY_DATE_TYPE>) => c;
const ROLE = (c: Code<typeof IATI_ORGANISATION_ROLE>) => c;
const DESCRIPTION_GENERAL: Code<typeof IATI_DESCRIPTION_TYPE> = "1";

interface Draft {
  leftOut: IatiOmission[];
  notes: string[];
}

function reportingOrg(): XmlElement {
  return el("reporting-org", { ref: IATI_REPORTING_ORG.ref, type: IATI_REPORTING_ORG.type }, narrative(IATI_REPORTING_ORG.name));
}

function iloImplementing(): XmlElement {
  return el(
    "participating-org",
    { ref: IATI_REPORTING_ORG.ref, type: IATI_REPORTING_ORG.type, role: ROLE("4") },
    narrative(IATI_REPORTING_ORG.name),
  );
}

/**
 * The IATI organisation type of a partner giving its own money: a member State's government (10),
 * or the type its kind of organisation names; none for "other".
 */
function partnerOrgType(partner: Partner): Code<typeof IATI_ORGANISATION_TYPE> | undefined {
  if (partner.kind === "member-state") return "10";
  switch (partner.organisationType) {
    case "multilateral":
    case "development-bank":
      return "40";
    case "foundation":
      return "60";
    case "private-sector":
      return "70";
    case "other":
      return undefined;
  }
}

/**
 * A funder. `asPartner` says the funder is the partner itself (a contribution), so the partner's
 * kind gives the organisation type; a project's funder may be a body within the partner's country
 * (a trade union under China), so its type is not inferred.
 */
function fundingOrg(name: string, partner: Partner | undefined, asPartner: boolean, draft: Draft): XmlElement {
  const ref = partner?.iatiId;
  if (!ref) draft.leftOut.push({ field: "participating-org/@ref", reason: `no IATI organisation identifier is recorded for ${name}` });
  const type = asPartner && partner ? partnerOrgType(partner) : undefined;
  if (!type) draft.leftOut.push({ field: "participating-org/@type", reason: `the records do not classify ${name} by IATI organisation type` });
  return el("participating-org", { ref, type, role: ROLE("1") }, narrative(name));
}

/**
 * An activity date. A day is written as it is. A month or a year is written the IATI way for a
 * less specific date: as a planned date on the first (start) or last (end) day of its span, with
 * the date as recorded in the narrative.
 */
function activityDate(date: string, end: boolean, asOf: IsoDate, draft: Draft): XmlElement {
  const precision = precisionOf(date);
  if (precision === "day") {
    const past = happenedBy(date, asOf);
    const type = end ? (past ? DATE_TYPE("4") : DATE_TYPE("3")) : past ? DATE_TYPE("2") : DATE_TYPE("1");
    return el("activity-date", { type, "iso-date": date });
  }
  const iso = end ? lastDay(date) : firstDay(date);
  draft.notes.push(
    `activity-date: the ${end ? "end" : "start"} is known to the ${precision} only (${date}); written as a planned ${end ? "end" : "start"} on ${iso} with "${date}" in its narrative`,
  );
  return el("activity-date", { type: end ? DATE_TYPE("3") : DATE_TYPE("1"), "iso-date": iso }, narrative(date));
}

function formatOf(url: string): Code<typeof IATI_FILE_FORMAT> {
  return /\.pdf(?:$|[?#])/i.test(url) ? "application/pdf" : "text/html";
}

/** One document link per distinct source that has a URL, in the order the record cites them. */
function documentLinks(dataset: Dataset, refs: readonly SourceRef[], draft: Draft): XmlElement[] {
  const sources = indexOf(dataset).sources;
  const seen = new Set<string>();
  const links: XmlElement[] = [];
  for (const ref of refs) {
    if (seen.has(ref.source)) continue;
    seen.add(ref.source);
    const source = sources.get(ref.source);
    if (!source) continue;
    if (!source.url) {
      draft.leftOut.push({ field: "document-link", reason: `source ${source.id} ("${source.title}") has no URL` });
      continue;
    }
    const category: Code<typeof IATI_DOCUMENT_CATEGORY> = "A12";
    links.push(
      el(
        "document-link",
        { url: source.url, format: formatOf(source.url) },
        el("title", {}, narrative(source.title)),
        el("category", { code: category }),
        source.published && precisionOf(source.published) === "day"
          ? el("document-date", { "iso-date": source.published })
          : undefined,
      ),
    );
  }
  if (links.length > 0) {
    draft.notes.push(
      "document-link: category A12 (activity web page) for every source, and the format read from the URL (a .pdf is application/pdf, anything else text/html); the records do not classify their sources",
    );
  }
  return links;
}

function budget(from: IsoDate, to: IsoDate, amount: string, currency: string): XmlElement {
  // IATI's value-date is the date for currency conversion; the period's first day is the usual choice.
  return el(
    "budget",
    {},
    el("period-start", { "iso-date": from }),
    el("period-end", { "iso-date": to }),
    el("value", { currency, "value-date": from }, amount),
  );
}

const NO_TRANSACTIONS: IatiOmission = {
  field: "transaction",
  reason: "the records hold no dated payments or receipts",
};

function activity(identifier: string, body: (XmlElement | undefined)[]): XmlElement {
  return el("iati-activity", { "xml:lang": "en" }, el("iati-identifier", {}, identifier), reportingOrg(), ...body);
}

// ---------------------------------------------------------------- projects

function projectStatus(p: Project, asOf: IsoDate, draft: Draft): string | undefined {
  switch (p.status) {
    case "planned":
      return STATUS("1");
    case "ongoing":
      return STATUS("2");
    case "completed":
      return STATUS("3");
    case "unknown":
      if (p.end && happenedBy(p.end, asOf)) {
        draft.notes.push(`activity-status: the record's status is unknown; 3 (completion) because its end (${p.end}) had passed on ${asOf}`);
        return STATUS("3");
      }
      if (p.start && asOf < firstDay(p.start)) {
        draft.notes.push(`activity-status: the record's status is unknown; 1 (pipeline) because its start (${p.start}) was still ahead on ${asOf}`);
        return STATUS("1");
      }
      return undefined;
  }
}

function projectActivity(dataset: Dataset, p: Project, asOf: IsoDate): { node?: XmlElement; report: IatiActivityReport } {
  const identifier = iatiActivityIdentifier("projects", p.id);
  const draft: Draft = { leftOut: [], notes: [] };
  const report = (exported: boolean): IatiActivityReport => ({
    identifier,
    record: { collection: "projects", id: p.id },
    exported,
    leftOut: draft.leftOut,
    notes: draft.notes,
  });
  const idx = indexOf(dataset);

  const status = projectStatus(p, asOf, draft);
  const dates = [p.start && activityDate(p.start, false, asOf, draft), p.end && activityDate(p.end, true, asOf, draft)].filter(
    (d): d is XmlElement => Boolean(d),
  );
  const missing: IatiOmission[] = [];
  if (status === undefined) {
    missing.push({
      field: "activity-status",
      reason: `the status is unknown and ${p.end ? `its end (${p.end}) has not passed` : "no end date says the project is over"}; IATI requires one`,
    });
  }
  if (dates.length === 0) missing.push({ field: "activity-date", reason: "the records hold no start or end date; IATI requires one" });
  if (missing.length > 0) {
    draft.leftOut.unshift(...missing);
    if (p.budget) {
      draft.leftOut.push({ field: "budget", reason: `${p.budget.amount} ${p.budget.currency}: not written, as the activity is not` });
    }
    return { report: report(false) };
  }

  const participants = [
    ...p.funders.map((f) => fundingOrg(f.name, f.partner ? idx.partners.get(f.partner) : undefined, false, draft)),
    iloImplementing(),
  ];
  if (p.funders.some((f) => f.percent !== undefined)) {
    draft.leftOut.push({ field: "participating-org (funding shares)", reason: "IATI has no place for a funder's share" });
  }

  const countries = p.beneficiaries.map((c) => el("recipient-country", { code: c }));
  if (countries.length > 1) {
    draft.leftOut.push({ field: "recipient-country/@percentage", reason: "the records do not split the project between its countries" });
  }
  for (const region of p.beneficiaryRegions ?? []) {
    draft.leftOut.push({ field: "recipient-region", reason: `"${region}" is not mapped to an IATI region code` });
  }

  const sectors: XmlElement[] = [];
  const seenCodes = new Set<string>();
  for (const themeId of p.themes) {
    const theme = dataset.themes.find((t) => t.id === themeId);
    if (!theme) continue;
    if (theme.dacPurposeCode) {
      if (seenCodes.has(theme.dacPurposeCode)) continue;
      seenCodes.add(theme.dacPurposeCode);
      const vocabulary: Code<typeof IATI_SECTOR_VOCABULARY> = "1";
      sectors.push(el("sector", { vocabulary, code: theme.dacPurposeCode }, narrative(theme.label)));
    } else {
      // No DAC purpose code: the theme goes in under the reporting organisation's own vocabulary.
      const vocabulary: Code<typeof IATI_SECTOR_VOCABULARY> = "99";
      sectors.push(el("sector", { vocabulary, code: theme.id }, narrative(theme.label)));
      draft.notes.push(`sector: theme ${theme.id} has no DAC purpose code; written in vocabulary 99 (reporting organisation)`);
    }
  }
  if (sectors.length > 1) {
    draft.leftOut.push({ field: "sector/@percentage", reason: "the records do not split the project between its themes" });
  }

  let budgets: XmlElement[] = [];
  if (!p.budget) {
    draft.leftOut.push({ field: "budget", reason: "the records hold no budget" });
  } else if (!p.start || !p.end) {
    draft.leftOut.push({
      field: "budget",
      reason: `${p.budget.amount} ${p.budget.currency}: IATI needs the budget's period and the records do not give the project's ${p.start ? "end" : p.end ? "start" : "start or end"}`,
    });
  } else {
    budgets = [budget(firstDay(p.start), lastDay(p.end), p.budget.amount, p.budget.currency)];
    draft.notes.push(`budget: one budget for the whole period ${firstDay(p.start)}…${lastDay(p.end)}; the value-date is the period's first day`);
  }
  draft.leftOut.push(NO_TRANSACTIONS);

  const node = activity(identifier, [
    el("title", {}, narrative(p.title)),
    el("description", { type: DESCRIPTION_GENERAL }, narrative(p.summary)),
    ...participants,
    el("activity-status", { code: status }),
    ...dates,
    ...countries,
    ...sectors,
    ...budgets,
    ...documentLinks(dataset, p.sources, draft),
  ]);
  return { node, report: report(true) };
}

// ---------------------------------------------------------------- contributions

function periodText(c: Contribution): string {
  return c.period.from === c.period.to ? String(c.period.from) : `${c.period.from}–${c.period.to}`;
}

function contributionActivity(
  dataset: Dataset,
  c: Contribution,
  asOf: IsoDate,
): { node: XmlElement; report: IatiActivityReport } {
  const identifier = iatiActivityIdentifier("contributions", c.id);
  const draft: Draft = { leftOut: [], notes: [] };
  const partner = indexOf(dataset).partners.get(c.partner);
  const partnerName = partner?.name ?? c.partner;
  const start = firstDay(String(c.period.from));
  const end = lastDay(String(c.period.to));

  const status = happenedBy(end, asOf) ? STATUS("3") : asOf < start ? STATUS("1") : STATUS("2");
  draft.notes.push(`activity-status: derived from the period ${periodText(c)} as of ${asOf}`);

  const description = [
    c.description,
    `Received by: ${c.recipient}.`,
    `Channel (Partnership Atlas code): ${c.channel}.`,
    c.approximate ? "The source gives a rounded amount." : undefined,
  ]
    .filter(Boolean)
    .join(" ");
  if (c.approximate) draft.notes.push("budget: the source gives a rounded amount; IATI has no way to mark a value approximate");
  if (c.period.to > c.period.from) {
    draft.notes.push(
      `budget: one budget for ${periodText(c)}; the records give one sum for the years, and IATI's rules prefer budgets of at most a year`,
    );
  }
  if (c.usd) draft.leftOut.push({ field: "budget/value (US dollar equivalent)", reason: "IATI carries the original currency only" });
  if (c.allocation) draft.leftOut.push({ field: "budget (allocation shares)", reason: "IATI has no place for an amount's split by share" });
  draft.leftOut.push({ field: "recipient-country", reason: "a contribution to the ILO names no beneficiary country" });
  draft.leftOut.push({ field: "sector", reason: "the records give a contribution no themes" });
  draft.leftOut.push(NO_TRANSACTIONS);

  const node = activity(identifier, [
    el("title", {}, narrative(`${partnerName}: contribution to the ILO, ${periodText(c)}`)),
    el("description", { type: DESCRIPTION_GENERAL }, narrative(description)),
    fundingOrg(partnerName, partner, true, draft),
    iloImplementing(),
    el("activity-status", { code: status }),
    activityDate(String(c.period.from), false, asOf, draft),
    activityDate(String(c.period.to), true, asOf, draft),
    budget(start, end, c.money.amount, c.money.currency),
    ...documentLinks(dataset, c.sources, draft),
  ]);
  return {
    node,
    report: { identifier, record: { collection: "contributions", id: c.id }, exported: true, leftOut: draft.leftOut, notes: draft.notes },
  };
}

// ---------------------------------------------------------------- the document

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The records as an IATI 2.03 `iati-activities` document: one activity per project and per
 * contribution (of one partner when `partner` is given), with a report per record of what was
 * left out. A record whose activity would lack an element the schema requires (a status, a
 * date) is not written, and its report says why. Throws only when the options are malformed.
 */
export function buildIatiActivities(dataset: Dataset, options: IatiExportOptions): IatiExport {
  const opts = IatiExportOptions.parse(options);
  const idx = indexOf(dataset);
  const asOf = IsoDate.parse(opts.generatedAt.slice(0, 10));
  let projects: readonly Project[];
  let contributions: readonly Contribution[];
  if (opts.partner !== undefined) {
    if (!idx.partners.has(opts.partner)) {
      return {
        ok: false,
        reason: "unknown-partner",
        message: `no partner has the id "${opts.partner}"`,
        report: { generatedAt: opts.generatedAt, partner: opts.partner, written: 0, records: 0, activities: [] },
      };
    }
    projects = idx.projectsByPartner.get(opts.partner) ?? [];
    contributions = idx.contributionsByPartner.get(opts.partner) ?? [];
  } else {
    projects = dataset.projects;
    contributions = dataset.contributions;
  }

  const built = [
    ...[...projects].sort(byId).map((p) => projectActivity(dataset, p, asOf)),
    ...[...contributions].sort(byId).map((c) => contributionActivity(dataset, c, asOf)),
  ];
  const activities = built.map((b) => b.report);
  const nodes = built.flatMap((b) => (b.node ? [b.node] : []));
  const report: IatiReport = {
    generatedAt: opts.generatedAt,
    partner: opts.partner ?? null,
    written: nodes.length,
    records: activities.length,
    activities,
  };
  if (nodes.length === 0) {
    return {
      ok: false,
      reason: "nothing-to-export",
      message: `no record${opts.partner ? ` of partner "${opts.partner}"` : ""} can be written as an IATI activity (an IATI file needs at least one)`,
      report,
    };
  }
  const root = el("iati-activities", { version: IATI_VERSION, "generated-datetime": opts.generatedAt }, ...nodes);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(root, 0, lines);
  return { ok: true, xml: `${lines.join("\n")}\n`, report };
}

/** The report as lines for a terminal: per activity, what was left out and how values were written. */
export function formatIatiReport(report: IatiReport): string {
  const out: string[] = [];
  for (const a of report.activities) {
    const what = a.record.collection === "projects" ? "project" : "contribution";
    out.push(`${a.exported ? "•" : "✖ not exported:"} ${what} ${a.record.id} (${a.identifier})`);
    for (const o of a.leftOut) out.push(`    left out ${o.field}: ${o.reason}`);
    for (const n of a.notes) out.push(`    note ${n}`);
  }
  out.push(`${report.written} of ${report.records} records written as IATI activities`);
  return `${out.join("\n")}\n`;
}
