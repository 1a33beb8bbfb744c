import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/i18n/editions.ts';
import { editionPaths, localeParam, pathsInEveryEdition } from '../../src/render/routes.ts';
import { ROOT } from '../helpers/site.ts';

const PAGES = join(ROOT, 'src/pages');
const routes = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routes(join(dir, e.name)) : [relative(PAGES, join(dir, e.name))]));

describe('every page is built once per edition', () => {
  it('keeps every route but the 404 page, robots.txt and the data files under [...locale]/', () => {
    expect(routes(PAGES).filter((r) => !r.startsWith('[...locale]/')).sort()).toEqual(['404.astro', 'data/[file].ts', 'robots.txt.ts']);
  });

  it.each(routes(join(PAGES, '[...locale]')))('%s lists its paths for every edition', (route) => {
    const text = readFileSync(join(PAGES, route), 'utf8');
    expect(text).toMatch(/export (async )?function getStaticPaths\(\)/);
    expect(text).toMatch(/\b(editionPaths|pathsInEveryEdition)\(/);
  });

  it('gives the root edition no locale parameter and another its prefix', () => {
    expect(localeParam(EDITIONS[0]!.locale)).toBeUndefined();
    expect(localeParam({ ...EDITIONS[0]!.locale, pathPrefix: '/uk' })).toBe('uk');
    expect(editionPaths()).toEqual(EDITIONS.map((e) => ({ params: { locale: localeParam(e.locale) } })));
  });

  it('crosses a route’s own parameters with every edition, giving each edition its own render context', async () => {
    const seen: string[] = [];
    const paths = await pathsInEveryEdition((ctx) => (seen.push(ctx.locale.tag), [{ slug: 'a' }, { slug: 'b' }]));
    expect(seen).toEqual(EDITIONS.map((e) => e.locale.tag));
    expect(paths).toHaveLength(2 * EDITIONS.length);
    expect(paths[0]).toEqual({ params: { slug: 'a', locale: undefined } });
  });
});
