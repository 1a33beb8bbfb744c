/**
 * Stored orders (ids, ISO dates, ISO3 codes): by code point, the same in every language and on every machine.
 * Names shown to readers sort by the locale's collation instead (compareText in format.ts).
 */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let numeric: Intl.Collator | undefined;
/** Codes with numbers in them (`A/RES/ES-11/9` before `A/RES/ES-11/10`), by the root collation: no language's rules. */
export function byNumericCode(a: string, b: string): number {
  numeric ??= new Intl.Collator('und', { numeric: true });
  return numeric.compare(a, b);
}
