import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser.ts';

const site = useBrowserAndSite();

describe('finding a country', () => {
  it.each([['Brazil', 'brazil'], ['Indonesia', 'indonesia'], ['Nigeria', 'nigeria']])('from the front page to %s in two clicks, JavaScript off', async (name, slug) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.locator('header nav a', { hasText: en.t.site.nav.countries }).click();
    await page.locator('.az a', { hasText: new RegExp(`^${name}$`) }).click();
    expect(new URL(page.url()).pathname).toBe(`/countries/${slug}/`);
    expect(await page.locator('h1').textContent()).toBe(name);
    expect(await page.locator('.vote-strip li').count()).toBeGreaterThan(0);
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(new RegExp(`/cards/${slug}\\.png$`));
    await context.close();
  });

  it('the list filters as you type, by other names and codes too, and announces the count', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/countries/`);
    const box = page.getByRole('searchbox', { name: en.t.countriesPage.filter.search });
    await box.fill('brazil');
    await expect.poll(() => page.locator('.az > li:visible').allTextContents()).toHaveLength(1);
    expect(await page.locator('.az > li:visible a').textContent()).toBe('Brazil');
    expect(await page.locator('.list-count').textContent()).toBe('1 of 193 members match');
    expect(await page.locator('.list-count').getAttribute('aria-live')).toBe('polite');
    await box.fill('ivory coast');
    expect(await page.locator('.az > li:visible a').allTextContents()).toEqual(["Côte d'Ivoire"]);
    await box.fill('NGA');
    expect(await page.locator('.az > li:visible a').allTextContents()).toEqual(['Nigeria']);
    await box.fill('zzz');
    expect(await page.locator('.no-match').isVisible()).toBe(true);
    await box.fill('');
    await page.locator('select[name="bloc"]').selectOption('csto');
    const csto = await page.locator('.az > li:visible').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-country')));
    expect(csto.sort()).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'SRB', 'TJK']);
    await context.close();
  });
});

describe('the vote table', () => {
  it('sorts by votes with Russia and filters by region', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/votes/`);
    await page.locator('select[name="sort"]').selectOption('with');
    const counts = await page.locator('table.matrix tbody tr:visible td.with').allTextContents();
    const numbers = counts.filter((c) => c !== '—').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(numbers[0]).toBeGreaterThan(0);
    await page.locator('select[name="region"]').selectOption('Oceania');
    expect(await page.locator('table.matrix tbody tr:visible').count()).toBe(14);
    expect(await page.locator('.matrix-count').textContent()).toBe('14 of 193 members shown');
    await context.close();
  });
});

describe('the vote table on a phone', () => {
  it('shows every member’s votes at 375 px: no sideways scrolling, no box scrolling inside the page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}/votes/`);
    const columns = await page.locator('table.matrix thead th.res').count();
    const layout = await page.evaluate(() => {
      const wrap = document.querySelector<HTMLElement>('.matrix-wrap')!;
      const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.matrix tbody tr')];
      return {
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        innerScroll: wrap.scrollHeight - wrap.clientHeight,
        // Every vote mark of every row, inside the screen and wide enough to read its letter.
        offScreen: rows.flatMap((r) => [...r.querySelectorAll('td[data-vote]')].filter((td) => { const b = td.getBoundingClientRect(); return b.left < 0 || b.right > innerWidth || b.width < 14; }).map((td) => `${r.id} ${[...r.querySelectorAll('td[data-vote]')].indexOf(td)}`)),
        cells: rows.map((r) => r.querySelectorAll('td[data-vote]').length),
      };
    });
    expect(layout.pageOverflow).toBeLessThanOrEqual(0);
    expect(layout.innerScroll).toBeLessThanOrEqual(1);
    expect(layout.offScreen).toEqual([]);
    expect(new Set(layout.cells)).toEqual(new Set([columns]));
    // Brazil's name, its count and its votes share its block of the page.
    const brazil = page.locator('tr#BRA');
    expect(await brazil.locator('th a').isVisible()).toBe(true);
    expect(await brazil.locator('td[data-vote]:visible').count()).toBe(columns);
    await context.close();
  });
});

describe('find your country', () => {
  it('on /votes/ goes to the member’s row, below the sticky header', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/votes/`);
    const box = page.getByRole('combobox', { name: en.t.findCountry.label });
    expect((await box.boundingBox())!.y).toBeLessThan(812);
    await box.fill('BRA');
    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#BRA');
    const header = (await page.locator('table.matrix thead').boundingBox())!;
    const row = (await page.locator('tr#BRA').boundingBox())!;
    expect(row.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(row.y + row.height).toBeLessThanOrEqual(812);
    await context.close();
  });

  it('on the 404 page goes to a member’s page by another of its names, and says when a query is ambiguous or unknown', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/no-such-page/`);
    const box = page.getByRole('combobox', { name: en.t.findCountry.label });
    await box.fill('saint');
    await box.press('Enter');
    await expect.poll(() => page.locator('.find-status').textContent()).toMatch(/^\d+ members match “saint”: Saint Kitts and Nevis/);
    await box.fill('atlantis');
    await box.press('Enter');
    await expect.poll(() => page.locator('.find-status').textContent()).toBe('No UN member matches “atlantis”.');
    await box.fill('ivory coast');
    await box.press('Enter');
    await page.waitForURL(/\/countries\/cote-d-ivoire\/$/);
    await context.close();
  });

  it('without JavaScript sends the query to the A–Z list of /countries/', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/countries/`);
    const box = page.getByRole('combobox', { name: en.t.findCountry.label });
    expect((await box.boundingBox())!.y).toBeLessThan(900);
    await box.fill('Brazil');
    await box.press('Enter');
    await page.waitForURL(/\/countries\/\?q=Brazil#every-member$/);
    await context.close();
  });
});

describe('a vote map names a member on hover, focus and tap', () => {
  it('shows the entry and links to the page', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/map/votes/a-res-es-11-1/`);
    const brazil = page.locator('svg.layer-map [data-country="BRA"]');
    await brazil.tap();
    await expect.poll(() => page.locator('.layer-status').textContent()).toContain('Brazil: Yes');
    expect(new URL(page.url()).pathname).toBe('/map/votes/a-res-es-11-1/');
    await brazil.tap();
    await page.waitForURL(/\/countries\/brazil\/$/);
    await context.close();
  });
  it('keyboard focus names the member', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/map/votes/a-res-es-11-1/`);
    await page.locator('svg.layer-map a:has([data-country="IND"])').focus();
    await expect.poll(() => page.locator('.layer-status').textContent()).toContain('India: Abstained');
    await context.close();
  });
});
