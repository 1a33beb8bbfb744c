import type { Country } from '../schemas/country.ts';
import type { Resolution } from '../schemas/resolution.ts';
import type { Visit } from '../schemas/visit.ts';
import { compareText } from './format.ts';
import { byCodePoint, byNumericCode } from './order.ts';

/** A country profile's data plus its URL slug (the file name in content/countries). */
export type CountryRecord = Country & { slug: string };
/** A visit; `country` is the host's slug. */
export type VisitRecord = Visit & { id: string };
export type ResolutionRecord = Resolution & { id: string };

/** Everything the pages need, as plain sorted data: derived from the content registry (src/content-registry.ts). */
export type { SiteData } from '../content-registry.ts';

/** Country order everywhere: by name, in English collation. */
export const byName = (a: { name: string }, b: { name: string }) => compareText()(a.name, b.name);
/** Visit order everywhere: chronological, then by host. */
export const byStart = (a: VisitRecord, b: VisitRecord) => byCodePoint(a.start, b.start) || byCodePoint(a.country, b.country);
/** Resolution order everywhere: chronological, then by symbol. */
export const byDate = (a: ResolutionRecord, b: ResolutionRecord) => byCodePoint(a.date, b.date) || byNumericCode(a.symbol, b.symbol);
