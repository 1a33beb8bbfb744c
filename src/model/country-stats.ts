import { hostsBySlug, type Host } from './hosts.ts';
import { iccBoundOn, tripsToIccParties } from './icc.ts';
import { byStart, type CountryRecord, type SiteData, type VisitRecord } from './records.ts';
import { foreignTrips, isForeignTrip, visitsByCountry } from './visits.ts';
import { voteBreakdownFor, voteRecordFor, votesByGovernment, type Breakdown, type GovernmentPeriod, type VoteCell } from './votes.ts';

export interface CountryStats {
  country: CountryRecord;
  /** All visits to this country (occupied-territory visits included for Ukraine), chronological. */
  visits: VisitRecord[];
  /** Foreign trips only: what the map, the list and the headline count. */
  tripCount: number;
  voteRecord: VoteCell[];
  /** Stances on the resolutions adopted since the invasion. */
  voteBreakdown: Breakdown;
  /** The vote record split by the government that cast it (one unnamed period when it did not change). */
  governments: GovernmentPeriod[];
  /** Bound by the Rome Statute on the as-of date. */
  iccBound: boolean;
}

/** Per-country derived numbers, computed once for every page. */
export function countryStats(data: SiteData): Map<string, CountryStats> {
  const grouped = visitsByCountry(data.visits);
  return new Map(
    data.countries.map((country) => {
      const visits = grouped.get(country.slug) ?? [];
      const voteRecord = voteRecordFor(country.iso3, data.resolutions);
      return [
        country.slug,
        {
          country,
          visits,
          tripCount: visits.filter(isForeignTrip).length,
          voteRecord,
          voteBreakdown: voteBreakdownFor(country.iso3, data.resolutions),
          governments: votesByGovernment(voteRecord, country.governmentChanges),
          iccBound: iccBoundOn(country.icc, data.dataset.asOf),
        },
      ];
    }),
  );
}

export interface Headline {
  trips: number;
  countriesVisited: number;
  allies: number;
  /** The allies themselves, by name. */
  allyCountries: CountryRecord[];
  occupiedTerritoryVisits: number;
  /** Foreign trips to states bound by the Rome Statute on the day of the trip, before the warrant as well as after. */
  tripsToIccParties: number;
  /**
   * Foreign trips to states obliged to arrest him: a state party on the day, after the ICC issued its warrant. The
   * one figure the site means by "trips to states bound to arrest him" (front page, cards, map layer, explainer).
   */
  tripsUnderIccWarrant: number;
  /** The hosts of the trips under the warrant, in the order of their first such trip, with the start dates. */
  iccHosts: { country: Host; starts: string[] }[];
  /** The first trip to a state party, whether or not the warrant had been issued (the explainer tells it). */
  firstIccPartyTrip: { country: Host; start: string } | undefined;
  resolutions: number;
  asOf: string;
}

/** The front page's numbers, from the data (never typed in). */
export function headlineNumbers(data: SiteData): Headline {
  const trips = foreignTrips(data.visits);
  const bySlug = hostsBySlug(data);
  const toParties = tripsToIccParties(bySlug, trips);
  const underWarrant = trips.filter((v) => toParties.has(v.id) && v.start >= data.iccStates.warrant.issued).sort(byStart);
  const iccHosts = new Map<string, { country: Host; starts: string[] }>();
  for (const v of underWarrant) {
    const host = iccHosts.get(v.country) ?? { country: bySlug.get(v.country)!, starts: [] };
    host.starts.push(v.start);
    iccHosts.set(v.country, host);
  }
  const first = trips.filter((t) => toParties.has(t.id)).sort(byStart)[0];
  // In the stored order (by slug); a list readers see sorts them by name in its edition.
  const allyCountries = data.countries.filter((c) => c.relationship === 'ally');
  return {
    trips: trips.length,
    countriesVisited: new Set(trips.map((v) => v.country)).size,
    allies: allyCountries.length,
    allyCountries,
    occupiedTerritoryVisits: data.visits.length - trips.length,
    tripsToIccParties: toParties.size,
    tripsUnderIccWarrant: underWarrant.length,
    iccHosts: [...iccHosts.values()],
    firstIccPartyTrip: first ? { country: bySlug.get(first.country)!, start: first.start } : undefined,
    resolutions: data.resolutions.length,
    asOf: data.dataset.asOf,
  };
}
