import { en, type Messages } from './en.ts';
import { de } from './de.ts';
import { DE_DE, EN_GB, RU, UK_UA, type SiteLocale } from './locale.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import { russianBlocNames, russianNames } from './names/ru.ts';
import { ukrainianBlocNames, ukrainianNames } from './names/uk.ts';
import { germanBlocNames, germanNames } from './names/de.ts';
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
export const ALL_EDITIONS: readonly Edition[] = [
  { locale: EN_GB, messages: en, names: englishNames, blocs: englishBlocNames },
  { locale: UK_UA, messages: uk, names: ukrainianNames, blocs: ukrainianBlocNames },
  { locale: RU, messages: ru, names: russianNames, blocs: russianBlocNames },
  { locale: DE_DE, messages: de, names: germanNames, blocs: germanBlocNames },
];

/**
 * The editions this build makes: all of them, or those `SITE_EDITIONS` names by language (`SITE_EDITIONS=en,ru`), for
 * a quicker preview or a test about something else than the editions. The root edition is always built.
 */
export const EDITIONS: readonly Edition[] = selectEditions(process.env.SITE_EDITIONS);

function selectEditions(list: string | undefined): readonly Edition[] {
  if (!list) return ALL_EDITIONS;
  const wanted = list.split(',').map((s) => s.trim());
  const unknown = wanted.filter((w) => !ALL_EDITIONS.some((e) => e.locale.htmlLang === w));
  if (unknown.length) throw new Error(`SITE_EDITIONS names no edition ${unknown.join(', ')}: expected some of ${ALL_EDITIONS.map((e) => e.locale.htmlLang).join(', ')}`);
  return ALL_EDITIONS.filter((e, i) => i === 0 || wanted.includes(e.locale.htmlLang));
}

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

/** The root edition's locale (English, at `/`): the x-default of every page's alternates. */
export const ROOT_LOCALE: SiteLocale = ALL_EDITIONS[0]!.locale;
