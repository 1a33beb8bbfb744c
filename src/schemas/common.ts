import { z } from 'zod';

/** Russia's full-scale invasion of Ukraine began on this day; no record may predate it unless it says why. */
export const INVASION_DATE = '2022-02-24';

/**
 * A calendar date written as YYYY-MM-DD. Zod's ISO date check rejects impossible days (2023-02-29, 2024-13-01),
 * so a typo can never roll over into another real date the way `new Date('2023-02-29')` would.
 */
export const isoDate = z.iso.date({ error: 'expected a real calendar date written as YYYY-MM-DD' });

/** A source link: an absolute https URL (http and relative links are rejected). */
const HTTPS_URL = 'expected an absolute https:// URL';
// One check, one message: z.url() with both a protocol and a hostname pattern reports each failure separately, so
// `javascript:alert(1)` (wrong protocol, no host name) was listed twice. The protocol check runs first and aborts.
export const httpsUrl = z
  .url({ protocol: /^https$/, error: HTTPS_URL, abort: true })
  .refine((url) => z.regexes.domain.test(new URL(url).hostname), { error: HTTPS_URL, abort: true })
  .refine((url) => !trackingParameters(url).length, { error: (issue) => `expected the link without tracking parameters (remove ${trackingParameters(String(issue.input)).join(', ')})` });

/** Query parameters that track a click rather than locate a page: utm_*, fbclid, gclid and their kind. */
export function trackingParameters(url: string): string[] {
  return [...new URL(url).searchParams.keys()].filter((k) => /^(utm_|mc_|_hs)|^(fbclid|gclid|dclid|msclkid|yclid|igshid|mkt_tok|ocid|cmpid|ref_src)$/i.test(k));
}

/** At least one source, no duplicates. */
export const sources = z
  .array(httpsUrl, { error: 'expected a list of https:// source URLs' })
  .min(1, { error: 'expected at least one https:// source URL' })
  .refine((urls) => new Set(urls).size === urls.length, { error: 'expected each source URL only once' });

/** Text a reader will see: trimmed, never empty. */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected non-empty text' });

/** A WGS84 point. */
const LATITUDE_RANGE = 'expected a latitude between -90 and 90 (degrees; south is negative)';
const LONGITUDE_RANGE = 'expected a longitude between -180 and 180 (degrees; west is negative)';
export const latitude = z.number({ error: 'expected a latitude in degrees (number)' }).min(-90, { error: LATITUDE_RANGE }).max(90, { error: LATITUDE_RANGE });
export const longitude = z.number({ error: 'expected a longitude in degrees (number)' }).min(-180, { error: LONGITUDE_RANGE }).max(180, { error: LONGITUDE_RANGE });

/** A named place with coordinates (a capital, a city visited). */
export const place = z.strictObject({ name: text, lat: latitude, lon: longitude });
export type Place = z.output<typeof place>;
