import type { APIRoute } from 'astro';
import { siteData } from '../../collections.ts';
import { contextOf, type RenderContext } from '../../render/context.ts';
import {
  alignmentCsv,
  alignmentDownloadData,
  countriesCsv,
  countriesDownloadData,
  unVotesCsv,
  unVotesDownloadData,
  visitsCsv,
  visitsDownloadData,
} from '../../outputs/downloads.ts';

/** The published data files: each JSON shape documented on /data/, each also as CSV. */
const FILES = {
  'visits.json': (data) => JSON.stringify(visitsDownloadData(data), null, 2),
  'visits.csv': (data) => visitsCsv(visitsDownloadData(data).visits),
  'occupied-territory-visits.csv': (data) => visitsCsv(visitsDownloadData(data).occupiedTerritoryVisits),
  'un-votes.json': (data) => JSON.stringify(unVotesDownloadData(data), null, 2),
  'un-votes.csv': (data) => unVotesCsv(unVotesDownloadData(data)),
  'countries.json': (data, site, ctx) => JSON.stringify(countriesDownloadData(ctx, data, site), null, 2),
  'countries.csv': (data, site, ctx) => countriesCsv(countriesDownloadData(ctx, data, site)),
  'alignment.json': (data, _site, ctx) => JSON.stringify(alignmentDownloadData(ctx, data), null, 2),
  'alignment.csv': (data, _site, ctx) => alignmentCsv(alignmentDownloadData(ctx, data)),
} satisfies Record<string, (data: Awaited<ReturnType<typeof siteData>>, site: URL, ctx: RenderContext) => string>;

export function getStaticPaths() {
  return Object.keys(FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site, url }) => {
  const file = params.file as keyof typeof FILES;
  const body = FILES[file](await siteData(), site!, contextOf(url));
  const type = file.endsWith('.json') ? 'application/json' : 'text/csv';
  return new Response(`${body}\n`, { headers: { 'content-type': `${type}; charset=utf-8` } });
};
