import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { sitemapPaths, startPreview } from '../helpers/site.ts';

const profiles = sitemapPaths().filter((p) => /^\/countries\/[^/]+\/$/.test(p));

let browser: Browser;
let preview: { origin: string; stop: () => void };
beforeAll(async () => {
  preview = await startPreview();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  preview?.stop();
});

describe('country list and profiles, JavaScript off', () => {
  it('the list links to every profile, grouped by relationship', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${preview.origin}/countries/`);
    const links = await page.locator('main .cards a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
    expect(links).toEqual(profiles);
    expect(await page.locator('main h2').count()).toBeGreaterThan(1);
    await context.close();
  });

  it.each(profiles)('%s shows the facts box, visits, vote strip, sources and the as-of date', async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(preview.origin + path);
    expect(await page.locator('aside.facts dt').allTextContents()).toEqual(expect.arrayContaining(['Relationship with Russia', 'ICC (Rome Statute)', 'Capital', 'UN votes with Russia']));
    for (const id of ['trips', 'un-votes', 'leaders', 'icc', 'sources']) expect(await page.locator(`#${id}`).count(), id).toBe(1);
    expect(await page.locator('.vote-strip li').count()).toBeGreaterThan(0);
    expect(await page.locator('#sources ~ ol.sources li').count()).toBeGreaterThan(0);
    expect(await page.locator('footer time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await context.close();
  });
});
