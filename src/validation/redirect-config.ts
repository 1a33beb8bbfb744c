import { contentRoot } from '../content-registry.ts';
import { profileRedirects } from '../lib/redirects.ts';
import { checkContent } from './check-content.ts';

/**
 * Astro's `redirects` for profile aliases, from the countries the content check accepted when the config loads.
 * The check's problems are reported by the build integration before anything is built; profiles that failed it
 * are left out here only because that build will stop anyway.
 */
export function profileRedirectConfig(projectRoot: string): Record<string, string> {
  const countries = checkContent(contentRoot(projectRoot), projectRoot).countries.map((c) => ({ ...c.data, slug: c.id }));
  return Object.fromEntries([...profileRedirects(countries)].map(([from, to]) => [`/countries/${from}/`, `/countries/${to}/`]));
}
