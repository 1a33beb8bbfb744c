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
  /** The language as it names itself, for the language switch: `Українська`. */
  languageName: string;
  /** The dash between a label and what follows it, spaced as the language sets it (`Minsk — State visit`; German `–`). */
  dash: string;
}

export const EN_GB: SiteLocale = { tag: 'en-GB', htmlLang: 'en', ogLocale: 'en_GB', pathPrefix: '', languageName: 'English', dash: ' — ' };
export const UK_UA: SiteLocale = { tag: 'uk', htmlLang: 'uk', ogLocale: 'uk_UA', pathPrefix: '/uk', languageName: 'Українська', dash: ' — ' };
export const RU: SiteLocale = { tag: 'ru', htmlLang: 'ru', ogLocale: 'ru_RU', pathPrefix: '/ru', languageName: 'Русский', dash: ' — ' };
export const DE_DE: SiteLocale = { tag: 'de', htmlLang: 'de', ogLocale: 'de_DE', pathPrefix: '/de', languageName: 'Deutsch', dash: ' – ' };

/** A phrase per plural category; `other` is required, every other category falls back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

