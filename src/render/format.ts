import type { PluralForms } from '../i18n/locale.ts';

/**
 * Formatting through Intl only, for a locale tag every call names (a page's render context binds it: context.ts). Intl objects are created on first
 * use and kept per locale and style: nothing is computed when this module is imported.
 */
const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

const DATE_STYLES = {
  dayMonthYear: { day: 'numeric', month: 'long', year: 'numeric' },
  monthYear: { month: 'short', year: 'numeric' },
  longMonthYear: { month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Dates are stored as host-local calendar dates (YYYY-MM-DD); format them in UTC so no time zone shifts the day.
const dateFormat = (tag: string, style: keyof typeof DATE_STYLES) =>
  memo(`date:${tag}:${style}`, () => new Intl.DateTimeFormat(tag, { ...DATE_STYLES[style], timeZone: 'UTC' }));

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `2024-06-19` → `19 June 2024`. */
export function formatDate(iso: string, tag: string): string {
  return dateFormat(tag, 'dayMonthYear').format(asDate(iso));
}

/**
 * A date only as precise as it is recorded: `2024-02-22` → `22 February 2024`, `2022-09` → `September 2022`,
 * `2006` → `2006` (old accessions are often known by year only; a guessed day would be a made-up fact).
 */
export function formatPartialDate(date: string, tag: string): string {
  if (/^\d{4}$/.test(date)) return memo(`year:${tag}`, () => new Intl.DateTimeFormat(tag, { year: 'numeric', timeZone: 'UTC' })).format(asDate(`${date}-01-01`));
  if (/^\d{4}-\d{2}$/.test(date)) return dateFormat(tag, 'longMonthYear').format(asDate(`${date}-01`));
  return formatDate(date, tag);
}

/** `2024-06` → `Jun 2024` (for compact strips and axes). */
export function formatMonth(iso: string, tag: string): string {
  return dateFormat(tag, 'monthYear').format(asDate(iso));
}

/** `2024-06-19` → `June 2024` (in running prose). */
export function formatLongMonth(iso: string, tag: string): string {
  return dateFormat(tag, 'longMonthYear').format(asDate(iso));
}

/** A trip's span, without repeating what the two ends share: `18–19 June 2024`, `31 August – 3 September 2025`. */
export function formatDateRange(start: string, end: string, tag: string): string {
  if (start === end) return formatDate(start, tag);
  // Intl's range drops what the ends share in each language's way (`2.–3. September 2024`, `2–3 вересня 2024 р.`);
  // English closes up a span of days within a month (`18–19 June 2024`), where CLDR spaces the dash; between whole
  // dates the dash takes word spaces, as the site's other ranges do (CLDR writes thin spaces in some languages).
  const range = dateFormat(tag, 'dayMonthYear').formatRange(asDate(start), asDate(end)).replace(/\u2009–\u2009/g, ' – ');
  return tag.startsWith('en') ? range.replace(/^(\d+) – (\d+) /, '$1–$2 ') : range;
}

/** `GL` → `Greenland`, `Гренландія`: a region's name in the locale (CLDR); a code it has no name for throws. */
export function formatRegionName(iso2: string, tag: string): string {
  const name = memo(`region:${tag}`, () => new Intl.DisplayNames(tag, { type: 'region', fallback: 'none' })).of(iso2);
  if (!name) throw new Error(`no ${tag} region name for ${iso2}: the Node that builds lacks full ICU`);
  return name;
}

/** 1234 → `1,234`. */
export function formatCount(n: number, tag: string): string {
  return memo(`count:${tag}`, () => new Intl.NumberFormat(tag)).format(n);
}

/** 3, 4 → `3–4`: a range of counts, as the locale writes it. */
export function formatCountRange(start: number, end: number, tag: string): string {
  return memo(`count:${tag}`, () => new Intl.NumberFormat(tag)).formatRange(start, end);
}

/** 0.857 → `86%`. */
export function formatShare(share: number, tag: string): string {
  return memo(`share:${tag}`, () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

/** The form a count takes by the locale's plural rules, without the count: `trip` for 1, `trips` for 3, `is`/`are`. */
export function pluralForm(n: number, forms: PluralForms, tag: string): string {
  return forms[memo(`plural:${tag}`, () => new Intl.PluralRules(tag)).select(n)] ?? forms.other;
}

/** An ordinal in the locale's words, by its ordinal plural rules: `80` → `80th` (the forms come from the UI strings). */
export function formatOrdinal(n: number, forms: PluralForms, tag: string): string {
  const rule = memo(`ordinal:${tag}`, () => new Intl.PluralRules(tag, { type: 'ordinal' })).select(n);
  return (forms[rule] ?? forms.other).replace('{n}', formatCount(n, tag));
}

/** The form a range of counts takes (`3–4 trips`), by the locale's plural rules for ranges. */
export function pluralRangeForm(start: number, end: number, forms: PluralForms, tag: string): string {
  // Intl.PluralRules.prototype.selectRange (ES2023) is in Node but not yet in TypeScript's library types.
  const rules = memo(`plural:${tag}`, () => new Intl.PluralRules(tag)) as Intl.PluralRules & { selectRange(start: number, end: number): Intl.LDMLPluralRule };
  return forms[rules.selectRange(start, end)] ?? forms.other;
}

/**
 * A phrase chosen by the count's plural category, its `{n}` (if it has one) filled with the count or with `shown`:
 * `once` / `3 times`, `the trip` / `the 3 trips`, `nine allies` (the count in words).
 */
export function pluralPhrase(n: number, forms: PluralForms, tag: string, shown = formatCount(n, tag)): string {
  return pluralForm(n, forms, tag).replace('{n}', shown);
}

/** A count with its noun, by the locale's plural rules: `1 trip`, `3 trips` (forms hold `{n}` or just the noun). */
export function plural(n: number, forms: PluralForms, tag: string): string {
  const form = pluralForm(n, forms, tag);
  return form.includes('{n}') ? form.replace('{n}', formatCount(n, tag)) : `${formatCount(n, tag)} ${form}`;
}

/** `['Belarus', 'North Korea', 'Syria']` → `Belarus, North Korea and Syria`. */
export function formatList(items: readonly string[], tag: string, type: Intl.ListFormatType = 'conjunction'): string {
  return memo(`list:${tag}:${type}`, () => new Intl.ListFormat(tag, { style: 'long', type })).format(items);
}

/** The same list as parts, so a page can link each item: `[{type: 'element', value: 'Belarus'}, {type: 'literal', value: ', '}…]`. */
export function listParts(items: readonly string[], tag: string, type: Intl.ListFormatType = 'conjunction'): { type: 'element' | 'literal'; value: string }[] {
  return memo(`list:${tag}:${type}`, () => new Intl.ListFormat(tag, { style: 'long', type })).formatToParts(items);
}

/**
 * Text compared for display as the locale sorts it (Intl.Collator): `Côte d'Ivoire` after `Costa Rica` in English,
 * `Ё` with `Е` in Russian. Stored orders (ids, dates, codes) use byCodePoint instead: they must not depend on a language.
 */
export function compareText(tag: string): (a: string, b: string) => number {
  return memo(`collator:${tag}`, () => new Intl.Collator(tag).compare);
}

/**
 * The letter of the locale's alphabet a name is filed under in an A–Z list: the one its first letter equals at base
 * strength, by the locale's collation (Côte d'Ivoire under C; in Ukrainian Йорданія under Й, not И; in German Ö
 * under O). A first character the alphabet lacks is its own heading.
 */
export function fileUnder(name: string, alphabet: readonly string[], tag: string): string {
  const first = [...name.trim()][0] ?? '';
  const base = memo(`collator-base:${tag}`, () => new Intl.Collator(tag, { sensitivity: 'base' }).compare);
  return alphabet.find((letter) => base(first, letter) === 0) ?? first.toLocaleUpperCase(tag);
}
