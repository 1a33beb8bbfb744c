import { ICC_WARRANT_DATE, iccBoundOn, tripsToIccParties } from './icc.ts';
import type { CountryRecord, SiteData, VisitRecord } from './records.ts';
import { foreignTrips, isForeignTrip, visitsByCountry } from './visits.ts';
import { alignmentFor, voteRecordFor, type Alignment, type VoteCell } from './votes.ts';

export interface CountryStats {
  country: CountryRecord;
  /** All visits to this country (occupied-territory visits included for Ukraine), chronological. */
  visits: VisitRecord[];
  /** Foreign trips only: what the map, the list and the headline count. */
  tripCount: number;
  voteRecord: VoteCell[];
  alignment: Alignment | null;
  /** Bound by the Rome Statute on the as-of date. */
  iccBound: boolean;
}

/** Per-country derived numbers, computed once for every page. */
export function countryStats(data: SiteData): Map<string, CountryStats> {
  const grouped = visitsByCountry(data.visits);
  return new Map(
    data.countries.map((country) => {
      const visits = grouped.get(country.slug) ?? [];
      return [
        country.slug,
        {
          country,
          visits,
          tripCount: visits.filter(isForeignTrip).length,
          voteRecord: voteRecordFor(country.iso3, data.resolutions),
          alignment: alignmentFor(country.iso3, data.resolutions),
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
  occupiedTerritoryVisits: number;
  /** Foreign trips to states bound by the Rome Statute on the day of the trip. */
  tripsToIccParties: number;
  /** Of those, the trips made after the ICC issued its warrant for Putin. */
  tripsUnderIccWarrant: number;
  resolutions: number;
  asOf: string;
}

/** The front page's numbers, from the data (never typed in). */
export function headlineNumbers(data: SiteData): Headline {
  const trips = foreignTrips(data.visits);
  const toParties = tripsToIccParties(data.countries, trips);
  return {
    trips: trips.length,
    countriesVisited: new Set(trips.map((v) => v.country)).size,
    allies: data.countries.filter((c) => c.relationship === 'ally').length,
    occupiedTerritoryVisits: data.visits.length - trips.length,
    tripsToIccParties: toParties.size,
    tripsUnderIccWarrant: trips.filter((v) => toParties.has(v.id) && v.start >= ICC_WARRANT_DATE).length,
    resolutions: data.resolutions.length,
    asOf: data.dataset.asOf,
  };
}
