import { en } from '../helpers/context.ts';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/views/timeline.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { realSiteData } from '../helpers/content.ts';
import { axeViolations } from '../helpers/every-page.ts';
import { DIST } from '../helpers/site.ts';

const site = useBrowserAndSite();
const data = realSiteData();
const { events } = buildTimeline(en, data);

/** The copy-and-paste code the map page offers, pointed at the test server. */
function embedSnippet(): string {
  const page = readFileSync(join(DIST, 'map/index.html'), 'utf8');
  const code = page.match(/<textarea[^>]*>([^<]+)<\/textarea>/)![1]!;
  return code.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&').replaceAll('https://putin-allies.example.org', site.origin);
}

/** A page on another loopback origin (another host name and port) that frames the site, as a newsroom would. */
let other: { server: Server; origin: string };
beforeAll(async () => {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>Another site</title><body style="margin:0">
      <div style="width:375px">${embedSnippet()}</div>
      <iframe id="profile" title="A profile" src="${site.origin}/countries/china/" style="width:375px;height:300px"></iframe>
    </body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  other = { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
});
afterAll(() => other?.server.close());

describe('framing by another origin', () => {
  it('frames /embed/map/ and refuses a profile', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${other.origin}/`, { waitUntil: 'networkidle' });
      const embed = (await (await page.$(`iframe[src="${site.origin}/embed/map/"]`))!.contentFrame())!;
      await embed.waitForLoadState('load');
      expect(embed.url()).toBe(`${site.origin}/embed/map/`);
      expect(await embed.locator('h1').textContent({ timeout: 30_000 })).toContain('Where Putin has travelled');
      // 375 px wide: the phone's three panels, one under another, taller than the snippet's 440 px box. The
      // snippet's script gives the frame the height the embed reports: nothing to scroll inside the frame.
      expect(await embed.locator('svg.trip-panel').count()).toBe(3);
      await expect.poll(() => page.$eval(`iframe[src="${site.origin}/embed/map/"]`, (f) => f.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(900);
      const overflow = await embed.evaluate(() => ({ x: document.documentElement.scrollWidth - innerWidth, y: document.documentElement.scrollHeight - innerHeight }));
      expect(overflow.x).toBeLessThanOrEqual(0);
      expect(overflow.y).toBeLessThanOrEqual(1);
      // A refused frame never commits the profile: Chromium shows its error page in its place.
      const profile = await (await page.$('#profile'))!.contentFrame();
      await expect.poll(() => profile!.url(), { timeout: 30_000 }).toBe('chrome-error://chromewebdata/');
      expect(await profile!.locator('h1').allTextContents()).not.toContain('China');
    } finally {
      await context.close();
    }
  });
});

describe('/feed.xml, parsed by the browser’s XML parser', () => {
  it('is well-formed Atom with unique tag: ids, RFC 3339 dates, newest first, and links that resolve in dist/', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(`${site.origin}/feed.xml`);
      expect(response!.status()).toBe(200);
      const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');
      const feed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length) return { error: doc.getElementsByTagName('parsererror')[0]!.textContent };
        const atom = 'http://www.w3.org/2005/Atom';
        const root = doc.documentElement;
        const child = (el: Element, name: string) => [...el.children].find((c) => c.namespaceURI === atom && c.localName === name);
        return {
          root: `${root.namespaceURI} ${root.localName}`,
          id: child(root, 'id')?.textContent,
          updated: child(root, 'updated')?.textContent,
          author: child(root, 'author')?.textContent?.trim(),
          self: [...root.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href'),
          entries: [...root.children].filter((c) => c.localName === 'entry').map((e) => ({
            id: child(e, 'id')?.textContent ?? '',
            title: child(e, 'title')?.textContent ?? '',
            summary: child(e, 'summary')?.textContent ?? '',
            updated: child(e, 'updated')?.textContent ?? '',
            link: child(e, 'link')?.getAttribute('href') ?? '',
          })),
        };
      }, xml);
      expect('error' in feed ? feed.error : null).toBeNull();
      if ('error' in feed) return;
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed.author).toBeTruthy();
      expect(feed.self).toBe('https://putin-allies.example.org/feed.xml');
      expect(feed.entries).toHaveLength(events.length);

      const tag = /^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:[A-Za-z0-9/._-]+$/;
      const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
      expect(feed.id).toMatch(tag);
      expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
      for (const e of feed.entries) {
        expect(e.id).toMatch(tag);
        expect(e.updated).toMatch(rfc3339);
        expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
        expect(e.title.length).toBeGreaterThan(0);
        expect(e.summary.length).toBeGreaterThan(0);
      }
      const times = feed.entries.map((e) => Date.parse(e.updated));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(feed.updated).toBe(feed.entries[0]!.updated);

      const broken = feed.entries.map((e) => e.link).filter((link) => {
        const url = new URL(link);
        if (url.origin !== 'https://putin-allies.example.org') return true;
        const file = url.pathname.endsWith('/') ? join(DIST, url.pathname, 'index.html') : join(DIST, url.pathname);
        if (!existsSync(file)) return true;
        return url.hash !== '' && !readFileSync(file, 'utf8').includes(` id="${decodeURIComponent(url.hash.slice(1))}"`);
      });
      expect(broken).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('/timeline/', () => {
  const inYear = (year: string) => events.filter((e) => e.date.startsWith(year));
  it('without JavaScript shows every event of the year and no filter', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/timeline/2024/`);
      expect(await page.locator('section.timeline-year:not(.upcoming) li.event:visible').count()).toBe(inYear('2024').length);
      expect(await page.locator('.timeline-filter').isVisible()).toBe(false);
      // The year list leads to every other year's page.
      await page.locator('.year-jump a', { hasText: '2023' }).click();
      await page.waitForURL(/\/timeline\/2023\/$/);
    } finally {
      await context.close();
    }
  });

  it('filters the year by kind and by country, and says how many events are shown', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/timeline/2024/`, { waitUntil: 'networkidle' });
      const year = inYear('2024');
      const count = page.locator('.filter-count');
      expect(await count.getAttribute('aria-live')).toBe('polite');
      await page.getByLabel(en.t.timelineFilter.kind).selectOption('un-vote');
      const votes = year.filter((e) => e.kind === 'un-vote').length;
      expect(await page.locator('section.timeline-year:not(.upcoming) li.event:visible').count()).toBe(votes);
      expect(await count.textContent()).toBe(`Showing ${votes} events of ${year.length}.`);
      await page.getByLabel(en.t.timelineFilter.kind).selectOption('');
      await page.getByLabel(en.t.timelineFilter.country).selectOption('MNG');
      const mongolia = year.filter((e) => e.country?.iso3 === 'MNG').length;
      expect(mongolia).toBeGreaterThan(0);
      expect(await page.locator('section.timeline-year:not(.upcoming) li.event:visible').count()).toBe(mongolia);
      await page.getByLabel(en.t.timelineFilter.kind).selectOption('icc');
      expect(await page.locator('section.timeline-year:not(.upcoming) li.event:visible').count()).toBe(year.filter((e) => e.country?.iso3 === 'MNG' && e.kind === 'icc').length);
    } finally {
      await context.close();
    }
  });
});

describe('an embed’s scheme', () => {
  // The light surface, and the dark one: a framed graphic follows the host page's request, not the reader's system.
  it.each([
    ['', 'light'],
    ['?theme=dark', 'dark'],
    ['?theme=auto', 'dark'],
  ])('on a reader’s dark system, /embed/icc/%s is %s', async (query, expected) => {
    const context = await site.browser.newContext({ colorScheme: 'dark', viewport: { width: 640, height: 480 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/embed/icc/${query}`);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(expected === 'light' ? 'rgb(253, 252, 250)' : 'rgb(22, 23, 26)');
    } finally {
      await context.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('embeds (%s scheme)', (colorScheme) => {
  it.each(['/embed/map/', `/embed/votes/${data.resolutions.at(-1)!.id}/`, '/embed/blocs/csto/', '/embed/unfriendly/'])('%s loads cleanly with no axe violations', async (path) => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 640, height: 480 } });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
      page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
      await page.goto(`${site.origin}${path}?theme=${colorScheme === 'dark' ? 'auto' : 'light'}`, { waitUntil: 'networkidle' });
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
