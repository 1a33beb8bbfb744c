/**
 * Stored orders (ids, ISO dates, ISO3 codes): by code point, the same in every language and on every machine.
 * Names shown to readers sort by the locale's collation instead (compareText in format.ts). This module imports
 * nothing, so the content registry can take its orders from here without importing the views.
 */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let numeric: Intl.Collator | undefined;
/** Codes with numbers in them (`A/RES/ES-11/9` before `A/RES/ES-11/10`), by the root collation: no language's rules. */
export function byNumericCode(a: string, b: string): number {
  numeric ??= new Intl.Collator('und', { numeric: true });
  return numeric.compare(a, b);
}

/** Visit order everywhere: chronological, then by host. */
export const byStart = (a: { start: string; country: string }, b: { start: string; country: string }): number => byCodePoint(a.start, b.start) || byCodePoint(a.country, b.country);
/** Resolution order everywhere: chronological, then by symbol. */
export const byDate = (a: { date: string; symbol: string }, b: { date: string; symbol: string }): number => byCodePoint(a.date, b.date) || byNumericCode(a.symbol, b.symbol);
let root: Intl.Collator | undefined;
/**
 * Names in the root collation (the Unicode default order, no language's rules): a stored order, the same for every
 * edition. A list a reader reads sorts again by the page's own collation (the render context's fmt.byName).
 */
export function byRootName(a: { name: string }, b: { name: string }): number {
  root ??= new Intl.Collator('und');
  return root.compare(a.name, b.name);
}

/** Country profiles are stored by slug: a reader's list sorts them by name in the page's language (byName). */
export const bySlug = (a: { slug: string }, b: { slug: string }): number => byCodePoint(a.slug, b.slug);
