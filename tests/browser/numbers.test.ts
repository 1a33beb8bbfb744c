import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';

const site = useBrowserAndSite();

describe('finish: type and measure', () => {
  it.each([375, 1440])('home footnotes are not larger than body text (%i px)', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    const size = (selector: string) => page.locator(selector).first().evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const body = await size('.explainer > p:nth-of-type(2)');
    expect(await size('.explainer [data-footnotes] li p')).toBeLessThanOrEqual(body);
    await context.close();
  });

  it.each([375, 1440])('at %i px the standfirst sits in the first screen', async (width) => {
    const height = width === 375 ? 812 : 900;
    const context = await site.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    const box = (await page.locator('.standfirst').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    await context.close();
  });

  it('trip entries on a profile run at most about 75 characters a line', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/countries/belarus/`);
    const [width, ch75] = await page.locator('.visit-list > li').first().evaluate((li) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'display:inline-block;width:75ch';
      li.append(probe);
      const result = [li.getBoundingClientRect().width, probe.getBoundingClientRect().width];
      probe.remove();
      return result;
    });
    expect(width).toBeLessThanOrEqual(ch75!);
    await context.close();
  });

  it('vote tile symbols never break across lines at 320 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/countries/syria/`);
    const heights = await page.locator('.vote-strip .symbol').evaluateAll((els) => els.map((el) => el.getClientRects().length));
    expect(heights.every((n) => n === 1)).toBe(true);
    await context.close();
  });

  it('code samples on /data/ are not cut off at 375 px: they fit or scroll in a focusable region', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/data/`);
    const pres = await page.locator('main pre').evaluateAll((els) =>
      els.map((el) => ({ fits: el.scrollWidth <= el.clientWidth, scrolls: getComputedStyle(el).overflowX === 'auto', focusable: el.tabIndex >= 0, right: el.getBoundingClientRect().right })),
    );
    expect(pres.length).toBeGreaterThan(0);
    for (const p of pres) {
      expect(p.fits || (p.scrolls && p.focusable)).toBe(true);
      expect(p.right).toBeLessThanOrEqual(375);
    }
    await context.close();
  });
});
