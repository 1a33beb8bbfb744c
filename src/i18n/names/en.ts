import { TERRITORIES } from '../../schemas/territories.ts';
import { NON_MEMBER_STATES, UN_MEMBERS } from '../../schemas/un-members.ts';
import type { BlocNames, CountryName, NamesTable } from './types.ts';

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

/** English names of the blocs, as their own documents write them; all but BRICS take the article in prose. */
const BLOCS = {
  csto: ['CSTO', 'Collective Security Treaty Organization', true],
  eaeu: ['EAEU', 'Eurasian Economic Union', true],
  cis: ['CIS', 'Commonwealth of Independent States', true],
  sco: ['SCO', 'Shanghai Cooperation Organisation', true],
  brics: ['BRICS', 'BRICS', false],
  'union-state': ['Union State', 'Union State of Russia and Belarus', true],
} as const;

/** English bloc names in every form. */
export function englishBlocNames(): BlocNames {
  const the = (article: boolean, name: string) => (article ? `the ${name}` : name);
  const entry = ([short, full, article]: readonly [string, string, boolean]) => ({ short, full, shortInProse: the(article, short), fullInProse: the(article, full) });
  return { csto: entry(BLOCS.csto), eaeu: entry(BLOCS.eaeu), cis: entry(BLOCS.cis), sco: entry(BLOCS.sco), brics: entry(BLOCS.brics), 'union-state': entry(BLOCS['union-state']) };
}
