// The table behind each download URL: `/data/<page path>/<table>.csv|json`, built by the same
// functions the pages use, so a download matches the table shown.
import "server-only";
import type { IsoDate, PartnerProfile } from "@partnership-atlas/core";
import { DEFAULT_LANG, Lang } from "@/i18n/languages";
import {
  AsOfParam,
  CategoryParam,
  distinct,
  IdsParam,
  InstrumentCodeParam,
  list,
  NameFilterParam,
  one,
  PartnerIdParam,
  parseParam,
  QueryParam,
  RegionParam,
  StatesSortParam,
  StatusParam,
} from "@/lib/params";
import { NotFound, take } from "@/lib/api";
import {
  agreementsTable,
  categoryTable,
  claimsTable,
  compareTable,
  contributionsTable,
  coverageTable,
  instrumentRatificationsTable,
  instrumentsTable,
  membershipTable,
  programmesTable,
  projectsTable,
  ratificationsTable,
  searchTable,
  sourcesTable,
  statesTable,
  statusTable,
} from "@/tables/build";
import type { Table } from "@/tables/table";
import * as atlas from "./atlas";
import { mapDownload } from "./map-download";

// A Map, not an object literal: a table name from the address must never find an inherited
// property (`toString`, `__proto__`, `constructor`).
type ProfileTable = (lang: Lang, p: PartnerProfile) => Table | null;
const PROFILE_TABLES = new Map<string, ProfileTable>([
  ["membership", membershipTable],
  ["claims", (lang, p) => claimsTable(lang, p.claims)],
  ["ratifications-by-category", categoryTable],
  ["ratifications-by-status", statusTable],
  ["ratifications", ratificationsTable],
  ["contributions", contributionsTable],
  ["agreements", agreementsTable],
  ["projects", projectsTable],
  ["country-programmes", programmesTable],
  ["sources", (lang, p) => sourcesTable(lang, p.sources)],
]);

export interface Download {
  table: Table;
  format: "csv" | "json";
  meta: Record<string, unknown>;
}

/** The table a download path names; throws ParameterError (400) or NotFound (404). */
export async function download(path: string[], sp: URLSearchParams): Promise<Download> {
  const last = path[path.length - 1] ?? "";
  const m = /^(.+)\.(csv|json)$/.exec(last);
  const [, name, ext] = m ?? [];
  if (!name || (ext !== "csv" && ext !== "json")) throw new NotFound("A download address ends in .csv or .json");
  const format = ext;
  const segments = [...path.slice(0, -1), name];
  const langRaw = one(sp.get("lang"));
  const lang = langRaw ? take(parseParam("lang", Lang, langRaw)) : DEFAULT_LANG;
  const asOf: IsoDate = take(parseParam("asOf", AsOfParam, one(sp.get("asOf")))) ?? atlas.today();
  const meta = { asOf, lang };
  const [head, a, b] = segments;

  if (head === "about" && segments.length === 2) {
    const about = await atlas.aboutTheData();
    if (a === "coverage") return { table: coverageTable(lang, about.coverage), format, meta };
    if (a === "sources") return { table: sourcesTable(lang, about.sources), format, meta };
  }
  if (head === "states" && segments.length === 1) {
    const region = take(parseParam("region", RegionParam, one(sp.get("region")))) ?? null;
    const q = take(parseParam("q", NameFilterParam, one(sp.get("q")))) || null;
    const sort = take(parseParam("sort", StatesSortParam, one(sp.get("sort")))) ?? "name";
    return { table: statesTable(lang, await atlas.states(asOf), { region, q, sort }), format, meta: { ...meta, region, q, sort } };
  }
  if (head === "partners" && segments.length === 3) {
    const id = take(parseParam("id", PartnerIdParam, a));
    const build = PROFILE_TABLES.get(b ?? "");
    if (!build) throw new NotFound(`There is no table "${b}" on a profile; tables: ${[...PROFILE_TABLES.keys()].join(", ")}`);
    const p = await atlas.profile(id, asOf);
    if (!p) throw new NotFound(`There is no partner "${id}"`);
    const table = build(lang, p);
    if (!table) throw new NotFound(`Partner "${id}" has no ${b} table`);
    return { table, format, meta: { ...meta, partner: id } };
  }
  if (head === "instruments" && segments.length === 1) {
    const category = take(parseParam("category", CategoryParam, one(sp.get("category"))));
    const status = take(parseParam("status", StatusParam, one(sp.get("status"))));
    const { rows } = await atlas.instruments(asOf, { category, status });
    return { table: instrumentsTable(lang, rows), format, meta: { ...meta, category: category ?? null, status: status ?? null } };
  }
  if (head === "instruments" && segments.length === 2) {
    const code = take(parseParam("code", InstrumentCodeParam, a?.toUpperCase()));
    const v = await atlas.instrument(code, asOf);
    if (!v) throw new NotFound(`There is no instrument "${code}"`);
    return { table: instrumentRatificationsTable(lang, v.instrument, v.ratifications), format, meta: { ...meta, instrument: code } };
  }
  if (head === "compare" && segments.length === 1) {
    const ids = take(parseParam("ids", IdsParam, distinct(list(sp.getAll("ids"))).ids));
    const { profiles, missing } = await atlas.compare(ids, asOf);
    if (missing.length) throw new NotFound(`There is no partner ${missing.map((x) => `"${x}"`).join(", ")}`);
    return { table: compareTable(lang, profiles), format, meta: { ...meta, ids } };
  }
  if (head === "map" && segments.length === 2 && (a === "states" || a === "timeline")) {
    return { ...(await mapDownload(a, lang, sp)), format };
  }
  if (head === "search" && segments.length === 1) {
    const q = take(parseParam("q", QueryParam, one(sp.get("q"))));
    return { table: searchTable(lang, await atlas.search(q)), format, meta: { q, lang } };
  }
  throw new NotFound("There is no download at this address");
}
