import { contentRoot } from '../content-registry.ts';
import { siteRedirects } from '../model/redirects.ts';
import { checkContent } from './check-content.ts';
import { LOCALES } from '../i18n/editions.ts';
import { urlsFor } from '../render/urls.ts';

/**
 * Astro's `redirects` for every member's aliases and ISO3 code in every edition, from the countries the content check accepted when the config loads.
 * The check's problems are reported by the build integration before anything is built; profiles that failed it
 * are left out here only because that build will stop anyway.
 */
export function profileRedirectConfig(projectRoot: string): Record<string, string> {
  const countries = checkContent(contentRoot(projectRoot), projectRoot).countries.map((c) => ({ ...c.data, slug: c.id }));
  const redirects = [...siteRedirects(countries)];
  return Object.fromEntries(LOCALES.flatMap((locale) => redirects.map(([from, to]) => [urlsFor(locale).country(from), urlsFor(locale).country(to)])));
}
