import type { APIRoute } from 'astro';
import { siteData } from '../../collections.ts';
import { countryStats, headlineNumbers } from '../../lib/country-stats.ts';
import { formatDate, formatShare } from '../../lib/format.ts';
import { buildLocatorMap, buildTripMap } from '../../lib/geo/trip-map.ts';
import { iccStandingOn } from '../../lib/icc.ts';
import { RELATIONSHIP_INFO } from '../../lib/relationships.ts';
import { renderCard, type CardContent } from '../../lib/share-card.ts';

/** Share cards: one per country profile, plus the front page, the list, the map and the data page. */
async function cards(): Promise<Map<string, CardContent>> {
  const data = await siteData();
  const asOf = `Data as of ${formatDate(data.dataset.asOf)} · sourced, open data`;
  const numbers = headlineNumbers(data);
  const trip = buildTripMap(data.countries, data.visits);
  const worldMap = { width: trip.width, height: trip.height, land: trip.land, highlight: null, routes: trip.routes.flatMap((r) => (r.d ? [r.d] : [])), moscow: trip.moscow };
  const result = new Map<string, CardContent>();
  const site = { kicker: 'Who Stands With Putin', footer: asOf };
  result.set('home', { ...site, title: 'Who still stands with Putin', facts: [
    { value: String(numbers.trips), label: 'foreign trips since the invasion' },
    { value: String(numbers.countriesVisited), label: 'countries visited' },
    { value: String(numbers.allies), label: 'allies' },
  ], map: worldMap });
  result.set('countries', { ...site, title: 'Every country, by where it stands', facts: [
    { value: String(data.countries.length), label: 'country profiles' },
    { value: String(numbers.countriesVisited), label: 'hosted Putin since 2022' },
    { value: String(numbers.resolutions), label: 'UN votes tracked' },
  ], map: worldMap });
  result.set('map', { ...site, title: 'Where Putin has travelled', facts: [
    { value: String(numbers.trips), label: 'foreign trips' },
    { value: String(numbers.tripsToIccParties), label: 'to ICC states parties' },
    { value: String(numbers.occupiedTerritoryVisits), label: 'visits to occupied Ukraine' },
  ], map: worldMap });
  result.set('data', { ...site, title: 'Open data: trips, votes, allies', facts: [
    { value: String(data.visits.length), label: 'visits, as JSON and CSV' },
    { value: String(numbers.resolutions), label: 'UN roll calls' },
    { value: String(data.countries.length), label: 'country classifications' },
  ], map: worldMap });
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
        { value: s.alignment ? formatShare(s.alignment.share) : '—', label: 'UN votes cast with Russia' },
        { value: { party: 'Yes', withdrawing: 'Leaving', withdrawn: 'Left', 'non-party': 'No' }[iccStandingOn(c.icc, data.dataset.asOf)], label: 'ICC state party (Rome Statute)' },
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
