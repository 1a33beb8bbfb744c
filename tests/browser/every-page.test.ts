import { describe, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { DESKTOP, axeViolations, paths, visit } from '../helpers/every-page.ts';

const site = useBrowserAndSite();

// Pages are independent and a visit spends part of its time waiting for the network to go idle: two run at once
// (maxConcurrency in vitest.config.ts).
describe.concurrent('every page in the sitemap', () => {
  it.for(paths)('%s loads cleanly, has one h1 and no axe violations (light scheme, 1280 px)', async (path, { expect }) => {
    const { context, page, problems } = await visit(site, { ...DESKTOP, colorScheme: 'light' }, path);
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
});
