import { pathsInEveryEdition } from '../../../render/routes.ts';
import { contextOf } from '../../../render/context.ts';
import type { APIRoute } from 'astro';
import { siteData } from '../../../collections.ts';
import { cardContent, cardKeys } from '../../../outputs/card-content.ts';
import { drawCard } from '../../../outputs/card-workers.ts';

/** Every share card, one PNG per name (src/outputs/card-content.ts); drawn per request, so the build's work is linear in the cards. */
export async function getStaticPaths() {
  const data = await siteData();
  return pathsInEveryEdition(() => cardKeys(data).map((card) => ({ card })));
}

export const GET: APIRoute = async ({ params, url }) => {
  const ctx = contextOf(url);
  const content = cardContent(ctx, await siteData(ctx.locale), params.card!);
  if (!content) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await drawCard(content)), { headers: { 'content-type': 'image/png' } });
};
