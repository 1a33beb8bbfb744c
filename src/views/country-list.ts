import type { RenderContext } from '../render/context.ts';
import { memberRow, memberStats, type MemberRow } from '../model/member-stats.ts';
import type { SiteData } from '../model/records.ts';
import { stanceDownloadFields } from '../model/stances.ts';

/** One member in the A–Z list of /countries/. */
export interface ListEntry extends MemberRow {
  /** As listed, in the edition's names table. */
  name: string;
  /** Other names and the ISO3 code, so the filter finds "Ivory Coast" and "CIV" as well as "Côte d'Ivoire". */
  searchTerms: string;
  /** Ids of the blocs it has a current tie with (content/blocs.json), as in /data/countries.json. */
  blocs: string[];
}

/** Every UN member in the edition's name order, with what the list shows and filters on. */
export function countryListEntries(ctx: RenderContext, data: SiteData): ListEntry[] {
  return [...memberStats(data).values()].map((s) => ({
    ...memberRow(s),
    name: ctx.name(s.member.iso3).listed,
    searchTerms: [ctx.name(s.member.iso3).listed, s.member.iso3, ...s.member.aliases.map((a) => a.replace(/-/g, ' '))].join(' | '),
    blocs: Object.keys(stanceDownloadFields(data, s.member.iso3).blocs),
  })).sort(ctx.fmt.byName);
}

/** The letters the list's names are filed under, for the A–Z jump links, in the list's order. */
export function initialLetters(ctx: RenderContext, entries: readonly { name: string }[]): string[] {
  return [...new Set(entries.map((e) => initial(ctx, e.name)))];
}

/** The letter a name is filed under in the locale's A–Z (Côte d'Ivoire under C): see fileUnder in format.ts. */
export const initial = (ctx: RenderContext, name: string): string => ctx.fmt.fileUnder(name, ctx.t.alphabet);
