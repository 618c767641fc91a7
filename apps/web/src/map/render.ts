// Draws a map view and its timeline as SVG element trees, with their tables and text
// alternative, in the page's language. Every figure comes from core; this only places and words it.
import type { Count, CountReason, DecidedMapStatus, IloRegion, InstrumentTimeline, MapStatus } from "@partnership-atlas/core";
import { exactCount, MAP_STATUSES } from "@partnership-atlas/core";
import { countryName, formatCount, formatDate, formatNumber } from "@/i18n/format";
import { type Lang, localePath } from "@/i18n/languages";
import { type MessageKey, type T, translator } from "@/i18n/messages";
import type { MapData } from "@/server/map";
import type { Table } from "@/tables/table";
import { MAP_HEIGHT, MAP_WIDTH, worldGeometry } from "./geometry";
import { el, type SvgElement } from "./svg";

/** The element at `i`; the map's lists are built together, so a missing one is a bug, said plainly. */
function nth<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`map: no element ${i} in a list of ${list.length}`);
  return v;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`map: ${what} is missing`);
  return value;
}

/** Okabe–Ito colours for the statuses (distinct for the common colour-vision deficiencies). */
const STATUS_FILL: Record<DecidedMapStatus, string> = {
  "in-force": "#0072B2",
  "not-in-force": "#56B4E9",
  denounced: "#E69F00",
  abrogated: "#CC79A7",
  "not-ratified": "#EFE9D9",
  "not-member": "#A6A6A6",
};
const NO_RECORD_FILL = "#F4F4F4";
const OCEAN = "#FFFFFF";
const BORDER = "#6E6E6E";

/** ColorBrewer YlGnBu (colour-blind safe, sequential), stretched over 0…n fundamental Conventions. */
const YLGNBU = ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"];

function hex(c: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
}

/** The colour of class k of 0…n on the sequential scale. */
export function classFill(k: number, n: number): string {
  const x = n === 0 ? 0 : (k / n) * (YLGNBU.length - 1);
  const i = Math.min(Math.floor(x), YLGNBU.length - 2);
  const f = x - i;
  const a = hex(nth(YLGNBU, i));
  const b = hex(nth(YLGNBU, i + 1));
  return `#${a.map((v, j) => Math.round(v + (nth(b, j) - v) * f).toString(16).padStart(2, "0")).join("")}`;
}

const LEGEND_TOP = MAP_HEIGHT + 8;
const LEGEND_ROW = 22;

const statusKey = (s: MapStatus): MessageKey => `map:${s}`;

export interface MapCell {
  code: string;
  name: string;
  region: string;
  /** For CSS and tests: the class the State is drawn in (`in-force`, `uncertain`, `f7`, `f6-7`…). */
  cls: string;
  fill: string;
  /** The State's title: name, status, date, certainty. */
  title: string;
  href: string;
}

export interface LegendItem {
  label: string;
  count: Count;
  fill: string;
}

export interface MapFigure {
  svg: SvgElement;
  title: string;
  /** The figure's text alternative: one sentence of the figures shown. */
  summary: string;
  legend: LegendItem[];
  cells: MapCell[];
  table: Table;
}

function certaintyWord(t: T, c: Count): string {
  return c.certainty === "exact" ? t("certExact") : c.certainty === "range" ? t("certRange") : t("certAtLeast");
}

function why(lang: Lang, t: T, reasons: readonly CountReason[]): string {
  const r = reasons[0];
  if (r?.kind !== "date-open") return "";
  return t("mapOpenWhy", { date: formatDate(lang, r.date) });
}

function stripes(id: string, a: string, b: string): SvgElement {
  return el(
    "pattern",
    { id, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
    el("rect", { width: 3, height: 6, fill: a }),
    el("rect", { x: 3, width: 3, height: 6, fill: b }),
  );
}

/**
 * The map of a view, its legend, text alternative and table. With `svgLegend` the legend is drawn
 * inside the SVG (the downloads, which must stand alone); pages show it as HTML instead, which
 * stays legible on a narrow screen.
 */
export function mapFigure(data: MapData, lang: Lang, svgLegend: boolean): MapFigure {
  const t = translator(lang);
  const date = formatDate(lang, data.asOf);
  const patterns = new Map<string, SvgElement>();
  const pattern = (a: string, b: string): string => {
    const id = `map-p-${a.slice(1)}-${b.slice(1)}`;
    if (!patterns.has(id)) patterns.set(id, stripes(id, a, b));
    return `url(#${id})`;
  };
  const byCode = new Map(data.states.map((s) => [s.code as string, s]));
  const cells: MapCell[] = [];
  let legend: LegendItem[];
  let title: string;
  let table: Table;
  // The columns and cells every map table starts with: the State, its code and its region.
  const stateColumns: Table["columns"] = [
    { key: "state", label: t("colState"), kind: "text" },
    { key: "code", label: t("colCode"), kind: "code" },
    { key: "region", label: t("colRegionMap"), kind: "text" },
  ];
  const stateCells = (i: number, code: string) => ({
    state: nth(cells, i).name,
    code,
    region: t(`region:${nth(cells, i).region as IloRegion}`),
  });
  if (data.kind === "instrument") {
    const code = data.instrument.code;
    title = t("mapFigureInstrument", { code, date });
    for (const row of data.map.rows) {
      const s = need(byCode.get(row.state), `a shape for ${row.state}`);
      const name = countryName(lang, row.state);
      const fill = row.status === "uncertain" ? pattern(STATUS_FILL[nth(row.possible, 0)], STATUS_FILL[row.possible[1] ?? nth(row.possible, 0)]) : STATUS_FILL[row.status];
      const parts = [t("mapStateInstrument", { name, status: t(statusKey(row.status)) })];
      if (row.status === "uncertain") parts.push(t("mapMayBe", { list: row.possible.map((p) => t(statusKey(p))).join(" / ") }), why(lang, t, row.reasons));
      else if (row.status === "not-member" && row.since) parts.push(t("mapAdmitted", { date: formatDate(lang, row.since) }));
      else if (row.since && row.status !== "not-ratified") parts.push(t("mapSince", { date: formatDate(lang, row.since) }));
      if (row.derived && row.status === "in-force") parts.push(t("mapDerived"));
      parts.push(t("mapAsOf", { date }), row.status === "uncertain" ? t("certUncertain") : t("certExact"));
      cells.push({ code: row.state, name, region: s.region, cls: row.status, fill, title: parts.filter(Boolean).join(" · "), href: localePath(lang, `/partners/${row.state.toLowerCase()}`) });
    }
    legend = MAP_STATUSES.filter((s) => s !== "uncertain").map((s) => ({
      label: t(statusKey(s)),
      count: data.map.counts[s as DecidedMapStatus],
      fill: STATUS_FILL[s as DecidedMapStatus],
    }));
    const uncertain = exactCount(data.map.uncertain);
    legend.splice(4, 0, { label: t("map:uncertain"), count: uncertain, fill: pattern(STATUS_FILL["not-in-force"], STATUS_FILL["not-ratified"]) });
    table = {
      id: "states",
      caption: t("mapTableCaption", { code, date }),
      rowHeader: "state",
      columns: [
        ...stateColumns,
        { key: "status", label: t("colMapStatus"), kind: "text" },
        { key: "statusCode", label: t("colMapStatus"), kind: "code", hidden: true },
        { key: "possible", label: t("colMapStatus"), kind: "code", hidden: true },
        { key: "since", label: t("colMapSince"), kind: "date" },
        { key: "certainty", label: t("colMapCertainty"), kind: "text" },
      ],
      rows: data.map.rows.map((row, i) => ({
        anchor: `map-state-${row.state}`,
        values: {
          ...stateCells(i, row.state),
          status: t(statusKey(row.status)),
          statusCode: row.status,
          possible: row.possible.join(" "),
          since: row.status === "not-ratified" ? null : row.since,
          certainty: row.status === "uncertain" ? `${t("certUncertain")}: ${row.possible.map((p) => t(statusKey(p))).join(" / ")}` : t("certExact"),
        },
        hrefs: { state: nth(cells, i).href },
      })),
    };
  } else {
    const n = data.map.available;
    title = t("mapFigureFundamental", { date, of: n });
    for (const row of data.map.rows) {
      const s = need(byCode.get(row.state), `a shape for ${row.state}`);
      const name = countryName(lang, row.state);
      const f = row.fundamental;
      let fill: string;
      let cls: string;
      const parts: string[] = [];
      if (f === null) {
        fill = STATUS_FILL["not-member"];
        cls = "not-member";
        parts.push(`${name}: ${t("map:not-member")}`);
        if (s.memberSince) parts.push(t("mapAdmitted", { date: formatDate(lang, s.memberSince) }));
      } else {
        const high = f.high ?? n;
        fill = f.certainty === "exact" ? classFill(f.low, n) : pattern(classFill(f.low, n), classFill(high, n));
        cls = f.certainty === "exact" ? `f${f.low}` : `f${f.low}-${f.high ?? ""}`;
        parts.push(t("mapStateFundamental", { name, count: formatCount(lang, f), of: n }));
        if (f.certainty !== "exact") parts.push(why(lang, t, f.reasons));
      }
      parts.push(t("mapAsOf", { date }));
      if (f) parts.push(certaintyWord(t, f));
      cells.push({ code: row.state, name, region: s.region, cls, fill, title: parts.filter(Boolean).join(" · "), href: localePath(lang, `/partners/${row.state.toLowerCase()}`) });
    }
    legend = data.map.classes.map((c, k) => ({ label: formatNumber(lang, k), count: c, fill: classFill(k, n) }));
    legend.push({ label: t("map:not-member"), count: exactCount(data.map.notMember), fill: STATUS_FILL["not-member"] });
    table = {
      id: "states",
      caption: t("mapTableCaptionFundamental", { date }),
      rowHeader: "state",
      columns: [
        ...stateColumns,
        { key: "fundamental", label: t("colMapFundamental"), kind: "text" },
        { key: "low", label: t("colMapFundamental"), kind: "number", hidden: true },
        { key: "high", label: t("colMapFundamental"), kind: "number", hidden: true },
        { key: "of", label: t("colMapOf"), kind: "number" },
        { key: "certainty", label: t("colMapCertainty"), kind: "text" },
      ],
      rows: data.map.rows.map((row, i) => ({
        anchor: `map-state-${row.state}`,
        values: {
          ...stateCells(i, row.state),
          fundamental: row.fundamental ? formatCount(lang, row.fundamental) : t("map:not-member"),
          low: row.fundamental?.low ?? null,
          high: row.fundamental?.high ?? null,
          of: row.available,
          certainty: row.fundamental ? certaintyWord(t, row.fundamental) : null,
        },
        hrefs: { state: nth(cells, i).href },
      })),
    };
  }

  const summary = t("mapSummary", {
    date,
    states: formatNumber(lang, data.states.length),
    parts: legend.map((l) => t("mapSummaryPart", { label: l.label, count: formatCount(lang, l.count) })).join("; "),
  });

  const geo = worldGeometry();
  // Files get outlines to a tenth of a unit (a PNG is drawn at twice the size); pages whole units.
  const dOf = (shape: { d: string; dPage: string }) => (svgLegend ? shape.d : shape.dPage);
  const line = { stroke: BORDER, "stroke-width": 0.4 };
  const memberNumeric = new Set(cells.map((c) => geo.forState(c.code).numeric));
  const territories: SvgElement[] = [];
  for (const shape of geo.shapes.values()) {
    if (memberNumeric.has(shape.numeric) || !shape.d) continue;
    const alpha = geo.alphaOf(shape.numeric);
    territories.push(
      el(
        "path",
        { d: dOf(shape), fill: NO_RECORD_FILL, "data-territory": alpha ?? shape.numeric },
        el("title", {}, `${alpha ? countryName(lang, alpha) : ""} ${t("mapNoRecord")}`.trim()),
      ),
    );
  }
  for (const o of geo.others) territories.push(el("path", { d: dOf(o), fill: NO_RECORD_FILL }));

  const shapes: SvgElement[] = [];
  const markers: SvgElement[] = [];
  for (const c of cells) {
    const shape = geo.forState(c.code);
    const common = { href: c.href, class: `map-state st-${c.cls}`, "data-state": c.code, "data-class": c.cls };
    if (shape.d) shapes.push(el("a", common, el("title", {}, c.title), el("path", { d: dOf(shape), fill: c.fill })));
    if (shape.marker) {
      const [cx, cy] = shape.marker;
      // A State drawn too small, or not at all, is a ringed dot that can be seen and clicked.
      markers.push(
        el(
          "a",
          { ...common, class: `${common.class} map-marker`, "data-marker": "true" },
          el("title", {}, c.title),
          el("circle", { cx, cy, r: 4, fill: c.fill, stroke: "#222222", "stroke-width": 0.8 }),
        ),
      );
    }
  }

  const perRow = data.kind === "instrument" ? 4 : 6;
  const colWidth = MAP_WIDTH / perRow;
  // The fundamental map's "not a member" entry is long: it gets a row of its own.
  const apart = data.kind === "fundamental" ? 1 : 0;
  const rows = svgLegend ? Math.ceil((legend.length - apart) / perRow) + apart : 0;
  const height = svgLegend ? LEGEND_TOP + rows * LEGEND_ROW + 8 : MAP_HEIGHT;
  const legendItems = legend.map((l, i) => {
    const label = legendLabel(data, lang, l, i === legend.length - 1);
    const own = apart === 1 && i === legend.length - 1;
    const x = own ? 8 : 8 + (i % perRow) * colWidth;
    const y = LEGEND_TOP + (own ? rows - 1 : Math.floor(i / perRow)) * LEGEND_ROW;
    return el(
      "g",
      { class: "map-legend-item" },
      el("rect", { x, y, width: 14, height: 14, fill: l.fill, stroke: BORDER, "stroke-width": 0.6 }),
      el("text", { x: x + 20, y: y + 11.5, "font-size": 12, fill: "#1A1A1A" }, `${label}: ${formatCount(lang, l.count)}`),
    );
  });

  const svg = el(
    "svg",
    {
      viewBox: `0 0 ${MAP_WIDTH} ${height}`,
      width: MAP_WIDTH,
      height,
      role: "group",
      "aria-labelledby": "map-svg-title",
      class: "world-map",
      "data-as-of": data.asOf,
      "data-subject": data.kind === "instrument" ? data.instrument.code : "fundamental",
      "font-family": "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif",
    },
    el("title", { id: "map-svg-title" }, title),
    el("desc", {}, summary),
    el("defs", {}, [...patterns.values()]),
    el("rect", { width: MAP_WIDTH, height, fill: OCEAN }),
    el("g", { class: "map-territories", ...line }, territories),
    el("g", { class: "map-states", ...line }, shapes),
    el("g", { class: "map-markers" }, markers),
    svgLegend ? el("g", { class: "map-legend", "aria-label": t("mapLegend") }, legendItems) : null,
  );
  return { svg, title, summary, legend, cells, table };
}

/** A legend entry's words: "7 of 10" for a class of the fundamental map, the status otherwise. */
export function legendLabel(data: MapData, lang: Lang, item: LegendItem, last: boolean): string {
  if (data.kind !== "fundamental" || last) return item.label;
  return translator(lang)("mapClassOf", { n: item.label, of: data.map.available });
}

/** Okabe–Ito plus black and grey: ten distinguishable series, each labelled at its end. */
const SERIES = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442", "#999999", "#7A5195"];

export interface TimelineFigure {
  svg: SvgElement;
  title: string;
  table: Table;
}

const TL_W = 960;
const TL_H = 320;
const PAD = { left: 44, right: 64, top: 16, bottom: 32 };

/** The year-by-year figure: lines, bands where a count is open, and the same figures as a table. */
export function timelineFigure(series: InstrumentTimeline[], data: MapData, lang: Lang, members: number): TimelineFigure {
  const t = translator(lang);
  const one = data.kind === "instrument";
  const title = one ? t("timelineFigure", { code: data.instrument.code, year: data.instrument.yearAdopted }) : t("timelineFigureFundamental");
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const x = (year: number) => PAD.left + ((year - first) / Math.max(1, last - first)) * (TL_W - PAD.left - PAD.right);
  const y = (n: number) => TL_H - PAD.bottom - (n / members) * (TL_H - PAD.top - PAD.bottom);
  const lines: { key: string; label: string; color: string; dash?: string; get: (p: InstrumentTimeline["points"][number]) => Count; s: InstrumentTimeline }[] = one
    ? [
        { key: "ratified", label: t("timelineRatified"), color: nth(SERIES, 0), get: (p) => p.ratified, s: nth(series, 0) },
        { key: "in-force", label: t("timelineInForce"), color: nth(SERIES, 1), dash: "5 3", get: (p) => p.inForce, s: nth(series, 0) },
      ]
    : series.map((s, i) => ({ key: s.instrument, label: s.instrument, color: nth(SERIES, i % SERIES.length), get: (p) => p.ratified, s }));
  const grid: SvgElement[] = [];
  for (let n = 0; n <= members; n += 50) {
    grid.push(el("line", { x1: PAD.left, x2: TL_W - PAD.right, y1: y(n), y2: y(n), stroke: "#DDDDDD", "stroke-width": 1 }));
    grid.push(el("text", { x: PAD.left - 6, y: y(n) + 4, "text-anchor": "end", "font-size": 11, fill: "#333333" }, formatNumber(lang, n)));
  }
  const step = last - first > 60 ? 20 : last - first > 20 ? 10 : 2;
  for (let yr = Math.ceil(first / step) * step; yr <= last; yr += step) {
    grid.push(el("text", { x: x(yr), y: TL_H - PAD.bottom + 16, "text-anchor": "middle", "font-size": 11, fill: "#333333" }, String(yr)));
  }
  const marked = Number(data.asOf.slice(0, 4));
  if (marked >= first && marked <= last) {
    grid.push(el("line", { x1: x(marked), x2: x(marked), y1: PAD.top, y2: TL_H - PAD.bottom, stroke: "#555555", "stroke-dasharray": "2 3", class: "timeline-marked" }));
  }
  const drawn: SvgElement[] = [];
  const ends: { y: number; label: string; color: string }[] = [];
  for (const line of lines) {
    const pts = line.s.points;
    const mid = (p: (typeof pts)[number]) => line.get(p).low;
    const band = pts.filter((p) => line.get(p).certainty === "range");
    for (const p of band) {
      const c = line.get(p);
      drawn.push(el("rect", { x: x(p.year) - 3, width: 6, y: y(c.high ?? c.low), height: Math.max(1, y(c.low) - y(c.high ?? c.low)), fill: line.color, "fill-opacity": 0.3, class: "timeline-band" }));
    }
    drawn.push(
      el("polyline", {
        points: pts.map((p) => `${x(p.year).toFixed(1)},${y(mid(p)).toFixed(1)}`).join(" "),
        fill: "none",
        stroke: line.color,
        "stroke-width": 2,
        "stroke-dasharray": line.dash,
        "data-series": line.key,
      }),
    );
    for (const p of pts.filter((q) => line.get(q).certainty === "at-least")) {
      drawn.push(el("line", { x1: x(p.year), x2: x(p.year), y1: y(mid(p)), y2: y(mid(p)) - 14, stroke: line.color, "stroke-width": 2, "stroke-dasharray": "2 2", class: "timeline-at-least" }));
    }
    const lastPoint = pts[pts.length - 1];
    if (lastPoint) ends.push({ y: y(mid(lastPoint)), label: line.label, color: line.color });
  }
  // Labels at the lines' ends, pushed apart so they do not overlap.
  ends.sort((a, b) => a.y - b.y);
  ends.forEach((e, i) => {
    const prev = ends[i - 1];
    if (prev && e.y - prev.y < 11) e.y = prev.y + 11;
  });
  const labels = ends.map((e) => el("text", { x: TL_W - PAD.right + 6, y: e.y + 4, "font-size": 11, fill: "#1A1A1A" }, e.label));
  const svg = el(
    "svg",
    {
      viewBox: `0 0 ${TL_W} ${TL_H}`,
      width: TL_W,
      height: TL_H,
      role: "img",
      "aria-labelledby": "timeline-svg-title",
      class: "timeline",
      "font-family": "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif",
    },
    el("title", { id: "timeline-svg-title" }, title),
    el("rect", { width: TL_W, height: TL_H, fill: "#FFFFFF" }),
    el("g", {}, grid),
    el("g", {}, drawn),
    el("g", {}, labels),
  );
  const table: Table = one
    ? {
        id: "timeline",
        caption: t("timelineTableCaption", { code: data.instrument.code }),
        rowHeader: "year",
        columns: [
          { key: "year", label: t("colYear"), kind: "code" },
          { key: "ratified", label: t("colTimelineRatified"), kind: "text" },
          { key: "ratifiedLow", label: t("colTimelineRatified"), kind: "number", hidden: true },
          { key: "ratifiedHigh", label: t("colTimelineRatified"), kind: "number", hidden: true },
          { key: "inForce", label: t("colTimelineInForce"), kind: "text" },
          { key: "inForceLow", label: t("colTimelineInForce"), kind: "number", hidden: true },
          { key: "inForceHigh", label: t("colTimelineInForce"), kind: "number", hidden: true },
        ],
        rows: nth(series, 0).points.map((p) => ({
          values: {
            year: p.year,
            ratified: formatCount(lang, p.ratified),
            ratifiedLow: p.ratified.low,
            ratifiedHigh: p.ratified.high,
            inForce: formatCount(lang, p.inForce),
            inForceLow: p.inForce.low,
            inForceHigh: p.inForce.high,
          },
        })),
      }
    : {
        id: "timeline",
        caption: t("timelineTableCaptionFundamental"),
        rowHeader: "year",
        columns: [
          { key: "year", label: t("colYear"), kind: "code" },
          ...series.flatMap((s) => [
            { key: s.instrument, label: s.instrument, kind: "text" as const },
            { key: `${s.instrument}Low`, label: s.instrument, kind: "number" as const, hidden: true },
            { key: `${s.instrument}High`, label: s.instrument, kind: "number" as const, hidden: true },
          ]),
        ],
        rows: Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => {
          const values: Record<string, string | number | null> = { year };
          for (const s of series) {
            const p = s.points.find((q) => q.year === year);
            values[s.instrument] = p ? formatCount(lang, p.ratified) : null;
            values[`${s.instrument}Low`] = p?.ratified.low ?? null;
            values[`${s.instrument}High`] = p?.ratified.high ?? null;
          }
          return { values };
        }),
      };
  return { svg, title, table };
}
