import { geoAzimuthalEquidistant, geoEqualEarth, type GeoProjection } from 'd3-geo';
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

/** The Arctic inset: an azimuthal equidistant view from above the North Pole, where polar routes are straight-ish. */
export const INSET_SIZE = 200;
export function arcticProjection(): GeoProjection {
  return geoAzimuthalEquidistant()
    .rotate([-80, -90])
    .clipAngle(42)
    .fitExtent([[4, 4], [INSET_SIZE - 4, INSET_SIZE - 4]], { type: 'Sphere' });
}

/** Projects a [lon, lat] point, throwing if it falls outside the projection (it never should for our cities). */
export function project(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const point = projection([lon, lat]);
  if (!point) throw new Error(`cannot project ${lon}, ${lat}`);
  return [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];
}
