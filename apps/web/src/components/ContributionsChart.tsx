// Contributions by period and channel as HTML bars drawn on the server, from the same table the
// page shows below the chart. Each row is a list item whose text reads "label: value", so the
// chart is its own text equivalent; the bars are decoration. Three grid columns shared by all
// rows: the labels' column as wide as the longest label in the page's language (at most a share
// of the chart, then labels wrap), the bars, and the values' column as wide as the longest value,
// so no text runs under a bar or past the chart. Below 40rem each label sits above its bar.
// Each bar is a small SVG (the site's CSP allows no inline styles; SVG attributes are not styles).
import type { Lang } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import type { Table } from "@/tables/table";
import { formatMoney } from "@/i18n/format";
import { moneyBounds } from "./money-bounds";

interface ChartRow {
  label: string;
  value: string;
  currency: string;
  low: number;
  high: number;
  approximate: boolean;
}

/** Bars are drawn in a 1000-unit-wide box stretched to the bars' column. */
const PLOT = 1000;
/** A share of the plot in its units, at least a sliver so a small amount still shows. */
const length = (n: number, of: number) => (of > 0 && Number.isFinite(n) ? Math.max(2, Math.round((Math.min(n, of) / of) * PLOT)) : 2);

export function ContributionsChart({ table, lang }: { table: Table; lang: Lang }) {
  const t = translator(lang);
  const rows: ChartRow[] = table.rows.map((r) => {
    const amount = String(r.values.amount);
    const currency = String(r.values.currency);
    const { low, high } = moneyBounds(amount);
    return {
      label: `${String(r.values.period)} · ${String(r.values.channel)}`,
      value: formatMoney(lang, amount, currency),
      currency,
      low: Number(low),
      high: Number(high),
      approximate: r.values.approximate === true,
    };
  });
  if (rows.length === 0) return null;
  // Bar lengths only: each bar is scaled against the largest amount in its own currency.
  const max = new Map<string, number>();
  for (const r of rows) if (Number.isFinite(r.high)) max.set(r.currency, Math.max(max.get(r.currency) ?? 0, r.high));
  return (
    <figure className="chart" aria-label={t("contributionsChart")}>
      <ul className="chart-rows">
        {rows.map((r) => {
          const m = max.get(r.currency) ?? 0;
          const high = length(r.high, m);
          const low = Math.min(high, length(r.low, m));
          return (
            <li key={`${r.label} ${r.currency}`} className="chart-row">
              <span className="chart-label">{r.label}</span>
              <span className="visually-hidden">: </span>
              <svg className="chart-bar" viewBox={`0 0 ${PLOT} 10`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                {/* A range: the low bound solid, up to the high bound lighter. */}
                {high > low ? <rect className="chart-bar-range" x={0} y={0} width={high} height={10} /> : null}
                <rect className={r.approximate ? "chart-bar-low chart-bar-approx" : "chart-bar-low"} x={0} y={0} width={low} height={10} />
              </svg>
              <span className="chart-value">
                  {r.approximate ? <span aria-hidden="true">≈ </span> : null}
                  {r.value}
                  {r.approximate ? <span className="visually-hidden"> ({t("approximate")})</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
      <figcaption>{t("contributionsChartDesc")}</figcaption>
    </figure>
  );
}
