/**
 * `npm run bench`: how fast and how light the site is. Prints tables; it does not pass or fail.
 * Targets (README): map page JS ≤ 6 KB gzip; map page HTML+CSS+JS ≤ half the naive map render; profile HTML
 * and data page HTML ≤ 14 KB gzip; cold build ≤ 8× a one-page Astro build of the same world map; the four editions' cold build ≤ 4× the English edition's alone; CSS per page ≤ 10 KB gzip; 0 bytes of JS on list and profile pages; Lighthouse 100 × 4.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { topology } from '../../src/map/geo/world.ts';
import { ALL_EDITIONS } from '../../src/i18n/editions.ts';
import { CHROMIUM } from '../helpers/browser.ts';
import { DIST, ROOT, startPreview } from '../helpers/site.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

function timeBuild(label: string, env: Record<string, string> = {}): number {
  const started = performance.now();
  execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(28)} ${seconds.toFixed(1)} s`);
  return seconds;
}

console.log('\n## Build time');
const clean = () => {
  rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
  rmSync(join(ROOT, 'node_modules/.vite'), { recursive: true, force: true });
  rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
};
// Every edition first: the first build of a fresh clone also reads node_modules from disk, which would count against
// whichever ran first. Then the English edition alone, the yardstick of the editions' cost (all four ≤ 4× it).
clean();
const cold = timeBuild('cold (no caches, no dist)');
clean();
const englishOnly = timeBuild('cold, English edition only', { SITE_EDITIONS: 'en' });
console.log(`All ${ALL_EDITIONS.length} editions / English only, cold: ${(cold / englishOnly).toFixed(1)}× (target ≤ 4×)`);
clean();
timeBuild('cold again (every edition)');
timeBuild('warm (caches from last build)');

/**
 * The baseline: the smallest Astro project that draws the same world map (one page, the same world-atlas shapes,
 * projection and simplification, no content, no cards). Written under .tmp/ inside the project, so it resolves the
 * project's node_modules without a symlink; built cold in the same run, so the ratio holds on any machine.
 */
const BASELINE = join(ROOT, '.tmp/bench-baseline');
rmSync(BASELINE, { recursive: true, force: true });
mkdirSync(join(BASELINE, 'src/pages'), { recursive: true });
writeFileSync(join(BASELINE, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro-cache' });\n");
writeFileSync(
  join(BASELINE, 'src/pages/index.astro'),
  `---
import { geoPath } from 'd3-geo';
import { worldProjection } from '../../../../src/map/geo/projection.ts';
import { MAP_DETAIL, worldAt } from '../../../../src/map/geo/world.ts';
const { projection, width, height } = worldProjection();
const world = worldAt(MAP_DETAIL);
const path = geoPath(projection);
---
<html lang="en"><head><title>World map</title></head><body>
<svg viewBox={\`0 0 \${width} \${height}\`}>{[...world.countryFeatures.values()].map((f) => <path d={path(f)} />)}</svg>
</body></html>
`,
);
const baselineStarted = performance.now();
execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--root', BASELINE], { cwd: ROOT, stdio: 'ignore' });
const baseline = (performance.now() - baselineStarted) / 1000;
console.log(`${'baseline: one map page, cold'.padEnd(28)} ${baseline.toFixed(1)} s`);
console.log(`English edition cold build / baseline: ${(englishOnly / baseline).toFixed(1)}× (target ≤ 8×)`);
let distBytes = 0;
let distFiles = 0;
for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  distBytes += statSync(join(entry.parentPath, entry.name)).size;
  distFiles++;
}
console.log(`dist/: ${distFiles} files, ${(distBytes / 1024 / 1024).toFixed(1)} MB`);

/** HTML, inline SVG, and the CSS and JS files a page loads, raw and gzip. */
function weigh(path: string) {
  const html = readFileSync(join(DIST, path, 'index.html'));
  const text = html.toString();
  const svg = [...text.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
  const files = (re: RegExp) => [...text.matchAll(re)].map((m) => readFileSync(join(DIST, m[1]!)));
  const css = files(/<link rel="stylesheet" href="([^"]+)"/g);
  const js = files(/<script type="module" src="([^"]+)"/g);
  const sum = (bufs: Buffer[]) => ({ raw: bufs.reduce((n, b) => n + b.length, 0), gzip: bufs.reduce((n, b) => n + gz(b), 0) });
  return { html: { raw: html.length, gzip: gz(html) }, svg: { raw: svg.length, gzip: gz(svg) }, css: sum(css), js: sum(js) };
}

const naive = (() => {
  const countries = feature(topology, topology.objects.countries);
  const path = geoPath(geoEqualEarth().fitWidth(960, { type: 'Sphere' })).digits(1);
  const svg = `<svg viewBox="0 0 960 500">${countries.features.map((f) => `<path d="${path(f)}"/>`).join('')}</svg>`;
  return { raw: svg.length, gzip: gz(svg) };
})();

console.log('\n## Page weight (raw / gzip)');
console.log('page'.padEnd(30), 'HTML'.padEnd(20), 'inline SVG'.padEnd(20), 'CSS'.padEnd(20), 'JS'.padEnd(20), 'HTML+CSS+JS gzip');
const pages = { 'front page /': '', 'map /map/': 'map', 'ICC layer /map/icc/': 'map/icc', 'country list /countries/': 'countries', 'profile /countries/china/': 'countries/china', 'profile /countries/belarus/': 'countries/belarus', 'data page /countries/brazil/': 'countries/brazil', 'vote table /votes/': 'votes' };
const weights: Record<string, ReturnType<typeof weigh>> = {};
for (const [label, path] of Object.entries(pages)) {
  const w = (weights[label] = weigh(path));
  const pair = (x: { raw: number; gzip: number }) => `${kb(x.raw)} / ${kb(x.gzip)}`.padEnd(20);
  console.log(label.padEnd(30), pair(w.html), pair(w.svg), pair(w.css), pair(w.js), kb(w.html.gzip + w.css.gzip + w.js.gzip));
}
const map = weights['map /map/']!;
const mapTotal = map.html.gzip + map.css.gzip + map.js.gzip;
console.log(`\nNaive map render (countries object, geoPath().digits(1)): ${kb(naive.raw)} / ${kb(naive.gzip)} gzip`);
console.log(`Map page HTML+CSS+JS: ${kb(mapTotal)} gzip = ${((mapTotal / naive.gzip) * 100).toFixed(1)}% of the naive map alone (target ≤ 50%)`);
console.log(`Map page JS: ${kb(map.js.gzip)} gzip (target ≤ 6 KB)`);
console.log(`Profile HTML: ${kb(weights['profile /countries/china/']!.html.gzip)} gzip (target ≤ 14 KB)`);
console.log(`Data page HTML: ${kb(weights['data page /countries/brazil/']!.html.gzip)} gzip (target ≤ 14 KB)`);
console.log(`Largest CSS per page: ${kb(Math.max(...Object.values(weights).map((w) => w.css.gzip)))} gzip (target ≤ 10 KB)`);
console.log(`JS on the country list: ${weights['country list /countries/']!.js.raw} bytes, ${weights['country list /countries/']!.js.gzip} gzip — only the filter box's progressive enhancement (the A–Z list works without it)`);
console.log(`JS on a profile: ${weights['profile /countries/china/']!.js.raw} bytes, ${weights['profile /countries/china/']!.js.gzip} gzip — only the share control's progressive enhancement (target 0; the share sheet and copy-link cannot work without it)`);

console.log('\n## Lighthouse (mobile preset, local static server, Debian Chromium)');
const preview = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  console.log('page'.padEnd(22), 'perf', 'a11y', 'best', 'seo ', 'LCP'.padEnd(8), 'CLS'.padEnd(6), 'TBT'.padEnd(7), 'transferred');
  // One page of every kind: the front page, the trip map, each kind of layer, the lists, a profile and a data page,
  // the vote table, the timeline (its newest year and an older one), the data page, the 404 page and an embed.
  const kinds = ['/', '/map/', '/map/icc/', '/map/blocs/csto/', '/map/votes/a-res-es-11-1/', '/map/alignment/', '/countries/', '/countries/north-korea/', '/countries/brazil/', '/votes/', '/timeline/', '/timeline/2024/', '/data/', '/404.html', '/embed/map/'];
  for (const path of kinds) {
    const result = await lighthouse(`${preview.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padEnd(4);
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? '–';
    const bytes = lhr.audits['total-byte-weight']?.numericValue ?? 0;
    console.log(path.padEnd(22), score('performance'), score('accessibility'), score('best-practices'), score('seo'), audit('largest-contentful-paint').padEnd(8), audit('cumulative-layout-shift').padEnd(6), audit('total-blocking-time').padEnd(7), kb(bytes));
  }
  console.log('\nNote: SEO is scored against the preview origin; canonical URLs point at SITE_URL, which Lighthouse may flag locally.');
} finally {
  chrome.kill();
  preview.stop();
}
