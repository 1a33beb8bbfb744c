import type { Country } from '../schemas/country.ts';
import type { Resolution } from '../schemas/resolution.ts';
import type { Visit } from '../schemas/visit.ts';
import { compareText } from '../render/format.ts';

/** A country profile's data plus its URL slug (the file name in content/countries). */
export type CountryRecord = Country & { slug: string };
/** A visit; `country` is the host's slug. */
export type VisitRecord = Visit & { id: string };
export type ResolutionRecord = Resolution & { id: string };

/** Everything the pages need, as plain sorted data: derived from the content registry (src/content-registry.ts). */
export type { SiteData } from '../content-registry.ts';

/** Names for readers: by the edition's collation (the stored orders are in src/model/order.ts). */
export const byName = (a: { name: string }, b: { name: string }) => compareText()(a.name, b.name);
export { byDate, byStart } from './order.ts';
