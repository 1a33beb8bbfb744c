import { en, type Messages } from './en.ts';
import { EN_GB, type SiteLocale } from './locale.ts';
import { englishBlocNames, englishNames } from './names/en.ts';
import type { BlocNames, NamesTable } from './names/types.ts';

/** An edition of the site: its locale, its UI strings and its names table. */
export interface Edition {
  locale: SiteLocale;
  messages: Messages;
  /** Built on first use. */
  names: () => NamesTable;
  /** The blocs' names. */
  blocs: () => BlocNames;
}

/**
 * The site's editions, one line each; the first is at the root, every other under its locale's path prefix. Adding
 * one is a messages module, a names table and a line here: every route is built once per edition
 * (src/render/routes.ts), every link goes through its URL builder, and the tests check its strings and its table.
 */
export const EDITIONS: readonly Edition[] = [{ locale: EN_GB, messages: en, names: englishNames, blocs: englishBlocNames }];

/** Every edition's locale, the root edition's first. */
export const LOCALES: readonly SiteLocale[] = EDITIONS.map((e) => e.locale);

/** The edition a page belongs to, by its path: the one whose prefix it starts with, else the root edition. */
export function localeOfPath(pathname: string): SiteLocale {
  return LOCALES.find((l) => l.pathPrefix && (pathname === l.pathPrefix || pathname.startsWith(`${l.pathPrefix}/`))) ?? LOCALES[0]!;
}

/** A locale's edition; a locale with none is a mistake and throws. */
export function editionOf(locale: SiteLocale): Edition {
  const found = EDITIONS.find((e) => e.locale.tag === locale.tag);
  if (!found) throw new Error(`no edition for locale ${locale.tag}: add its messages module and names table to EDITIONS in src/i18n/editions.ts`);
  return found;
}
