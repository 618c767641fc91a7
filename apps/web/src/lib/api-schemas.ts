// The shapes the JSON API returns, built from core's record schemas. The same schemas feed the
// OpenAPI document, and route handlers type their bodies with them.
import {
  Agreement,
  AmountBounds,
  Count,
  PartialDate,
  Claim,
  Contribution,
  ContributionChannel,
  CountryCode,
  CountryProgramme,
  Evidence,
  IatiReport,
  Instrument,
  InstrumentCategory,
  InstrumentCode,
  IsoDate,
  MemberState,
  Money,
  localizedText,
  Partner,
  PartnerId,
  Project,
  Ratification,
  Source,
  SourceRef,
  Theme,
} from "@partnership-atlas/core";
import { z } from "zod";

const count = z.int().min(0);
const RatificationStatusValue = z.enum(["in-force", "not-in-force", "denounced", "abrogated", "withdrawn"]);
const StatusOn = z.enum(["in-force", "not-in-force", "denounced", "abrogated", "withdrawn", "not-yet-ratified"]);
const DateWindow = z.object({ from: IsoDate, to: IsoDate });

/** Which records an answer was built from ("last updated"); also sent as headers. */
export const RecordsMeta = z.object({
  revision: z.int().min(0).describe("The records' revision; grows by one on every change"),
  recordedAt: z.string().nullable().describe("When that revision was recorded (ISO date-time)"),
  latestRevision: z.int().min(0).describe("The newest revision; larger than revision when recordedOn asked for an earlier state"),
  recordedOn: z.string().nullable().describe("The recordedOn value asked for, when one was"),
});


export const Headline = z.object({
  ratified: Count.nullable(),
  fundamental: Count.nullable(),
  governance: Count.nullable(),
  technical: Count.nullable(),
  inForce: Count.nullable(),
  contributionsUsd: AmountBounds.describe(
    "Voluntary contributions in US dollars without counting overlapping periods twice (low) and adding every record (high); assessed money is never added in",
  ),
  assessedUsd: AmountBounds.describe("Assessed contributions (the regular budget) in US dollars, on their own"),
  contributionsApproximate: z.boolean(),
  agreements: count,
  projects: count,
  driftedClaims: count,
});

export const PartnerSummary = z.object({
  id: PartnerId,
  name: z.string(),
  kind: z.enum(["member-state", "organisation"]),
  state: CountryCode.nullable(),
  headline: Headline,
  profile: z.string().describe("URL of the partner's profile in the API"),
});

export const PartnersResponse = z.object({ asOf: IsoDate, partners: z.array(PartnerSummary), records: RecordsMeta.optional() });

const CategoryCounts = z.object({ fundamental: count, governance: count, technical: count });
const CategoryCertainCounts = z.object({ fundamental: Count, governance: Count, technical: Count });

export const RatificationRow = z.object({
  instrument: InstrumentCode,
  title: z.string(),
  kind: z.enum(["convention", "protocol"]),
  category: InstrumentCategory,
  registeredOn: PartialDate,
  registeredBetween: DateWindow,
  registered: z.enum(["yes", "open"]),
  status: RatificationStatusValue,
  statusDerived: z.boolean(),
  possibleStatuses: z.array(StatusOn),
  statusFrom: z.string().nullable(),
  automaticBy: InstrumentCode.nullable(),
  evidence: Evidence,
  statusEvidence: Evidence,
  sources: z.array(SourceRef),
});

export const RatificationsResponse = z.object({
  state: CountryCode,
  asOf: IsoDate,
  total: Count.describe("Conventions ratified by asOf"),
  protocols: Count,
  byCategory: CategoryCertainCounts.describe("By the classification in force on asOf"),
  available: CategoryCounts,
  byStatus: z.object({ inForce: Count, notInForce: Count, denounced: Count, abrogated: Count, withdrawn: Count }),
  rows: z.array(RatificationRow),
  records: RecordsMeta.optional(),
});

export const ClaimCheckResponse = z.object({
  id: z.string(),
  claim: Claim,
  asOf: IsoDate,
  status: z.enum(["holds", "drifted", "wrong", "undecided", "inconsistent", "not-computable"]),
  stated: z.union([z.number(), z.string(), z.boolean()]),
  onStatedDate: z.union([Count, AmountBounds, z.boolean()]).nullable(),
  onAsOf: z.union([Count, AmountBounds, z.boolean()]).nullable(),
  lastHeld: IsoDate.nullable().describe("For a drifted or wrong claim: the last day the records decided the stated value"),
  inconsistency: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("not-sum-of-parts"), parts: z.array(z.string()), sum: z.union([z.number(), z.string()]), difference: z.union([z.number(), z.string()]) }),
      z.object({ kind: z.literal("exceeds-period-total"), within: z.string(), limit: z.union([z.number(), z.string()]) }),
    ])
    .nullable()
    .describe("How an inconsistent claim contradicts the claims it names (its parts, its period's total)"),
});

export const ContributionsResponse = z.object({
  range: z.object({ fromYear: z.int(), toYear: z.int() }),
  totals: z.array(AmountBounds.extend({ currency: z.string() })),
  usd: AmountBounds.extend({ complete: z.boolean() }),
  overlaps: z.array(z.tuple([z.string(), z.string()])).describe("Contributions whose periods overlap"),
  approximate: z.boolean(),
  byPeriod: z.array(
    z.object({
      from: z.int(),
      to: z.int(),
      channel: ContributionChannel,
      totals: z.array(AmountBounds.extend({ currency: z.string() })),
      approximate: z.boolean(),
      contributions: z.array(z.string()),
    }),
  ),
  contributions: z.array(Contribution),
});

/**
 * The partner a profile is about: its Partner record, or for a member State without one the plain
 * record core makes from the State (no narrative: an empty summary, no sections).
 */
const [StatePartner, OrganisationPartner] = Partner.options;
export const ProfilePartner = z.discriminatedUnion("kind", [
  StatePartner.extend({
    summary: z
      .union([z.literal(""), localizedText("a summary", 4000)])
      .describe("Empty for a member State without curated records; a text, or texts per language with the original marked"),
  }),
  OrganisationPartner,
]);

export const ProfileResponse = z.object({
  asOf: IsoDate,
  partner: ProfilePartner,
  curated: z.boolean().describe("True when the partner has curated partnership records (a Partner record)"),
  memberState: MemberState.nullable(),
  headline: Headline,
  ratifications: RatificationsResponse.nullable(),
  contributions: ContributionsResponse,
  agreements: z.array(Agreement),
  projects: z.array(Project),
  countryProgrammes: z.array(z.object({ programme: CountryProgramme, current: z.boolean() })),
  themes: z.array(Theme),
  claims: z.array(ClaimCheckResponse),
  evidence: z.object({ verified: count, secondary: count, derived: count, unverified: count }),
  sources: z.array(Source),
  records: RecordsMeta.optional(),
});

export const InstrumentSummary = z.object({
  instrument: Instrument,
  category: InstrumentCategory.describe("Category on asOf"),
  ratifications: Count.describe("States that ratified by asOf"),
  inForce: Count,
});

export const InstrumentsResponse = z.object({ asOf: IsoDate, instruments: z.array(InstrumentSummary), records: RecordsMeta.optional() });

/** One State's ratification of an instrument: the State, and the fields of a profile's row (as core types it). */
export const InstrumentRatificationRow = RatificationRow.pick({
  registeredOn: true,
  registeredBetween: true,
  registered: true,
  status: true,
  statusDerived: true,
  possibleStatuses: true,
  statusFrom: true,
  automaticBy: true,
  evidence: true,
  sources: true,
}).extend({ state: CountryCode, stateName: z.string() });

export const InstrumentResponse = z.object({
  asOf: IsoDate,
  instrument: Instrument,
  category: InstrumentCategory,
  count: Count.describe("States that ratified by asOf, with certainty"),
  inForce: Count.describe("Of those, in force on asOf"),
  ratifications: z.array(InstrumentRatificationRow),
  sources: z.array(Source),
  records: RecordsMeta.optional(),
});

export const SearchResponse = z.object({
  q: z.string(),
  hits: z.array(
    z.object({
      kind: z.enum(["partner", "instrument", "agreement", "project"]),
      key: z.string(),
      title: z.string(),
      partner: z.string().optional(),
      snippet: z.string(),
    }),
  ),
  records: RecordsMeta.optional(),
});

export const ChangeItem = z.object({
  collection: z.string(),
  key: z.string(),
  kind: z.enum(["added", "changed", "removed"]),
  record: z.unknown().nullable().describe("The record's content at the page's revision; null when removed"),
  revision: z.int().min(0).describe("The revision of the record's last change in the range"),
  at: z.string(),
  actor: z.string(),
  note: z.string().nullable().describe("Why the curator made the change"),
  source: z.string().nullable().describe("The id of the source the change rests on"),
});

export const ChangesResponse = z.object({
  since: z.int().min(0),
  revision: z.int().min(0).describe("The revision the changes lead to; pass it as until with next"),
  recordedAt: z.string().nullable(),
  total: z.int().min(0).describe("Records changed in the whole range"),
  changes: z.array(ChangeItem),
  next: z.string().nullable().describe("The address of the next page, or null on the last one"),
});

export const ApiError = z.object({
  error: z.object({
    status: z.int(),
    code: z.enum(["bad-parameter", "not-found", "internal"]),
    parameter: z.string().optional().describe("The parameter that was rejected"),
    message: z.string(),
  }),
});

/** Every schema named in the OpenAPI document's components. */
export const NAMED_SCHEMAS = {
  Headline,
  PartnerSummary,
  PartnersResponse,
  ProfileResponse,
  ProfilePartner,
  RatificationRow,
  RatificationsResponse,
  ClaimCheckResponse,
  ContributionsResponse,
  InstrumentSummary,
  InstrumentsResponse,
  InstrumentRatificationRow,
  InstrumentResponse,
  SearchResponse,
  RecordsMeta,
  ChangeItem,
  ChangesResponse,
  ApiError,
  Partner,
  MemberState,
  Instrument,
  Ratification,
  Agreement,
  Contribution,
  Project,
  CountryProgramme,
  Claim,
  Theme,
  Source,
  SourceRef,
  Money,
  IatiReport,
} as const;
