import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { sitemapPaths } from './site.ts';

/** Shared by the every-page browser files (split in two so both test workers share the longest work). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const paths = sitemapPaths();

/**
 * One page of each kind: the first page of every URL shape, where the shape keeps the first path segment and
 * stands for the rest (`/countries/*` for every profile, `/map/votes/*` for every vote map…). New kinds of page
 * are picked up as they appear in the sitemap; the 193rd profile adds nothing here.
 */
export const onePerKind = [...new Map(paths.map((path) => {
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  return [[first, ...rest.map(() => '*')].join('/'), path] as const;
}).reverse()).values()].sort();

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** Opens a page in a context of its own and records console errors, failed requests and any request that leaves the site. */
export async function visit(site: { browser: Browser; origin: string }, options: BrowserContextOptions, path: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
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

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

