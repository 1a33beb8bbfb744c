/**
 * The one place pages read astro:content. Everything leaves here as plain, explicitly sorted data,
 * so src/lib stays free of Astro and testable on its own.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { datasetSchema } from './schemas/dataset.ts';
import { iccStatesSchema } from './schemas/icc-states.ts';
import { byDate, byName, byStart, type SiteData } from './lib/records.ts';
import { DATASET_FILE, ICC_STATES_FILE, contentRoot } from './validation/content-layout.ts';
import { parseContentFile } from './validation/parse-file.ts';

let cached: Promise<SiteData> | undefined;

/** A single content file outside the collections, already validated by the content check. */
function readSingle<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = parseContentFile(`${contentRoot()}/${file}`);
  if ('error' in parsed) throw new Error(`${file}: ${parsed.error}`);
  return schema.parse(parsed.data);
}

async function load(): Promise<SiteData> {
  const [countries, visits, resolutions] = await Promise.all([
    getCollection('countries'),
    getCollection('visits'),
    getCollection('resolutions'),
  ]);
  return {
    dataset: readSingle(DATASET_FILE, datasetSchema),
    iccStates: readSingle(ICC_STATES_FILE, iccStatesSchema),
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
