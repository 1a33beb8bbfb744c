/**
 * The locale a build is written in. Everything locale-dependent — Intl formatters, plural rules, UI strings, the
 * `lang` attribute and `og:locale` — derives from it, so a translation is a new messages module plus a new value here.
 */
export interface SiteLocale {
  /** BCP 47 tag for Intl (dates, numbers, plurals, lists). */
  tag: string;
  /** The `<html lang>` value. */
  htmlLang: string;
  /** Open Graph's locale form (`en_GB`). */
  ogLocale: string;
  /** Where the edition's pages live: `''` for the root (English), `/uk` for an edition under /uk/. */
  pathPrefix: string;
}

export const EN_GB: SiteLocale = { tag: 'en-GB', htmlLang: 'en', ogLocale: 'en_GB', pathPrefix: '' };

/**
 * The site's editions, one line each: the first is at the root. Adding an edition is a messages module
 * (src/i18n/messages.ts), a names table (src/i18n/names/) and a line here.
 */
export const LOCALES: readonly SiteLocale[] = [EN_GB];

/** The edition a page belongs to, by its path: the one whose prefix it starts with, else the root edition. */
export function localeOfPath(pathname: string): SiteLocale {
  return LOCALES.find((l) => l.pathPrefix && (pathname === l.pathPrefix || pathname.startsWith(`${l.pathPrefix}/`))) ?? LOCALES[0]!;
}

/** A phrase per plural category; `other` is required, every other category falls back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

