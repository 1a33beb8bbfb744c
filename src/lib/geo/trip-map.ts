import { geoPath, type GeoProjection } from 'd3-geo';
import type { LineString } from 'geojson';
import type { CountryRecord, VisitRecord } from '../records.ts';
import { formatList, plural } from '../format.ts';
import { foreignTrips } from '../visits.ts';
import type { Token } from '../layers/palette.ts';
import { baseMap } from './base-map.ts';
import { CompactPathWriter } from './path-writer.ts';
import { arcticProjection, project, worldProjection } from './projection.ts';
import { LOCATOR_DETAIL, worldAt } from './world.ts';

/** Every arc starts in Moscow. */
export const MOSCOW = { name: 'Moscow', lat: 55.7558, lon: 37.6173 } as const;

/** Trip-count classes for shading hosts: 1, 2, 3–4, 5 or more trips. */
export const TRIP_BINS = [
  { min: 1, max: 1, label: '1 trip', token: 'trips-1' },
  { min: 2, max: 2, label: '2 trips', token: 'trips-2' },
  { min: 3, max: 4, label: '3–4 trips', token: 'trips-3' },
  { min: 5, max: Infinity, label: '5 or more', token: 'trips-4' },
] as const satisfies readonly { min: number; max: number; label: string; token: Token }[];
export const tripBin = (n: number) => TRIP_BINS.findIndex((b) => n >= b.min && n <= b.max) + 1;

export interface HostShape {
  country: CountryRecord;
  trips: number;
  /** 1–4, see TRIP_BINS. */
  bin: number;
  /** The colour token of its bin. */
  token: Token;
  years: number[];
  /** Trips per year, e.g. `{ 2022: 1, 2024: 2 }`: the year filter re-shades hosts by these. */
  tripsByYear: Record<number, number>;
  /** Path data, or null when the host is drawn only as its city markers (pointOnly). */
  d: string | null;
}

export interface CityMarker {
  key: string;
  /** The city, or the cities grouped under one marker (`Bishkek and Kant`). */
  name: string;
  /** Every city the marker stands for. */
  cities: string[];
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
  inset: { land: string; moscow: [number, number]; cities: { name: string; x: number; y: number }[]; box: { x: number; y: number; size: number } } | null;
}

/** A great circle from Moscow; null if the projection cuts it into pieces (it crosses the antimeridian). */
export function routePath(p: GeoProjection, to: { lon: number; lat: number }): string | null {
  const line: LineString = { type: 'LineString', coordinates: [[MOSCOW.lon, MOSCOW.lat], [to.lon, to.lat]] };
  const w = new CompactPathWriter(1);
  geoPath(p, w)(line);
  const d = w.result();
  return d.split('m').length - 1 === 1 ? d : null;
}

const built = new WeakMap<readonly VisitRecord[], { countries: readonly CountryRecord[]; map: TripMap }>();

/**
 * Everything the trip map draws, from the data: host shading, markers, great-circle routes, the Arctic inset.
 * Built once per set of records (the front page, the map page and the share cards all draw it).
 */
export function buildTripMap(countries: readonly CountryRecord[], visits: readonly VisitRecord[]): TripMap {
  const hit = built.get(visits);
  if (hit && hit.countries === countries) return hit.map;
  const map = drawTripMap(countries, visits);
  built.set(visits, { countries, map });
  return map;
}

function drawTripMap(countries: readonly CountryRecord[], visits: readonly VisitRecord[]): TripMap {
  const base = baseMap();
  const { projection } = worldProjection();
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
      const d = country.pointOnly ? undefined : base.countryPath(country.isoNumeric);
      return {
        country,
        trips: list.length,
        bin: tripBin(list.length),
        token: TRIP_BINS[tripBin(list.length) - 1]!.token,
        years: [...new Set(list.map((v) => Number(v.start.slice(0, 4))))],
        tripsByYear: list.reduce<Record<number, number>>((acc, v) => {
          const y = Number(v.start.slice(0, 4));
          acc[y] = (acc[y] ?? 0) + 1;
          return acc;
        }, {}),
        d: d ?? null,
      };
    })
    .sort((a, b) => a.country.name.localeCompare(b.country.name, 'en'));

  const markers = new Map<string, CityMarker & { visits: Set<string> }>();
  const routes: Route[] = [];
  const arctic = arcticProjection();
  const insetCities: NonNullable<TripMap['inset']>['cities'] = [];
  for (const v of trips) {
    const country = host(v);
    const year = Number(v.start.slice(0, 4));
    for (const city of v.cities) {
      const key = `${v.country}:${city.name}`;
      const [x, y] = project(projection, city.lon, city.lat);
      const marker = markers.get(key) ?? { key, name: city.name, cities: [city.name], country, x, y, years: [], trips: 0, visits: new Set<string>() };
      if (!marker.years.includes(year)) marker.years.push(year);
      marker.visits.add(v.id);
      marker.trips = marker.visits.size;
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
    // In the empty Indian Ocean between Madagascar and Australia: inside the part of the map a phone opens on.
    const [left] = base.point(51, -20);
    const size = 150;
    const box = { x: Math.round(left + 10), y: base.height - size - 8, size };
    inset = { land: w.result(), moscow: project(arctic, MOSCOW.lon, MOSCOW.lat), cities: insetCities, box };
  }

  return {
    width: base.width,
    height: base.height,
    land: base.land,
    borders: base.borders,
    hosts,
    markers: groupNearbyMarkers([...markers.values()]).sort((a, b) => a.key.localeCompare(b.key)),
    routes,
    moscow: project(projection, MOSCOW.lon, MOSCOW.lat),
    inset,
  };
}


/** Cities of one host closer than this (map units) share a marker: their dots would sit on top of each other. */
const MARKER_OVERLAP = 8;

/** Groups a host's markers that overlap (Bishkek and Kant, Samarkand and Tashkent) into one, at their mean point. */
function groupNearbyMarkers(markers: (CityMarker & { visits: Set<string> })[]): CityMarker[] {
  const groups: (CityMarker & { visits: Set<string> })[] = [];
  for (const m of [...markers].sort((a, b) => a.key.localeCompare(b.key))) {
    const near = groups.find((g) => g.country.slug === m.country.slug && Math.hypot(g.x - m.x, g.y - m.y) < MARKER_OVERLAP);
    if (!near) {
      groups.push({ ...m, cities: [...m.cities], years: [...m.years], visits: new Set(m.visits) });
      continue;
    }
    const n = near.cities.length;
    near.x = Math.round(((near.x * n + m.x) / (n + 1)) * 10) / 10;
    near.y = Math.round(((near.y * n + m.y) / (n + 1)) * 10) / 10;
    near.cities.push(...m.cities);
    near.name = formatList(near.cities);
    for (const y of m.years) if (!near.years.includes(y)) near.years.push(y);
    for (const v of m.visits) near.visits.add(v);
    near.trips = near.visits.size;
  }
  return groups.map(({ visits: _visits, ...m }) => m);
}

/** What the year filter shows for one choice: the count sentence (announced to screen readers) and the table caption. */
export interface YearView {
  /** `''` for all years. */
  year: string;
  button: string;
  count: string;
  caption: string;
}

/** The year filter's choices, all years first, with every sentence it shows computed here rather than in the script. */
export function yearViews(visits: readonly VisitRecord[], years: readonly number[]): YearView[] {
  const trips = foreignTrips(visits);
  const count = (list: readonly VisitRecord[]) => {
    const hosts = new Set(list.map((v) => v.country)).size;
    return `${plural(list.length, { one: 'trip', other: 'trips' })} to ${plural(hosts, { one: 'country', other: 'countries' })}`;
  };
  return [
    { year: '', button: 'All years', count: `Showing all ${count(trips)}.`, caption: 'Every foreign trip since 24 February 2022, oldest first' },
    ...years.map((y) => {
      const inYear = trips.filter((v) => v.start.startsWith(`${y}-`));
      return { year: String(y), button: String(y), count: `Showing ${y}: ${count(inYear)}.`, caption: `Foreign trips in ${y}, oldest first` };
    }),
  ];
}
