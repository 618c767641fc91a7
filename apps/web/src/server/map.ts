// The map's and timeline's data for a view, from core, computed once per revision and view.
import "server-only";
import {
  type FundamentalMap,
  fundamentalMap,
  fundamentalTimeline,
  type Instrument,
  InstrumentCode,
  type InstrumentMap,
  type InstrumentTimeline,
  instrumentMap,
  instrumentTimeline,
  type IsoDate,
  type MemberState,
} from "@partnership-atlas/core";
import type { Lang } from "@/i18n/languages";
import type { MapQuery } from "@/map/query";
import { type MapFigure, mapFigure, type TimelineFigure, timelineFigure } from "@/map/render";
import { svgText } from "@/map/svg";
import { derived, today } from "./atlas";

export type MapData =
  | { kind: "instrument"; instrument: Instrument; asOf: IsoDate; map: InstrumentMap; states: MemberState[] }
  | { kind: "fundamental"; asOf: IsoDate; map: FundamentalMap; states: MemberState[] };

export interface MapChoice {
  code: string;
  title: string;
}

/** The map for a query; an instrument the records do not hold gives null (the page says so). */
export async function mapData(query: MapQuery): Promise<MapData | null> {
  const { subject, asOf } = query;
  if (subject.kind === "instrument") {
    return derived(`map:${subject.code}:${asOf}`, (ds) => {
      const instrument = ds.instruments.find((i) => i.code === subject.code);
      if (!instrument) return null;
      return { kind: "instrument" as const, instrument, asOf, map: instrumentMap(ds, InstrumentCode.parse(instrument.code), asOf), states: ds.memberStates };
    });
  }
  return fundamentalMapData(asOf);
}

function fundamentalMapData(asOf: MapQuery["asOf"]): Promise<MapData> {
  return derived(`map:fundamental:${asOf}`, (ds) => ({ kind: "fundamental" as const, asOf, map: fundamentalMap(ds, asOf), states: ds.memberStates }));
}

/** The view asked for, or the fundamental Conventions' view when its instrument is unknown. */
export async function mapDataOrFundamental(query: MapQuery): Promise<MapData> {
  return (await mapData(query)) ?? fundamentalMapData(query.asOf);
}

/**
 * The year-by-year series, always up to today (the chosen date only marks a year on it), so a
 * slider moving through the years reuses one computation.
 */
export async function timelineData(data: MapData): Promise<InstrumentTimeline[]> {
  const now = today();
  if (data.kind === "instrument") {
    const code = InstrumentCode.parse(data.instrument.code);
    return derived(`timeline:${code}:${now}`, (ds) => {
      const t = instrumentTimeline(ds, code, now);
      return t ? [t] : [];
    });
  }
  return derived(`timeline:fundamental:${now}`, (ds) => fundamentalTimeline(ds, now));
}

/** The instruments the form offers, in code order. */
export async function mapChoices(): Promise<MapChoice[]> {
  return derived("map-choices", (ds) =>
    [...ds.instruments].sort((a, b) => (a.code < b.code ? -1 : 1)).map((i) => ({ code: i.code, title: i.title })),
  );
}

const subjectKey = (data: MapData) => (data.kind === "instrument" ? data.instrument.code : "fundamental");

/** The drawn map of a view in a language (its legend inside for a file, as HTML on a page), with its SVG text, once per revision. */
export async function mapFigureOf(data: MapData, lang: Lang, forFile = false): Promise<MapFigure & { markup: string }> {
  return derived(`map-figure:${subjectKey(data)}:${data.asOf}:${lang}:${forFile}`, () => {
    const figure = mapFigure(data, lang, forFile);
    return { ...figure, markup: svgText(figure.svg) };
  });
}

/** The drawn timeline of a view in a language (the chosen year marked), once per revision. */
export async function timelineFigureOf(data: MapData, lang: Lang): Promise<(TimelineFigure & { markup: string }) | null> {
  const series = await timelineData(data);
  if (series.length === 0) return null;
  return derived(`timeline-figure:${subjectKey(data)}:${today()}:${data.asOf.slice(0, 4)}:${lang}`, () => {
    const figure = timelineFigure(series, data, lang, data.states.length);
    return { ...figure, markup: svgText(figure.svg) };
  });
}
