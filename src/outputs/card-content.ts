import type { RenderContext } from '../render/context.ts';
import { headlineNumbers } from '../model/country-stats.ts';
import { SITE_CARDS, memberCardText, siteCardText, type SiteCard } from './card-views.ts';
import { memberStats } from '../model/member-stats.ts';
import { buildLocatorMap } from '../map/geo/locator-map.ts';
import { buildTripMap } from '../map/geo/trip-map.ts';
import { hostsBySlug } from '../model/hosts.ts';
import type { SiteData } from '../model/records.ts';
import type { CardContent } from './share-card.ts';

/** Every share card's name: the site's own cards, then one per UN member (its page's slug). */
export function cardKeys(data: SiteData): string[] {
  return [...SITE_CARDS, ...memberStats(data).keys()];
}

/** One share card's content, from the data; undefined for a name that is no card. */
export function cardContent(ctx: RenderContext, data: SiteData, key: string): CardContent | undefined {
  if ((SITE_CARDS as readonly string[]).includes(key)) {
    const trip = buildTripMap(ctx, hostsBySlug(data), data.visits);
    const worldMap = { width: trip.width, height: trip.height, land: trip.land, highlight: null, routes: trip.routes.flatMap((r) => (r.d ? [r.d] : [])), moscow: trip.moscow };
    return { ...siteCardText(ctx, key as SiteCard, headlineNumbers(data), { profiles: data.countries.length, visits: data.visits.length }), map: worldMap };
  }
  const s = memberStats(data).get(key);
  if (!s) return undefined;
  const locator = buildLocatorMap(s.country ?? { iso3: s.member.iso3, isoNumeric: s.member.isoNumeric }, s.visits);
  return { ...memberCardText(ctx, s, data.dataset.asOf), map: { ...locator, highlight: locator.shape } };
}
