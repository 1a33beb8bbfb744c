import { describe, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { DESKTOP, PHONE, axeViolations, onePerKind, paths, visit } from '../helpers/every-page.ts';

const site = useBrowserAndSite();

describe.concurrent('every page in the sitemap on a phone', () => {
  it.for(paths)('%s loads cleanly at 320 px wide and does not scroll horizontally', async (path, { expect }) => {
    const { context, page, problems } = await visit(site, PHONE, path);
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
    const { context, page, problems } = await visit(site, { ...DESKTOP, colorScheme: 'dark' }, path);
    try {
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
