// Query and path parameters, parsed with core's schemas. Shared by pages, downloads and the API.
import {
  IloRegion,
  InstrumentCategory,
  InstrumentCode,
  InstrumentStatus,
  IsoDate,
  PartnerId,
} from "@partnership-atlas/core";
import { z } from "zod";

export const AsOfParam = IsoDate.optional().describe("The date figures are computed for (YYYY-MM-DD); today when absent.");
export const PartnerIdParam = PartnerId.describe("A partner id: a member State's ISO alpha-2 code in lower case (cn) or a slug.");
export const InstrumentCodeParam = InstrumentCode.describe("A NORMLEX instrument code such as C155, P029 or MLC2006.");
export const CategoryParam = InstrumentCategory.optional().describe("Only instruments in this category on the as-of date.");
export const StatusParam = z
  .union([InstrumentStatus, z.literal("unknown")], { error: "must be an instrument status or unknown" })
  .optional()
  .describe("Only instruments with this standards status.");
export const StateParam = z
  .string()
  .regex(/^[A-Za-z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 code such as CN" })
  .transform((s) => s.toUpperCase())
  .describe("A member State's ISO 3166-1 alpha-2 code.");
export const QueryParam = z
  .string({ error: "is required" })
  .trim()
  .min(2, { error: "must be at least 2 characters" })
  .max(200, { error: "must be at most 200 characters" })
  .describe("Words to search for.");
export const IdsParam = z
  .array(PartnerId)
  .min(2, { error: "must name at least two partners" })
  .max(4, { error: "must name at most four partners" })
  .describe("Two to four partner ids, separated by commas.");

export const RegionParam = IloRegion.optional().describe("Only member States of this ILO region.");
export const NameFilterParam = z
  .string()
  .trim()
  .max(100, { error: "must be at most 100 characters" })
  .optional()
  .describe("Only member States whose name (in the page's language or English) contains this, or whose code it is.");
export const STATES_SORTS = ["name", "region", "fundamental-desc", "fundamental-asc", "total-desc"] as const;
export const StatesSortParam = z
  .enum(STATES_SORTS, { error: `must be one of ${STATES_SORTS.join(", ")}` })
  .optional()
  .describe("The order of the member States.");

export type Issue = { parameter: string; message: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; issue: Issue };

/** Parses one parameter; the message names the parameter and what is wrong. */
export function parseParam<S extends z.ZodType>(name: string, schema: S, raw: unknown): Parsed<z.output<S>> {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  const where = issue && issue.path.length ? `${name}[${issue.path.join(".")}]` : name;
  const shown = typeof raw === "string" ? ` (got ${JSON.stringify(raw.slice(0, 60))})` : "";
  return { ok: false, issue: { parameter: name, message: `${where} ${issue?.message ?? "is not valid"}${shown}` } };
}

/** The single value of a query parameter, or undefined (an empty field counts as absent). */
export function one(v: string | string[] | null | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s === null || s === undefined || s === "" ? undefined : s;
}

/** `?ids=cn,fr` or `?ids=cn&ids=fr`, as a list. */
export function list(v: string | string[] | null | undefined): string[] {
  const all = Array.isArray(v) ? v : v ? [v] : [];
  return all.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
}

/** The ids named, each once in the order first named, and those named more than once. */
export function distinct(ids: string[]): { ids: string[]; repeated: string[] } {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return { ids: [...seen], repeated: [...repeated] };
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** URLSearchParams as the record pages receive. */
export function fromURLSearchParams(sp: URLSearchParams): SearchParams {
  const out: SearchParams = {};
  for (const key of new Set(sp.keys())) {
    const all = sp.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
