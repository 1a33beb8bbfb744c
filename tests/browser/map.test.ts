import { describe, expect, it } from 'vitest';
import { foreignTrips } from '../../src/lib/visits.ts';
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
    await page.context().close();
  });

  it('shows the tooltip on keyboard focus and hides it on Escape', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/map/`);
    await page.focus(china);
    await expect(page.locator('.map-tooltip').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('.map-tooltip').isHidden()).resolves.toBe(true);
    // Every host and marker is reachable with Tab (links in the SVG).
    expect(await page.locator('svg.world-map a[href]').count()).toBeGreaterThan(10);
    await page.context().close();
  });

  it('opens the tooltip on the first tap instead of navigating', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
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

  it('switches layers through the layer links', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.origin}/map/`);
    await page.click('.layer-nav a[href="/map/icc/"]');
    await page.waitForURL(/\/map\/icc\/$/);
    expect(await page.locator('svg.layer-map path[data-class="party"]').count()).toBeGreaterThan(90);
    await page.click('.layer-nav a[href="/map/votes/a-res-es-11-1/"]');
    await page.waitForURL(/a-res-es-11-1/);
    expect(await page.locator('svg.layer-map path[data-class="no"]').count()).toBe(5);
    await page.context().close();
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
