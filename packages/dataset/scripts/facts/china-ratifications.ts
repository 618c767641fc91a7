// How each of China's 28 ratifications is sourced, merging china-ratifications.csv with
// china-ratifications-normlex.csv. The CSV gives dates and notes; this table gives the evidence.
import type { EvidenceIn } from "./types.js";

type Ref = { source: string; field?: string; locator?: string };

export interface StatusSpec {
  status: "in-force" | "not-in-force" | "denounced" | "abrogated";
  from?: string; // defaults to the registration date
  automaticBy?: string;
  evidence: EvidenceIn;
  sources: Ref[];
  note?: string;
}

export interface RatificationSpec {
  /** Overrides the CSV date where a better source gives another day. */
  registeredOn?: string;
  evidence: EvidenceIn;
  sources: Ref[];
  history: StatusSpec[];
  fieldEvidence?: Record<string, EvidenceIn>;
}

const fromC01: Ref = { source: "c01", field: "registeredOn" };
const year = (source: string): Ref => ({ source, field: "registeredOn", locator: "year of ratification" });
const memoryInForce: StatusSpec = {
  status: "in-force",
  evidence: "unverified",
  sources: [],
  note: "Status from memory: no source read shows it.",
};
const C01_MEMORY: RatificationSpec = { evidence: "verified", sources: [fromC01], history: [memoryInForce] };

const byMlc = (extra: Ref[] = []): StatusSpec => ({
  status: "denounced",
  from: "2016-11-12",
  automaticBy: "MLC2006",
  evidence: "unverified",
  sources: [{ source: "s21", locator: "the same pattern for Bulgaria" }, ...extra],
  note: "Expected automatic denunciation when MLC, 2006 entered into force for China (12 Nov 2016), since MLC, 2006 revises this Convention; memory and inference, not seen in NORMLEX.",
});

export const CHINA_RATIFICATIONS: Record<string, RatificationSpec> = {
  C007: {
    evidence: "verified",
    sources: [fromC01],
    history: [
      memoryInForce,
      {
        status: "denounced",
        from: "1999-04-28",
        automaticBy: "C138",
        evidence: "unverified",
        sources: [{ source: "n09", locator: "China not among the 4 States listed as in force in 2011" }],
        note: "Which instrument denounced it, and when, is from memory: C138 (28 Apr 1999, Art. 10) is assumed; MLC, 2006 (12 Nov 2016) is possible. A 2011 copy of the ILO list supports 'not in force' only.",
      },
    ],
  },
  C011: {
    evidence: "verified",
    sources: [fromC01, { source: "n11", field: "registeredOn" }],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "n11", locator: "no denunciation recorded" }] }],
  },
  C014: C01_MEMORY,
  C015: {
    evidence: "verified",
    sources: [fromC01],
    history: [
      memoryInForce,
      {
        status: "abrogated",
        from: "2017-06",
        evidence: "unverified",
        sources: [{ source: "s04", locator: "abrogation of C015 by the 106th ILC" }, { source: "n10" }],
        note: "The abrogation of C015 in June 2017 is verified (s04); that China's record shows it as abrogated is inferred. Open question: NORMLEX may instead show China's C015 as denounced in 1999 on ratification of C138, as for several States in a 2011 copy of the ILO list (n10).",
      },
    ],
  },
  C016: {
    evidence: "verified",
    sources: [fromC01, { source: "n13", field: "registeredOn" }],
    history: [memoryInForce, byMlc()],
  },
  C019: C01_MEMORY,
  C022: { evidence: "verified", sources: [fromC01, { source: "c34", field: "Macau" }], history: [memoryInForce, byMlc()] },
  C023: { evidence: "verified", sources: [fromC01, { source: "c34", field: "Macau" }], history: [memoryInForce, byMlc()] },
  C026: { evidence: "verified", sources: [fromC01, year("c02")], history: [memoryInForce] },
  C027: C01_MEMORY,
  C029: {
    evidence: "derived",
    sources: [
      { source: "c03", field: "registeredOn", locator: "deposited 'on Friday' (China Daily, 13 Aug 2022)" },
      { source: "c04", field: "NPCSC approval" },
      { source: "c05", field: "NPCSC approval" },
    ],
    history: [
      { status: "not-in-force", evidence: "derived", sources: [{ source: "c03" }], note: "Registered, not yet in force: a Convention enters into force for a State twelve months after registration." },
      { status: "in-force", from: "2023-08-12", evidence: "derived", sources: [{ source: "c06", locator: "entry into force one year after deposit" }] },
    ],
  },
  C032: C01_MEMORY,
  C045: {
    evidence: "verified",
    sources: [fromC01, year("c02"), { source: "s08", field: "abrogation agenda" }, { source: "s14", field: "abrogation agenda" }],
    history: [
      {
        status: "in-force",
        evidence: "secondary",
        sources: [{ source: "w01", locator: "C045 table, as of 2023: ratified, not denounced" }, { source: "c02", locator: "CEACR 2022 Direct Request examined C045 for China" }],
        note: "C045 is outdated and its abrogation was placed on the 2024 ILC agenda; whether the Conference abrogated it is not verified.",
      },
    ],
  },
  C059: {
    evidence: "verified",
    sources: [fromC01],
    history: [
      memoryInForce,
      {
        status: "denounced",
        from: "1999-04-28",
        automaticBy: "C138",
        evidence: "secondary",
        sources: [{ source: "c32" }, { source: "c33", field: "mechanism", locator: "C138 Art. 10" }],
        note: "Automatically denounced on ratification of C138 (minimum age of 15 or more); the exact NORMLEX wording and date were not seen.",
      },
    ],
  },
  C080: C01_MEMORY,
  C100: C01_MEMORY,
  C105: {
    evidence: "derived",
    sources: [
      { source: "c03", field: "registeredOn", locator: "deposited 'on Friday' (China Daily, 13 Aug 2022)" },
      { source: "c04", field: "NPCSC approval" },
      { source: "c05", field: "NPCSC approval" },
    ],
    history: [
      { status: "not-in-force", evidence: "derived", sources: [{ source: "c03" }], note: "Registered, not yet in force: a Convention enters into force for a State twelve months after registration." },
      { status: "in-force", from: "2023-08-12", evidence: "derived", sources: [{ source: "c06", locator: "entry into force one year after deposit" }] },
    ],
  },
  C111: C01_MEMORY,
  C122: C01_MEMORY,
  C138: {
    evidence: "verified",
    sources: [fromC01, { source: "c35", field: "registeredOn" }, year("c02")],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "c35", locator: "ratified, minimum age 16" }] }],
  },
  C144: {
    evidence: "verified",
    sources: [fromC01, year("c02")],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "w01", locator: "C144 table, as of September 2023" }] }],
  },
  C150: {
    evidence: "verified",
    sources: [fromC01, { source: "w01", field: "registeredOn" }],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "w01", locator: "C150 table, as of 2023" }] }],
  },
  C155: {
    evidence: "secondary",
    sources: [year("c02"), year("c07"), { source: "w01", field: "registeredOn", locator: "C155 table, after May 2023" }],
    fieldEvidence: { "registeredOn.year": "verified" },
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "w01", locator: "C155 table, after May 2023" }] }],
  },
  C159: {
    evidence: "verified",
    sources: [fromC01],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "pkulaw-c159" }], note: "Weak: a Chinese legal database marks the text as currently effective." }],
  },
  C167: {
    evidence: "verified",
    sources: [{ source: "n02", field: "registeredOn" }, year("c02")],
    history: [{ status: "in-force", evidence: "verified", sources: [{ source: "n02" }] }],
  },
  C170: {
    evidence: "verified",
    sources: [fromC01, year("c02"), { source: "n03", field: "registeredOn" }],
    history: [{ status: "in-force", evidence: "verified", sources: [{ source: "n03" }] }],
  },
  C182: C01_MEMORY,
  MLC2006: {
    evidence: "verified",
    sources: [
      { source: "c07", field: "registeredOn" },
      { source: "c08", field: "registeredOn" },
      { source: "c09", field: "amendments" },
    ],
    history: [
      { status: "not-in-force", evidence: "verified", sources: [{ source: "c07" }], note: "Ratified as the 68th ILO member State; in force twelve months later." },
      { status: "in-force", from: "2016-11-12", evidence: "verified", sources: [{ source: "c07" }, { source: "c08" }] },
    ],
  },
};
