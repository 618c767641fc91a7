// The world map of a view with everything around it: the GET form, the year slider, the
// figure and its text alternative, downloads, permalink and embed code, the table, the timeline
// and "cite this". `compact` is the version shown on instrument pages and the home page.
import { yearOf } from "@partnership-atlas/core";
import { type Lang, localePath } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { type MapQuery, mapQueryString } from "@/map/query";
import { SvgMarkup } from "@/map/SvgMarkup";
import { MapLegend } from "./MapLegend";
import { today } from "@/server/atlas";
import { type MapChoice, mapChoices, mapData, mapDataOrFundamental, mapFigureOf, timelineFigureOf } from "@/server/map";
import { CiteThis, siteUrl } from "./CiteThis";
import { DataTable } from "./DataTable";
import { MapSlider } from "./MapSlider";
import { quoted } from "@/i18n/format";

function issueText(lang: Lang, query: MapQuery, known: boolean): string[] {
  const t = translator(lang);
  const out = query.issues.map((i) =>
    i.parameter === "instrument"
      ? t("badMapInstrument", { value: JSON.stringify(i.value) })
      : i.parameter === "year"
        ? t("badMapYear", { value: quoted(lang, String(i.value)), message: t("badYearReason") })
        : t("badAsOf", { value: quoted(lang, String(i.value)), message: t("badAsOfReason") }),
  );
  if (!known && query.subject.kind === "instrument") out.push(t("badMapInstrument", { value: JSON.stringify(query.subject.code) }));
  return out;
}

function MapForm({ lang, query, choices, action }: { lang: Lang; query: MapQuery; choices: MapChoice[]; action: string }) {
  const t = translator(lang);
  const selected = query.subject.kind === "instrument" ? query.subject.code : "";
  return (
    <form method="get" action={action} className="map-form">
      <label htmlFor="map-instrument">{t("mapShow")}</label>{" "}
      <select id="map-instrument" name="instrument" defaultValue={selected}>
        <option value="">{t("mapFundamentalOption")}</option>
        {choices.map((c) => (
          <option key={c.code} value={c.code} lang={lang === "en" ? undefined : "en"}>
            {c.code} — {c.title}
          </option>
        ))}
      </select>{" "}
      <label htmlFor="map-asof">{t("mapDate")}</label>{" "}
      <input id="map-asof" name="asOf" type="date" defaultValue={query.asOf} min="1919-01-01" max="2100-12-31" />{" "}
      <button type="submit">{t("mapApply")}</button>
    </form>
  );
}

export async function MapView({ lang, query, compact = false }: { lang: Lang; query: MapQuery; compact?: boolean }) {
  const t = translator(lang);
  const [data, choices] = await Promise.all([mapData(query), mapChoices()]);
  const fallback = data ?? (await mapDataOrFundamental(query));
  const subject = fallback.kind === "instrument" ? { kind: "instrument" as const, code: fallback.instrument.code } : { kind: "fundamental" as const };
  const figure = await mapFigureOf(fallback, lang);
  const qs = mapQueryString(subject, fallback.asOf);
  const withLang = `${qs}&lang=${lang}`;
  const mapPath = `/map?${qs}`;
  const errors = issueText(lang, query, data !== null);
  const minYear = fallback.kind === "instrument" ? Math.max(1919, fallback.instrument.yearAdopted) : 1919;

  if (compact) {
    // The drawing as an image of the SVG download: the page stays small (and cacheable) and the
    // full map, with a title and a link per State, is one click away.
    const [, , width, height] = String((await mapFigureOf(fallback, lang, true)).svg.attrs.viewBox).split(" ");
    return (
      <section aria-labelledby="world-map" className="map-compact">
        <h2 id="world-map">{t("mapTitle")}</h2>
        <figure className="map-figure">
          <img src={`/data/map/world.svg?${withLang}`} alt={figure.summary} width={width} height={height} data-subject={subject.kind === "instrument" ? subject.code : "fundamental"} />
          <figcaption>{figure.title}</figcaption>
        </figure>
        <p>
          <a href={localePath(lang, mapPath)}>{t("mapSeeFull")}</a>
        </p>
      </section>
    );
  }

  const timeline = await timelineFigureOf(fallback, lang);
  const embedPath = `/embed/map?${qs}`;
  const embedCode = `<iframe src="${siteUrl(localePath(lang, embedPath))}" title="${figure.title.replaceAll('"', "&quot;")}" width="980" height="620" style="border:0"></iframe>`;
  return (
    <>
      <MapSlider min={minYear} max={yearOf(today())} value={yearOf(fallback.asOf)} label={t("mapYear")} hint={t("mapYearHint")} loading={t("mapLoading")} />
      <div data-map-view="" className="map-view">
        {errors.map((e) => (
          <p key={e} className="form-error" role="alert">
            {e}
          </p>
        ))}
        <MapForm lang={lang} query={query} choices={choices} action={localePath(lang, "/map")} />
        <figure className="map-figure" aria-labelledby="map-caption">
          <a className="skip-map" href="#table-states">
            {t("mapSkip")}
          </a>
          <SvgMarkup markup={figure.markup} />
          <MapLegend lang={lang} data={fallback} figure={figure} />
          <figcaption id="map-caption">
            <strong>{figure.title}</strong> {figure.summary}
          </figcaption>
        </figure>
        <ul className="map-actions">
          <li>
            <a href={`/data/map/world.svg?${withLang}`} download>
              {t("mapDownloadSvg")}
            </a>
          </li>
          <li>
            <a href={`/data/map/world.png?${withLang}`} download>
              {t("mapDownloadPng")}
            </a>
          </li>
          <li>
            <a href={localePath(lang, mapPath)} rel="bookmark">
              {t("mapPermalink")}
            </a>
          </li>
          <li>
            <a href={localePath(lang, embedPath)}>{t("mapEmbedPage")}</a>
          </li>
        </ul>
        <details className="map-embed">
          <summary>{t("mapEmbedTitle")}</summary>
          <label htmlFor="map-embed-code">{t("mapEmbedCode")}</label>
          <textarea id="map-embed-code" readOnly rows={3} value={embedCode} />
        </details>
        <DataTable table={figure.table} lang={lang} download="/data/map/states" query={withLang} />
        {timeline ? (
          <section aria-labelledby="timeline" id="timeline-section">
            <h2 id="timeline">{t("timelineTitle")}</h2>
            <figure className="timeline-figure" aria-labelledby="timeline-caption">
              <SvgMarkup markup={timeline.markup} />
              <figcaption id="timeline-caption">
                {timeline.title}. {t("timelineBand")}
              </figcaption>
            </figure>
            <DataTable table={timeline.table} lang={lang} download="/data/map/timeline" query={withLang} />
          </section>
        ) : null}
        <CiteThis lang={lang} title={figure.title} asOf={fallback.asOf} path={mapPath} />
      </div>
    </>
  );
}
