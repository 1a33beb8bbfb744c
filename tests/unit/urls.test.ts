import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_GB, type SiteLocale } from '../../src/i18n/locale.ts';
import { urlsFor } from '../../src/render/urls.ts';
import { ROOT } from '../helpers/site.ts';

describe('the URL builder', () => {
  const en = urlsFor(EN_GB);

  it('builds every kind of internal link of the English site at the root', () => {
    expect(en.home()).toBe('/');
    expect(en.countries('ally')).toBe('/countries/#ally');
    expect(en.country('north-korea')).toBe('/countries/north-korea/');
    expect(en.country('china', 'visit-2024-05-16-china')).toBe('/countries/china/#visit-2024-05-16-china');
    expect(en.tripMap('trip-2024-06-19-north-korea')).toBe('/map/#trip-2024-06-19-north-korea');
    expect(en.layer('votes/a-res-es-11-1')).toBe('/map/votes/a-res-es-11-1/');
    expect(en.votes('PRK')).toBe('/votes/#PRK');
    expect(en.timeline()).toBe('/timeline/');
    expect(en.timeline(2023)).toBe('/timeline/2023/');
    expect(en.data('method')).toBe('/data/#method');
    expect(en.download('countries.csv')).toBe('/data/countries.csv');
    expect(en.card('china')).toBe('/cards/china.png');
    expect(en.feed()).toBe('/feed.xml');
    expect(en.embed('map')).toBe('/embed/map/');
    expect(en.embeds()).toBe('/embed/');
    expect(en.path('/countries/china/')).toBe('/countries/china/');
  });

  it('puts an edition under its prefix, every kind of link alike', () => {
    const xx: SiteLocale = { tag: 'en-XA', htmlLang: 'en-XA', ogLocale: 'en_XA', pathPrefix: '/xx', languageName: 'Pseudo', dash: ' — ' };
    const urls = urlsFor(xx);
    expect(urls.home()).toBe('/xx/');
    expect(urls.country('china', 'icc')).toBe('/xx/countries/china/#icc');
    expect(urls.layer('icc')).toBe('/xx/map/icc/');
    expect(urls.card('home')).toBe('/xx/cards/home.png');
    expect(urls.feed()).toBe('/xx/feed.xml');
    // The data files are one set, at the root, for every edition.
    expect(urls.download('countries.csv')).toBe('/data/countries.csv');
    expect(urls.path('/data/#method')).toBe('/xx/data/#method');
    expect(() => urls.path('https://example.org/')).toThrow(/root-relative/);
    expect(() => urls.path('//example.org/')).toThrow(/root-relative/);
  });
});

describe('internal links are built, not typed', () => {
  /** Source files, comments aside; src/render/urls.ts is where the paths are written, once. */
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));
  const typed = /(["'`]|href=")\/(countries|map|votes|timeline|data|cards|embed|feed\.xml)([/#"'`$]|$)|href="\/"/;

  it('no component, page, view or script types a root-relative path of the site', () => {
    const found: string[] = [];
    for (const file of files(join(ROOT, 'src'))) {
      const name = relative(ROOT, file);
      if (name === 'src/render/urls.ts') continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/*') || code.startsWith('{/*')) return;
          // Assets shared by every edition (the favicon, the embed scripts) are not pages.
          const withoutAssets = code.replace(/["']\/(favicon\.svg|embed-theme\.js|embed-height\.js)["']/g, '');
          if (typed.test(withoutAssets)) found.push(`${name}:${i + 1}: ${code}`);
        });
    }
    expect(found).toEqual([]);
  });
});
