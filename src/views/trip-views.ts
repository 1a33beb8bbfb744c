import { messages } from '../i18n/messages.ts';
import { headlineNumbers } from '../model/country-stats.ts';
import { hostsBySlug } from '../model/hosts.ts';
import { FORMER_SOVIET_STATES } from './explainer-facts.ts';
import type { TripMap } from '../map/geo/trip-map.ts';
import type { SiteData } from '../model/records.ts';
import { foreignTrips } from '../model/visits.ts';
import { compareText, formatCount, formatList, plural } from '../render/format.ts';

/** The trip map page's summary (lead and share description), every number and name from the data. */
export function tripMapSummary(data: SiteData, map: Pick<TripMap, 'hosts'>): string {
  const numbers = headlineNumbers(data);
  const trips = foreignTrips(data.visits);
  const iso3BySlug = new Map([...hostsBySlug(data).values()].map((c) => [c.slug, c.iso3]));
  const inFormerUssr = trips.filter((v) => FORMER_SOVIET_STATES.has(iso3BySlug.get(v.country) ?? '')).length;
  const mostVisited = [...map.hosts].sort((a, b) => b.trips - a.trips || compareText()(a.country.name, b.country.name)).slice(0, 3);
  const t = messages().tripMapPage;
  return [
    t.summary(plural(numbers.trips, t.trips), plural(numbers.countriesVisited, t.countries), formatCount(inFormerUssr)),
    t.mostVisited(formatList(mostVisited.map((h) => t.mostVisitedHost(h.country.name, formatCount(h.trips))))),
    t.iccTrips(plural(numbers.tripsToIccParties, t.iccTripCount), formatCount(numbers.tripsUnderIccWarrant)),
  ].join(' ');
}

/** The trip map's fixed words: page title and heading, the map's title and label, the embed's (src/i18n/en.ts). */
export function tripMapPageText() {
  return messages().tripMapPage;
}

/**
 * The trip map's one-line description (its `<desc>`): on the front page `42 trips to 20 countries, shaded…`; in the
 * embed, which stands alone, `42 foreign trips to 20 countries since 24 February 2022, hosts shaded…`.
 */
export function tripMapDescription(numbers: { trips: number; countriesVisited: number }, where: 'front' | 'embed'): string {
  const t = messages().tripMapDescription;
  const countries = plural(numbers.countriesVisited, t.countries);
  return where === 'front' ? t.front(plural(numbers.trips, t.trips), countries) : t.embed(plural(numbers.trips, t.foreignTrips), countries);
}
