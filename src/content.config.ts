import { defineCollection } from 'astro:content';
import { REGISTRY, contentRoot } from './content-registry.ts';
import { strictGlob } from './validation/strict-glob.ts';

/**
 * Only the profiles are an Astro collection: their MDX bodies need Astro to render. Their data, and every other
 * collection, reach the pages through the content registry's loader (src/collections.ts), which validates all of
 * it — schemas and the rules that span files — before the build starts (src/validation/integration.ts).
 */
const { countries } = REGISTRY;

export const collections = {
  countries: defineCollection({
    loader: strictGlob({ base: `${contentRoot()}/${countries.folder}`, pattern: `*${countries.extension}` }),
    schema: countries.schema,
  }),
};
