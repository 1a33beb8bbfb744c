import { describe, it } from 'vitest';
import { barProblems } from '../helpers/bars.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { DESKTOP, axeViolations, paths, useTabs } from '../helpers/every-page.ts';

const site = useBrowserAndSite();
const light = useTabs(site, { ...DESKTOP, colorScheme: 'light' });

// A visit waits for the network to stay quiet while axe runs; two pages at once, in two tabs (maxConcurrency in
// vitest.config.ts), keep the work going through those waits. Four measured no faster on two cores.
describe.concurrent('every page in the sitemap', () => {
  it.for(paths)('%s loads cleanly, has one h1, no axe violations and bars that draw their counts (light scheme, 1280 px)', async (path, { expect }) => {
    const problems = await light.visit(path, async (page) => {
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getByText(/Data as of/).count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      // Every breakdown bar draws its legend's counts, read from the rendered pixels.
      expect(await barProblems(page)).toEqual([]);
    });
    expect(problems).toEqual([]);
  });
});
