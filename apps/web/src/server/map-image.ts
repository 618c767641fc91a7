// The map as a file: the same SVG the page draws, as a standalone document or rendered to PNG
// on the server by resvg (its native binary ships inside its npm package).
import "server-only";
import { Resvg } from "@resvg/resvg-js";
import { DEFAULT_LANG, Lang } from "@/i18n/languages";
import { NotFound, ParameterError, take } from "@/lib/api";
import { fromURLSearchParams, one, parseParam } from "@/lib/params";
import { parseMapQuery } from "@/map/query";
import { svgDocument } from "@/map/svg";
import { today } from "./atlas";
import { mapData, mapFigureOf } from "./map";

export interface MapImage {
  body: Uint8Array<ArrayBuffer> | string;
  type: string;
  name: string;
}

/** The SVG or PNG of the view a query names; bad parameters are a 400 naming them, an unknown instrument a 404. */
export async function mapImage(format: "svg" | "png", sp: URLSearchParams): Promise<MapImage> {
  const langRaw = one(sp.get("lang"));
  const lang = langRaw ? take(parseParam("lang", Lang, langRaw)) : DEFAULT_LANG;
  const query = parseMapQuery(fromURLSearchParams(sp), today());
  const issue = query.issues[0];
  if (issue) throw new ParameterError({ parameter: issue.parameter, message: issue.message });
  const data = await mapData(query);
  if (!data) throw new NotFound(`There is no instrument "${query.subject.kind === "instrument" ? query.subject.code : ""}"`);
  const svg = svgDocument((await mapFigureOf(data, lang, true)).svg);
  const subject = data.kind === "instrument" ? data.instrument.code : "fundamental";
  const name = `atlas-map-${subject}-${data.asOf}.${format}`;
  if (format === "svg") return { body: svg, type: "image/svg+xml; charset=utf-8", name };
  const png = new Resvg(svg, { fitTo: { mode: "width", value: 1920 }, background: "#ffffff", font: { loadSystemFonts: true } }).render().asPng();
  return { body: new Uint8Array(png), type: "image/png", name };
}
