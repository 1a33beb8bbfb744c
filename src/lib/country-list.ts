import type { Relationship } from '../schemas/country.ts';
import type { M49Region } from '../schemas/un-members.ts';
import { memberStats } from './member-stats.ts';
import type { SiteData } from './records.ts';
import type { Breakdown } from './votes.ts';

/** The bloc ties the list can be filtered by (a membership that ended is no tie). */
const TIES = new Set(['member', 'suspended', 'observer', 'partner', 'associate', 'leaving']);

/** One member in the A–Z list of /countries/. */
export interface ListEntry {
  slug: string;
  name: string;
  iso3: string;
  region: M49Region;
  relationship: Relationship | null;
  breakdown: Breakdown;
  isRussia: boolean;
  /** Other names and the ISO3 code, so the filter finds "Ivory Coast" and "CIV" as well as "Côte d'Ivoire". */
  searchTerms: string;
  /** Ids of the blocs it has a current tie with (content/blocs.json). */
  blocs: string[];
}

/** Every UN member in name order, with what the list shows and filters on. */
export function countryListEntries(data: SiteData): ListEntry[] {
  const blocs = new Map<string, string[]>();
  for (const m of data.blocs.memberships) if (!m.until && TIES.has(m.status)) blocs.set(m.iso3, [...(blocs.get(m.iso3) ?? []), m.bloc]);
  return [...memberStats(data).values()].map((s) => ({
    slug: s.member.slug,
    name: s.member.name,
    iso3: s.member.iso3,
    region: s.member.region,
    relationship: s.profile?.country.relationship ?? null,
    breakdown: s.voteBreakdown,
    isRussia: s.isRussia,
    searchTerms: [s.member.name, s.member.iso3, ...s.member.aliases.map((a) => a.replace(/-/g, ' '))].join(' | '),
    blocs: blocs.get(s.member.iso3) ?? [],
  }));
}

/** The initial letters of the list, for the A–Z jump links (accents folded: Côte d'Ivoire is under C). */
export function initialLetters(entries: readonly { name: string }[]): string[] {
  return [...new Set(entries.map((e) => initial(e.name)))];
}

export const initial = (name: string) => name.normalize('NFKD').charAt(0).toUpperCase();
