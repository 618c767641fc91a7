// The map alone, for other sites to frame (/embed/* is the only address that may be framed):
// the figure, its text alternative and a link back to the full view.
import { pageLang } from "@/components/page-params";
import { localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { mapQueryString, parseMapQuery } from "@/map/query";
import { MapLegend } from "@/components/MapLegend";
import { SvgMarkup } from "@/map/SvgMarkup";
import { today } from "@/server/atlas";
import { mapDataOrFundamental, mapFigureOf } from "@/server/map";

export async function generateMetadata(props: PageProps<"/[lang]/embed/map">) {
  const t = translator(pageLang((await props.params).lang));
  return { title: t("mapTitle") };
}

export default async function EmbedMapPage(props: PageProps<"/[lang]/embed/map">) {
  const lang = pageLang((await props.params).lang);
  const t = translator(lang);
  const query = parseMapQuery(await props.searchParams, today());
  const data = await mapDataOrFundamental(query);
  const figure = await mapFigureOf(data, lang);
  const subject = data.kind === "instrument" ? { kind: "instrument" as const, code: data.instrument.code } : { kind: "fundamental" as const };
  return (
    <main className="embed">
      <h1 className="embed-title">{figure.title}</h1>
      <figure className="map-figure">
        <SvgMarkup markup={figure.markup} />
        <MapLegend lang={lang} data={data} figure={figure} />
        <figcaption>{figure.summary}</figcaption>
      </figure>
      <p>
        <a href={localePath(lang, `/map?${mapQueryString(subject, data.asOf)}`)} target="_blank" rel="noopener">
          {t("mapOpenFull")}
        </a>
      </p>
    </main>
  );
}
