import { editionPaths } from '../../render/routes.ts';
import { contextOf } from '../../render/context.ts';
import type { APIRoute } from 'astro';
import { siteData } from '../../collections.ts';
import { atomFeed } from '../../outputs/feed.ts';
import { buildTimeline } from '../../views/timeline.ts';

/** Once per edition. */
export function getStaticPaths() {
  return editionPaths();
}

/** The timeline as an Atom feed: one entry per dated event, newest first. */
export const GET: APIRoute = async ({ site, url }) => {
  const ctx = contextOf(url);
  const { events } = buildTimeline(ctx, await siteData(ctx.locale));
  const body = atomFeed(ctx, events, {
    site: site!,
    key: 'feed',
    title: ctx.t.feed.title,
    subtitle: ctx.t.feed.subtitle,
    selfPath: ctx.urls.feed(),
    pagePath: ctx.urls.timeline(),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
