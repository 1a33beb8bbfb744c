import { hostsBySlug, type Host } from './hosts.ts';
import { tripsToIccParties } from './icc.ts';
import { byStart, type CountryRecord, type SiteData } from './records.ts';
import { foreignTrips } from './visits.ts';

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
