import type { RenderContext } from '../render/context.ts';
import { hasUntranslated, stripUntranslated } from '../render/untranslated.ts';
import { eventKindLabel, newestFirst, type TimelineEvent } from '../views/timeline.ts';

/**
 * The year written into every `tag:` id (RFC 4151 asks for a date on which the authority held the domain).
 * Never change it: every id a reader's feed reader has stored would change with it.
 */
export const TAG_DATE = '2026';

/** A stable Atom id for an event: `tag:<site host>,2026:<kind>/<record>`; wording never enters it. */
export function tagUri(site: URL, key: string): string {
  return `tag:${site.hostname},${TAG_DATE}:${key}`;
}

/** A calendar day as an RFC 3339 timestamp (start of the day, UTC: the data records days, not times). */
export const rfc3339 = (day: string) => `${day}T00:00:00Z`;

/**
 * A feed text cannot mark part of itself as English: one that carries a record's words not yet translated
 * (src/render/untranslated.ts) is marked English as a whole, those words being what it reports.
 */
const englishMark = (text: string) => (hasUntranslated(text) ? ' xml:lang="en"' : '');

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface FeedOptions {
  /** The site's public origin (Astro's `site`): links and ids are absolute. */
  site: URL;
  title: string;
  subtitle: string;
  /** Path of the feed itself and of the page it mirrors. */
  selfPath: string;
  pagePath: string;
  /** The feed's own id suffix, e.g. `feed` or `feed/china`. */
  key: string;
}

/** An Atom 1.0 (RFC 4287) document: one entry per event, newest first; the feed's `updated` is its newest entry's. */
export function atomFeed(ctx: RenderContext, events: readonly TimelineEvent[], options: FeedOptions): string {
  const { site } = options;
  const entries = [...events].sort(newestFirst);
  if (!entries.length) throw new Error(`feed ${options.selfPath}: no events to publish`);
  const abs = (path: string) => new URL(path, site).href;
  // An edition's entries are other documents than the English ones: their ids carry the edition (`ru/…`); the
  // English ids stay as they were first published.
  const id = (key: string) => tagUri(site, ctx.locale.pathPrefix ? `${ctx.locale.pathPrefix.slice(1)}/${key}` : key);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(ctx.locale.htmlLang)}">`,
    `  <id>${escapeXml(id(options.key))}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <updated>${rfc3339(entries[0]!.date)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(abs(options.selfPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(abs(options.pagePath))}"/>`,
    `  <author><name>${escapeXml(ctx.t.site.name)}</name></author>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${escapeXml(id(e.key))}</id>`,
      `    <title${englishMark(e.title)}>${escapeXml(stripUntranslated(e.title))}</title>`,
      `    <updated>${rfc3339(e.date)}</updated>`,
      `    <published>${rfc3339(e.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(abs(e.href))}"/>`,
      `    <category term="${e.kind}" label="${escapeXml(eventKindLabel(ctx, e.kind))}"/>`,
      `    <summary type="text"${englishMark(e.summary)}>${escapeXml(stripUntranslated(e.summary))}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
