// Input shapes of core's schemas (plain strings where core brands them), for hand-written facts.
import type {
  Agreement,
  Claim,
  Contribution,
  Coverage,
  CountryProgramme,
  Instrument,
  MemberState,
  Partner,
  Project,
  Ratification,
  Source,
  Theme,
} from "@partnership-atlas/core";

type In<S extends { _zod: { input: unknown } }> = S["_zod"]["input"];

export type SourceIn = In<typeof Source>;
export type ThemeIn = In<typeof Theme>;
export type InstrumentIn = In<typeof Instrument>;
export type MemberStateIn = In<typeof MemberState>;
export type RatificationIn = In<typeof Ratification>;
export type PartnerIn = In<typeof Partner>;
export type AgreementIn = In<typeof Agreement>;
export type ContributionIn = In<typeof Contribution>;
export type ProjectIn = In<typeof Project>;
export type CountryProgrammeIn = In<typeof CountryProgramme>;
export type ClaimIn = In<typeof Claim>;
export type EvidenceIn = "verified" | "secondary" | "derived" | "unverified";
export type CoverageIn = In<typeof Coverage>;
