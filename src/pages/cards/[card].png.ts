import type { APIRoute } from 'astro';
import { siteData } from '../../collections.ts';
import { countryStats, headlineNumbers } from '../../lib/country-stats.ts';
import { formatDate } from '../../lib/format.ts';
import { buildLocatorMap, buildTripMap } from '../../lib/geo/trip-map.ts';
import { iccStandingOn } from '../../lib/icc.ts';
import { RELATIONSHIP_INFO } from '../../lib/relationships.ts';
import { renderCard, type CardContent } from '../../lib/share-card.ts';
import { breakdownCardFact } from '../../lib/vote-views.ts';

const ICC_CARD_VALUE = { party: 'Yes', withdrawing: 'Leaving', withdrawn: 'Left', 'non-party': 'No' } as const;

/** Share cards: one per country profile, plus the front page, the list, the map and the data page. */
async function cards(): Promise<Map<string, CardContent>> {
  const data = await siteData();
  const asOf = `Data as of ${formatDate(data.dataset.asOf)} · sourced, open data`;
  const numbers = headlineNumbers(data);
  const trip = buildTripMap(data.countries, data.visits);
  const worldMap = { width: trip.width, height: trip.height, land: trip.land, highlight: null, routes: trip.routes.flatMap((r) => (r.d ? [r.d] : [])), moscow: trip.moscow };
  const result = new Map<string, CardContent>();
  const site = { kicker: 'Who Stands With Putin', footer: asOf };
  const fact = (value: number, label: string) => ({ value: String(value), label });
  const siteCards: [string, string, CardContent['facts']][] = [
    ['home', 'Who still stands with Putin', [fact(numbers.trips, 'foreign trips since the invasion'), fact(numbers.countriesVisited, 'countries visited'), fact(numbers.allies, 'allies')]],
    ['countries', 'Every country, by where it stands', [fact(data.countries.length, 'country profiles'), fact(numbers.countriesVisited, 'hosted Putin since 2022'), fact(numbers.resolutions, 'UN votes tracked')]],
    ['map', 'Where Putin has travelled', [fact(numbers.trips, 'foreign trips'), fact(numbers.tripsToIccParties, 'to ICC states parties'), fact(numbers.occupiedTerritoryVisits, 'visits to occupied Ukraine')]],
    ['data', 'Open data: trips, votes, allies', [fact(data.visits.length, 'visits, as JSON and CSV'), fact(numbers.resolutions, 'UN roll calls'), fact(data.countries.length, 'country classifications')]],
  ];
  for (const [key, title, facts] of siteCards) result.set(key, { ...site, title, facts, map: worldMap });
  for (const s of countryStats(data).values()) {
    const c = s.country;
    const locator = buildLocatorMap(c, s.visits);
    result.set(c.slug, {
      ...site,
      title: c.name,
      badge: RELATIONSHIP_INFO[c.relationship].label,
      facts: [
        c.relationship === 'invaded'
          ? { value: String(s.visits.length), label: 'Putin visits to occupied territory' }
          : { value: String(s.tripCount), label: `Putin ${s.tripCount === 1 ? 'trip' : 'trips'} since Feb 2022` },
        breakdownCardFact(s.voteBreakdown),
        { value: ICC_CARD_VALUE[iccStandingOn(c.icc, data.dataset.asOf)], label: 'ICC state party (Rome Statute)' },
      ],
      map: { ...locator, highlight: locator.shape },
    });
  }
  return result;
}

export async function getStaticPaths() {
  return [...(await cards()).keys()].map((card) => ({ params: { card } }));
}

export const GET: APIRoute = async ({ params }) => {
  const card = (await cards()).get(params.card!);
  if (!card) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await renderCard(card)), { headers: { 'content-type': 'image/png' } });
};
