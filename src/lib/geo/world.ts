import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

type CountryProps = { name: string };
type Countries = GeometryCollection<CountryProps>;

/** Natural Earth 1:110m countries from world-atlas (ids are zero-padded ISO numeric strings). */
export const topology = world as unknown as Topology<{ countries: Countries; land: GeometryCollection }>;

/** Antarctica is left off the map: no trip goes there and it would take a fifth of the height. */
export const ANTARCTICA = '010';

const geometries = topology.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA);
const countriesObject: Countries = { ...topology.objects.countries, geometries };

/** Every drawn country as a GeoJSON feature, keyed by its world-atlas id. */
export const countryFeatures: Map<string, Feature<Geometry, CountryProps>> = new Map(
  (feature(topology, countriesObject) as FeatureCollection<Geometry, CountryProps>).features.flatMap((f) =>
    f.id === undefined ? [] : [[String(f.id), f] as const],
  ),
);

/** The union of the given countries (all drawn countries when `ids` is omitted): one outline, no inner borders. */
export function mergedLand(ids?: ReadonlySet<string>): MultiPolygon {
  return merge(topology, geometries.filter((g) => !ids || (g.id !== undefined && ids.has(String(g.id)))) as never);
}

/** Borders between drawn countries, each drawn once. */
export function innerBorders(): MultiLineString {
  return mesh(topology, countriesObject, (a, b) => a !== b);
}
