import { describe, it } from 'vitest';
import { barProblems } from '../helpers/bars.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { DESKTOP, PHONE, axeViolations, onePerKind, paths, useTabs } from '../helpers/every-page.ts';

const site = useBrowserAndSite();
const phone = useTabs(site, PHONE);
const dark = useTabs(site, { ...DESKTOP, colorScheme: 'dark' });

describe.concurrent('every page in the sitemap on a phone', () => {
  it.for(paths)('%s loads cleanly at 320 px wide, does not scroll horizontally, and its bars draw their counts', async (path, { expect }) => {
    const problems = await phone.visit(path, async (page) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await barProblems(page)).toEqual([]);
    });
    expect(problems).toEqual([]);
  });
});

describe.concurrent('one page of each kind in the dark scheme', () => {
  it('covers every kind of page', ({ expect }) => {
    expect(onePerKind).toContain('/');
    expect(onePerKind.length).toBeGreaterThan(3);
  });

  it.for(onePerKind)('%s loads cleanly and has no axe violations (dark scheme, 1280 px)', async (path, { expect }) => {
    const problems = await dark.visit(path, async (page) => {
      expect(await axeViolations(page)).toEqual([]);
      expect(await barProblems(page)).toEqual([]);
    });
    expect(problems).toEqual([]);
  });
});
