import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = sitemapPaths();

const site = useBrowserAndSite();

/** Opens a page and records console errors, failed requests and any request that leaves the site. */
async function visit(context: BrowserContext, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) problems.push(`third-party request: ${request.url()}`);
  });
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, problems };
}

describe.each(['light', 'dark'] as const)('every page in the sitemap (%s scheme)', (colorScheme) => {
  it.each(paths)('%s loads cleanly, has one h1 and no axe violations', async (path) => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    try {
      const { page, problems } = await visit(context, path);
      expect(problems).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getByText(/Data as of/).count()).toBeGreaterThan(0);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('every page at 320 px wide', () => {
  it.each(paths)('%s does not scroll horizontally', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    try {
      const { page } = await visit(context, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});
