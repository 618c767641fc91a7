// The domain model: every record type as a zod schema with a type of the same name.
import { z } from "zod";
import { IsoDate, PartialDate } from "./dates.js";
import {
  AgreementId,
  ClaimId,
  ContributionId,
  CountryCode,
  CountryCode3,
  CountryProgrammeId,
  CoverageId,
  InstrumentCode,
  PartnerId,
  ProjectId,
  SourceId,
  ThemeId,
} from "./ids.js";
import { DecimalString, Money } from "./money.js";

const text = (what: string, max = 2000) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} must be at most ${max} characters` });

/** The languages a record's text can be written in: the site's four. */
export const TEXT_LANGUAGES = ["en", "zh", "fr", "es"] as const;
export const TextLanguage = z.enum(TEXT_LANGUAGES, { error: "must be one of en, zh, fr, es" });
export type TextLanguage = z.infer<typeof TextLanguage>;

/**
 * A text written in one language, with translations: `{ en: "…", fr: "…", original: "en" }`.
 * `original` names the language it was written in, whose text must be given. A plain string is a
 * text in English (every record written before translations existed).
 */
export type LocalizedText = string | ({ original: TextLanguage } & Partial<Record<TextLanguage, string>>);

export const localizedText = (what: string, max = 2000) => {
  const one = text(what, max);
  return z.union([
    one,
    z
      .strictObject({ original: TextLanguage, en: one.optional(), zh: one.optional(), fr: one.optional(), es: one.optional() })
      .refine((t) => typeof t[t.original] === "string", {
        error: (issue) => {
          const original = (issue.input as { original?: string } | undefined)?.original ?? "its original language";
          return `${what} names ${original} as its original language, so it must give the text in ${original} (add "${original}": "…")`;
        },
      }),
  ]);
};

/** The text in a language: that language's when given, else the original; and which one it is. */
export function textIn(t: LocalizedText, lang: TextLanguage): { text: string; lang: TextLanguage } {
  if (typeof t === "string") return { text: t, lang: "en" };
  const own = t[lang];
  if (own) return { text: own, lang };
  return { text: t[t.original] ?? "", lang: t.original };
}

/** The text as first written (what the feeds, IATI and the terminal show). */
export function originalText(t: LocalizedText): string {
  return typeof t === "string" ? t : (t[t.original] ?? "");
}

/** How sure a fact is. */
export const Evidence = z.enum(["verified", "secondary", "derived", "unverified"], {
  error: "must be one of verified, secondary, derived, unverified",
});
export type Evidence = z.infer<typeof Evidence>;

/** The evidence levels from most to least sure: the one order every rule, list and legend uses. */
export const EVIDENCE_ORDER: readonly Evidence[] = Evidence.options;

/** A pointer from a fact to the source that vouches for it (optionally for one field only). */
export const SourceRef = z.strictObject({
  source: SourceId,
  /** The field this source vouches for, when it does not vouch for the whole record. */
  field: z.string().min(1).max(80).optional(),
  /** Where in the source: a section, a table row, a quoted phrase. */
  locator: z.string().min(1).max(500).optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** What every fact-bearing record carries: its sources, how sure it is, and per-field exceptions. */
export const Attested = z.object({
  evidence: Evidence,
  sources: z.array(SourceRef),
  /** Evidence of single fields where it differs from the record's (e.g. a region from memory). */
  fieldEvidence: z.record(z.string(), Evidence).optional(),
  note: z.string().max(4000).optional(),
});
export type Attested = z.infer<typeof Attested>;

export const Source = z.strictObject({
  id: SourceId,
  title: text("a source title", 500),
  publisher: text("a publisher", 300),
  url: z.url({ error: "must be a full URL starting with http:// or https://" }).optional(),
  kind: z.enum(["primary", "secondary"], { error: "must be primary or secondary" }),
  published: PartialDate.optional(),
  accessed: IsoDate.optional(),
  note: z.string().max(2000).optional(),
});
export type Source = z.infer<typeof Source>;

export const Theme = z.strictObject({
  id: ThemeId,
  label: text("a theme label", 200),
  /** OECD DAC purpose code where one exists (social protection 16010, …). */
  dacPurposeCode: z
    .string()
    .regex(/^\d{5}$/, { error: "must be a five-digit OECD DAC purpose code" })
    .optional(),
});
export type Theme = z.infer<typeof Theme>;

export const InstrumentCategory = z.enum(["fundamental", "governance", "technical"], {
  error: "must be fundamental, governance or technical",
});
export type InstrumentCategory = z.infer<typeof InstrumentCategory>;

/** One period of an instrument's classification; open-ended on either side. */
export const ClassificationPeriod = z.strictObject({
  category: InstrumentCategory,
  from: IsoDate.optional(),
  until: IsoDate.optional(),
});
export type ClassificationPeriod = z.infer<typeof ClassificationPeriod>;

export const InstrumentStatus = z.enum(
  ["up-to-date", "outdated", "interim", "shelved", "to-be-revised", "abrogated", "withdrawn"],
  { error: "must be up-to-date, outdated, interim, shelved, to-be-revised, abrogated or withdrawn" },
);
export type InstrumentStatus = z.infer<typeof InstrumentStatus>;

export const Instrument = Attested.extend({
  code: InstrumentCode,
  kind: z.enum(["convention", "protocol"], { error: "must be convention or protocol" }),
  number: z.int({ error: "must be a whole number" }).min(1).max(999),
  title: text("a title", 500),
  yearAdopted: z.int({ error: "must be a year" }).min(1919).max(2100),
  /** The instrument a protocol belongs to. */
  protocolTo: InstrumentCode.optional(),
  classification: z.array(ClassificationPeriod).min(1, { error: "needs at least one classification period" }),
  /** Standards status; absent when not known. */
  status: InstrumentStatus.optional(),
  /** When an instrument was abrogated or withdrawn, to the precision known. */
  statusDate: PartialDate.optional(),
}).strict();
export type Instrument = z.infer<typeof Instrument>;

export const IloRegion = z.enum(
  ["Africa", "Americas", "Arab States", "Asia and the Pacific", "Europe and Central Asia"],
  { error: "must be an ILO region: Africa, Americas, Arab States, Asia and the Pacific, Europe and Central Asia" },
);
export type IloRegion = z.infer<typeof IloRegion>;

export const MemberState = Attested.extend({
  code: CountryCode,
  alpha3: CountryCode3,
  /** English short name; other languages come from Intl.DisplayNames. */
  name: text("a name", 200),
  region: IloRegion,
  /** Date (or month or year) of admission; absent when not known. */
  memberSince: PartialDate.optional(),
  founding: z.boolean(),
}).strict();
export type MemberState = z.infer<typeof MemberState>;

const StatusBase = Attested.extend({
  from: PartialDate,
});

/** One dated entry in a ratification's status history. */
export const RatificationStatus = z.discriminatedUnion("status", [
  StatusBase.extend({ status: z.literal("in-force") }).strict(),
  StatusBase.extend({ status: z.literal("not-in-force") }).strict(),
  StatusBase.extend({
    status: z.literal("denounced"),
    /** Set when the denunciation was automatic, on ratification of another instrument. */
    automaticBy: InstrumentCode.optional(),
  }).strict(),
  StatusBase.extend({ status: z.literal("abrogated") }).strict(),
  StatusBase.extend({ status: z.literal("withdrawn") }).strict(),
]);
export type RatificationStatus = z.infer<typeof RatificationStatus>;
export type RatificationStatusValue = RatificationStatus["status"];

export const Ratification = Attested.extend({
  state: CountryCode,
  instrument: InstrumentCode,
  /**
   * Date the ILO registered the ratification, to the precision known (`2022-08-12`, `2022-08`
   * or `2022`). A partial date is bounded by its source: see `registrationWindow`.
   */
  registeredOn: PartialDate,
  /**
   * Dated status changes. May be empty: entry into force then follows the standard final
   * articles (twelve months after registration), and the derived status says it is derived.
   */
  history: z.array(RatificationStatus),
  /**
   * Registration dates other sources give when they disagree with `registeredOn`; each is a
   * warning for a curator until the sources are reconciled (never a silent pick).
   */
  reportedDates: z.array(z.strictObject({ date: PartialDate, source: SourceId, locator: z.string().max(500).optional() })).optional(),
}).strict();
export type Ratification = z.infer<typeof Ratification>;

export const NarrativeSection = Attested.extend({
  heading: localizedText("a heading", 200),
  body: localizedText("a body", 8000),
}).strict();
export type NarrativeSection = z.infer<typeof NarrativeSection>;

const PartnerBase = Attested.extend({
  id: PartnerId,
  name: text("a name", 200),
  summary: localizedText("a summary", 4000),
  themes: z.array(ThemeId),
  sections: z.array(NarrativeSection),
  /** The ILO office that covers the partner, when one does. */
  office: z.string().max(300).optional(),
  /** IATI organisation identifier, where known. */
  iatiId: z.string().max(100).optional(),
});

/** The subject of a profile: a member State, or another body (a fund, a foundation…). */
export const Partner = z.discriminatedUnion("kind", [
  PartnerBase.extend({ kind: z.literal("member-state"), state: CountryCode }).strict(),
  PartnerBase.extend({
    kind: z.literal("organisation"),
    organisationType: z.enum(["multilateral", "foundation", "private-sector", "development-bank", "other"]),
  }).strict(),
]);
export type Partner = z.infer<typeof Partner>;

export const Party = z.strictObject({
  name: text("a party name", 300),
  role: z.enum(["ilo", "government", "workers", "employers", "other"], {
    error: "must be ilo, government, workers, employers or other",
  }),
  /** Who signed for the party, when known. */
  signatory: z.string().max(300).optional(),
});
export type Party = z.infer<typeof Party>;

export const Framework = z.enum(
  ["belt-and-road", "south-south-triangular", "global-development-initiative", "decent-work-country-programme"],
  { error: "must be belt-and-road, south-south-triangular, global-development-initiative or decent-work-country-programme" },
);
export type Framework = z.infer<typeof Framework>;

export const Agreement = Attested.extend({
  id: AgreementId,
  partner: PartnerId,
  kind: z.enum(["mou", "partnership-agreement", "amendment", "memorandum-of-cooperation", "agreement"], {
    error: "must be mou, partnership-agreement, amendment, memorandum-of-cooperation or agreement",
  }),
  title: text("a title", 500),
  /** Signing date to the precision known: `2019-04-27`, `2019-04` or `2019`. */
  signedOn: PartialDate,
  place: z.string().max(200).optional(),
  /** The agreement this one amends. */
  amends: AgreementId.optional(),
  parties: z.array(Party).min(2, { error: "needs at least two parties" }),
  frameworks: z.array(Framework),
  themes: z.array(ThemeId),
  summary: text("a summary", 4000),
}).strict();
export type Agreement = z.infer<typeof Agreement>;

/** A share of something, in percent; shares of one list must add up to 100. */
export const Share = z.strictObject({
  label: text("a share label", 200),
  percent: DecimalString,
});
export type Share = z.infer<typeof Share>;

export const ContributionChannel = z.enum(
  [
    "assessed",
    "voluntary-core",
    "voluntary-non-core",
    "rbsa",
    "south-south-trust-fund",
    "direct-trust-fund",
    "itc-ilo",
    "china-un-funds",
    "jpo-secondment",
    "voluntary-all",
  ],
  { error: "must be one of assessed, voluntary-core, voluntary-non-core, rbsa, south-south-trust-fund, direct-trust-fund, itc-ilo, china-un-funds, jpo-secondment, voluntary-all" },
);
export type ContributionChannel = z.infer<typeof ContributionChannel>;

/** A span of whole years, `from` to `to` inclusive. */
export const YearRange = z.strictObject({
  from: z.int({ error: "must be a year" }).min(1919).max(2100),
  to: z.int({ error: "must be a year" }).min(1919).max(2100),
});
export type YearRange = z.infer<typeof YearRange>;

export const Contribution = Attested.extend({
  id: ContributionId,
  partner: PartnerId,
  period: YearRange,
  money: Money,
  /** The source gives a rounded figure ("almost US$5.2 million"). */
  approximate: z.boolean(),
  channel: ContributionChannel,
  /** Who received the money within the ILO (the Office, ITC-ILO Turin, a programme). */
  recipient: text("a recipient", 300),
  /** A US dollar equivalent for amounts in another currency, with its rate's date and source. */
  usd: z
    .strictObject({ amount: DecimalString, rate: DecimalString, rateDate: IsoDate, rateSource: SourceId })
    .optional(),
  /** How the amount splits, when known; the shares add up to 100. */
  allocation: z.array(Share).optional(),
  description: z.string().max(2000).optional(),
}).strict();
export type Contribution = z.infer<typeof Contribution>;

export const Funder = z.strictObject({
  name: text("a funder name", 300),
  partner: PartnerId.optional(),
  percent: DecimalString.optional(),
});
export type Funder = z.infer<typeof Funder>;

export const Project = Attested.extend({
  id: ProjectId,
  partner: PartnerId,
  title: text("a title", 500),
  funders: z.array(Funder).min(1, { error: "needs at least one funder" }),
  modality: z.enum(["south-south", "triangular", "south-south-triangular", "bilateral"], {
    error: "must be south-south, triangular, south-south-triangular or bilateral",
  }),
  beneficiaries: z.array(CountryCode),
  /** Beneficiaries that are not single countries ("Asia and the Pacific"). */
  beneficiaryRegions: z.array(z.string().min(1).max(200)).optional(),
  themes: z.array(ThemeId),
  start: PartialDate.optional(),
  end: PartialDate.optional(),
  budget: Money.optional(),
  status: z.enum(["planned", "ongoing", "completed", "unknown"], {
    error: "must be planned, ongoing, completed or unknown",
  }),
  summary: text("a summary", 4000),
}).strict();
export type Project = z.infer<typeof Project>;

export const CountryProgramme = Attested.extend({
  id: CountryProgrammeId,
  partner: PartnerId,
  state: CountryCode,
  title: text("a title", 500),
  /** Years covered; `to` absent when not known. */
  period: z.strictObject({
    from: z.int().min(1990).max(2100),
    to: z.int().min(1990).max(2100).optional(),
  }),
  signedOn: PartialDate.optional(),
  priorities: z.array(text("a priority", 500)),
  signatories: z.array(text("a signatory", 300)),
}).strict();
export type CountryProgramme = z.infer<typeof CountryProgramme>;

/** The figures a claim can be bound to. */
export const Metric = z.enum(
  [
    "ratifications.total",
    "ratifications.fundamental",
    "ratifications.governance",
    "ratifications.technical",
    "ratifications.inForce",
    "ratifications.denounced",
    "ratifications.abrogated",
    "contributions.total",
    "agreements.count",
    "projects.count",
    "membership.founding",
  ],
  { error: "is not a metric core can compute; see Metric in @partnership-atlas/core" },
);
export type Metric = z.infer<typeof Metric>;

/** Narrows a metric: contributions by year range, currency and kind, agreements by year or framework. */
export const MetricParams = z.strictObject({
  fromYear: z.int().min(1919).max(2100).optional(),
  toYear: z.int().min(1919).max(2100).optional(),
  currency: z.string().optional(),
  /**
   * Assessed or voluntary money only. Without it a contributions claim speaks of both, which
   * only a claim that says so (a stated total of both) should do.
   */
  contributionKind: z.enum(["assessed", "voluntary"], { error: "must be assessed or voluntary" }).optional(),
  framework: Framework.optional(),
});
export type MetricParams = z.infer<typeof MetricParams>;

export const Claim = Attested.extend({
  id: ClaimId,
  partner: PartnerId,
  /** The sentence or phrase as the source states it (a short quotation). */
  text: text("a claim's text", 1000),
  metric: Metric,
  params: MetricParams.optional(),
  /** The value the text states: a count, a decimal amount, or yes/no. */
  stated: z.union([z.int(), DecimalString, z.boolean()], {
    error: "must be a whole number, a decimal string or true/false",
  }),
  /** The stated amount was rounded ("almost US$5.2 million"). */
  approximate: z.boolean().optional(),
  /** The date the statement speaks for. */
  statedFor: IsoDate,
  /**
   * The claims (of the same partner) whose stated values this one says it is the total of, as
   * the same page gives them ("US$ 63.1M" for 41.8 + 21.2): checked against their sum.
   */
  parts: z.array(ClaimId).min(2, { error: "a total needs at least two parts" }).optional(),
  /**
   * The claim (of the same partner) whose stated value contains this one's: a yearly figure
   * within a period's total. This one may not be larger.
   */
  within: ClaimId.optional(),
}).strict();
export type Claim = z.infer<typeof Claim>;

/** Which States a coverage record speaks for. */
export const CoverageStates = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("all-members") }),
  z.strictObject({ kind: z.literal("list"), codes: z.array(CountryCode).min(1, { error: "needs at least one State code" }) }),
]);
export type CoverageStates = z.infer<typeof CoverageStates>;

/** Which instruments a coverage record speaks for: every one, a category (every instrument ever in it), or a list. */
export const CoverageInstruments = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("all") }),
  z.strictObject({ kind: z.literal("category"), category: InstrumentCategory }),
  z.strictObject({ kind: z.literal("list"), codes: z.array(InstrumentCode).min(1, { error: "needs at least one instrument code" }) }),
]);
export type CoverageInstruments = z.infer<typeof CoverageInstruments>;

/**
 * A statement that the ratification records are complete for a scope (States × instruments)
 * up to a day. Anything outside every coverage record is partial, and counts over it are "at least".
 */
export const Coverage = Attested.extend({
  id: CoverageId,
  scope: z.strictObject({ states: CoverageStates, instruments: CoverageInstruments }),
  /** Every registration in the scope up to this day is in the records. */
  completeAsOf: IsoDate,
}).strict();
export type Coverage = z.infer<typeof Coverage>;

export const DATASET_SCHEMA_VERSION = 1 as const;

/** The whole set of records. */
export const Dataset = z.strictObject({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION, { error: "must be 1 (the schema version this core reads)" }),
  sources: z.array(Source),
  themes: z.array(Theme),
  instruments: z.array(Instrument),
  memberStates: z.array(MemberState),
  ratifications: z.array(Ratification),
  partners: z.array(Partner),
  agreements: z.array(Agreement),
  contributions: z.array(Contribution),
  projects: z.array(Project),
  countryProgrammes: z.array(CountryProgramme),
  claims: z.array(Claim),
  coverage: z.array(Coverage),
});
export type Dataset = z.infer<typeof Dataset>;

/** The collections of a dataset, in the order they are stored and exported. */
export const COLLECTIONS = [
  "sources",
  "themes",
  "instruments",
  "memberStates",
  "ratifications",
  "partners",
  "agreements",
  "contributions",
  "projects",
  "countryProgrammes",
  "claims",
  "coverage",
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The schema of one record of each collection. */
export const RECORD_SCHEMAS = {
  sources: Source,
  themes: Theme,
  instruments: Instrument,
  memberStates: MemberState,
  ratifications: Ratification,
  partners: Partner,
  agreements: Agreement,
  contributions: Contribution,
  projects: Project,
  countryProgrammes: CountryProgramme,
  claims: Claim,
  coverage: Coverage,
} as const satisfies Record<CollectionName, z.ZodType>;

export type RecordOf<C extends CollectionName> = Dataset[C][number];
export type AnyRecord = RecordOf<CollectionName>;
