import type { APIRoute } from 'astro';
import { siteData } from '../collections.ts';
import { messages } from '../i18n/messages.ts';
import { atomFeed } from '../outputs/feed.ts';
import { buildTimeline } from '../views/timeline.ts';
import { siteUrls } from '../render/urls.ts';

/** The timeline as an Atom feed: one entry per dated event, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { events } = buildTimeline(await siteData());
  const body = atomFeed(events, {
    site: site!,
    key: 'feed',
    title: messages().feed.title,
    subtitle: messages().feed.subtitle,
    selfPath: siteUrls().feed(),
    pagePath: siteUrls().timeline(),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
