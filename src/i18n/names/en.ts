import { TERRITORIES } from '../../schemas/territories.ts';
import { NON_MEMBER_STATES, UN_MEMBERS } from '../../schemas/un-members.ts';
import type { CountryName, NamesTable } from './types.ts';

/**
 * English names of the UN's members and the non-member states the maps draw (by ISO3), and of the territories on
 * Russia's lists (by their id). The listed
 * name is the short English name (src/schemas/un-members.ts, one place for all 193; src/schemas/territories.ts);
 * in running prose some take the definite article, listed here by key: English needs no other table, every form
 * follows from the name and its article.
 */
const WITH_THE: ReadonlySet<string> = new Set([
  ...['ARE', 'BHS', 'CAF', 'COG', 'COM', 'GBR', 'GMB', 'MDV', 'MHL', 'NLD', 'PHL', 'SLB', 'USA'],
  ...['british-antarctic-territory', 'british-indian-ocean-territory', 'british-virgin-islands', 'cayman-islands', 'falkland-islands', 'isle-of-man', 'pitcairn-islands', 'turks-and-caicos-islands'],
]);

function english(listed: string, article: boolean): CountryName {
  const subject = article ? `the ${listed}` : listed;
  return { listed, subject, in: `in ${subject}`, to: `to ${subject}`, possessive: subject.endsWith('s') ? `${subject}’` : `${subject}’s`, agreement: 'n' };
}

let table: NamesTable | undefined;
/** Built on first use, not when imported. */
export function englishNames(): NamesTable {
  table ??= new Map([
    ...[...UN_MEMBERS, ...NON_MEMBER_STATES].map((m) => [m.iso3, english(m.name, WITH_THE.has(m.iso3))] as const),
    ...TERRITORIES.map((t) => [t.id, english(t.name, WITH_THE.has(t.id))] as const),
  ]);
  return table;
}
