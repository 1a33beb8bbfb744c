import { describe, it } from 'vitest';
import { barProblems } from '../helpers/bars.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { EDITIONS } from '../../src/i18n/editions.ts';
import { DESKTOP, PHONE, axeViolations, browserPaths, onePerKind, pageKind, useTabs } from '../helpers/every-page.ts';

const site = useBrowserAndSite();
const phone = useTabs(site, PHONE);
const dark = useTabs(site, { ...DESKTOP, colorScheme: 'dark' });

describe.concurrent('two pages of each kind in English and one in each other edition on a phone (every page with npm run test:sweep)', () => {
  it.for(browserPaths(2, 1))('%s loads cleanly at 320 px wide, does not scroll horizontally, and its bars draw their counts', async (path, { expect }) => {
    const problems = await phone.visit(path, async (page) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await barProblems(page)).toEqual([]);
    });
    expect(problems).toEqual([]);
  });
});

describe.concurrent('one page of each kind in the dark scheme', () => {
  it('covers every kind of page in the sitemap, in every edition: written profiles and data pages, every map layer type', ({ expect }) => {
    expect(onePerKind).toContain('/');
    const kinds = onePerKind.map(pageKind);
    for (const { locale } of EDITIONS) {
      for (const kind of ['countries/written', 'countries/data', 'map/votes/*', 'map/blocs/*', 'map/icc', 'map/unfriendly', 'map/alignment', 'timeline/*', 'votes', 'data']) {
        expect(kinds, `${locale.tag} ${kind}`).toContain(`${locale.tag} ${kind}`);
      }
    }
  });

  // Embeds are not in the sitemap (they are framed copies of map pages); dark only when the framing page asks.
  it.for([...onePerKind, ...EDITIONS.map((e) => `${e.locale.pathPrefix}/embed/map/?theme=dark`), '/embed/votes/a-res-es-11-1/?theme=dark'])('%s loads cleanly and has no axe violations (dark scheme, 1280 px)', async (path, { expect }) => {
    const problems = await dark.visit(path, async (page) => {
      expect(await axeViolations(page)).toEqual([]);
      expect(await barProblems(page)).toEqual([]);
    });
    expect(problems).toEqual([]);
  });
});
