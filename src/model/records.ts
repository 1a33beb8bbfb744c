import type { Country } from '../schemas/country.ts';
import type { Resolution } from '../schemas/resolution.ts';
import type { Visit } from '../schemas/visit.ts';

/** A country profile's data plus its URL slug (the file name in content/countries). */
export type CountryRecord = Country & { slug: string };
/** A visit; `country` is the host's slug. */
export type VisitRecord = Visit & { id: string };
export type ResolutionRecord = Resolution & { id: string };

/** Everything the pages need, as plain sorted data: derived from the content registry (src/content-registry.ts). */
export type { SiteData } from '../content-registry.ts';

export { byDate, byStart } from './order.ts';
