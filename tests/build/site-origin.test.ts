import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extraBuild } from '../helpers/build.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** The default origin astro.config.mjs uses when SITE_URL is not set (README, "Deploying"). */
const PLACEHOLDER = 'putin-allies.example.org';

describe('the public origin is one setting', () => {
  it('a build with SITE_URL carries that origin everywhere and the placeholder nowhere', async () => {
    const origin = 'https://news.example.net';
    const build = await extraBuild('site-origin', { SITE_URL: origin });
    cleanups.push(build.cleanup);
    if (build.status !== 0) throw new Error(build.output);
    const files = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|csv|txt)$/.test(f) || f === '_headers' || f === '_redirects');
    expect(files.length).toBeGreaterThan(400);
    const withPlaceholder = files.filter((f) => readFileSync(join(build.outDir, f), 'utf8').includes(PLACEHOLDER));
    expect(withPlaceholder).toEqual([]);
    const read = (f: string) => readFileSync(join(build.outDir, f), 'utf8');
    // Canonical URL and og:url of a shared profile, the sitemap, the feed's ids and the downloads' url field.
    const profile = read('countries/belarus/index.html');
    expect(profile).toContain(`<link rel="canonical" href="${origin}/countries/belarus/">`);
    expect(profile).toContain(`<meta property="og:url" content="${origin}/countries/belarus/">`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${origin}/countries/belarus/</loc>`);
    expect(read('feed.xml')).toContain('<id>tag:news.example.net,2026:');
    const countries = JSON.parse(read('data/countries.json')) as { countries: { slug: string; url: string }[] };
    for (const c of countries.countries) expect(c.url).toBe(`${origin}/countries/${c.slug}/`);
  }, 600_000);
});
