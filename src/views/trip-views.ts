import type { RenderContext } from '../render/context.ts';
import { headlineNumbers } from '../model/country-stats.ts';
import { hostsBySlug } from '../model/hosts.ts';
import { FORMER_SOVIET_STATES } from './explainer-facts.ts';
import type { TripMap } from '../map/geo/trip-map.ts';
import type { SiteData } from '../model/records.ts';
import { foreignTrips } from '../model/visits.ts';

/** The trip map page's summary (lead and share description), every number and name from the data. */
export function tripMapSummary(ctx: RenderContext, data: SiteData, map: Pick<TripMap, 'hosts'>): string {
  const numbers = headlineNumbers(data);
  const trips = foreignTrips(data.visits);
  const iso3BySlug = new Map([...hostsBySlug(data).values()].map((c) => [c.slug, c.iso3]));
  const inFormerUssr = trips.filter((v) => FORMER_SOVIET_STATES.has(iso3BySlug.get(v.country) ?? '')).length;
  const mostVisited = [...map.hosts].sort((a, b) => b.trips - a.trips || ctx.fmt.compare(ctx.name(a.country.iso3).listed, ctx.name(b.country.iso3).listed)).slice(0, 3);
  const t = ctx.t.tripMapPage;
  return [
    t.summary(ctx.fmt.plural(numbers.trips, t.trips), ctx.fmt.plural(numbers.countriesVisited, t.countries), ctx.fmt.count(inFormerUssr)),
    t.mostVisited(ctx.fmt.list(mostVisited.map((h) => t.mostVisitedHost(ctx.name(h.country.iso3), ctx.fmt.count(h.trips))))),
    t.iccTrips(ctx.fmt.plural(numbers.tripsToIccParties, t.iccTripCount), ctx.fmt.count(numbers.tripsUnderIccWarrant)),
  ].join(' ');
}

/** The trip map's fixed words: page title and heading, the map's title and label, the embed's (src/i18n/en.ts). */
export function tripMapPageText(ctx: RenderContext) {
  return ctx.t.tripMapPage;
}

/**
 * The trip map's one-line description (its `<desc>`): on the front page `42 trips to 20 countries, shaded…`; in the
 * embed, which stands alone, `42 foreign trips to 20 countries since 24 February 2022, hosts shaded…`.
 */
export function tripMapDescription(ctx: RenderContext, numbers: { trips: number; countriesVisited: number }, where: 'front' | 'embed'): string {
  const t = ctx.t.tripMapDescription;
  const countries = ctx.fmt.plural(numbers.countriesVisited, t.countries);
  return where === 'front' ? t.front(ctx.fmt.plural(numbers.trips, t.trips), countries) : t.embed(ctx.fmt.plural(numbers.trips, t.foreignTrips), countries);
}
