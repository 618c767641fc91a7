// The world's outlines, projected once per process: Natural Earth's countries from the
// world-atlas package (shipped in node_modules, never fetched), drawn with d3-geo's Equal Earth
// projection. Countries the 1:110m outlines lack or draw smaller than a few pixels become
// markers, placed from the 1:50m outlines (Tuvalu, in neither, from its capital's position).
import { createRequire } from "node:module";
import { geoCentroid, geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { z } from "zod";
import { ISO_NUMERIC } from "./iso-numeric";

/** The drawing's size in SVG units. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;

/** A shape smaller than this (in square SVG units) is drawn as a marker as well. */
const MIN_AREA = 10;

/** Positions (longitude, latitude) of member States neither outline set includes. */
const EXTRA_POINTS: Record<string, [number, number]> = {
  TV: [179.19, -8.52], // Funafuti
};

const Countries = z.custom<Topology<{ countries: GeometryCollection<{ name: string }> }>>(
  (v) => {
    const o = v as { type?: unknown; objects?: { countries?: { geometries?: unknown } } } | null;
    return o !== null && typeof o === "object" && o.type === "Topology" && Array.isArray(o.objects?.countries?.geometries);
  },
  { error: "is not world-atlas TopoJSON with a countries object" },
);

export interface CountryShape {
  /** ISO 3166-1 numeric code, as Natural Earth gives it. */
  numeric: string;
  /** The SVG path of its outline to a tenth of a unit (the files); empty when the outlines lack it. */
  d: string;
  /** The same to whole units, for pages (a third shorter; a unit is a pixel at full width). */
  dPage: string;
  /** Where a marker goes when the shape is missing or too small to see; null otherwise. */
  marker: [number, number] | null;
}

export interface WorldGeometry {
  /** Every outline, by numeric code, Antarctica left out. */
  shapes: Map<string, CountryShape>;
  /** Outlines without a numeric code (disputed areas). */
  others: { d: string; dPage: string }[];
  /** The alpha-2 code of a numeric code, when ISO gives one. */
  alphaOf(numeric: string): string | undefined;
  /** A State's shape by its alpha-2 code, with a marker placed for States not drawn. */
  forState(alpha2: string): CountryShape;
}

// Named in full (not built from a variable) so the bundler resolves exactly these two files.
const require = createRequire(import.meta.url);
const OUTLINES = {
  coarse: () => require("world-atlas/countries-110m.json") as unknown,
  fine: () => require("world-atlas/countries-50m.json") as unknown,
};

function features(which: keyof typeof OUTLINES): Feature<Geometry, { name: string }>[] {
  const topo = Countries.parse(OUTLINES[which]());
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return fc.features.filter((f) => f.id !== "010");
}

let cached: WorldGeometry | null = null;

/** The projected world, computed on first use and kept for the life of the process. */
export function worldGeometry(): WorldGeometry {
  if (cached) return cached;
  const coarse = features("coarse");
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "FeatureCollection", features: coarse },
  );
  const path = geoPath(projection).digits(1);
  const pagePath = geoPath(projection).digits(0);
  // Markers stay wholly inside the drawing (an island at the antimeridian would be cut in half).
  const inside = (v: number, max: number) => Math.min(Math.max(v, 6), max - 6);
  const round = (p: [number, number] | null): [number, number] | null =>
    p ? [Math.round(inside(p[0], MAP_WIDTH) * 10) / 10, Math.round(inside(p[1], MAP_HEIGHT) * 10) / 10] : null;
  const shapes = new Map<string, CountryShape>();
  const others: { d: string; dPage: string }[] = [];
  for (const f of coarse) {
    const d = path(f) ?? "";
    const dPage = pagePath(f) ?? "";
    if (f.id === undefined) {
      others.push({ d, dPage });
      continue;
    }
    const numeric = String(f.id);
    const small = path.area(f) < MIN_AREA;
    shapes.set(numeric, { numeric, d, dPage, marker: small ? round(path.centroid(f)) : null });
  }
  let fine: Map<string, Feature<Geometry, { name: string }>> | null = null;
  const numericToAlpha = new Map(Object.entries(ISO_NUMERIC).map(([a, n]) => [n, a]));
  const geometry: WorldGeometry = {
    shapes,
    others,
    alphaOf: (numeric) => numericToAlpha.get(numeric),
    forState(alpha2) {
      const numeric = ISO_NUMERIC[alpha2] ?? "";
      const known = shapes.get(numeric);
      if (known) return known;
      fine ??= new Map(features("fine").map((f) => [String(f.id), f]));
      const f = fine.get(numeric);
      const extra = EXTRA_POINTS[alpha2];
      const lonLat = f ? geoCentroid(f) : (extra ?? null);
      const shape: CountryShape = { numeric, d: "", dPage: "", marker: lonLat ? round(projection(lonLat) ?? null) : null };
      shapes.set(numeric, shape);
      return shape;
    },
  };
  cached = geometry;
  return geometry;
}
