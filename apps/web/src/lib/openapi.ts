// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that parse the
// requests (parameters) and type the answers (responses).
import { z } from "zod";
import { P, type ParamSpec } from "./api-params";
import { NAMED_SCHEMAS } from "./api-schemas";

type Json = Record<string, unknown>;

function strip(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function components(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema as z.ZodType, { id });
  const out = z.toJSONSchema(registry, {
    io: "output",
    unrepresentable: "any",
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };
  return Object.fromEntries(Object.entries(out.schemas).map(([k, v]) => [k, strip(v)]));
}

function parameter(p: ParamSpec): Json {
  const schema = strip(z.toJSONSchema(p.schema, { io: "input", unrepresentable: "any" }) as Json);
  const { description, ...rest } = schema;
  return {
    name: p.name,
    in: p.in,
    required: p.required,
    ...(description ? { description } : {}),
    ...(p.name === "ids" ? { style: "form", explode: false } : {}),
    schema: rest,
  };
}

const ref = (id: keyof typeof NAMED_SCHEMAS) => ({ $ref: `#/components/schemas/${id}` });
const ok = (id: keyof typeof NAMED_SCHEMAS, description: string) => ({
  description,
  content: { "application/json": { schema: ref(id) } },
});
const errors = (notFound: boolean) => ({
  "400": { description: "A parameter is not valid; the message names it.", content: { "application/json": { schema: ref("ApiError") } } },
  ...(notFound ? { "404": { description: "No such record.", content: { "application/json": { schema: ref("ApiError") } } } } : {}),
});

export function openApiDocument(): Json {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Partnership Atlas API",
      version: "1.0.0",
      description:
        "Dated, sourced records of cooperation between the ILO and its member States and partners. Every figure is computed for the date given by asOf (today when absent).",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/v1/partners": {
        get: {
          operationId: "listPartners",
          summary: "Every member State, then the partners that are not States, with headline figures (counts with both bounds and their certainty)",
          parameters: [parameter(P.asOf)],
          responses: { "200": ok("PartnersResponse", "The partners."), ...errors(false) },
        },
      },
      "/api/v1/partners/{id}": {
        get: {
          operationId: "getPartnerProfile",
          summary: "The profile of a partner or of any member State (its lower-case alpha-2 code) for a date",
          parameters: [parameter(P.id), parameter(P.asOf)],
          responses: { "200": ok("ProfileResponse", "The profile."), ...errors(true) },
        },
      },
      "/api/v1/instruments": {
        get: {
          operationId: "listInstruments",
          summary: "Instruments with their category on a date",
          parameters: [parameter(P.asOf), parameter(P.category), parameter(P.status)],
          responses: { "200": ok("InstrumentsResponse", "The instruments."), ...errors(false) },
        },
      },
      "/api/v1/instruments/{code}": {
        get: {
          operationId: "getInstrument",
          summary: "An instrument and the ratifications the data holds",
          parameters: [parameter(P.code), parameter(P.asOf)],
          responses: { "200": ok("InstrumentResponse", "The instrument."), ...errors(true) },
        },
      },
      "/api/v1/ratifications": {
        get: {
          operationId: "getRatifications",
          summary: "A member State's ratifications on a date",
          parameters: [parameter(P.state), parameter(P.asOf)],
          responses: { "200": ok("RatificationsResponse", "The ratifications."), ...errors(true) },
        },
      },
      "/data/iati/activities.xml": {
        get: {
          operationId: "getIatiActivities",
          summary: "The records as an IATI 2.03 activities file",
          description:
            "One iati-activity per project and per contribution (of one partner with ?partner=), valid against the official IATI 2.03 schema. A field the records do not hold is left out; /data/iati/report.json says what, per activity.",
          parameters: [parameter(P.partner)],
          responses: {
            "200": { description: "The IATI file.", content: { "application/xml": { schema: { type: "string" } } } },
            "400": errors(false)["400"],
            "404": { description: "No such partner, or none of its records can be written as an IATI activity.", content: { "application/json": { schema: ref("ApiError") } } },
          },
        },
      },
      "/data/iati/report.json": {
        get: {
          operationId: "getIatiReport",
          summary: "What the IATI file left out, per activity",
          parameters: [parameter(P.partner)],
          responses: { "200": ok("IatiReport", "The report."), ...errors(true) },
        },
      },
      "/api/v1/search": {
        get: {
          operationId: "search",
          summary: "Search member States (by name in any of the four languages), partners, instruments, agreements and projects",
          parameters: [parameter(P.q)],
          responses: { "200": ok("SearchResponse", "The matches."), ...errors(false) },
        },
      },
    },
    components: { schemas: components() },
  };
}
