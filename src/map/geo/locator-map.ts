import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { VisitRecord } from '../../model/records.ts';
import { foreignTrips } from '../../model/visits.ts';
import { CompactPathWriter } from './path-writer.ts';
import { project } from './projection.ts';
import { MOSCOW, routePath } from './trip-map.ts';
import { LOCATOR_DETAIL, markerCentroids, worldAt } from './world.ts';

export interface LocatorMap {
  width: number;
  height: number;
  land: string;
  /** The country's own shape, or null when it is drawn as a point. */
  shape: string | null;
  /** Where the country's marker sits (its capital): small countries vanish at this scale otherwise. */
  marker: [number, number];
  routes: string[];
  moscow: [number, number];
}

const LOCATOR_WIDTH = 320;

/**
 * A small world map for a profile: the country highlighted and its trips' routes from Moscow. The projection is
 * turned so that none of this country's routes crosses the map's edge (for the United States, Moscow → Anchorage
 * is then drawn whole over the Arctic, which the main map can only show in an inset).
 */
/** What a locator map needs of a country: a written profile has all of it; a data page gives its shape's id. */
export interface LocatorPlace {
  /** For messages about the shape: the ISO3 code. */
  iso3: string;
  isoNumeric: string;
  pointOnly?: boolean | undefined;
  /** Where the marker sits; without one, the centroid of the country's most detailed world-atlas shape. */
  capital?: { lon: number; lat: number } | undefined;
}

export function buildLocatorMap(country: LocatorPlace, visits: readonly VisitRecord[]): LocatorMap {
  const cities = foreignTrips(visits).flatMap((v) => v.cities);
  // The page and its share card both draw it: build it once per country and set of cities.
  const key = JSON.stringify([country.isoNumeric, country.pointOnly, country.capital, cities]);
  let map = built.get(key);
  if (!map) {
    map = drawLocatorMap(country, cities);
    built.set(key, map);
  }
  return map;
}

const built = new Map<string, LocatorMap>();
const landByRotation = new Map<number, string>();

function drawLocatorMap(country: LocatorPlace, cities: readonly { lon: number; lat: number }[]): LocatorMap {
  const candidates = [-11, ...cities.map((c) => -((MOSCOW.lon + c.lon) / 2)), ...cities.map((c) => -((MOSCOW.lon + c.lon) / 2 + 180))];
  let chosen: { projection: GeoProjection; lambda: number; routes: string[] } | undefined;
  for (const lambda of candidates) {
    const p = geoEqualEarth().rotate([lambda, 0]).fitWidth(LOCATOR_WIDTH, { type: 'Sphere' });
    const routes = cities.map((c) => routePath(p, c));
    if (routes.every((r) => r !== null)) {
      chosen = { projection: p, lambda, routes: routes as string[] };
      break;
    }
  }
  if (!chosen) throw new Error(`no rotation draws every route to ${country.iso3} whole`);
  const { projection: p, lambda, routes } = chosen;
  const w = new CompactPathWriter(0);
  const draw = geoPath(p, w);
  const [, [, bottom]] = geoPath(p).bounds({ type: 'Sphere' });
  const coarse = worldAt(LOCATOR_DETAIL);
  // Most countries share the default rotation, and with it the land outline.
  let land = landByRotation.get(lambda);
  if (land === undefined) {
    draw(coarse.mergedLand());
    land = w.result();
    landByRotation.set(lambda, land);
  }
  const feature = coarse.countryFeatures.get(country.isoNumeric);
  let shape: string | null = null;
  if (feature && !country.pointOnly) {
    draw(feature);
    shape = w.result();
  }
  const markerPlace = country.pointOnly && cities[0] ? cities[0] : (country.capital ?? centroidOf(country));
  return {
    width: LOCATOR_WIDTH,
    height: Math.ceil(bottom),
    land,
    shape,
    marker: project(p, markerPlace.lon, markerPlace.lat),
    routes,
    moscow: project(p, MOSCOW.lon, MOSCOW.lat),
  };
}

function centroidOf(country: LocatorPlace): { lon: number; lat: number } {
  const found = markerCentroids([country.isoNumeric]).get(country.isoNumeric);
  if (!found) throw new Error(`${country.iso3}: no world-atlas shape or capital fallback for ISO numeric ${country.isoNumeric} (src/map/geo/world.ts)`);
  return { lon: found[0], lat: found[1] };
}
