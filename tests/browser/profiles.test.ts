import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { realSiteData } from '../helpers/content.ts';

/** The written profiles (every other member's page is a data page, checked in tests/browser/members.test.ts). */
const profiles = realSiteData().countries.map((c) => `/countries/${c.slug}/`).sort();

const site = useBrowserAndSite();

describe('country list and profiles, JavaScript off', () => {
  // One tab for the list and every profile: a context per page cost a renderer process each.
  let page: Page;
  beforeAll(async () => {
    page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
  });
  afterAll(() => page?.context().close());

  it('the list links to every profile, grouped by relationship', async () => {
    await page.goto(`${site.origin}/countries/`);
    const links = await page.locator('main .cards a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
    expect(links).toEqual(profiles);
    expect(await page.locator('main h2').count()).toBeGreaterThan(1);
  });

  it.each(profiles)('%s shows the facts box, visits, vote strip, sources and the as-of date', async (path) => {
    await page.goto(site.origin + path);
    expect(await page.locator('aside.facts dt').allTextContents()).toEqual(expect.arrayContaining(['Relationship with Russia', 'ICC (Rome Statute)', 'Capital', 'UN votes (emergency session, since 2022)']));
    for (const id of ['trips', 'un-votes', 'leaders', 'icc', 'sources']) expect(await page.locator(`#${id}`).count(), id).toBe(1);
    expect(await page.locator('.vote-strip li').count()).toBeGreaterThan(0);
    expect(await page.locator('#sources ~ ol.sources li').count()).toBeGreaterThan(0);
    expect(await page.locator('footer time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('sharing a profile', () => {
  it('without JavaScript offers the permanent link and email', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/countries/north-korea/`);
    const href = await page.locator('.share a.share-link').getAttribute('href');
    expect(href).toMatch(/^https:\/\/[^/]+\/countries\/north-korea\/$/);
    expect(await page.locator('.share a[href^="mailto:"]').count()).toBe(1);
    expect(await page.locator('.share button').isHidden()).toBe(true);
    await context.close();
  });

  it('with JavaScript copies the link where there is no share sheet', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(`${site.origin}/countries/north-korea/`);
    await page.click('.share button');
    // The clipboard write is asynchronous: wait for the status it sets, under load too.
    await expect.poll(() => page.locator('.share-status').textContent(), { timeout: 5000 }).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/countries\/north-korea\/$/);
    await context.close();
  });

  it('with JavaScript opens the native share sheet where the browser has one', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => ((window as unknown as { shared: ShareData }).shared = data) });
    });
    await page.goto(`${site.origin}/countries/north-korea/`);
    expect(await page.locator('.share button').textContent()).toBe('Share…');
    await page.click('.share button');
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.url).toMatch(/\/countries\/north-korea\/$/);
    await context.close();
  });

  it('links to each section with a stable id', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/countries/north-korea/#what-changed`);
    for (const id of ['trips', 'un-votes', 'icc', 'what-changed', 'sources']) {
      expect(await page.locator(`#${id} a.anchor[href="#${id}"]`).count(), id).toBe(1);
    }
    await context.close();
  });
});

describe('alias links land on the profile', () => {
  it.each(['/countries/dprk/', '/countries/prk/', '/countries/PRK/', '/countries/Prk/'])('%s → /countries/north-korea/', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.origin + path);
    await page.waitForURL(/\/countries\/north-korea\/$/, { timeout: 10_000 });
    expect(await page.locator('h1').textContent()).toBe('North Korea');
    await context.close();
  });
});
