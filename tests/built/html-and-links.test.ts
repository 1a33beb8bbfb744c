import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, requireDist, sitemapPaths } from '../helpers/site.ts';

requireDist();
/** The few entities a title can hold, as text. */
const decodeHtml = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);
const pages = [...sitemapPaths(), '/404.html'];
const fileOf = (path: string) => (path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html'));
const htmlvalidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` and omits optional end tags' whitespace; these are style, not validity.
    'doctype-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    // Inline SVG paths are long by design.
    'long-title': 'off',
  },
});

describe('html-validate over every page', () => {
  it.each(pages)('%s has no errors', async (path) => {
    const report = await htmlvalidate.validateString(readFileSync(fileOf(path), 'utf8'), fileOf(path));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe('page titles', () => {
  // html-validate's long-title is off above because it also reads the maps' SVG titles; the page's own title is held here.
  it('every page’s title is at most 70 characters, as search results and tabs show it', () => {
    const long = pages
      .map((path) => ({ path, title: decodeHtml(/<title>([^<]*)<\/title>/.exec(readFileSync(fileOf(path), 'utf8'))![1]!) }))
      .filter((p) => [...p.title].length > 70)
      .map((p) => `${p.path}: ${[...p.title].length} characters: ${p.title}`);
    expect(long).toEqual([]);
  });
});

describe('internal links and #fragments resolve', () => {
  const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  it.each(pages)('every link on %s lands on a page (and an element with that id)', (path) => {
    const html = readFileSync(fileOf(path), 'utf8');
    const broken: string[] = [];
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(https?:|mailto:|data:)/.test(href!)) continue;
      const url = new URL(href!, `https://site.test${path}`);
      const target = url.pathname.endsWith('/') ? join(DIST, url.pathname, 'index.html') : join(DIST, url.pathname);
      if (!existsSync(target)) {
        broken.push(href!);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !ids(readFileSync(target, 'utf8')).has(decodeURIComponent(url.hash.slice(1)))) broken.push(href!);
    }
    expect(broken).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('every page carries the CSP meta tag and has no inline script or style', () => {
    for (const path of pages) {
      const html = readFileSync(fileOf(path), 'utf8');
      expect(html, path).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'');
      expect(html, path).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, path).not.toMatch(/<style[\s>]/);
      expect(html, path).not.toMatch(/\sstyle="/);
      expect(html, path).not.toMatch(/\son[a-z]+="/);
    }
  });
  it('_headers serves the same policy to static hosts', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toMatch(/Content-Security-Policy: default-src 'self'; script-src 'self'/);
  });
  it('no page references another origin for scripts, styles, images or fonts', () => {
    for (const path of pages) {
      const html = readFileSync(fileOf(path), 'utf8');
      expect(html, path).not.toMatch(/<(script|img|link|source|iframe)[^>]+(src|href)="(https?:)?\/\/(?!putin-allies)/);
    }
  });
});

describe('assets', () => {
  it('self-hosts its two typefaces as WOFF2 only, in the Latin and Cyrillic subsets and the weights the pages use', () => {
    const fonts = readdirSync(join(DIST, '_astro')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    expect(fonts.every((f) => f.endsWith('.woff2'))).toBe(true);
    const faces = new Set(fonts.map((f) => f.replace(/\.[^.]+\.woff2$/, '')));
    expect([...faces].sort()).toEqual(
      ['source-serif-4', 'source-sans-3']
        .flatMap((family) => (family === 'source-serif-4' ? ['400-normal', '400-italic', '700-normal'] : ['400-normal', '700-normal']).flatMap((w) => ['latin', 'cyrillic'].map((s) => `${family}-${s}-${w}`)))
        .sort(),
    );
    // Every @font-face names its range, so a page downloads only the subsets its text uses, and swaps in.
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, '_astro', f), 'utf8')).join('\n');
    const rules = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(rules).toHaveLength(10);
    for (const rule of rules) expect(rule).toMatch(/unicode-range:[\s\S]*font-display:swap|font-display:swap[\s\S]*unicode-range:/);
  });
});
