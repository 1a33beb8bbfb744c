import type { CountryName, NamesTable } from './types.ts';

export type { BlocName, BlocNames, CountryName, NamesTable } from './types.ts';

/** A member's name (by ISO3) or a territory's (by id) in every form; a key the table lacks is a mistake and throws. */
export function countryNameIn(table: NamesTable, key: string, tag: string): CountryName {
  const name = table.get(key);
  if (!name) throw new Error(`no ${tag} name for ${key}`);
  return name;
}
