// The JSON API's answers: the data layer's results mapped to the documented response shapes.
import "server-only";
import type { CountryCode, InstrumentFilter, InstrumentCode, IsoDate, PartnerId, PartnerProfile, RatificationSummary } from "@partnership-atlas/core";
import type { z } from "zod";
import type {
  InstrumentResponse,
  InstrumentsResponse,
  PartnersResponse,
  ProfileResponse,
  RatificationsResponse,
  SearchResponse,
} from "@/lib/api-schemas";
import * as atlas from "./atlas";

type In<S extends z.ZodType> = z.input<S>;

function ratificationsBody(r: RatificationSummary): In<typeof RatificationsResponse> {
  return { ...r, rows: r.rows.map(({ ratification: _omit, ...row }) => row) };
}

function profileBody(p: PartnerProfile): In<typeof ProfileResponse> {
  return {
    asOf: p.asOf,
    partner: p.partner,
    curated: p.curated,
    memberState: p.memberState,
    headline: p.headline,
    ratifications: p.ratifications ? ratificationsBody(p.ratifications) : null,
    contributions: {
      range: p.contributions.range,
      totals: p.contributions.totals,
      usd: p.contributions.usd,
      overlaps: p.contributions.overlaps,
      approximate: p.contributions.approximate,
      byPeriod: p.contributions.byPeriod.map((g) => ({
        ...g.key,
        totals: g.totals,
        approximate: g.approximate,
        contributions: g.contributions.map((c) => c.id),
      })),
      contributions: p.contributions.contributions,
    },
    agreements: p.agreements,
    projects: p.projects,
    countryProgrammes: p.countryProgrammes,
    themes: p.themes,
    claims: p.claims.map((c) => ({ ...c })),
    evidence: p.evidence,
    sources: p.sources,
  };
}

export async function partners(asOf: IsoDate): Promise<In<typeof PartnersResponse>> {
  const list = await atlas.profiles(asOf);
  return {
    asOf,
    partners: list.map((p) => ({
      id: p.partner.id,
      name: p.partner.name,
      kind: p.partner.kind,
      state: p.partner.kind === "member-state" ? p.partner.state : null,
      headline: p.headline,
      profile: `/api/v1/partners/${p.partner.id}?asOf=${asOf}`,
    })),
  };
}

export async function profile(id: PartnerId, asOf: IsoDate): Promise<In<typeof ProfileResponse> | null> {
  const p = await atlas.profile(id, asOf);
  return p ? profileBody(p) : null;
}

export async function instruments(asOf: IsoDate, filter: InstrumentFilter): Promise<In<typeof InstrumentsResponse>> {
  const { rows } = await atlas.instruments(asOf, filter);
  return { asOf, instruments: rows };
}

export async function instrument(code: InstrumentCode, asOf: IsoDate): Promise<In<typeof InstrumentResponse> | null> {
  const v = await atlas.instrument(code, asOf);
  return v ? { asOf, instrument: v.instrument, category: v.category, count: v.count, inForce: v.inForce, ratifications: v.ratifications, sources: v.sources } : null;
}

export async function ratifications(state: CountryCode, asOf: IsoDate): Promise<In<typeof RatificationsResponse> | null> {
  const r = await atlas.stateRatifications(state, asOf);
  return r ? ratificationsBody(r) : null;
}

export async function search(q: string): Promise<In<typeof SearchResponse>> {
  return { q, hits: await atlas.search(q) };
}
