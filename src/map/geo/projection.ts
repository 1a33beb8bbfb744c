import { geoAzimuthalEquidistant, geoConicEqualArea, geoEqualEarth, type GeoProjection } from 'd3-geo';
import { MAP_DETAIL, worldAt } from './world.ts';

/** The world map's viewBox width; the height follows from the projection. */
export const MAP_WIDTH = 960;
const PAD = 8;

/**
 * Equal Earth (equal-area, so Russia is drawn at its true size relative to its hosts), centred on 11°E so that
 * Chukotka stays on the right and only the Bering Strait is cut. Fitted to the land without Antarctica.
 */
let world: { projection: GeoProjection; width: number; height: number } | undefined;
export function worldProjection(): { projection: GeoProjection; width: number; height: number } {
  world ??= fitWorld();
  return world;
}

function fitWorld(): { projection: GeoProjection; width: number; height: number } {
  const land = worldAt(MAP_DETAIL).mergedLand();
  const projection = geoEqualEarth().rotate([-11, 0]).fitWidth(MAP_WIDTH - 2 * PAD, land);
  const [[, y0], [, y1]] = [projection([0, 84])!, projection([0, -57])!];
  const height = Math.ceil(y1 - y0 + 2 * PAD);
  projection.translate([projection.translate()[0] + PAD, projection.translate()[1] - y0 + PAD]);
  return { projection, width: MAP_WIDTH, height };
}

/**
 * The trip map's frame, [lon, lat] degrees: Eurasia from Minsk to Pyongyang and from the Arctic down to Hanoi,
 * where every trip but one went. Chosen by hand, not fitted to the data, so the picture does not jump when a trip
 * is added; a city outside it is drawn in the Arctic inset, and one that fits neither stops the build.
 */
export const TRIP_FRAME = { west: 24, east: 152, south: 8, north: 62 } as const;

/**
 * Albers equal-area conic for Eurasia (standard parallels 25°N and 55°N, centred on 80°E): areas stay true, so
 * Russia and China are drawn at their real size against the small states between them, and the shapes of the
 * mid-latitudes are barely bent. Clipped to the frame, so nothing outside it is drawn or written.
 */
let trip: { projection: GeoProjection; width: number; height: number } | undefined;
export function tripProjection(): { projection: GeoProjection; width: number; height: number } {
  trip ??= fitTrip();
  return trip;
}

function fitTrip(): { projection: GeoProjection; width: number; height: number } {
  const { west, east, south, north } = TRIP_FRAME;
  const edge: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 2) edge.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 2) edge.push([west, lat], [east, lat]);
  const frame = { type: 'MultiPoint' as const, coordinates: edge };
  const projection = geoConicEqualArea().parallels([25, 55]).rotate([-80, 0]).fitWidth(MAP_WIDTH, frame);
  const ys = edge.map((p) => projection(p)![1]);
  const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
  const height = Math.round(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]).clipExtent([[0, 0], [MAP_WIDTH, height]]);
  return { projection, width: MAP_WIDTH, height };
}

/**
 * The Arctic inset: an azimuthal equidistant view from above the North Pole, where polar routes are straight-ish;
 * turned so that Moscow sits on the left and Alaska on the right, the route crossing the pole from left to right.
 */
export const INSET_SIZE = 200;
/** Fitted to a box of the map it sits on (in that map's units), or to a 200-unit square of its own. */
export function arcticProjection(box: { x: number; y: number; size: number } = { x: 0, y: 0, size: INSET_SIZE }): GeoProjection {
  return geoAzimuthalEquidistant()
    .rotate([-147, -90, 0])
    .clipAngle(42)
    .fitExtent([[box.x + 4, box.y + 4], [box.x + box.size - 4, box.y + box.size - 4]], { type: 'Sphere' });
}

/** Projects a [lon, lat] point, throwing if it falls outside the projection (it never should for our cities). */
export function project(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const point = projection([lon, lat]);
  if (!point) throw new Error(`cannot project ${lon}, ${lat}`);
  return [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];
}
