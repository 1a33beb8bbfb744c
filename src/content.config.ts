import { defineCollection, reference } from 'astro:content';
import { countrySchema } from './schemas/country.ts';
import { resolutionSchema } from './schemas/resolution.ts';
import { visitFields, withVisitRules } from './schemas/visit.ts';
import { COLLECTION_FOLDERS, contentRoot } from './validation/content-layout.ts';
import { strictGlob } from './validation/strict-glob.ts';

const root = contentRoot();
const from = (name: keyof typeof COLLECTION_FOLDERS) =>
  strictGlob({ base: `${root}/${COLLECTION_FOLDERS[name].folder}`, pattern: `*${COLLECTION_FOLDERS[name].extension}` });

export const collections = {
  countries: defineCollection({ loader: from('countries'), schema: countrySchema }),
  visits: defineCollection({
    loader: from('visits'),
    schema: withVisitRules(visitFields.extend({ country: reference('countries') })),
  }),
  resolutions: defineCollection({ loader: from('resolutions'), schema: resolutionSchema }),
};
