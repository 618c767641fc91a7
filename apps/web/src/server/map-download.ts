// The map's tables as downloads: the same tables the map page shows, for the same query.
import "server-only";
import type { Lang } from "@/i18n/languages";
import { NotFound, ParameterError } from "@/lib/api";
import { fromURLSearchParams } from "@/lib/params";
import { parseMapQuery } from "@/map/query";
import type { Table } from "@/tables/table";
import { today } from "./atlas";
import { mapData, mapFigureOf, timelineFigureOf } from "./map";

export async function mapDownload(name: "states" | "timeline", lang: Lang, sp: URLSearchParams): Promise<{ table: Table; meta: Record<string, unknown> }> {
  const query = parseMapQuery(fromURLSearchParams(sp), today());
  const issue = query.issues[0];
  if (issue) throw new ParameterError({ parameter: issue.parameter, message: issue.message });
  const data = await mapData(query);
  if (!data) throw new NotFound(`There is no instrument "${query.subject.kind === "instrument" ? query.subject.code : ""}"`);
  const meta = { asOf: data.asOf, lang, subject: data.kind === "instrument" ? data.instrument.code : "fundamental" };
  if (name === "states") return { table: (await mapFigureOf(data, lang)).table, meta };
  const timeline = await timelineFigureOf(data, lang);
  if (!timeline) throw new NotFound("This view has no timeline");
  return { table: timeline.table, meta };
}
