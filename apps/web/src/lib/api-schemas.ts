// The shapes the JSON API returns, built from core's record schemas. The same schemas feed the
// OpenAPI document, and route handlers type their bodies with them.
import {
  Agreement,
  Claim,
  Contribution,
  ContributionChannel,
  CountryCode,
  CountryProgramme,
  DecimalString,
  Evidence,
  IatiReport,
  Instrument,
  InstrumentCategory,
  InstrumentCode,
  IsoDate,
  MemberState,
  Money,
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

export const Headline = z.object({
  ratified: count.nullable(),
  fundamental: count.nullable(),
  governance: count.nullable(),
  technical: count.nullable(),
  inForce: count.nullable(),
  contributionsUsd: DecimalString,
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

export const PartnersResponse = z.object({ asOf: IsoDate, partners: z.array(PartnerSummary) });

const CategoryCounts = z.object({ fundamental: count, governance: count, technical: count });

export const RatificationRow = z.object({
  instrument: InstrumentCode,
  title: z.string(),
  kind: z.enum(["convention", "protocol"]),
  category: InstrumentCategory,
  registeredOn: IsoDate,
  status: RatificationStatusValue,
  statusFrom: z.string().nullable(),
  automaticBy: InstrumentCode.nullable(),
  evidence: Evidence,
  statusEvidence: Evidence,
  sources: z.array(SourceRef),
});

export const RatificationsResponse = z.object({
  state: CountryCode,
  asOf: IsoDate,
  total: count.describe("Conventions ratified by asOf"),
  protocols: count,
  byCategory: CategoryCounts.describe("By the classification in force on asOf"),
  available: CategoryCounts,
  byStatus: z.object({ inForce: count, notInForce: count, denounced: count, abrogated: count, withdrawn: count }),
  rows: z.array(RatificationRow),
});

export const ClaimCheckResponse = z.object({
  id: z.string(),
  claim: Claim,
  asOf: IsoDate,
  status: z.enum(["holds", "drifted", "wrong", "not-computable"]),
  stated: z.union([z.number(), z.string(), z.boolean()]),
  onStatedDate: z.union([z.number(), z.string(), z.boolean()]).nullable(),
  onAsOf: z.union([z.number(), z.string(), z.boolean()]).nullable(),
  message: z.string(),
});

export const ContributionsResponse = z.object({
  range: z.object({ fromYear: z.int(), toYear: z.int() }),
  totals: z.array(Money),
  usd: z.object({ amount: DecimalString, complete: z.boolean() }),
  approximate: z.boolean(),
  byPeriod: z.array(
    z.object({
      from: z.int(),
      to: z.int(),
      channel: ContributionChannel,
      totals: z.array(Money),
      approximate: z.boolean(),
      contributions: z.array(z.string()),
    }),
  ),
  contributions: z.array(Contribution),
});

export const ProfileResponse = z.object({
  asOf: IsoDate,
  partner: Partner,
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
});

export const InstrumentSummary = z.object({
  instrument: Instrument,
  category: InstrumentCategory.describe("Category on asOf"),
  ratifications: count.describe("Ratifications in the data registered by asOf"),
  inForce: count,
});

export const InstrumentsResponse = z.object({ asOf: IsoDate, instruments: z.array(InstrumentSummary) });

export const InstrumentRatificationRow = z.object({
  state: CountryCode,
  stateName: z.string(),
  registeredOn: IsoDate,
  status: RatificationStatusValue,
  statusFrom: z.string().nullable(),
  automaticBy: InstrumentCode.nullable(),
  evidence: Evidence,
  sources: z.array(SourceRef),
});

export const InstrumentResponse = z.object({
  asOf: IsoDate,
  instrument: Instrument,
  category: InstrumentCategory,
  ratifications: z.array(InstrumentRatificationRow),
  sources: z.array(Source),
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
  RatificationRow,
  RatificationsResponse,
  ClaimCheckResponse,
  ContributionsResponse,
  InstrumentSummary,
  InstrumentsResponse,
  InstrumentRatificationRow,
  InstrumentResponse,
  SearchResponse,
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
