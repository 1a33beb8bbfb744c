import type { Messages } from '../i18n/en.ts';
import { EDITIONS, editionOf, localeOfPath } from '../i18n/editions.ts';
import type { PluralForms, SiteLocale } from '../i18n/locale.ts';
import { countryNameIn, type BlocName, type BlocNames, type CountryName, type NamesTable } from '../i18n/names/index.ts';
import type { BlocId } from '../schemas/blocs.ts';
import * as f from './format.ts';
import { proseText, type ProseSegment } from './prose.ts';
import { urlsFor, type Urls } from './urls.ts';

/** The formatters of one locale, its tag bound: `fmt.date('2024-06-19')`, `fmt.plural(3, t.trips)`. */
export interface Formatters {
  /** `2024-06-19` → `19 June 2024`. */
  date(iso: string): string;
  /** A date as precise as recorded: a day, a month (`2022-09`) or a year. */
  partialDate(date: string): string;
  /** `2024-06` → `Jun 2024`. */
  month(iso: string): string;
  /** `2024-06-19` → `June 2024`. */
  longMonth(iso: string): string;
  /** `18–19 June 2024`. */
  dateRange(start: string, end: string): string;
  /** 1234 → `1,234`. */
  count(n: number): string;
  /** `3–4`. */
  countRange(start: number, end: number): string;
  /** 0.857 → `86%`. */
  share(share: number): string;
  /** The form a count takes, without the count. */
  pluralForm(n: number, forms: PluralForms): string;
  /** The form a range of counts takes. */
  pluralRangeForm(start: number, end: number, forms: PluralForms): string;
  /** The phrase for a count, its `{n}` filled with the count or with `shown`. */
  pluralPhrase(n: number, forms: PluralForms, shown?: string): string;
  /** A count with its noun: `3 trips`. */
  plural(n: number, forms: PluralForms): string;
  /** An ordinal: `80th`. */
  ordinal(n: number, forms: PluralForms): string;
  /** `Belarus, North Korea and Syria`. */
  list(items: readonly string[], type?: Intl.ListFormatType): string;
  /** The same list as parts, so that each item can be linked. */
  listParts(items: readonly string[], type?: Intl.ListFormatType): { type: 'element' | 'literal'; value: string }[];
  /** Text compared as the locale sorts it. */
  compare(a: string, b: string): number;
  /** Anything with a name, by the locale's collation. */
  byName(a: { name: string }, b: { name: string }): number;
  /** The letter of the alphabet a name is filed under. */
  fileUnder(name: string, alphabet: readonly string[]): string;
  /** A region's name by its ISO 3166-1 alpha-2 code, from CLDR: `Greenland`. */
  regionName(iso2: string): string;
  /** Prose segments as plain text, dates formatted, facts through `fact`. */
  prose(segments: readonly ProseSegment[], fact?: (name: string) => string): string;
}

/**
 * Everything a page needs to put the model into one edition's words: its locale, its UI strings, its formatters,
 * its names and its URLs. One per locale, made on first use and passed into every view, so that pages rendering
 * side by side (Astro renders several at once) never share a mutable "current language".
 */
export interface RenderContext {
  readonly locale: SiteLocale;
  /** The edition's UI strings. */
  readonly t: Messages;
  readonly fmt: Formatters;
  /** The edition's names of members and territories, by ISO3 or territory id. */
  readonly names: NamesTable;
  /** A name in every form the edition's sentences need; a key the table lacks throws. */
  name(key: string): CountryName;
  /** A bloc's names in the edition. */
  bloc(id: BlocId): BlocName;
  readonly urls: Urls;
}

function formatters(tag: string): Formatters {
  const compare = f.compareText(tag);
  return {
    date: (iso) => f.formatDate(iso, tag),
    partialDate: (date) => f.formatPartialDate(date, tag),
    month: (iso) => f.formatMonth(iso, tag),
    longMonth: (iso) => f.formatLongMonth(iso, tag),
    dateRange: (start, end) => f.formatDateRange(start, end, tag),
    count: (n) => f.formatCount(n, tag),
    countRange: (start, end) => f.formatCountRange(start, end, tag),
    share: (share) => f.formatShare(share, tag),
    pluralForm: (n, forms) => f.pluralForm(n, forms, tag),
    pluralRangeForm: (start, end, forms) => f.pluralRangeForm(start, end, forms, tag),
    pluralPhrase: (n, forms, shown) => f.pluralPhrase(n, forms, tag, shown),
    plural: (n, forms) => f.plural(n, forms, tag),
    ordinal: (n, forms) => f.formatOrdinal(n, forms, tag),
    list: (items, type) => f.formatList(items, tag, type),
    listParts: (items, type) => f.listParts(items, tag, type),
    compare,
    byName: (a, b) => compare(a.name, b.name),
    fileUnder: (name, alphabet) => f.fileUnder(name, alphabet, tag),
    regionName: (iso2) => f.formatRegionName(iso2, tag),
    prose: (segments, fact) => proseText(segments, tag, fact),
  };
}

/** A render context from its parts (the pseudo-locale test builds one with its own strings). */
export function makeRenderContext(locale: SiteLocale, t: Messages, names: NamesTable, blocs: BlocNames): RenderContext {
  return { locale, t, fmt: formatters(locale.tag), names, name: (key) => countryNameIn(names, key, locale.tag), bloc: (id) => blocs[id], urls: urlsFor(locale) };
}

const made = new Map<string, RenderContext>();

/** The render context of a locale's edition (made once per locale). */
export function renderContext(locale: SiteLocale): RenderContext {
  let ctx = made.get(locale.tag);
  if (!ctx) {
    const edition = editionOf(locale);
    made.set(locale.tag, (ctx = makeRenderContext(locale, edition.messages, edition.names(), edition.blocs())));
  }
  return ctx;
}

/** The render context of the edition a page's URL belongs to: `contextOf(Astro.url)` in a page or component. */
export function contextOf(url: URL): RenderContext {
  return renderContext(localeOfPath(url.pathname));
}

const englishIn = new Map<string, RenderContext>();

/**
 * English words with links into another edition: for a written text shown in English in that edition until it is
 * translated (the explainer's computed facts must then read in English too, while its links keep the reader in
 * the edition).
 */
export function englishContextIn(locale: SiteLocale): RenderContext {
  let ctx = englishIn.get(locale.tag);
  if (!ctx) {
    const english = EDITIONS[0]!;
    ctx = { ...renderContext(english.locale), urls: urlsFor(locale) };
    englishIn.set(locale.tag, ctx);
  }
  return ctx;
}
