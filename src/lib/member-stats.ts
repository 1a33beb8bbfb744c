import { countryStats, type CountryStats } from './country-stats.ts';
import { iccDatesFrom, iccStandingOn, type IccDates, type IccStanding } from './icc.ts';
import { memberList, type Member } from './members.ts';
import type { SiteData, VisitRecord } from './records.ts';
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
  governments: GovernmentPeriod[];
  icc: IccDates;
  iccStanding: IccStanding;
  /** Russia's own page: its votes are the yardstick, so no "with Russia" breakdown is drawn. */
  isRussia: boolean;
}

const built = new WeakMap<SiteData, Map<string, MemberStats>>();

/** Every UN member's numbers, by page slug, in name order; computed once per load of the data. */
export function memberStats(data: SiteData): Map<string, MemberStats> {
  let stats = built.get(data);
  if (stats) return stats;
  const profiles = countryStats(data);
  const iccOf = iccDatesFrom(data.iccStates);
  stats = new Map(
    memberList(data.countries).map((member) => {
      const profile = profiles.get(member.slug);
      const icc = iccOf(member.iso3);
      const voteRecord = profile?.voteRecord ?? voteRecordFor(member.iso3, data.resolutions);
      return [
        member.slug,
        {
          member,
          profile,
          visits: profile?.visits ?? [],
          tripCount: profile?.tripCount ?? 0,
          voteRecord,
          voteBreakdown: profile?.voteBreakdown ?? voteBreakdownFor(member.iso3, data.resolutions),
          governments: profile?.governments ?? votesByGovernment(voteRecord, undefined),
          icc,
          iccStanding: iccStandingOn(icc, data.dataset.asOf),
          isRussia: member.iso3 === RUSSIA,
        },
      ];
    }),
  );
  built.set(data, stats);
  return stats;
}
