import type { APIRoute } from 'astro';
import { siteData } from '../../collections.ts';
import { headlineNumbers } from '../../lib/country-stats.ts';
import { memberStats } from '../../lib/member-stats.ts';
import { formatDate } from '../../lib/format.ts';
import { buildLocatorMap } from '../../lib/geo/locator-map.ts';
import { buildTripMap } from '../../lib/geo/trip-map.ts';
import { RELATIONSHIP_INFO } from '../../lib/relationships.ts';
import { renderCard, type CardContent } from '../../lib/share-card.ts';
import { breakdownCardFact } from '../../lib/vote-views.ts';

const ICC_CARD_VALUE = { party: 'Yes', withdrawing: 'Leaving', withdrawn: 'Left', 'non-party': 'No' } as const;

const SITE_CARDS = ['home', 'countries', 'map', 'data'] as const;
type SiteCard = (typeof SITE_CARDS)[number];

/** One share card's content. Built per request, so the build does work linear in the number of cards. */
async function card(key: string): Promise<CardContent | undefined> {
  const data = await siteData();
  const site = { kicker: 'Who Stands With Putin', footer: `Data as of ${formatDate(data.dataset.asOf)} · sourced, open data` };
  if ((SITE_CARDS as readonly string[]).includes(key)) {
    const numbers = headlineNumbers(data);
    const trip = buildTripMap(data.countries, data.visits);
    const worldMap = { width: trip.width, height: trip.height, land: trip.land, highlight: null, routes: trip.routes.flatMap((r) => (r.d ? [r.d] : [])), moscow: trip.moscow };
    const fact = (value: number, label: string) => ({ value: String(value), label });
    const siteCards: Record<SiteCard, [string, CardContent['facts']]> = {
      home: ['Who still stands with Putin', [fact(numbers.trips, 'foreign trips since the invasion'), fact(numbers.countriesVisited, 'countries visited'), fact(numbers.allies, 'allies')]],
      countries: ['Every country, by where it stands', [fact(data.countries.length, 'country profiles'), fact(numbers.countriesVisited, 'hosted Putin since 2022'), fact(numbers.resolutions, 'UN votes tracked')]],
      map: ['Where Putin has travelled', [fact(numbers.trips, 'foreign trips'), fact(numbers.tripsToIccParties, 'to ICC states parties'), fact(numbers.occupiedTerritoryVisits, 'visits to occupied Ukraine')]],
      data: ['Open data: trips, votes, allies', [fact(data.visits.length, 'visits, as JSON and CSV'), fact(numbers.resolutions, 'UN roll calls'), fact(data.countries.length, 'country classifications')]],
    };
    const [title, facts] = siteCards[key as SiteCard];
    return { ...site, title, facts, map: worldMap };
  }
  const s = memberStats(data).get(key);
  if (!s) return undefined;
  const c = s.profile?.country;
  const locator = buildLocatorMap(c ?? { isoNumeric: s.member.isoNumeric, name: s.member.name }, s.visits);
  return {
    ...site,
    title: s.member.name,
    badge: c ? RELATIONSHIP_INFO[c.relationship].label : `UN member · ${s.member.region}`,
    facts: [
      c?.relationship === 'invaded'
        ? { value: String(s.visits.length), label: 'Putin visits to occupied territory' }
        : { value: String(s.tripCount), label: `Putin ${s.tripCount === 1 ? 'trip' : 'trips'} since Feb 2022` },
      s.isRussia ? { value: `${s.voteBreakdown.total}`, label: 'UN resolutions on the war since Feb 2022: Russia voted no on each' } : breakdownCardFact(s.voteBreakdown),
      { value: ICC_CARD_VALUE[s.iccStanding], label: 'ICC state party (Rome Statute)' },
    ],
    map: { ...locator, highlight: locator.shape },
  };
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
