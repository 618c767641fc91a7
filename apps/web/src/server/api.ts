// The JSON API's answers: the data layer's results mapped to the documented response shapes.
import "server-only";
import type { CountryCode, InstrumentFilter, InstrumentCode, IsoDate, PartnerId, PartnerProfile, RatificationSummary } from "@partnership-atlas/core";
import type { z } from "zod";
import { ParameterError } from "@/lib/api";
import type {
  ChangesResponse,
  InstrumentResponse,
  InstrumentsResponse,
  PartnersResponse,
  ProfileResponse,
  RatificationsResponse,
  SearchResponse,
} from "@/lib/api-schemas";
import * as atlas from "./atlas";
import * as recorded from "./recorded";

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
  const hits = (await atlas.search(q)).map((h) => ({
    kind: h.kind,
    key: h.key,
    title: h.kind === "instrument" ? `${h.key} ${h.title}` : h.title,
    ...(h.partner ? { partner: h.partner } : {}),
    snippet: h.snippet,
  }));
  return { q, hits };
}

/** Changes per page of /api/v1/changes. */
export const CHANGES_PAGE = 100;

export async function changes(since: number, until: number | undefined, cursor: string | undefined): Promise<In<typeof ChangesResponse>> {
  let page: Awaited<ReturnType<typeof recorded.changesSince>>;
  try {
    page = await recorded.changesSince(since, { until, after: cursor, limit: CHANGES_PAGE });
  } catch (error) {
    if (error instanceof recorded.RecordedOnError) throw new ParameterError({ parameter: "since", message: `since ${error.message}` });
    throw error;
  }
  const next = page.next === null ? null : `/api/v1/changes?${new URLSearchParams({ since: String(since), until: String(page.revision), cursor: page.next })}`;
  return { since: page.since, revision: page.revision, recordedAt: page.at, total: page.total, changes: page.changes, next };
}
