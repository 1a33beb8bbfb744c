import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = sitemapPaths();

/**
 * One page of each kind: the first page of every URL shape, where the shape keeps the first path segment and
 * stands for the rest (`/countries/*` for every profile, `/map/votes/*` for every vote map…). New kinds of page
 * are picked up as they appear in the sitemap; the 193rd profile adds nothing here.
 */
const onePerKind = [...new Map(paths.map((path) => {
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  return [[first, ...rest.map(() => '*')].join('/'), path] as const;
}).reverse()).values()].sort();

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

const site = useBrowserAndSite();

/** Opens a page in a context of its own and records console errors, failed requests and any request that leaves the site. */
async function visit(options: BrowserContextOptions, path: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) problems.push(`third-party request: ${request.url()}`);
  });
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  try {
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page, problems };
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

// Pages are independent and a visit spends part of its time waiting for the network to go idle: two run at once
// (maxConcurrency in vitest.config.ts).
describe.concurrent('every page in the sitemap', () => {
  it.for(paths)('%s loads cleanly, has one h1 and no axe violations (light scheme, 1280 px)', async (path, { expect }) => {
    const { context, page, problems } = await visit({ ...DESKTOP, colorScheme: 'light' }, path);
    try {
      expect(problems).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getByText(/Data as of/).count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.for(paths)('%s loads cleanly at 320 px wide and does not scroll horizontally', async (path, { expect }) => {
    const { context, page, problems } = await visit(PHONE, path);
    try {
      expect(problems).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});

describe.concurrent('one page of each kind in the dark scheme', () => {
  it('covers every kind of page', ({ expect }) => {
    expect(onePerKind).toContain('/');
    expect(onePerKind.length).toBeGreaterThan(3);
  });

  it.for(onePerKind)('%s loads cleanly and has no axe violations (dark scheme, 1280 px)', async (path, { expect }) => {
    const { context, page, problems } = await visit({ ...DESKTOP, colorScheme: 'dark' }, path);
    try {
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
