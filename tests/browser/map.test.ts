import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { tripBin } from '../../src/map/geo/trip-map.ts';
import { foreignTrips } from '../../src/model/visits.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { realSiteData } from '../helpers/content.ts';

const data = realSiteData();
const trips = foreignTrips(data.visits);
const site = useBrowserAndSite();

const china = 'svg.world-map .hosts a[data-country="CHN"]';

describe('the trip map with JavaScript', () => {
  it('shows a tooltip on mouse hover, with the country and its trips', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/map/`);
    await page.hover(china);
    const tooltip = page.locator('.map-tooltip');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    expect(await tooltip.textContent()).toContain('China');
    expect(await tooltip.locator('li').count()).toBe(trips.filter((v) => v.country === 'china').length);
    // It sits beside the pointer, not on it, and closes when the pointer leaves.
    const box = (await page.locator(china).boundingBox())!;
    const tip = (await tooltip.boundingBox())!;
    const [px, py] = [box.x + box.width / 2, box.y + box.height / 2];
    expect(px >= tip.x && px <= tip.x + tip.width && py >= tip.y && py <= tip.y + tip.height).toBe(false);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(300);
    await expect(tooltip.isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  it('shows the tooltip on keyboard focus and hides it on Escape', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/map/`);
    await page.focus(china);
    await expect(page.locator('.map-tooltip').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('.map-tooltip').isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  it('has one keyboard stop per host country, cities reached through its tooltip', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/map/`);
    const hosts = new Set(trips.map((v) => v.country)).size;
    const stops = await page.locator('svg.world-map a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('data-country')));
    expect(stops).toHaveLength(hosts);
    expect(new Set(stops).size).toBe(hosts);
    // Tabbing through the map visits each host once, in order.
    await page.focus('svg.world-map a[href]');
    const visited = [await page.evaluate(() => document.activeElement?.getAttribute('data-country'))];
    for (let i = 1; i < hosts; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute('data-country')));
    }
    expect(new Set(visited).size).toBe(hosts);
    await page.context().close();
  });

  // On a tablet, where the whole map is drawn (a phone's panels are <use> copies: a tap there opens the profile).
  it('opens the tooltip on the first tap instead of navigating', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 820, height: 1180 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/map/`);
    await page.tap(china);
    await expect(page.locator('.map-tooltip').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/map/');
    await context.close();
  });

  it('filters routes, markers and the table by year', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/map/`);
    await page.click('.year-filter button[data-year="2024"]');
    const visibleRows = await page.locator('.trip-table tbody tr:not([data-hidden])').count();
    expect(visibleRows).toBe(trips.filter((v) => v.start.startsWith('2024')).length);
    const shownRoutes = await page.locator('svg.world-map .routes path:not([data-hidden])').count();
    expect(shownRoutes).toBe(trips.filter((v) => v.start.startsWith('2024')).reduce((n, v) => n + v.cities.length, 0));
    await page.click('.year-filter button[data-year=""]');
    expect(await page.locator('.trip-table tbody tr[data-hidden]').count()).toBe(0);
    await page.context().close();
  });

  it('re-shades hosts by the chosen year’s trips and announces the count', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/map/`);
    for (const year of ['2024', '2025']) {
      await page.click(`.year-filter button[data-year="${year}"]`);
      const inYear = trips.filter((v) => v.start.startsWith(year));
      const perHost = new Map<string, number>();
      for (const v of inYear) perHost.set(v.country, (perHost.get(v.country) ?? 0) + 1);
      for (const c of data.countries.filter((x) => trips.some((v) => v.country === x.slug))) {
        const n = perHost.get(c.slug) ?? 0;
        const cls = await page.locator(`svg.world-map a[href][data-country="${c.iso3}"]`).getAttribute('class');
        const expected = n === 0 ? null : `t-trips-${tripBin(n)}`;
        if (expected) expect(cls, `${year} ${c.slug}`).toContain(expected);
        else expect(cls, `${year} ${c.slug}`).toContain('dim');
      }
      const live = page.locator('.trip-count[aria-live="polite"]');
      expect(await live.textContent()).toContain(`${inYear.length} trip`);
      expect(await page.locator('.trip-table caption').textContent()).toContain(year);
      expect(await page.locator('.trip-table tbody tr:not([data-hidden])').count()).toBe(inYear.length);
    }
    await page.context().close();
  });

  it('shows a country’s vote on tap on a vote map, the whole world fitted to a phone', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/map/votes/a-res-es-11-1/`);
    const scroller = page.locator('.map-scroll');
    // No crop: the map does not pan, and the far east and south (Japan, New Zealand, Australia) are on screen.
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    for (const iso3 of ['JPN', 'AUS', 'NZL', 'USA']) {
      const box = (await page.locator(`svg.layer-map [data-country="${iso3}"]`).first().boundingBox())!;
      expect(box.x, iso3).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, iso3).toBeLessThanOrEqual(375);
    }
    await page.locator('svg.layer-map path[data-country="UKR"]').tap();
    expect(await page.locator('.layer-status').textContent()).toContain('Ukraine: Yes');
    await context.close();
  });

  it('frames a bloc on its region: Armenia drawn large enough to see and tap', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/map/blocs/csto/`);
    const armenia = (await page.locator('svg.layer-map [data-country="ARM"]').boundingBox())!;
    expect(armenia.width * armenia.height).toBeGreaterThan(30);
    const world = (await (await site.browser.newContext({ viewport: { width: 375, height: 812 } })).newPage());
    await world.goto(`${site.origin}/map/votes/a-res-es-11-1/`);
    const small = (await world.locator('svg.layer-map [data-country="ARM"]').boundingBox())!;
    expect(armenia.width).toBeGreaterThan(small.width * 2);
    await world.context().close();
    await context.close();
  });

  it('switches layers through the layer links', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/map/`);
    await page.click('.layer-nav summary');
    await page.click('.layer-nav a[href="/map/icc/"]');
    await page.waitForURL(/\/map\/icc\/$/);
    expect(await page.locator('svg.layer-map path[data-class="party"]').count()).toBeGreaterThan(90);
    await page.click('.layer-nav summary');
    await page.click('.layer-nav a[href="/map/votes/a-res-es-11-1/"]');
    await page.waitForURL(/a-res-es-11-1/);
    expect(await page.locator('svg.layer-map path[data-class="no"]').count()).toBe(5);
    await page.context().close();
  });
});

describe('the trip map’s text', () => {
  const hosts = data.countries.filter((c) => trips.some((v) => v.country === c.slug));

  it.each([
    ['/map/', 375],
    ['/map/', 1440],
    ['/', 375],
    ['/', 1440],
    ['/map/', 320],
  ])('on %s at %i px wide: names every host, annotates the key trips, every text at 11 px or more, none overlapping', async (path, width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    // The whole map from 47rem; the phone's panels below it. Only one of them is shown.
    const maps = page.locator(width < 752 ? 'svg.trip-panel' : 'svg.trip-whole');
    expect(await page.locator(width < 752 ? 'svg.trip-whole' : 'svg.trip-panel').first().isVisible()).toBe(false);
    const labelled = (await maps.locator('.labels g[data-country]:not(.city)').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-country'), g.textContent?.trim()]))) as [string, string][];
    expect(labelled.map(([iso3]) => iso3).sort()).toEqual(hosts.map((c) => c.iso3).sort());
    for (const c of hosts) expect(labelled.find(([iso3]) => iso3 === c.iso3)![1].replace(/\s+/g, ''), c.iso3).toBe(en.name(c.iso3).listed.replace(/\s+/g, ''));
    const notes = await maps.locator('.notes > g').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-visit')));
    expect(notes.sort()).toEqual(['2024-06-19-north-korea', '2024-09-02-mongolia', '2025-08-15-united-states', '2025-08-31-china']);
    // A host's other stops are named too (Harbin besides Beijing), so no stop reads as another note's.
    const cities = await maps.locator('.labels g.city').evaluateAll((gs) => gs.map((g) => g.textContent?.trim()));
    expect(cities).toContain('Harbin');
    for (const map of await maps.all()) {
      const texts = await map.locator('text').evaluateAll((ts) =>
        ts.map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a, box: { x: r.x, y: r.y, w: r.width, h: r.height } };
        }),
      );
      for (const t of texts) {
        expect(t.px, `${t.text} at ${width}`).toBeGreaterThanOrEqual(11);
        expect(t.box.x >= 0 && t.box.x + t.box.w <= width, `${t.text} on screen at ${width}`).toBe(true);
      }
      // Rendered boxes, shrunk by a pixel for the halo, never overlap (the layout measured them before the browser did).
      const overlap = (a: (typeof texts)[number]['box'], b: (typeof texts)[number]['box']) =>
        a.x + 1 < b.x + b.w - 1 && b.x + 1 < a.x + a.w - 1 && a.y + 1 < b.y + b.h - 1 && b.y + 1 < a.y + a.h - 1;
      for (const [i, a] of texts.entries()) for (const b of texts.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text} at ${width}`).toBe(false);
    }
    await context.close();
  });
});

describe('maps on a phone: drawn for the screen, not panned', () => {
  it.each([true, false])('JavaScript %s: the trip map’s panels fit the screen on the front page, the map page and the embed; a bloc map is framed on its members', async (javaScriptEnabled) => {
    const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    for (const path of ['/', '/map/', '/embed/map/']) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: nothing wider than the screen`).toBeLessThanOrEqual(375);
      const panels = page.locator('svg.trip-panel');
      expect(await panels.count(), path).toBe(3);
      for (const panel of await panels.all()) {
        const box = (await panel.boundingBox())!;
        expect(box.x, path).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, path).toBeLessThanOrEqual(375);
      }
      // Moscow, the Central Asian hosts and the Gulf in the west panel; China and North Korea in the east; the US in the Arctic.
      for (const [key, iso3] of [['west', 'KAZ'], ['west', 'SAU'], ['east', 'CHN'], ['east', 'PRK'], ['arctic', 'USA']]) {
        expect(await page.locator(`svg.trip-panel.${key} .labels g[data-country="${iso3}"]:not(.city)`).isVisible(), `${path} ${key} ${iso3}`).toBe(true);
      }
      expect(await page.locator('svg.trip-panel.west .moscow-name').isVisible(), path).toBe(true);
    }
    await page.goto(`${site.origin}/map/blocs/csto/`);
    for (const iso3 of ['KAZ', 'ARM', 'BLR']) {
      const box = (await page.locator(`svg.layer-map [data-country="${iso3}"]`).first().boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= 375, iso3).toBe(true);
    }
    // Framed on its region, the bloc map fits the screen: no panning.
    expect(await page.locator('.map-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('a tap on a country in a panel opens its profile (the panels draw the map’s own links)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/map/`);
    const label = (await page.locator('svg.trip-panel.west .labels g[data-country="KAZ"] text').boundingBox())!;
    // Just under the label's left end, on Kazakhstan itself (words let taps through to the country beneath).
    await page.touchscreen.tap(label.x + 4, label.y + label.height + 6);
    await page.waitForURL(/\/countries\/kazakhstan\/$/);
    await context.close();
  });
});

describe('the trip map without JavaScript', () => {
  it('shows the whole map, legend and trip table', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/map/`);
    expect(await page.locator('svg.world-map .hosts a').count()).toBeGreaterThan(10);
    expect(await page.locator('.trip-table tbody tr').count()).toBe(trips.length);
    expect(await page.locator('.year-filter').isHidden()).toBe(true);
    expect(await page.locator('.legend li').count()).toBeGreaterThan(3);
    await context.close();
  });
});
