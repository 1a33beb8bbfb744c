import { en } from '../helpers/context.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteRedirects } from '../../src/model/redirects.ts';
import { localeOfPath, LOCALES } from '../../src/i18n/editions.ts';
import { memberList } from '../../src/model/members.ts';
import { realSiteData } from '../helpers/content.ts';
import { DIST, requireDist, sitemapPaths } from '../helpers/site.ts';

requireDist();
const sitemapXml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const sitemapUrls = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const origin = new URL(sitemapUrls[0]!).origin;
const pages = sitemapPaths();
const data = realSiteData();

const meta = (html: string, attr: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attr}="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; signature: boolean } {
  const bytes = readFileSync(file);
  return {
    signature: bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

describe.each(pages)('share preview tags on %s', (path) => {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  it('has a title, a description of its own, and an absolute canonical URL equal to og:url and the sitemap', () => {
    expect(html).toMatch(/<title>[^<]{5,}<\/title>/);
    const description = meta(html, 'name', 'description')!;
    expect(description.length).toBeGreaterThan(50);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical).toBe(`${origin}${path}`);
    expect(meta(html, 'property', 'og:url')).toBe(canonical);
    expect(sitemapUrls).toContain(canonical);
  });
  it('has every Open Graph tag and the X card type, and a real 1200×630 PNG card under 300 KB', () => {
    for (const key of ['og:type', 'og:title', 'og:description', 'og:site_name', 'og:locale', 'og:image:alt']) expect(meta(html, 'property', key), key).toBeTruthy();
    expect(meta(html, 'property', 'og:image:width')).toBe('1200');
    expect(meta(html, 'property', 'og:image:height')).toBe('630');
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
    // X falls back to the Open Graph tags; a second copy of each would only add weight.
    expect(html).not.toMatch(/name="twitter:(title|description|image)/);
    const image = meta(html, 'property', 'og:image')!;
    expect(image).toMatch(/^https:\/\//);
    const file = join(DIST, new URL(image).pathname);
    expect(existsSync(file), image).toBe(true);
    expect(pngSize(file)).toEqual({ signature: true, width: 1200, height: 630 });
    expect(statSync(file).size).toBeLessThan(300 * 1024);
  });
});

describe('profile descriptions and cards are specific to the country', () => {
  it.each(data.countries.map((c) => c.slug))('%s', (slug) => {
    const html = readFileSync(join(DIST, 'countries', slug, 'index.html'), 'utf8');
    const country = data.countries.find((c) => c.slug === slug)!;
    expect(meta(html, 'name', 'description')).toContain(en.name(country.iso3).listed);
    expect(meta(html, 'property', 'og:image')).toBe(`${origin}/cards/${slug}.png`);
    expect(meta(html, 'property', 'og:type')).toBe('article');
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page exactly once and no redirect', () => {
    expect(new Set(sitemapUrls).size).toBe(sitemapUrls.length);
    for (const c of data.countries) expect(sitemapUrls).toContain(`${origin}/countries/${c.slug}/`);
    expect(sitemapUrls.some((u) => u.includes('/countries/dprk/'))).toBe(false);
  });
  it('robots.txt points to the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });
});

describe('profile links keep working', () => {
  const redirects = siteRedirects(data.countries);
  it.each([...redirects])('/countries/%s/ redirects to /countries/%s/', (from, to) => {
    const html = readFileSync(join(DIST, 'countries', from, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=/countries/${to}/">`);
    expect(html).toContain(`<link rel="canonical" href="${origin}/countries/${to}/">`);
    expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toContain(`/countries/${from}/ /countries/${to}/ 301`);
  });

  // Read from dist/ itself, not from the data: a target that differs from the page's real URL (a file name
  // with capitals or spaces, slugged one way for the page and another for the redirect) fails here.
  it('every _redirects line sends a built alias page to a built profile page, in every edition; each edition ends with its 404 rule', () => {
    const all = readFileSync(join(DIST, '_redirects'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    const notFound = LOCALES.filter((l) => l.pathPrefix).map((l) => `${l.pathPrefix}/* ${l.pathPrefix}/404.html 404`);
    expect(all.slice(-notFound.length)).toEqual(notFound);
    for (const l of LOCALES.filter((x) => x.pathPrefix)) expect(existsSync(join(DIST, l.pathPrefix, '404.html')), l.tag).toBe(true);
    const lines = all.slice(0, -notFound.length || undefined);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [from, to, status, ...rest] = line.split(' ');
      expect(rest, `one space-separated rule per line: ${line}`).toEqual([]);
      expect(status).toBe('301');
      expect(to, line).toMatch(/^(\/[a-z]{2})?\/countries\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
      const target = readFileSync(join(DIST, to!, 'index.html'), 'utf8');
      expect(target, `${to} must be a profile page, not another redirect`).not.toContain('http-equiv="refresh"');
      const alias = readFileSync(join(DIST, from!.replace(/\/?$/, '/'), 'index.html'), 'utf8');
      expect(alias).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
      // In the edition's language, never Astro's English fallback page.
      expect(alias, from).toContain(`<html lang="${localeOfPath(from!).htmlLang}">`);
      expect(alias, from).not.toContain('Redirecting from');
    }
  });

  it('common aliases resolve: dprk, prk, uae, usa', () => {
    expect(redirects.get('dprk')).toBe('north-korea');
    expect(redirects.get('prk')).toBe('north-korea');
    expect(redirects.get('uae')).toBe('united-arab-emirates');
    expect(redirects.get('usa')).toBe('united-states');
  });

  it('no published country slug ever disappears (tests/published-slugs.json)', () => {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '../published-slugs.json'), 'utf8')) as string[];
    const current = new Set(memberList(data.countries).map((m) => m.slug));
    expect(current.size).toBe(193);
    for (const slug of published) {
      expect(current.has(slug) || redirects.has(slug), `${slug} was published: keep the page or add it to a profile's aliases`).toBe(true);
      expect(existsSync(join(DIST, 'countries', slug, 'index.html')), `/countries/${slug}/ is not built`).toBe(true);
    }
    // New pages and redirects must be added to the list, so that they are guarded too.
    for (const slug of [...current, ...redirects.keys()]) expect(published, `add ${slug} to tests/published-slugs.json`).toContain(slug);
  });

  it('common names of members without a profile resolve: ivory-coast, turkey, drc, bra', () => {
    expect(redirects.get('ivory-coast')).toBe('cote-d-ivoire');
    expect(redirects.get('turkey')).toBe('turkiye');
    expect(redirects.get('drc')).toBe('dr-congo');
    expect(redirects.get('bra')).toBe('brazil');
    expect(redirects.get('idn')).toBe('indonesia');
    expect(redirects.get('nga')).toBe('nigeria');
  });
});
