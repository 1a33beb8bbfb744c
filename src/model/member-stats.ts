import { iccDatesFrom, iccStandingOn, type IccDates, type IccStanding } from './icc.ts';
import { memberList, type Member } from './members.ts';
import type { Relationship } from '../schemas/country.ts';
import type { M49Region } from '../schemas/un-members.ts';
import type { CountryRecord, SiteData, VisitRecord } from './records.ts';
import { alignmentByMember, type MemberAlignment } from './alignment.ts';
import { isForeignTrip, visitsByCountry } from './visits.ts';
import { RUSSIA, voteBreakdownFor, voteRecordFor, votesByGovernment, type Breakdown, type GovernmentPeriod, type VoteCell } from './votes.ts';


/**
 * The one member model: what every member's page, the country list, the vote table, the downloads and the share
 * cards show, profiled or not, computed from the records alone.
 */
export interface MemberStats {
  member: Member;
  /** The written profile's record, when there is one (content/countries/<slug>.mdx). */
  country: CountryRecord | undefined;
  /** All visits to it (occupied-territory visits included for Ukraine), chronological. */
  visits: VisitRecord[];
  /** Foreign trips only: what the map, the list and the headline count. */
  tripCount: number;
  voteRecord: VoteCell[];
  voteBreakdown: Breakdown;
  /** Stances on the regular sessions' recorded votes on the war, counted apart (src/model/votes.ts resolutionSet). */
  regularBreakdown: Breakdown;
  /** Votes where Russia and the EU majority split, session by session (src/model/alignment.ts). */
  alignment: MemberAlignment | undefined;
  /** The vote record split by the government that cast it (one unnamed period when it did not change). */
  governments: GovernmentPeriod[];
  icc: IccDates;
  iccStanding: IccStanding;
  /** Russia's own page: its votes are the yardstick, so no "with Russia" breakdown is drawn. */
  isRussia: boolean;
  /**
   * On Russia's own page, Putin's journeys abroad (he is its president, so he does not visit it): all his foreign
   * trips and the countries they went to. Undefined for every other member.
   */
  ownTrips: { trips: number; countries: number } | undefined;
}

const built = new WeakMap<SiteData, Map<string, MemberStats>>();

/** Every UN member's numbers, by page slug, in name order; computed once per load of the data. */
export function memberStats(data: SiteData): Map<string, MemberStats> {
  let stats = built.get(data);
  if (stats) return stats;
  const iccOf = iccDatesFrom(data.iccStates);
  const byHost = visitsByCountry(data.visits);
  const alignment = alignmentByMember(data.assemblyVotes);
  const abroad = data.visits.filter(isForeignTrip);
  const profiles = new Map(data.countries.map((c) => [c.slug, c]));
  stats = new Map(
    memberList(data.countries).map((member) => {
      const country = profiles.get(member.slug);
      const icc = iccOf(member.iso3);
      const voteRecord = voteRecordFor(member.iso3, data.resolutions);
      const visits = byHost.get(member.slug) ?? [];
      return [
        member.slug,
        {
          member,
          country,
          visits,
          tripCount: visits.filter(isForeignTrip).length,
          voteRecord,
          voteBreakdown: voteBreakdownFor(member.iso3, data.resolutions),
          regularBreakdown: voteBreakdownFor(member.iso3, data.resolutions, 'regular'),
          alignment: alignment.get(member.iso3),
          governments: votesByGovernment(voteRecord, country?.governmentChanges),
          icc,
          iccStanding: iccStandingOn(icc, data.dataset.asOf),
          isRussia: member.iso3 === RUSSIA,
          ownTrips: member.iso3 === RUSSIA ? { trips: abroad.length, countries: new Set(abroad.map((v) => v.country)).size } : undefined,
        },
      ];
    }),
  );
  built.set(data, stats);
  return stats;
}

/** A member with a written profile. */
export type ProfiledStats = MemberStats & { country: CountryRecord };

/** The members with a written profile, in the stored order (by slug). */
export function profiledStats(data: SiteData): ProfiledStats[] {
  return [...memberStats(data).values()].filter((s): s is ProfiledStats => s.country !== undefined).sort((a, b) => (a.member.slug < b.member.slug ? -1 : a.member.slug > b.member.slug ? 1 : 0));
}

/** What every table of members shares, one row each: the country list, the vote table and the data files build on it. */
export interface MemberRow {
  iso3: string;
  slug: string;
  region: M49Region;
  /** The written profile's relationship with Russia; null for a data page. */
  relationship: Relationship | null;
  breakdown: Breakdown;
  isRussia: boolean;
}

/** A member's row (no words: each table adds the names of its edition, or the data files the reference names). */
export function memberRow(s: MemberStats): MemberRow {
  return { iso3: s.member.iso3, slug: s.member.slug, region: s.member.region, relationship: s.country?.relationship ?? null, breakdown: s.voteBreakdown, isRussia: s.isRussia };
}
