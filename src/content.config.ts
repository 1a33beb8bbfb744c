import { defineCollection } from 'astro:content';
import { REGISTRY, contentRoot } from './content-registry.ts';
import { strictGlob } from './validation/strict-glob.ts';
import { proseTranslationSchema } from './schemas/translation.ts';

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
  /**
   * Translated prose (content/translations/<lang>/countries/<slug>.mdx and <lang>/explainer.mdx), by its path without
   * the extension (`ru/countries/iran`): rendered where the content check found it current, or where the edition
   * shows outdated translations (src/validation/prose-translations.ts).
   */
  prose: defineCollection({
    loader: strictGlob({ base: `${contentRoot()}/translations`, pattern: ['*/countries/*.mdx', '*/explainer.mdx'], id: (entry) => entry.replace(/\.mdx$/, '') }),
    schema: proseTranslationSchema,
  }),
};
