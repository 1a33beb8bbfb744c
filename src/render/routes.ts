import { LOCALES, localeOfPath } from '../i18n/editions.ts';
import type { SiteLocale } from '../i18n/locale.ts';
import { renderContext, type RenderContext } from './context.ts';

/**
 * Every page route lives under `src/pages/[...locale]/` and is built once per edition: the root edition (English)
 * with no `locale` parameter, every other under its path prefix (`/uk/…`). These build the routes' parameters, so
 * an edition added to LOCALES gets every page without touching a route.
 */

/** The `[...locale]` parameter of an edition: none for the root edition, `uk` for pages under /uk/. */
export const localeParam = (locale: SiteLocale): string | undefined => locale.pathPrefix.replace(/^\//, '') || undefined;

/**
 * getStaticPaths of a page each edition has once (the explainer, the lists, the feed); `{ root: false }` for a page
 * only the other editions have under this route (their 404 page: the root edition's is src/pages/404.astro).
 */
export function editionPaths({ root = true }: { root?: boolean } = {}): { params: { locale: string | undefined } }[] {
  return LOCALES.filter((l) => root || l.pathPrefix).map((locale) => ({ params: { locale: localeParam(locale) } }));
}

/**
 * getStaticPaths of a route with parameters of its own, once per edition: `paths(ctx)` lists one edition's, given its
 * render context (ids and slugs do not depend on words, but a route may take them from views that hold words).
 */
export async function pathsInEveryEdition<P extends Record<string, string>>(paths: (ctx: RenderContext) => P[] | Promise<P[]>): Promise<{ params: P & { locale: string | undefined } }[]> {
  const each = await Promise.all(LOCALES.map(async (locale) => (await paths(renderContext(locale))).map((params) => ({ params: { ...params, locale: localeParam(locale) } }))));
  return each.flat();
}

/**
 * The same page in every edition, the root edition's first: `/ru/countries/china/#votes` has `/countries/china/`,
 * `/uk/countries/china/`… Every page exists in every edition with the same slugs and anchors, so switching
 * language keeps the reader's place.
 */
export function pageInEveryEdition(pathname: string): { locale: SiteLocale; path: string }[] {
  const current = localeOfPath(pathname);
  const rest = current.pathPrefix ? pathname.slice(current.pathPrefix.length) || '/' : pathname;
  return LOCALES.map((locale) => ({ locale, path: `${locale.pathPrefix}${rest}` }));
}
