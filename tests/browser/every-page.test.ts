import { describe, it } from 'vitest';
import { barProblems } from '../helpers/bars.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { DESKTOP, axeViolations, browserPaths, useTabs } from '../helpers/every-page.ts';
import { localeOfPath } from '../../src/i18n/editions.ts';
import { renderContext } from '../../src/render/context.ts';

const site = useBrowserAndSite();
const light = useTabs(site, { ...DESKTOP, colorScheme: 'light' });

// A visit waits for the network to stay quiet while axe runs; two pages at once, in two tabs (maxConcurrency in
// vitest.config.ts), keep the work going through those waits. Four measured no faster on two cores.
describe.concurrent('a page of each kind in every edition (every page with npm run test:sweep)', () => {
  it.for(browserPaths(1))('%s loads cleanly, has one h1, no axe violations and bars that draw their counts (light scheme, 1280 px)', async (path, { expect }) => {
    const edition = renderContext(localeOfPath(path));
    const problems = await light.visit(path, async (page) => {
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe(edition.locale.htmlLang);
      expect(await page.getByText(edition.t.site.footerAsOf).count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      // Every breakdown bar draws its legend's counts, read from the rendered pixels.
      expect(await barProblems(page)).toEqual([]);
    });
    expect(problems).toEqual([]);
  });
});
