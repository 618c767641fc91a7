// A small, valid dataset shaped like the shipped one, for tests of code built on core.
import type { Dataset } from "./records.js";
import { validateDataset } from "./validate.js";

const src = (id: string) => [{ source: id }];

/**
 * A fresh copy of a small, valid dataset (one partner, eight instruments, seven ratifications,
 * claims that drift) as plain JSON values, for tests to break or import.
 */
export function sampleDatasetInput() {
  return {
    schemaVersion: 1,
    sources: [
      { id: "c10", title: "China - ILO Cooperation", publisher: "ILO", kind: "primary", url: "https://www.ilo.org/pardev/donors/china" },
      { id: "s01", title: "NORMLEX user guide", publisher: "ILO", kind: "primary" },
      { id: "s19", title: "OSH becomes a fundamental principle", publisher: "ETUI", kind: "secondary" },
    ],
    themes: [
      { id: "social-protection", label: "Social protection", dacPurposeCode: "16010" },
      { id: "maritime-labour", label: "Maritime labour" },
    ],
    instruments: [
      { code: "C029", kind: "convention", number: 29, title: "Forced Labour Convention, 1930", yearAdopted: 1930, classification: [{ category: "fundamental" }], status: "up-to-date", evidence: "verified", sources: src("s01") },
      { code: "C100", kind: "convention", number: 100, title: "Equal Remuneration Convention, 1951", yearAdopted: 1951, classification: [{ category: "fundamental" }], evidence: "verified", sources: src("s01") },
      { code: "C122", kind: "convention", number: 122, title: "Employment Policy Convention, 1964", yearAdopted: 1964, classification: [{ category: "governance" }], evidence: "verified", sources: src("s01") },
      { code: "C138", kind: "convention", number: 138, title: "Minimum Age Convention, 1973", yearAdopted: 1973, classification: [{ category: "fundamental" }], evidence: "verified", sources: src("s01") },
      { code: "C059", kind: "convention", number: 59, title: "Minimum Age (Industry) Convention (Revised), 1937", yearAdopted: 1937, classification: [{ category: "technical" }], evidence: "unverified", sources: [] },
      {
        code: "C155", kind: "convention", number: 155, title: "Occupational Safety and Health Convention, 1981", yearAdopted: 1981,
        classification: [{ category: "technical", until: "2022-06-09" }, { category: "fundamental", from: "2022-06-10" }],
        evidence: "verified", sources: [{ source: "s01" }, { source: "s19", field: "classification" }],
      },
      { code: "C015", kind: "convention", number: 15, title: "Minimum Age (Trimmers and Stokers) Convention, 1921", yearAdopted: 1921, classification: [{ category: "technical" }], status: "abrogated", statusDate: "2017-06", evidence: "verified", sources: src("s01") },
      { code: "P029", kind: "protocol", number: 29, title: "Protocol of 2014 to the Forced Labour Convention, 1930", yearAdopted: 2014, protocolTo: "C029", classification: [{ category: "fundamental" }], evidence: "verified", sources: src("s01") },
    ],
    memberStates: [
      { code: "CN", alpha3: "CHN", name: "China", region: "Asia and the Pacific", memberSince: "1919", founding: true, evidence: "verified", sources: src("c10"), fieldEvidence: { region: "unverified" } },
      { code: "KH", alpha3: "KHM", name: "Cambodia", region: "Asia and the Pacific", founding: false, evidence: "verified", sources: src("c10") },
    ],
    ratifications: [
      { state: "CN", instrument: "C100", registeredOn: "1990-11-02", history: [{ status: "in-force", from: "1990-11-02", evidence: "unverified", sources: [] }], evidence: "verified", sources: src("c10") },
      { state: "CN", instrument: "C122", registeredOn: "1997-12-17", history: [{ status: "in-force", from: "1997-12-17", evidence: "unverified", sources: [] }], evidence: "verified", sources: src("c10") },
      { state: "CN", instrument: "C138", registeredOn: "1999-04-28", history: [{ status: "in-force", from: "1999-04-28", evidence: "unverified", sources: [] }], evidence: "verified", sources: src("c10") },
      {
        state: "CN", instrument: "C059", registeredOn: "1940-02-21",
        history: [
          { status: "in-force", from: "1940-02-21", evidence: "unverified", sources: [] },
          { status: "denounced", from: "1999-04-28", automaticBy: "C138", evidence: "secondary", sources: src("s19") },
        ],
        evidence: "verified", sources: src("c10"),
      },
      {
        state: "CN", instrument: "C015", registeredOn: "1936-12-02",
        history: [
          { status: "in-force", from: "1936-12-02", evidence: "unverified", sources: [] },
          { status: "abrogated", from: "2017-06", evidence: "derived", sources: src("s01") },
        ],
        evidence: "verified", sources: src("c10"),
      },
      { state: "CN", instrument: "C155", registeredOn: "2007-01-25", history: [{ status: "in-force", from: "2007-01-25", evidence: "unverified", sources: [] }], evidence: "secondary", sources: src("s19") },
      {
        state: "CN", instrument: "C029", registeredOn: "2022-08-12",
        history: [
          { status: "not-in-force", from: "2022-08-12", evidence: "secondary", sources: src("s19") },
          { status: "in-force", from: "2023-08-12", evidence: "derived", sources: src("s19") },
        ],
        evidence: "secondary", sources: src("s19"),
      },
    ],
    partners: [
      {
        id: "cn", kind: "member-state", state: "CN", name: "China", summary: "A founding member State of the ILO.",
        themes: ["social-protection"], sections: [{ heading: "Membership", body: "Founding member.", evidence: "verified", sources: src("c10") }],
        evidence: "verified", sources: src("c10"),
      },
    ],
    agreements: [
      {
        id: "cn-2019-mohrss-bri", partner: "cn", kind: "mou", title: "South-South Cooperation under the Framework of the Belt and Road Initiative",
        signedOn: "2019-04-27", parties: [{ name: "ILO", role: "ilo" }, { name: "MOHRSS", role: "government" }],
        frameworks: ["belt-and-road", "south-south-triangular"], themes: ["social-protection"], summary: "Social protection, skills, labour governance.",
        evidence: "verified", sources: src("c10"),
      },
      {
        id: "cn-2019-mot-mlc", partner: "cn", kind: "mou", title: "Cooperation for the effective implementation of MLC, 2006",
        signedOn: "2019-04", parties: [{ name: "ILO", role: "ilo" }, { name: "Ministry of Transport", role: "government" }],
        frameworks: ["belt-and-road"], themes: ["maritime-labour"], summary: "Seafarers.", evidence: "verified", sources: src("c10"),
      },
    ],
    contributions: [
      {
        id: "cn-voluntary-2018-2022", partner: "cn", period: { from: 2018, to: 2022 }, money: { amount: "5200000", currency: "USD" },
        approximate: true, channel: "voluntary-all", recipient: "ILO and ITC-ILO Turin", evidence: "verified", sources: src("c10"),
      },
      {
        id: "cn-prossce-2023", partner: "cn", period: { from: 2023, to: 2023 }, money: { amount: "1000000.10", currency: "USD" },
        approximate: false, channel: "south-south-trust-fund", recipient: "ILO", evidence: "secondary", sources: src("s19"),
        allocation: [{ label: "Cambodia", percent: "60" }, { label: "Indonesia", percent: "40" }],
      },
    ],
    projects: [
      {
        id: "cn-sstc-skills", partner: "cn", title: "Strengthening skills development", funders: [{ name: "MOHRSS", partner: "cn", percent: "100" }],
        modality: "south-south-triangular", beneficiaries: ["KH"], themes: ["social-protection"], start: "2019", status: "ongoing",
        budget: { amount: "4000000", currency: "USD" }, summary: "Skills.", evidence: "secondary", sources: src("s19"),
      },
    ],
    countryProgrammes: [
      { id: "cn-dwcp-2016-2020", partner: "cn", state: "CN", title: "DWCP 2016–2020", period: { from: 2016, to: 2020 }, priorities: ["Employment"], signatories: ["MOHRSS"], evidence: "verified", sources: src("c10") },
      { id: "cn-dwcp-2023-2025", partner: "cn", state: "CN", title: "DWCP 2023–2025", period: { from: 2023, to: 2025 }, signedOn: "2023-07-12", priorities: ["Employment"], signatories: ["MOHRSS"], evidence: "verified", sources: src("c10") },
    ],
    claims: [
      { id: "cn-page-total", partner: "cn", text: "ratified 6 Conventions", metric: "ratifications.total", stated: 6, statedFor: "2022-06-01", evidence: "verified", sources: src("c10") },
      { id: "cn-page-fundamental", partner: "cn", text: "2 fundamental", metric: "ratifications.fundamental", stated: 2, statedFor: "2022-06-01", evidence: "verified", sources: src("c10") },
      { id: "cn-page-governance", partner: "cn", text: "1 governance", metric: "ratifications.governance", stated: 1, statedFor: "2022-06-01", evidence: "verified", sources: src("c10") },
      { id: "cn-page-money", partner: "cn", text: "almost US$5.2 million", metric: "contributions.total", params: { fromYear: 2018, toYear: 2022, currency: "USD" }, stated: "5200000", approximate: true, statedFor: "2022-06-01", evidence: "verified", sources: src("c10") },
      { id: "cn-page-bri", partner: "cn", text: "three ministries", metric: "agreements.count", params: { fromYear: 2019, toYear: 2019, framework: "belt-and-road" }, stated: 3, statedFor: "2022-06-01", evidence: "verified", sources: src("c10") },
      { id: "cn-page-founding", partner: "cn", text: "a founding member State", metric: "membership.founding", stated: true, statedFor: "2022-06-01", evidence: "verified", sources: src("c10") },
    ],
    coverage: [
      { id: "cn-all", scope: { states: { kind: "list", codes: ["CN"] }, instruments: { kind: "all" } }, completeAsOf: "2026-11-29", evidence: "verified", sources: src("c10") },
    ],
  };
}

export type SampleDatasetInput = ReturnType<typeof sampleDatasetInput>;

/** The sample dataset, validated and typed. */
export function sampleDataset(): Dataset {
  const r = validateDataset(sampleDatasetInput());
  if (!r.ok) throw new Error(`the sample dataset is invalid:\n${r.problems.map((p) => `${p.at}: ${p.message}`).join("\n")}`);
  return r.dataset;
}
