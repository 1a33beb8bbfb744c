import { countryStats, type CountryStats } from './country-stats.ts';
import { iccDatesFrom, iccStandingOn, type IccDates, type IccStanding } from './icc.ts';
import { memberList, type Member } from './members.ts';
import type { SiteData, VisitRecord } from './records.ts';
import { alignmentByMember, type MemberAlignment } from './alignment.ts';
import { isForeignTrip, visitsByCountry } from './visits.ts';
import { RUSSIA, voteBreakdownFor, voteRecordFor, votesByGovernment, type Breakdown, type GovernmentPeriod, type VoteCell } from './votes.ts';


/** What every member's page shows, profiled or not: computed from the records alone. */
export interface MemberStats {
  member: Member;
  /** The written profile's numbers, when there is one. */
  profile: CountryStats | undefined;
  visits: VisitRecord[];
  tripCount: number;
  voteRecord: VoteCell[];
  voteBreakdown: Breakdown;
  /** Stances on the regular sessions' recorded votes on the war, counted apart (src/model/votes.ts resolutionSet). */
  regularBreakdown: Breakdown;
  /** Votes where Russia and the EU majority split, session by session (src/model/alignment.ts). */
  alignment: MemberAlignment | undefined;
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
  const profiles = countryStats(data);
  const iccOf = iccDatesFrom(data.iccStates);
  const byHost = visitsByCountry(data.visits);
  const alignment = alignmentByMember(data.assemblyVotes);
  const abroad = data.visits.filter(isForeignTrip);
  stats = new Map(
    memberList(data.countries).map((member) => {
      const profile = profiles.get(member.slug);
      const icc = iccOf(member.iso3);
      const voteRecord = profile?.voteRecord ?? voteRecordFor(member.iso3, data.resolutions);
      const visits = profile?.visits ?? byHost.get(member.slug) ?? [];
      return [
        member.slug,
        {
          member,
          profile,
          visits,
          tripCount: visits.filter(isForeignTrip).length,
          voteRecord,
          voteBreakdown: profile?.voteBreakdown ?? voteBreakdownFor(member.iso3, data.resolutions),
          regularBreakdown: voteBreakdownFor(member.iso3, data.resolutions, 'regular'),
          alignment: alignment.get(member.iso3),
          governments: profile?.governments ?? votesByGovernment(voteRecord, undefined),
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
