import type { SiteLocale } from '../locale.ts';
import { englishNames } from './en.ts';
import type { CountryName, NamesTable } from './types.ts';

export type { CountryName, NamesTable } from './types.ts';

/** One names table per locale tag: adding a locale adds its table here (tests/unit/names.test.ts checks it is complete). */
const TABLES: Record<string, () => NamesTable> = { 'en-GB': englishNames };

/** A locale's names of the UN's members and listed territories. */
export function namesTable(locale: SiteLocale): NamesTable {
  const table = TABLES[locale.tag];
  if (!table) throw new Error(`no names table for locale ${locale.tag}: add one to src/i18n/names/ and register it here`);
  return table();
}

/** A member's name (by ISO3) or a territory's (by id) in every form; a key the table lacks is a mistake and throws. */
export function countryNameIn(table: NamesTable, key: string, tag: string): CountryName {
  const name = table.get(key);
  if (!name) throw new Error(`no ${tag} name for ${key}`);
  return name;
}

/** Every locale that has a names table. */
export const NAMED_LOCALES = Object.keys(TABLES);
