import { en } from '../helpers/context.ts';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY } from '../../src/build/static-host-files.ts';
import { countryLayers } from '../../src/map/layers/registry.ts';
import { buildTimeline } from '../../src/views/timeline.ts';
import { LOCALES } from '../../src/i18n/editions.ts';
import { contextOf } from '../../src/render/context.ts';
import { realSiteData } from '../helpers/content.ts';
import { DIST, distHeaderRules, headersForPath, parseHeadersFile, requireDist, ruleMatches, sitemapPaths } from '../helpers/site.ts';

requireDist();
const data = realSiteData();
const { events, upcoming } = buildTimeline(en, data);
const read = (path: string) => readFileSync(path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path), 'utf8');
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** Every HTML file in dist/ as the URL path a host serves it under (`/countries/china/`, `/404.html`). */
function htmlPaths(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlPaths(full);
    if (!name.endsWith('.html')) return [];
    const rel = `/${relative(DIST, full)}`;
    return [rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel];
  });
}

/** Resolves a link the way the link checker does: the page exists, and so does the fragment's id. */
function resolves(href: string): boolean {
  const url = new URL(href, 'https://putin-allies.example.org/');
  const file = url.pathname.endsWith('/') ? join(DIST, url.pathname, 'index.html') : join(DIST, url.pathname);
  if (!existsSync(file)) return false;
  return !url.hash || ids(readFileSync(file, 'utf8')).has(decodeURIComponent(url.hash.slice(1)));
}

describe('/timeline/', () => {
  // One page a year: the newest at /timeline/ (with the events due after the as-of date), the others at /timeline/<year>/.
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort().reverse();
  const pageOf = (year: string) => (year === years[0] ? '/timeline/' : `/timeline/${year}/`);
  const all = years.map((y) => read(pageOf(y))).join('\n');
  const html = read('/timeline/');
  it('lists every event of the timeline on its year’s page, with a <time datetime> and a link that resolves', () => {
    const items = [...all.matchAll(/<li class="event"[^>]*id="event-([^"]+)"[\s\S]*?<\/li>/g)];
    expect(items).toHaveLength(events.length + upcoming.length);
    for (const e of events) expect(read(pageOf(e.date.slice(0, 4)))).toContain(`id="event-${e.key.replaceAll('/', '-')}"`);
    for (const [item] of items) expect(item).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"[\s>]/);
    const broken = [...new Set([...events, ...upcoming].flatMap((e) => [e.href, ...(e.also ? [e.also.href] : [])]))].filter((href) => !resolves(href));
    expect(broken).toEqual([]);
  });

  it('has every foreign trip and every UN vote of the data', () => {
    for (const v of data.visits) expect(all).toContain(`/countries/${v.country}/#visit-${v.id}`);
    for (const r of data.resolutions) expect(all).toContain(`href="/map/votes/${r.id}/"`);
  });

  it('links every year’s page from every year’s page, and no page carries the whole record', () => {
    for (const y of years) {
      const page = read(pageOf(y));
      for (const other of years) expect(page, `${y} → ${other}`).toContain(`href="${pageOf(other)}"`);
      expect(page).toContain(`id="year-${y}"`);
      expect(gzipSync(page).length, y).toBeLessThan(40_000);
    }
    expect(html).toContain('aria-current="page"');
  });

  it('is linked from the navigation of every page and from the front page’s body', () => {
    for (const path of sitemapPaths()) {
      const edition = contextOf(new URL(path, 'https://site.test'));
      expect(read(path), path).toContain(`<nav aria-label="${edition.t.site.mainNav}">`);
      expect(read(path), path).toMatch(new RegExp(`<nav aria-label="[^"]+">[\\s\\S]*href="${edition.urls.timeline()}"`));
    }
    expect(read('/').match(/href="\/timeline\/"/g)!.length).toBeGreaterThanOrEqual(2);
  });
});

describe('Atom feed links', () => {
  it('is announced in the head of every page', () => {
    for (const path of [...sitemapPaths(), '/404.html', ...LOCALES.filter((l) => l.pathPrefix).map((l) => `${l.pathPrefix}/404.html`)]) {
      const feed = contextOf(new URL(path, 'https://site.test')).urls.feed();
      expect(read(path), path).toMatch(new RegExp(`<head>[\\s\\S]*<link rel="alternate" type="application/atom\\+xml" href="${feed}"[^>]*>[\\s\\S]*</head>`));
    }
  });

  it('has one entry per event, each linking to a page and fragment that exist in dist/', () => {
    const xml = read('/feed.xml');
    const links = [...xml.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(links).toHaveLength(events.length);
    expect(links.filter((href) => !resolves(href))).toEqual([]);
  });
});

describe('embeds', () => {
  const layers = countryLayers(en, data);
  const embeds = ['/embed/map/', ...layers.map((l) => l.embed.path)];
  const htmlvalidate = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off', 'void-style': 'off', 'no-trailing-whitespace': 'off', 'attribute-boolean-style': 'off', 'long-title': 'off' } });

  it('cover the trip map and every map layer: the votes, the ICC, the unfriendly list, the alignment and every bloc', () => {
    expect(embeds).toEqual(expect.arrayContaining(['/embed/icc/', '/embed/unfriendly/', '/embed/alignment/', '/embed/blocs/csto/', `/embed/votes/${data.resolutions[0]!.id}/`]));
  });

  it.each(embeds)('%s has no site chrome, a title, a credit line to its canonical page, and no script but its theme switch', async (path) => {
    const html = read(path);
    expect(html).not.toMatch(/<header|<footer|<nav/);
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)![1]!;
    const full = canonical.replace('https://putin-allies.example.org', '');
    expect(full).toBe(path.replace('/embed/', '/map/').replace('/map/map/', '/map/'));
    expect(resolves(full)).toBe(true);
    expect(html).toMatch(new RegExp(`class="embed-credit"[^>]*>[\\s\\S]*Source: <a href="${canonical}"`));
    // Only the blocking theme switch, which must run before the first paint (public/embed-theme.js), and on the
    // trip map, whose phone panels are taller than a frame, the deferred height report (public/embed-height.js).
    const scripts = ['<script src="/embed-theme.js">', ...(path === '/embed/map/' ? ['<script src="/embed-height.js" defer>'] : [])];
    expect(html.match(/<script[^>]*>/g)).toEqual(scripts);
    expect(html).toMatch(/<html[^>]* class="light"/);
    // Words and dates keep their space when the credit's parts are joined ("Adopted 12 October 2022").
    expect(html).not.toMatch(/[A-Za-z]<time/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';`);
    const report = await htmlvalidate.validateString(html, path);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('are not in the sitemap (the full pages are canonical)', () => {
    expect(sitemapPaths().filter((p) => p.startsWith('/embed/'))).toEqual([]);
  });

  it('are offered as a copy-and-paste snippet on the map page and each layer', () => {
    expect(read('/map/')).toContain('&lt;iframe src=&quot;https://putin-allies.example.org/embed/map/&quot;');
    for (const l of layers) expect(read(l.href)).toContain(`&lt;iframe src=&quot;https://putin-allies.example.org${l.embed.path}&quot;`);
  });
});

describe('_headers, applied the way static hosts apply it (every matching rule, repeated headers joined)', () => {
  const rules = distHeaderRules();

  it('matches paths like Netlify and Cloudflare Pages', () => {
    expect(ruleMatches('/*', '/')).toBe(true);
    expect(ruleMatches('/map/*', '/map/')).toBe(true);
    expect(ruleMatches('/map/*', '/map/votes/a/')).toBe(true);
    expect(ruleMatches('/map/*', '/embed/map/')).toBe(false);
    expect(ruleMatches('/', '/map/')).toBe(false);
    const merged = headersForPath(parseHeadersFile('/*\n  A: 1\n/x/*\n  A: 2\n'), '/x/y');
    expect(merged.get('a')).toBe('1, 2');
  });

  it('gives every page exactly one policy: embeds may be framed by anyone, nothing else by anyone', () => {
    const paths = htmlPaths();
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const headers = headersForPath(rules, path);
      const embed = LOCALES.some((l) => path.startsWith(`${l.pathPrefix}/embed/`));
      expect(headers.get('content-security-policy'), path).toBe(embed ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
      expect(headers.get('x-frame-options'), path).toBe(embed ? undefined : 'DENY');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('content-security-policy')!.includes('frame-ancestors'), path).toBe(!embed);
    }
  });

  it('caches hashed assets for a year', () => {
    expect(headersForPath(rules, '/_astro/x.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
