import type { APIRoute } from 'astro';
import { siteData } from '../../collections.ts';
import { headlineNumbers } from '../../lib/country-stats.ts';
import { SITE_CARDS, memberCardText, siteCardText, type SiteCard } from '../../lib/card-views.ts';
import { memberStats } from '../../lib/member-stats.ts';
import { buildLocatorMap } from '../../lib/geo/locator-map.ts';
import { buildTripMap } from '../../lib/geo/trip-map.ts';
import { hostsBySlug } from '../../lib/hosts.ts';
import { renderCard, type CardContent } from '../../lib/share-card.ts';

/** One share card's content. Built per request, so the build does work linear in the number of cards. */
async function card(key: string): Promise<CardContent | undefined> {
  const data = await siteData();
  if ((SITE_CARDS as readonly string[]).includes(key)) {
    const trip = buildTripMap(hostsBySlug(data), data.visits);
    const worldMap = { width: trip.width, height: trip.height, land: trip.land, highlight: null, routes: trip.routes.flatMap((r) => (r.d ? [r.d] : [])), moscow: trip.moscow };
    return { ...siteCardText(key as SiteCard, headlineNumbers(data), { profiles: data.countries.length, visits: data.visits.length }), map: worldMap };
  }
  const s = memberStats(data).get(key);
  if (!s) return undefined;
  const locator = buildLocatorMap(s.profile?.country ?? { isoNumeric: s.member.isoNumeric, name: s.member.name }, s.visits);
  return { ...memberCardText(s, data.dataset.asOf), map: { ...locator, highlight: locator.shape } };
}

export async function getStaticPaths() {
  const data = await siteData();
  return [...SITE_CARDS, ...memberStats(data).keys()].map((card) => ({ params: { card } }));
}

export const GET: APIRoute = async ({ params }) => {
  const content = await card(params.card!);
  if (!content) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await renderCard(content)), { headers: { 'content-type': 'image/png' } });
};
