import { describe, expect, it } from "vitest";
import { ISO_4217_CODES } from "../src/currencies.js";
import {
  buildIatiActivities,
  compareDecimals,
  type Dataset,
  escapeXmlAttr,
  escapeXmlText,
  formatIatiReport,
  IATI_CODELISTS,
  IatiReport,
  iatiActivityIdentifier,
  sumDecimals,
  validateDataset,
} from "../src/index.js";
import { sampleDatasetInput } from "../src/sample.js";
import { validateIati, xmllintVersion, xpathValues } from "./support/xmllint.js";

const GENERATED = "2026-12-01T08:00:00Z";
const src = (id: string) => [{ source: id }];

/** The sample dataset plus a second partner, and projects that exercise every branch of the export. */
function datasetInput() {
  const base = sampleDatasetInput();
  return {
    ...base,
    sources: [
      ...base.sources,
      { id: "p1", title: 'Report on "skills" & <training> in Cambodia', publisher: "ILO", kind: "primary", url: "https://www.ilo.org/docs/report.pdf?lang=en&v=2", published: "2024-03-05" },
    ],
    themes: [...base.themes, { id: "employment", label: "Employment", dacPurposeCode: "16020" }],
    memberStates: [
      ...base.memberStates,
      { code: "LA", alpha3: "LAO", name: "Lao People's Democratic Republic", region: "Asia and the Pacific", founding: false, evidence: "verified", sources: src("c10") },
    ],
    partners: [
      ...base.partners,
      {
        id: "fund", kind: "organisation", organisationType: "foundation", name: "A Fund", summary: "A foundation.", themes: [], sections: [],
        iatiId: "XM-EXAMPLE-1", evidence: "verified", sources: src("c10"),
      },
    ],
    contributions: [
      ...base.contributions,
      {
        id: "fund-2024", partner: "fund", period: { from: 2024, to: 2024 }, money: { amount: "250000.5", currency: "EUR" },
        approximate: false, channel: "voluntary-non-core", recipient: "ILO", evidence: "verified", sources: src("c10"),
      },
    ],
    projects: [
      {
        id: "budgeted", partner: "cn", title: 'Skills <and> jobs & "more" \u0001here', funders: [{ name: "MOHRSS", partner: "cn" }],
        modality: "south-south", beneficiaries: ["KH", "LA"], themes: ["social-protection", "maritime-labour", "employment"],
        start: "2024-03-01", end: "2025-06", budget: { amount: "1234567.89", currency: "CNY" }, status: "ongoing",
        summary: "Line one\nline two.", evidence: "secondary", sources: [...src("p1"), ...src("s01")],
      },
      {
        id: "no-budget", partner: "cn", title: "Without a budget", funders: [{ name: "ACFTU", partner: "cn" }],
        modality: "south-south", beneficiaries: [], themes: [], start: "2019", end: "2021", status: "unknown",
        summary: "No money recorded.", evidence: "secondary", sources: src("c10"),
      },
      {
        id: "open-ended", partner: "cn", title: "Budget without an end", funders: [{ name: "MOHRSS", partner: "cn" }],
        modality: "bilateral", beneficiaries: ["KH"], themes: [], start: "2023", budget: { amount: "1000000", currency: "USD" },
        status: "ongoing", summary: "Started in 2023.", evidence: "secondary", sources: src("c10"),
      },
      {
        id: "undated", partner: "cn", title: "No dates, no status", funders: [{ name: "MOHRSS", partner: "cn" }],
        modality: "bilateral", beneficiaries: ["KH"], themes: [], status: "unknown", summary: "Nothing known.",
        evidence: "secondary", sources: src("c10"),
      },
    ],
  };
}

const dataset = () => valid(datasetInput());

function valid(input: unknown): Dataset {
  const r = validateDataset(input);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.at}: ${p.message}`).join("\n"));
  return r.dataset;
}

function exported(ds: Dataset, partner?: string) {
  const r = buildIatiActivities(ds, { generatedAt: GENERATED, partner });
  if (!r.ok) throw new Error(r.message);
  return r;
}

const activityPath = (collection: "projects" | "contributions", id: string) =>
  `//iati-activity[iati-identifier="${iatiActivityIdentifier(collection, id)}"]`;

describe("IATI export", () => {
  it("has xmllint to check it with", () => {
    expect(xmllintVersion()).toMatch(/xmllint/);
  });

  it("validates against the IATI 2.03 activities schema with zero errors", () => {
    const { xml } = exported(dataset());
    const result = validateIati(xml);
    expect(result.messages).toMatch(/validates$/);
    expect(result.status).toBe(0);
  });

  it("the schema check catches a broken file (so a pass means something)", () => {
    const { xml } = exported(dataset());
    const broken = xml.replace(/<activity-status code="\d"\/>/g, "");
    const result = validateIati(broken);
    expect(result.status).not.toBe(0);
    expect(result.messages).toMatch(/activity-status/);
  });

  it("writes one activity per project that can be expressed and per contribution, and reports the rest", () => {
    const ds = dataset();
    const r = exported(ds);
    const ids = xpathValues(r.xml, "//iati-activity/iati-identifier");
    expect(ids).toEqual([
      iatiActivityIdentifier("projects", "budgeted"),
      iatiActivityIdentifier("projects", "no-budget"),
      iatiActivityIdentifier("projects", "open-ended"),
      ...ds.contributions.map((c) => iatiActivityIdentifier("contributions", c.id)).sort(),
    ]);
    const undated = r.report.activities.find((a) => a.record.id === "undated");
    expect(undated?.exported).toBe(false);
    expect(undated?.leftOut.map((o) => o.field)).toEqual(expect.arrayContaining(["activity-status", "activity-date"]));
    expect(formatIatiReport(r.report)).toMatch(/✖ not exported: project undated/);
    expect(formatIatiReport(r.report)).toMatch(new RegExp(`^${ids.length} of ${r.report.activities.length} records written as IATI activities$`, "m"));
    // The companion report is what its published schema says it is.
    expect(IatiReport.parse(r.report)).toEqual(r.report);
  });

  it("makes every activity's amounts add up exactly to the records' amounts, in the original currency", () => {
    const ds = dataset();
    const { xml } = exported(ds);
    const budgeted = ds.projects.find((p) => p.id === "budgeted");
    const values = xpathValues(xml, `${activityPath("projects", "budgeted")}/budget/value`);
    const currencies = xpathValues(xml, `${activityPath("projects", "budgeted")}/budget/value/@currency`);
    expect(compareDecimals(sumDecimals(values), budgeted?.budget?.amount ?? "-1")).toBe(0);
    expect(currencies).toEqual(["CNY"]);
    for (const c of ds.contributions) {
      const path = activityPath("contributions", c.id);
      expect(compareDecimals(sumDecimals(xpathValues(xml, `${path}/budget/value`)), c.money.amount)).toBe(0);
      expect(xpathValues(xml, `${path}/budget/value/@currency`)).toEqual([c.money.currency]);
    }
  });

  it("gives a project without a budget no budget element, not a zero, and says so", () => {
    const r = exported(dataset());
    expect(xpathValues(r.xml, `${activityPath("projects", "no-budget")}/budget`)).toEqual([]);
    const report = r.report.activities.find((a) => a.record.id === "no-budget");
    expect(report?.leftOut).toContainEqual({ field: "budget", reason: "the records hold no budget" });
  });

  it("leaves out a budget whose period the records do not give, naming the amount it left out", () => {
    const r = exported(dataset());
    expect(xpathValues(r.xml, `${activityPath("projects", "open-ended")}/budget`)).toEqual([]);
    const report = r.report.activities.find((a) => a.record.id === "open-ended");
    expect(report?.leftOut.find((o) => o.field === "budget")?.reason).toMatch(/^1000000 USD: .*end/);
  });

  it("writes a day as it is and a month or year as a planned date with the recorded date in its narrative", () => {
    const { xml } = exported(dataset());
    const budgeted = activityPath("projects", "budgeted");
    expect(xpathValues(xml, `${budgeted}/activity-date/@type`)).toEqual(["2", "3"]);
    expect(xpathValues(xml, `${budgeted}/activity-date/@iso-date`)).toEqual(["2024-03-01", "2025-06-30"]);
    expect(xpathValues(xml, `${budgeted}/activity-date[@type="2"]/narrative`)).toEqual([]);
    expect(xpathValues(xml, `${budgeted}/activity-date[@type="3"]/narrative`)).toEqual(["2025-06"]);
    // The budget covers exactly the days the partial dates span; nothing narrower is claimed.
    expect(xpathValues(xml, `${budgeted}/budget/period-start/@iso-date`)).toEqual(["2024-03-01"]);
    expect(xpathValues(xml, `${budgeted}/budget/period-end/@iso-date`)).toEqual(["2025-06-30"]);
  });

  it("derives an unknown status only from a date that settles it, and reports the derivation", () => {
    const r = exported(dataset());
    expect(xpathValues(r.xml, `${activityPath("projects", "no-budget")}/activity-status/@code`)).toEqual(["3"]);
    expect(r.report.activities.find((a) => a.record.id === "no-budget")?.notes.join("\n")).toMatch(/status is unknown; 3 \(completion\)/);
  });

  it("escapes text and attributes so the records' characters survive the round trip", () => {
    const ds = dataset();
    const { xml } = exported(ds);
    const budgeted = activityPath("projects", "budgeted");
    expect(xpathValues(xml, `${budgeted}/title/narrative`)).toEqual(['Skills <and> jobs & "more" \uFFFDhere']);
    expect(xpathValues(xml, `${budgeted}/description/narrative`)).toEqual(["Line one\nline two."]);
    expect(xpathValues(xml, `${budgeted}/document-link/@url`)).toEqual(["https://www.ilo.org/docs/report.pdf?lang=en&v=2"]);
    expect(xpathValues(xml, `${budgeted}/document-link/title/narrative`)).toEqual(['Report on "skills" & <training> in Cambodia']);
    expect(escapeXmlAttr('a"b\nc&')).toBe("a&quot;b&#10;c&amp;");
    expect(escapeXmlText("<&>")).toBe("&lt;&amp;&gt;");
  });

  it("links the sources that have a URL and reports those that do not", () => {
    const r = exported(dataset());
    const budgeted = activityPath("projects", "budgeted");
    expect(xpathValues(r.xml, `${budgeted}/document-link/@format`)).toEqual(["application/pdf"]);
    expect(xpathValues(r.xml, `${budgeted}/document-link/document-date/@iso-date`)).toEqual(["2024-03-05"]);
    const report = r.report.activities.find((a) => a.record.id === "budgeted");
    expect(report?.leftOut).toContainEqual({ field: "document-link", reason: 'source s01 ("NORMLEX user guide") has no URL' });
  });

  it("maps themes to DAC purpose codes (vocabulary 1) and the rest to the reporting organisation's own vocabulary", () => {
    const { xml } = exported(dataset());
    const budgeted = activityPath("projects", "budgeted");
    expect(xpathValues(xml, `${budgeted}/sector[@vocabulary="1"]/@code`)).toEqual(["16010", "16020"]);
    expect(xpathValues(xml, `${budgeted}/sector[@vocabulary="99"]/@code`)).toEqual(["maritime-labour"]);
    expect(xpathValues(xml, `${budgeted}/recipient-country/@code`)).toEqual(["KH", "LA"]);
  });

  it("reports the ILO as reporting and implementing organisation and the funders with role 1", () => {
    const { xml } = exported(dataset());
    expect(new Set(xpathValues(xml, "//reporting-org/@ref"))).toEqual(new Set(["XM-DAC-41302"]));
    const budgeted = activityPath("projects", "budgeted");
    expect(xpathValues(xml, `${budgeted}/participating-org/@role`)).toEqual(["1", "4"]);
    expect(xpathValues(xml, `${budgeted}/participating-org[@role="1"]/narrative`)).toEqual(["MOHRSS"]);
    // A project's funder may be a body within the partner's country: its type is not inferred.
    expect(xpathValues(xml, `${budgeted}/participating-org[@role="1"]/@type`)).toEqual([]);
    expect(xpathValues(xml, `${budgeted}/participating-org[@role="4"]/@ref`)).toEqual(["XM-DAC-41302"]);
  });

  it("writes only codes that are on the IATI codelists the schema names", () => {
    const ds = dataset();
    const { xml } = exported(ds);
    const on = (list: Record<string, string>, values: string[]) => values.filter((v) => !(v in list));
    expect(on(IATI_CODELISTS.ActivityStatus, xpathValues(xml, "//activity-status/@code"))).toEqual([]);
    expect(on(IATI_CODELISTS.ActivityDateType, xpathValues(xml, "//activity-date/@type"))).toEqual([]);
    expect(on(IATI_CODELISTS.OrganisationRole, xpathValues(xml, "//participating-org/@role"))).toEqual([]);
    expect(on(IATI_CODELISTS.OrganisationType, xpathValues(xml, "//participating-org/@type | //reporting-org/@type"))).toEqual([]);
    expect(on(IATI_CODELISTS.DescriptionType, xpathValues(xml, "//iati-activity/description/@type"))).toEqual([]);
    expect(on(IATI_CODELISTS.SectorVocabulary, xpathValues(xml, "//sector/@vocabulary"))).toEqual([]);
    expect(on(IATI_CODELISTS.Sector, xpathValues(xml, '//sector[@vocabulary="1"]/@code'))).toEqual([]);
    expect(on(IATI_CODELISTS.DocumentCategory, xpathValues(xml, "//document-link/category/@code"))).toEqual([]);
    expect(on(IATI_CODELISTS.FileFormat, xpathValues(xml, "//document-link/@format"))).toEqual([]);
    const countries = new Set<string>(ds.memberStates.map((m) => m.code));
    expect(xpathValues(xml, "//recipient-country/@code").filter((c) => !countries.has(c))).toEqual([]);
    expect(xpathValues(xml, "//value/@currency").filter((c) => !ISO_4217_CODES.has(c))).toEqual([]);
  });

  it("exports one partner's records only, with the partner's IATI identifier as the funder's ref", () => {
    const ds = dataset();
    const fund = exported(ds, "fund");
    expect(fund.report.activities.map((a) => a.record.id)).toEqual(["fund-2024"]);
    expect(xpathValues(fund.xml, '//participating-org[@role="1"]/@ref')).toEqual(["XM-EXAMPLE-1"]);
    // The partner's kind gives the funder's type: a foundation is 60, a member State's government 10.
    expect(xpathValues(fund.xml, '//participating-org[@role="1"]/@type')).toEqual(["60"]);
    const cnContribution = `//iati-activity[iati-identifier="${iatiActivityIdentifier("contributions", "cn-voluntary-2018-2022")}"]`;
    expect(xpathValues(exported(ds, "cn").xml, `${cnContribution}/participating-org[@role="1"]/@type`)).toEqual(["10"]);
    const cn = exported(ds, "cn");
    expect(cn.report.activities.map((a) => a.record.id)).not.toContain("fund-2024");
    expect(cn.report.activities).toHaveLength(ds.projects.length + ds.contributions.length - 1);
  });

  it("refuses an unknown partner and a selection with nothing it can write", () => {
    expect(buildIatiActivities(dataset(), { generatedAt: GENERATED, partner: "zz" })).toMatchObject({ ok: false, reason: "unknown-partner" });
    const empty = buildIatiActivities(valid({ ...sampleDatasetInput(), projects: [], contributions: [] }), { generatedAt: GENERATED });
    expect(empty).toMatchObject({ ok: false, reason: "nothing-to-export" });
  });

  it("takes the generated date-time as a parameter and rejects a malformed one by name", () => {
    const { xml } = exported(dataset());
    expect(xpathValues(xml, "/iati-activities/@generated-datetime")).toEqual([GENERATED]);
    expect(() => buildIatiActivities(dataset(), { generatedAt: "yesterday" })).toThrow(/generatedAt/);
  });
});
