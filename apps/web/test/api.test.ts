// The JSON API: answers, 400s that name the parameter, and the OpenAPI document. Every body is
// parsed with the schema the API documents it by, so a response that drifts from it fails here.
import { describe, expect, inject, it } from "vitest";
import type { z } from "zod";
import {
  ApiError,
  InstrumentResponse,
  InstrumentsResponse,
  PartnersResponse,
  ProfileResponse,
  RatificationsResponse,
  SearchResponse,
} from "../src/lib/api-schemas";

const baseURL = inject("baseURL");
const get = (path: string) => fetch(new URL(path, baseURL));

/** The body of `path`, which must answer `status` and match `schema`. */
async function body<S extends z.ZodType>(path: string, schema: S, status = 200): Promise<z.output<S>> {
  const res = await get(path);
  expect(res.status, path).toBe(status);
  const parsed = schema.safeParse(await res.json());
  if (!parsed.success) throw new Error(`${path} does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}

describe("/api/v1", () => {
  it("computes a profile for the date asked", async () => {
    const { headline } = await body("/api/v1/partners/cn?asOf=2022-06-01", ProfileResponse);
    expect([headline.ratified, headline.fundamental, headline.governance, headline.technical]).toEqual(
      [26, 4, 2, 20].map((n) => ({ low: n, high: n, certainty: "exact", reasons: [] })),
    );
  });

  it("lists partners, instruments and search hits in their documented shapes", async () => {
    const partners = await body("/api/v1/partners?asOf=2022-06-01", PartnersResponse);
    expect(partners.partners.length).toBeGreaterThanOrEqual(187);
    const instruments = await body("/api/v1/instruments?category=fundamental&asOf=2026-06-04", InstrumentsResponse);
    expect(instruments.instruments.map((i) => i.instrument.code)).toContain("C182");
    const hits = await body("/api/v1/search?q=maritime", SearchResponse);
    expect(hits.hits.some((h) => h.kind === "instrument" && h.key === "MLC2006")).toBe(true);
  });

  it.each([
    ["/api/v1/partners/cn?asOf=2022-02-30", "asOf"],
    ["/api/v1/partners/cn?asOf=yesterday", "asOf"],
    ["/api/v1/partners?asOf=2022-13-01", "asOf"],
    ["/api/v1/partners/CN!", "id"],
    ["/api/v1/instruments?category=important", "category"],
    ["/api/v1/instruments?status=new", "status"],
    ["/api/v1/instruments/C1", "code"],
    ["/api/v1/ratifications", "state"],
    ["/api/v1/ratifications?state=China", "state"],
    ["/api/v1/search?q=", "q"],
    ["/data/compare.csv?ids=cn", "ids"],
  ])("%s answers 400 naming %s", async (path, parameter) => {
    const { error } = await body(path, ApiError, 400);
    expect(error.parameter).toBe(parameter);
    expect(error.message.startsWith(parameter)).toBe(true);
    expect(JSON.stringify(error)).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it("answers 404 for a partner that does not exist", async () => {
    const { error } = await body("/api/v1/partners/atlantis", ApiError, 404);
    expect(error.code).toBe("not-found");
  });

  it("lists a State's ratifications and an instrument's ratifying States", async () => {
    const r = await body("/api/v1/ratifications?state=cn&asOf=2022-06-01", RatificationsResponse);
    expect(r.total).toEqual({ low: 26, high: 26, certainty: "exact", reasons: [] });
    const i = await body("/api/v1/instruments/C155?asOf=2022-06-09", InstrumentResponse);
    expect(i.category).toBe("technical");
    expect(i.ratifications.some((x) => x.state === "CN")).toBe(true);
    const j = await body("/api/v1/instruments/C155?asOf=2022-06-10", InstrumentResponse);
    expect(j.category).toBe("fundamental");
  });

  it("publishes an OpenAPI 3.1 document generated from the schemas", async () => {
    const doc = await (await get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/partners", "/api/v1/partners/{id}", "/api/v1/instruments", "/api/v1/ratifications", "/api/v1/search"]),
    );
    const asOf = doc.paths["/api/v1/partners/{id}"].get.parameters.find((p: { name: string }) => p.name === "asOf");
    expect(asOf.schema.type).toBe("string");
    expect(doc.components.schemas.ProfileResponse.properties.partner.$ref).toBe("#/components/schemas/ProfilePartner");
    expect(doc.components.schemas.Partner).toBeDefined();
  });
});
