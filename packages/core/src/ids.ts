// Branded identifiers: a CountryCode cannot be passed where an InstrumentCode is wanted.
import { z } from "zod";

/** NORMLEX instrument code: `C001`…`C192`, `P029`, or `MLC2006`. */
export const InstrumentCode = z
  .string()
  .regex(/^(C\d{3}|P\d{3}|MLC2006)$/, {
    error: "must be a NORMLEX instrument code such as C029, P029 or MLC2006 (C or P and three digits)",
  })
  .brand<"InstrumentCode">();
export type InstrumentCode = z.infer<typeof InstrumentCode>;

/** ISO 3166-1 alpha-2 country code, upper case (`CN`). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 code in capitals, such as CN" })
  .brand<"CountryCode">();
export type CountryCode = z.infer<typeof CountryCode>;

/** ISO 3166-1 alpha-3 country code (`CHN`), kept for joining ILOSTAT data. */
export const CountryCode3 = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: "must be an ISO 3166-1 alpha-3 code in capitals, such as CHN" })
  .brand<"CountryCode3">();
export type CountryCode3 = z.infer<typeof CountryCode3>;

const slug = (what: string, example: string) =>
  z
    .string()
    .min(1, { error: `${what} must not be empty` })
    .max(120, { error: `${what} must be at most 120 characters` })
    .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, {
      error: `${what} must be lower-case letters, digits and single hyphens, such as ${example}`,
    });

/** A partner: a member State's alpha-2 code in lower case (`cn`) or a slug for another body. */
export const PartnerId = slug("a partner id", "cn").brand<"PartnerId">();
export type PartnerId = z.infer<typeof PartnerId>;

export const SourceId = slug("a source id", "ilo-pardev-china").brand<"SourceId">();
export type SourceId = z.infer<typeof SourceId>;

export const ThemeId = slug("a theme id", "social-protection").brand<"ThemeId">();
export type ThemeId = z.infer<typeof ThemeId>;

export const AgreementId = slug("an agreement id", "cn-2019-mohrss-bri").brand<"AgreementId">();
export type AgreementId = z.infer<typeof AgreementId>;

export const ContributionId = slug("a contribution id", "cn-voluntary-2018-2022").brand<"ContributionId">();
export type ContributionId = z.infer<typeof ContributionId>;

export const ProjectId = slug("a project id", "cn-sstc-skills").brand<"ProjectId">();
export type ProjectId = z.infer<typeof ProjectId>;

export const CountryProgrammeId = slug("a country programme id", "cn-dwcp-2023-2025").brand<"CountryProgrammeId">();
export type CountryProgrammeId = z.infer<typeof CountryProgrammeId>;

export const CoverageId = slug("a coverage id", "all-members-fundamental").brand<"CoverageId">();
export type CoverageId = z.infer<typeof CoverageId>;

export const ClaimId = slug("a claim id", "cn-page-ratified-total").brand<"ClaimId">();
export type ClaimId = z.infer<typeof ClaimId>;

/** A ratification is identified by its State and instrument: `CN-C029`. */
export const RatificationId = z
  .string()
  .regex(/^[A-Z]{2}-(C\d{3}|P\d{3}|MLC2006)$/, { error: "must be <country>-<instrument>, such as CN-C029" })
  .brand<"RatificationId">();
export type RatificationId = z.infer<typeof RatificationId>;

/** The id of a ratification, derived from its State and instrument. */
export function ratificationId(state: CountryCode, instrument: InstrumentCode): RatificationId {
  return ratificationKey(state, instrument) as RatificationId;
}

/**
 * The same key from unchecked text (the dataset's hand-written facts, before they are parsed):
 * the one place the `<State>-<instrument>` template is written.
 */
export function ratificationKey(state: string, instrument: string): string {
  return `${state}-${instrument}`;
}

/** The partner id of a member State: its alpha-2 code in lower case. */
export function partnerIdOfState(state: CountryCode): PartnerId {
  return state.toLowerCase() as PartnerId;
}
