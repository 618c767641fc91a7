// The map's legend as HTML: a swatch (the map's own fill, stripes included) and each class's
// count of member States with its certainty.
import { formatCount } from "@/i18n/format";
import type { Lang } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import { legendLabel, type MapFigure } from "@/map/render";
import type { MapData } from "@/server/map";

export function MapLegend({ lang, data, figure }: { lang: Lang; data: MapData; figure: MapFigure }) {
  const t = translator(lang);
  return (
    <div className="map-legend-html">
      <p className="map-legend-title">{t("mapLegend")}</p>
      <ul>
        {figure.legend.map((item, i) => (
          <li key={item.label}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" fill={item.fill} stroke="#6E6E6E" strokeWidth="0.6" />
            </svg>{" "}
            {legendLabel(data, lang, item, i === figure.legend.length - 1)}: {t("mapLegendCount", { count: formatCount(lang, item.count) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
