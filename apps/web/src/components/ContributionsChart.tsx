// Contributions by period and channel as an SVG bar chart drawn on the server. The figures
// come from the same table the page shows below the chart.
import { formatMoney } from "@/i18n/format";
import type { Lang } from "@/i18n/languages";
import { translator } from "@/i18n/messages";
import type { Table } from "@/tables/table";

const WIDTH = 640;
const BAR = 26;
const GAP = 14;
const LABEL = 250;

export function ContributionsChart({ table, lang }: { table: Table; lang: Lang }) {
  const t = translator(lang);
  const rows = table.rows.map((r) => ({
    label: `${String(r.values.period)} · ${String(r.values.channel)}`,
    amount: String(r.values.amount),
    currency: String(r.values.currency),
    approximate: r.values.approximate === true,
  }));
  if (rows.length === 0) return null;
  // Bar lengths only: each bar is scaled against the largest amount in its own currency.
  const max = new Map<string, number>();
  for (const r of rows) max.set(r.currency, Math.max(max.get(r.currency) ?? 0, Number(r.amount)));
  const height = rows.length * (BAR + GAP) + GAP;
  const plot = WIDTH - LABEL - 10;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby="contrib-chart-title contrib-chart-desc"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="contrib-chart-title">{t("contributionsChart")}</title>
        <desc id="contrib-chart-desc">
          {t("contributionsChartDesc")}{" "}
          {rows.map((r) => `${r.label}: ${formatMoney(lang, r.amount, r.currency)}${r.approximate ? ` (${t("approximate")})` : ""}`).join("; ")}
        </desc>
        {rows.map((r, i) => {
          const y = GAP + i * (BAR + GAP);
          const m = max.get(r.currency) || 1;
          const w = Math.max(2, (Number(r.amount) / m) * (plot - 120));
          return (
            <g key={r.label}>
              <text x={0} y={y + BAR * 0.68} className="chart-label">
                {r.label}
              </text>
              <rect x={LABEL} y={y} width={w} height={BAR} className={r.approximate ? "bar bar-approx" : "bar"} />
              <text x={LABEL + w + 6} y={y + BAR * 0.68} className="chart-value">
                {r.approximate ? "≈ " : ""}
                {formatMoney(lang, r.amount, r.currency)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t("contributionsChartDesc")}</figcaption>
    </figure>
  );
}
