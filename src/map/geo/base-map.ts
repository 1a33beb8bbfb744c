import { geoPath } from 'd3-geo';
import { CompactPathWriter } from './path-writer.ts';
import type { GeoProjection } from 'd3-geo';
import { project, tripProjection, worldProjection } from './projection.ts';
import { MAP_DETAIL, TRIP_DETAIL, markerCentroids, worldAt } from './world.ts';
import { byCodePoint } from '../../model/order.ts';

/** One drawn country of the base map. */
export interface BaseCountry {
  /** world-atlas id: the zero-padded ISO 3166 numeric code. */
  id: string;
  /** Natural Earth's name, for shapes that are not UN members (Western Sahara, Taiwan…). */
  name: string;
  d: string;
}

/**
 * The world every 960 px map is drawn on (the trip map and every country layer): land as one outline, borders
 * drawn once as a mesh, each country's path, and a dot for each state too small to draw as a shape.
 */
export interface BaseMap {
  width: number;
  height: number;
  land: string;
  borders: string;
  /** Every drawn country, sorted by id. */
  countries: readonly BaseCountry[];
  /** Path data by world-atlas id. */
  countryPath(id: string): string | undefined;
  /** A [lon, lat] point on the map, rounded to 0.1 px. */
  point(lon: number, lat: number): [number, number];
  /** Dot positions for the given states that have no drawn shape (small island states, Singapore…). */
  dots(ids: readonly string[]): { id: string; x: number; y: number }[];
  /** Where a state sits on the map: its shape's centroid, or its dot; undefined if it is drawn neither way. */
  centre(id: string): [number, number] | undefined;
}

let memo: BaseMap | undefined;
let tripMemo: BaseMap | undefined;

/** The base map, built on first use and then shared by every page of the build. */
export function baseMap(): BaseMap {
  memo ??= buildBaseMap(worldAt(MAP_DETAIL), worldProjection());
  return memo;
}

/** The trip map's base: Eurasia only (see TRIP_FRAME), clipped to its frame, at the detail its zoom needs. */
export function tripBaseMap(): BaseMap {
  tripMemo ??= buildBaseMap(worldAt(TRIP_DETAIL), tripProjection());
  return tripMemo;
}

function buildBaseMap(world: ReturnType<typeof worldAt>, { projection, width, height }: { projection: GeoProjection; width: number; height: number }): BaseMap {
  const writer = new CompactPathWriter(0);
  const path = geoPath(projection, writer);
  const draw = (object: Parameters<typeof path>[0]) => {
    path(object);
    return writer.result();
  };
  const countries = [...world.countryFeatures.entries()]
    .map(([id, f]) => ({ id, name: f.properties.name, d: draw(f) }))
    .filter((c) => c.d)
    .sort((a, b) => byCodePoint(a.id, b.id));
  const byId = new Map(countries.map((c) => [c.id, c.d]));
  const centroids = new Map<string, [number, number]>();
  const dotCache = new Map<string, { id: string; x: number; y: number } | null>();
  return {
    width,
    height,
    land: draw(world.mergedLand()),
    borders: draw(world.innerBorders()),
    countries,
    countryPath: (id) => byId.get(id),
    point: (lon, lat) => project(projection, lon, lat),
    dots(ids) {
      const missing = ids.filter((id) => !byId.has(id) && !dotCache.has(id));
      for (const [id, [lon, lat]] of markerCentroids(missing)) {
        const [x, y] = project(projection, lon, lat);
        dotCache.set(id, { id, x, y });
      }
      for (const id of missing) if (!dotCache.has(id)) dotCache.set(id, null);
      return ids.flatMap((id) => (byId.has(id) ? [] : dotCache.get(id) ? [dotCache.get(id)!] : []));
    },
    centre(id) {
      const feature = world.countryFeatures.get(id);
      if (feature && byId.has(id)) {
        if (!centroids.has(id)) centroids.set(id, geoPath(projection).centroid(feature) as [number, number]);
        return centroids.get(id);
      }
      const dot = this.dots([id])[0];
      return dot && [dot.x, dot.y];
    },
  };
}
