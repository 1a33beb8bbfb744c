import { contentRoot } from '../content-registry.ts';
import { siteRedirects } from '../model/redirects.ts';
import { checkContent } from './check-content.ts';
import { siteUrls } from '../render/urls.ts';

/**
 * Astro's `redirects` for every member's aliases and ISO3 code, from the countries the content check accepted when the config loads.
 * The check's problems are reported by the build integration before anything is built; profiles that failed it
 * are left out here only because that build will stop anyway.
 */
export function profileRedirectConfig(projectRoot: string): Record<string, string> {
  const countries = checkContent(contentRoot(projectRoot), projectRoot).countries.map((c) => ({ ...c.data, slug: c.id }));
  return Object.fromEntries([...siteRedirects(countries)].map(([from, to]) => [siteUrls().country(from), siteUrls().country(to)]));
}
