import { editionOf } from '../editions.ts';
import type { SiteLocale } from '../locale.ts';
import type { BlocNames, CountryName, NamesTable } from './types.ts';

export type { BlocName, BlocNames, CountryName, NamesTable } from './types.ts';

/** A locale's names of the UN's members, the non-member states the maps draw and the listed territories. */
export function namesTable(locale: SiteLocale): NamesTable {
  return editionOf(locale).names();
}

/** A locale's names of the blocs. */
export function blocNames(locale: SiteLocale): BlocNames {
  return editionOf(locale).blocs();
}

/** A member's name (by ISO3) or a territory's (by id) in every form; a key the table lacks is a mistake and throws. */
export function countryNameIn(table: NamesTable, key: string, tag: string): CountryName {
  const name = table.get(key);
  if (!name) throw new Error(`no ${tag} name for ${key}`);
  return name;
}
