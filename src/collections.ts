/**
 * The one place pages read astro:content. Everything leaves here as plain, explicitly sorted data,
 * so src/lib stays free of Astro and testable on its own.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { datasetSchema } from './schemas/dataset.ts';
import { byDate, byName, byStart, type SiteData } from './lib/records.ts';
import { DATASET_FILE, contentRoot } from './validation/content-layout.ts';
import { parseContentFile } from './validation/parse-file.ts';

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const parsed = parseContentFile(`${contentRoot()}/${DATASET_FILE}`);
  if ('error' in parsed) throw new Error(`${DATASET_FILE}: ${parsed.error}`);
  const [countries, visits, resolutions] = await Promise.all([
    getCollection('countries'),
    getCollection('visits'),
    getCollection('resolutions'),
  ]);
  return {
    dataset: datasetSchema.parse(parsed.data),
    countries: countries.map((e) => ({ ...e.data, slug: e.id })).sort(byName),
    visits: visits.map((e) => ({ ...e.data, id: e.id, country: e.data.country.id })).sort(byStart),
    resolutions: resolutions.map((e) => ({ ...e.data, id: e.id })).sort(byDate),
  };
}

/** All site data, loaded once per build. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** Country entries (for rendering profile bodies), sorted by slug. */
export async function countryEntries(): Promise<CollectionEntry<'countries'>[]> {
  return (await getCollection('countries')).sort((a, b) => a.id.localeCompare(b.id));
}
