import { z } from 'zod';

/** Russia's full-scale invasion of Ukraine began on this day; no record may predate it unless it says why. */
export const INVASION_DATE = '2022-02-24';

/**
 * A calendar date written as YYYY-MM-DD. Zod's ISO date check rejects impossible days (2023-02-29, 2024-13-01),
 * so a typo can never roll over into another real date the way `new Date('2023-02-29')` would.
 */
export const isoDate = z.iso.date({ error: 'expected a real calendar date written as YYYY-MM-DD' });

/** A source link: an absolute https URL (http and relative links are rejected). */
export const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'expected an absolute https:// URL',
});

/** At least one source, no duplicates. */
export const sources = z
  .array(httpsUrl, { error: 'expected a list of https:// source URLs' })
  .min(1, { error: 'expected at least one https:// source URL' })
  .refine((urls) => new Set(urls).size === urls.length, { error: 'expected each source URL only once' });

/** Text a reader will see: trimmed, never empty. */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected non-empty text' });

/** A WGS84 point. */
export const latitude = z.number({ error: 'expected a latitude in degrees (number)' }).min(-90).max(90);
export const longitude = z.number({ error: 'expected a longitude in degrees (number)' }).min(-180).max(180);

/** A named place with coordinates (a capital, a city visited). */
export const place = z.strictObject({ name: text, lat: latitude, lon: longitude });
export type Place = z.output<typeof place>;
