import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { afterAll } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sitemapPaths } from './site.ts';
import { localeOfPath } from '../../src/i18n/editions.ts';

/** Shared by the every-page browser files (split in two so both test workers share the longest work). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const paths = sitemapPaths();

/** Profiles with a written text (content/countries/*.mdx): a kind of page of their own, apart from data pages. */
const written = new Set(readdirSync(join(ROOT, 'content/countries')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length)));

/**
 * The kind of page a path is, in its edition, by the template and the data that draw it, not by its URL's depth
 * alone: a written profile and a data page; each map layer type and each embed (`map/votes/*`, `map/blocs/*`,
 * `map/icc`…); otherwise the first path segment, standing for the rest (`timeline/*`). Each edition's pages are
 * sampled apart (`en-GB countries/written`, `uk countries/written`), since each has its own words and lengths.
 */
export function pageKind(path: string): string {
  const locale = localeOfPath(`/${path.replace(/^\//, '')}`);
  const inEdition = path.replace(/^\//, '').slice(locale.pathPrefix ? locale.pathPrefix.length : 0);
  const [first = '', ...rest] = inEdition.split('/').filter(Boolean);
  const kind =
    first === 'countries' && rest.length
      ? written.has(rest[0]!) ? 'countries/written' : 'countries/data'
      : (first === 'map' || first === 'embed') && rest.length
        ? [first, rest[0], ...rest.slice(1).map(() => '*')].join('/')
        : [first, ...rest.map(() => '*')].join('/');
  return `${locale.tag} ${kind}`;
}

/** One page of each kind (pageKind), the first in the sitemap; new kinds are picked up as they appear there. */
export const onePerKind = [...new Map(paths.map((path) => [pageKind(path), path] as const).reverse()).values()].sort();

/**
 * Pages of each kind spread over the sitemap: the first, the last and evenly between, up to `n` (a member page's bars
 * differ with its votes, a layer's legend with its classes).
 */
function spreadPerKind(rootN: number, otherN: number): string[] {
  const byKind = new Map<string, string[]>();
  for (const path of paths) byKind.set(pageKind(path), [...(byKind.get(pageKind(path)) ?? []), path]);
  return [...byKind.values()]
    .flatMap((list) => {
      const n = localeOfPath(list[0]!).pathPrefix ? otherN : rootN;
      return [...new Set(Array.from({ length: Math.min(n, list.length) }, (_, i) => list[Math.round((i * (list.length - 1)) / Math.max(1, n - 1))]!))];
    })
    .sort();
}

/**
 * The pages the browser checks visit in npm test: pages of each kind in each edition (the editions share templates;
 * their words and lengths differ, which pages of each kind show), `perKind` of each, so the test command stays within
 * its time on a two-core machine: `perKind` of each in the English edition, `perKindElsewhere` in the others (their
 * templates are the English ones). `npm run test:sweep` visits every page of every edition.
 */
export const browserPaths = (perKind: number, perKindElsewhere = perKind): string[] => (process.env.SWEEP_EVERY_EDITION ? paths : spreadPerKind(perKind, perKindElsewhere));

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** How long the network must stay quiet, after `load`, before a page counts as loaded (as Playwright's 'networkidle'). */
const QUIET_MS = 500;

/** A tab, what went wrong on the page it shows now, and its requests still under way. */
interface Tab {
  page: Page;
  problems: string[];
  inflight: Set<Request>;
  lastActivity: number;
  /** Counts the documents the tab has shown: each request belongs to the one shown when it was sent. */
  document: number;
  /** The document shown when the current visit began (the previous page's). */
  previous: number;
}

/**
 * Tabs of one browser context (one viewport and colour scheme) that visit pages one after another, one tab per
 * test running at the same time. A context per page cost a renderer process each time; a tab that stays on the
 * site also keeps V8's compiled axe-core between pages (see `axeViolations`). Every navigation replaces the
 * document and its scripts; a tab whose check failed is closed rather than reused.
 */
export function useTabs(site: { browser: Browser; origin: string }, options: BrowserContextOptions) {
  let context: Promise<BrowserContext> | undefined;
  const idle: Tab[] = [];
  afterAll(async () => {
    await (await context)?.close();
  });

  async function openTab(): Promise<Tab> {
    context ??= site.browser.newContext(options);
    const page = await (await context).newPage();
    const tab: Tab = { page, problems: [], inflight: new Set(), lastActivity: 0, document: 0, previous: 0 };
    const sentFor = new WeakMap<Request, number>();
    const settle = (request: Request) => {
      tab.inflight.delete(request);
      tab.lastActivity = performance.now();
    };
    page.on('console', (msg) => msg.type() === 'error' && tab.problems.push(`console error: ${msg.text()}`));
    page.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`));
    page.on('framenavigated', (frame) => frame === page.mainFrame() && tab.document++);
    page.on('request', (request) => {
      sentFor.set(request, tab.document);
      tab.inflight.add(request);
      tab.lastActivity = performance.now();
      if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) tab.problems.push(`third-party request: ${request.url()}`);
    });
    page.on('requestfinished', settle);
    page.on('requestfailed', (request) => {
      settle(request);
      // Leaving a page cancels what it still had under way: a favicon Chromium asked for more than QUIET_MS after
      // everything else, under load. That page had passed its checks; its cancelled request is not the next page's.
      const leftBehind = !request.isNavigationRequest() && sentFor.get(request)! <= tab.previous && request.failure()?.errorText === 'net::ERR_ABORTED';
      if (!leftBehind) tab.problems.push(`failed request: ${request.url()}`);
    });
    page.on('response', (response) => response.status() >= 400 && tab.problems.push(`HTTP ${response.status()}: ${response.url()}`));
    return tab;
  }

  /**
   * Resolves once no request has been under way for QUIET_MS after `load`. Unlike Playwright's 'networkidle', which
   * may fire before `load`, this also waits for the favicon, which Chromium requests just after `load`, so that it
   * is checked and never left for the next navigation to cancel.
   */
  async function quiet(tab: Tab, loaded: number): Promise<void> {
    for (;;) {
      const left = Math.max(tab.lastActivity, loaded) + QUIET_MS - performance.now();
      if (!tab.inflight.size && left <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, tab.inflight.size ? 25 : left));
    }
  }

  return {
    /**
     * Opens `path`, runs `check` on it once it has loaded and waits until the network has been quiet for QUIET_MS,
     * the check's work and that wait overlapping. Returns the console and page errors, and the failed, third-party
     * and HTTP-error requests seen meanwhile.
     */
    async visit(path: string, check: (page: Page) => Promise<void>): Promise<string[]> {
      const tab = idle.pop() ?? (await openTab());
      tab.problems = [];
      tab.previous = tab.document;
      try {
        await tab.page.goto(site.origin + path, { waitUntil: 'load' });
        await Promise.all([check(tab.page), quiet(tab, performance.now())]);
      } catch (error) {
        await tab.page.close();
        throw error;
      }
      idle.push(tab);
      return tab.problems;
    },
  };
}

/**
 * The page's axe violations for the WCAG tags, one line per rule with up to three of its elements.
 * axe-core runs in the page itself, and only its violations come back (the passes of a map page's thousand paths
 * are most of what @axe-core/playwright would carry out of the page and into a second one to merge). The same
 * rules run either way; pages with frames go through @axe-core/playwright, which runs axe in every frame.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  let violations: axe.Result[];
  if (page.frames().length > 1) {
    violations = (await new AxeBuilder({ page, axeSource: axe.source }).withTags(WCAG_TAGS).analyze()).violations;
  } else {
    // A string evaluates as a script of its own, which the page's Content-Security-Policy cannot refuse (eval it could).
    await page.evaluate(axe.source);
    violations = await page.evaluate(async (tags) => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      return (await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
    }, WCAG_TAGS);
  }
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
