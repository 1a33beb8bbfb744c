import { messages } from '../i18n/messages.ts';
import { headlineNumbers } from './country-stats.ts';
import { FORMER_SOVIET_STATES } from './explainer-facts.ts';
import { formatCount, formatList, plural } from './format.ts';
import type { TripMap } from './geo/trip-map.ts';
import type { SiteData } from './records.ts';
import { foreignTrips } from './visits.ts';

/** The trip map page's summary (lead and share description), every number and name from the data. */
export function tripMapSummary(data: SiteData, map: Pick<TripMap, 'hosts'>): string {
  const numbers = headlineNumbers(data);
  const trips = foreignTrips(data.visits);
  const iso3BySlug = new Map(data.countries.map((c) => [c.slug, c.iso3]));
  const inFormerUssr = trips.filter((v) => FORMER_SOVIET_STATES.has(iso3BySlug.get(v.country) ?? '')).length;
  const mostVisited = [...map.hosts].sort((a, b) => b.trips - a.trips || a.country.name.localeCompare(b.country.name)).slice(0, 3);
  return [
    `Since 24 February 2022 Putin has made ${plural(numbers.trips, { one: 'foreign trip', other: 'foreign trips' })} to ${plural(numbers.countriesVisited, { one: 'country', other: 'countries' })}, ${formatCount(inFormerUssr)} of them to former Soviet states.`,
    `Most visited: ${formatList(mostVisited.map((h) => `${h.country.name} (${formatCount(h.trips)})`))}.`,
    `${plural(numbers.tripsToIccParties, { one: 'trip', other: 'trips' })} went to states parties to the International Criminal Court, ${formatCount(numbers.tripsUnderIccWarrant)} of them after it issued its arrest warrant for him.`,
  ].join(' ');
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
