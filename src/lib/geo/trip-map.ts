import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { LineString } from 'geojson';
import type { CountryRecord, VisitRecord } from '../records.ts';
import { foreignTrips } from '../visits.ts';
import { CompactPathWriter } from './path-writer.ts';
import { arcticProjection, project, worldProjection } from './projection.ts';
import { LOCATOR_DETAIL, MAP_DETAIL, markerCentroids, worldAt } from './world.ts';

const detailed = worldAt(MAP_DETAIL);

/** Every arc starts in Moscow. */
export const MOSCOW = { name: 'Moscow', lat: 55.7558, lon: 37.6173 } as const;

/** Trip-count classes for shading hosts: 1, 2, 3–4, 5 or more trips. */
export const TRIP_BINS = [
  { min: 1, max: 1, label: '1 trip' },
  { min: 2, max: 2, label: '2 trips' },
  { min: 3, max: 4, label: '3–4 trips' },
  { min: 5, max: Infinity, label: '5 or more' },
] as const;
export const tripBin = (n: number) => TRIP_BINS.findIndex((b) => n >= b.min && n <= b.max) + 1;

export interface HostShape {
  country: CountryRecord;
  trips: number;
  /** 1–4, see TRIP_BINS. */
  bin: number;
  years: number[];
  /** Path data, or null when the host is drawn only as its city markers (pointOnly). */
  d: string | null;
}

export interface CityMarker {
  key: string;
  name: string;
  country: CountryRecord;
  x: number;
  y: number;
  years: number[];
  trips: number;
}

export interface Route {
  /** The trip it belongs to, e.g. `2025-08-15-united-states`. */
  visitId: string;
  city: string;
  year: number;
  /** Path data on the world map; null when the great circle crosses the map's edge (drawn in the Arctic inset). */
  d: string | null;
  /** Path data in the Arctic inset, for routes the world map cannot show whole. */
  insetD: string | null;
  to: [number, number];
}

export interface TripMap {
  width: number;
  height: number;
  land: string;
  borders: string;
  hosts: HostShape[];
  markers: CityMarker[];
  routes: Route[];
  moscow: [number, number];
  inset: { land: string; moscow: [number, number]; cities: { name: string; x: number; y: number }[] } | null;
}

/** One projection and one path writer per build: the geometry is the same for every page. */
const { projection, width, height } = worldProjection();
const writer = new CompactPathWriter(0);
const path = geoPath(projection, writer);
const draw = (object: Parameters<typeof path>[0]) => {
  path(object);
  return writer.result();
};

let base: { land: string; borders: string } | undefined;
/** Land and borders are identical on every map; compute them once. */
function baseLayer() {
  base ??= { land: draw(detailed.mergedLand()), borders: draw(detailed.innerBorders()) };
  return base;
}

/** A great circle from Moscow; null if the projection cuts it into pieces (it crosses the antimeridian). */
function routePath(p: GeoProjection, to: { lon: number; lat: number }): string | null {
  const line: LineString = { type: 'LineString', coordinates: [[MOSCOW.lon, MOSCOW.lat], [to.lon, to.lat]] };
  const w = new CompactPathWriter(1);
  geoPath(p, w)(line);
  const d = w.result();
  return d.split('m').length - 1 === 1 ? d : null;
}

/** Everything the trip map draws, from the data: host shading, markers, great-circle routes, the Arctic inset. */
export function buildTripMap(countries: readonly CountryRecord[], visits: readonly VisitRecord[]): TripMap {
  const trips = foreignTrips(visits);
  const bySlug = new Map(countries.map((c) => [c.slug, c]));
  const host = (v: VisitRecord) => {
    const c = bySlug.get(v.country);
    if (!c) throw new Error(`visit ${v.id} names unknown country ${v.country}`);
    return c;
  };

  const hostTrips = new Map<string, VisitRecord[]>();
  for (const v of trips) hostTrips.set(v.country, [...(hostTrips.get(v.country) ?? []), v]);
  const hosts: HostShape[] = [...hostTrips.entries()]
    .map(([slug, list]) => {
      const country = bySlug.get(slug)!;
      const feature = detailed.countryFeatures.get(country.isoNumeric);
      return {
        country,
        trips: list.length,
        bin: tripBin(list.length),
        years: [...new Set(list.map((v) => Number(v.start.slice(0, 4))))],
        d: country.pointOnly || !feature ? null : draw(feature),
      };
    })
    .sort((a, b) => a.country.name.localeCompare(b.country.name, 'en'));

  const markers = new Map<string, CityMarker>();
  const routes: Route[] = [];
  const arctic = arcticProjection();
  const insetCities: NonNullable<TripMap['inset']>['cities'] = [];
  for (const v of trips) {
    const country = host(v);
    const year = Number(v.start.slice(0, 4));
    for (const city of v.cities) {
      const key = `${v.country}:${city.name}`;
      const [x, y] = project(projection, city.lon, city.lat);
      const marker = markers.get(key) ?? { key, name: city.name, country, x, y, years: [], trips: 0 };
      if (!marker.years.includes(year)) marker.years.push(year);
      marker.trips += 1;
      markers.set(key, marker);
      const d = routePath(projection, city);
      if (!d) {
        const [ix, iy] = project(arctic, city.lon, city.lat);
        insetCities.push({ name: city.name, x: ix, y: iy });
      }
      routes.push({ visitId: v.id, city: city.name, year, d, insetD: d ? null : routePath(arctic, city), to: [x, y] });
    }
  }


  let inset: TripMap['inset'] = null;
  if (insetCities.length) {
    const w = new CompactPathWriter(0);
    geoPath(arctic, w)(worldAt(LOCATOR_DETAIL).mergedLand());
    inset = { land: w.result(), moscow: project(arctic, MOSCOW.lon, MOSCOW.lat), cities: insetCities };
  }

  return {
    width,
    height,
    ...baseLayer(),
    hosts,
    markers: [...markers.values()].sort((a, b) => a.key.localeCompare(b.key)),
    routes,
    moscow: project(projection, MOSCOW.lon, MOSCOW.lat),
    inset,
  };
}

/** Borders between countries, drawn once. */
export function borderPath(): string {
  return baseLayer().borders;
}

/** Every drawn country's path keyed by world-atlas id, for the ICC and UN-vote views. */
export function allCountryPaths(): { id: string; name: string; d: string }[] {
  return [...detailed.countryFeatures.entries()]
    .map(([id, f]) => ({ id, name: f.properties.name, d: draw(f) }))
    .filter((c) => c.d)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Projected marker points for countries too small to draw as shapes on the world map. */
export function markerPoints(isoNumerics: readonly string[]): { id: string; x: number; y: number }[] {
  return [...markerCentroids(isoNumerics)].map(([id, [lon, lat]]) => {
    const [x, y] = project(projection, lon, lat);
    return { id, x, y };
  });
}

export { width as MAP_VIEW_WIDTH, height as MAP_VIEW_HEIGHT };

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
export function buildLocatorMap(country: CountryRecord, visits: readonly VisitRecord[]): LocatorMap {
  const cities = foreignTrips(visits).flatMap((v) => v.cities);
  const candidates = [-11, ...cities.map((c) => -((MOSCOW.lon + c.lon) / 2)), ...cities.map((c) => -((MOSCOW.lon + c.lon) / 2 + 180))];
  let chosen: { projection: GeoProjection; routes: string[] } | undefined;
  for (const lambda of candidates) {
    const p = geoEqualEarth().rotate([lambda, 0]).fitWidth(LOCATOR_WIDTH, { type: 'Sphere' });
    const routes = cities.map((c) => routePath(p, c));
    if (routes.every((r) => r !== null)) {
      chosen = { projection: p, routes: routes as string[] };
      break;
    }
  }
  if (!chosen) throw new Error(`no rotation draws every route to ${country.name} whole`);
  const { projection: p, routes } = chosen;
  const w = new CompactPathWriter(0);
  const draw = geoPath(p, w);
  const [, [, bottom]] = geoPath(p).bounds({ type: 'Sphere' });
  const coarse = worldAt(LOCATOR_DETAIL);
  draw(coarse.mergedLand());
  const land = w.result();
  const feature = coarse.countryFeatures.get(country.isoNumeric);
  let shape: string | null = null;
  if (feature && !country.pointOnly) {
    draw(feature);
    shape = w.result();
  }
  const markerPlace = country.pointOnly && cities[0] ? cities[0] : country.capital;
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
