import { feature, merge, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import world50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import { geoCentroid } from 'd3-geo';

type CountryProps = { name: string };
type Countries = GeometryCollection<CountryProps>;
type WorldTopology = Topology<{ countries: Countries; land: GeometryCollection }>;

/** Natural Earth 1:110m countries from world-atlas (ids are zero-padded ISO numeric strings). */
export const topology = world as unknown as WorldTopology;

/** Antarctica is left off the maps: no trip goes there and it would take a fifth of the height. */
export const ANTARCTICA = '010';

export interface World {
  /** Every drawn country as a GeoJSON feature, keyed by its world-atlas id. */
  countryFeatures: Map<string, Feature<Geometry, CountryProps>>;
  /** The union of the given countries (all drawn countries when `ids` is omitted): one outline, no inner borders. */
  mergedLand(ids?: ReadonlySet<string>): MultiPolygon;
  /** Borders between drawn countries, each drawn once. */
  innerBorders(): MultiLineString;
}

const cache = new Map<number, World>();

/**
 * The world at a level of detail: `retain` is the share of the 1:110m points kept by Visvalingam simplification
 * (topojson-simplify, on the sphere). About a third is indistinguishable at 960 px wide and halves the bytes;
 * the 320 px locator maps need even less.
 */
export function worldAt(retain: number): World {
  const cached = cache.get(retain);
  if (cached) return cached;
  const pre = presimplify(topology as never) as unknown as WorldTopology;
  const t = retain < 1 ? (simplify(pre as never, quantile(pre as never, retain)) as unknown as WorldTopology) : topology;
  const geometries = t.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA);
  const countries: Countries = { ...t.objects.countries, geometries };
  const made: World = {
    countryFeatures: new Map(
      (feature(t, countries) as FeatureCollection<Geometry, CountryProps>).features.flatMap((f) =>
        f.id === undefined ? [] : [[String(f.id), f] as const],
      ),
    ),
    mergedLand: (ids) => merge(t, geometries.filter((g) => !ids || (g.id !== undefined && ids.has(String(g.id)))) as never),
    innerBorders: () => mesh(t, countries, (a, b) => a !== b),
  };
  cache.set(retain, made);
  return made;
}

/** Detail for the 960 px world map and its layers. */
export const MAP_DETAIL = 0.35;
/** Detail for the trip map, which draws Eurasia alone about twice as large as the world map does. */
export const TRIP_DETAIL = 0.26;
/** Detail for the 320 px locator maps on profiles and the share cards. */
export const LOCATOR_DETAIL = 0.15;
/** Detail for the trip map's Arctic inset: a 170-unit globe of the northern lands, where a coast needs few points. */
export const INSET_DETAIL = 0.06;

/**
 * A marker position for countries the map cannot show as a shape: those missing at 1:110m (Singapore, Malta,
 * most island states) and those the simplification shrinks to nothing (Qatar, Cyprus…). The centroid of the most
 * detailed shape world-atlas has, or, for Tuvalu (absent at every scale), its capital.
 */
export function markerCentroids(isoNumerics: readonly string[]): Map<string, [number, number]> {
  if (!isoNumerics.length) return new Map();
  const shapes = mostDetailedShapes();
  return new Map(
    isoNumerics.flatMap((id) => {
      const f = shapes.get(id);
      if (f) return [[id, geoCentroid(f)] as [string, [number, number]]];
      const fallback = CAPITAL_FALLBACK[id];
      return fallback ? [[id, fallback] as [string, [number, number]]] : [];
    }),
  );
}

let detailedShapes: Map<string, Feature<Geometry, CountryProps>> | undefined;
/** Every world-atlas country at its most detailed scale (1:50m, else 1:110m); built on first use. */
function mostDetailedShapes(): Map<string, Feature<Geometry, CountryProps>> {
  if (detailedShapes) return detailedShapes;
  detailedShapes = new Map();
  for (const t of [world50 as unknown as WorldTopology, topology]) {
    for (const f of (feature(t, t.objects.countries) as FeatureCollection<Geometry, CountryProps>).features) detailedShapes.set(String(f.id), f);
  }
  return detailedShapes;
}

/** Members absent from world-atlas at every scale: [lon, lat] of the capital. */
const CAPITAL_FALLBACK: Record<string, [number, number]> = {
  '798': [179.1983, -8.5211], // Tuvalu, Funafuti
};
