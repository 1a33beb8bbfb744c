import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITIONS, localeOfPath } from '../../src/i18n/editions.ts';
import { OUTLETS } from '../../src/model/outlets.ts';
import { DIST, requireDist, sitemapPaths } from '../helpers/site.ts';
import { looksEnglish, textRuns } from '../helpers/text-lang.ts';

requireDist();
const pages = sitemapPaths();
const fileOf = (path: string) => join(DIST, path, 'index.html');
const html = (path: string) => readFileSync(fileOf(path), 'utf8');
const editions = EDITIONS.map((e) => e.locale);
const root = editions[0]!;
/** A page's path with its edition's prefix taken off: the same page in every edition has the same rest. */
/** Sources are named by their outlet (`The Times of Central Asia`): a proper name, the same in every edition. */
const OUTLET_NAMES = new Set(OUTLETS.values());
const restOf = (path: string) => path.slice(localeOfPath(path).pathPrefix.length) || '/';

describe('every page in every edition', () => {
  it('each edition has every page the English edition has, under its prefix, and no other', () => {
    const english = pages.filter((p) => localeOfPath(p) === root).sort();
    expect(english.length).toBeGreaterThan(200);
    for (const locale of editions.slice(1)) {
      expect(pages.filter((p) => localeOfPath(p).tag === locale.tag).map(restOf).sort(), locale.tag).toEqual(english);
    }
  });

  it.each(editions.map((l) => [l.tag, l] as const))('%s: every page is marked in its language, lists every edition as an alternate (absolute, reciprocal, x-default English) and links to the same page in each', (_, locale) => {
    const problems: string[] = [];
    for (const path of pages.filter((p) => localeOfPath(p).tag === locale.tag)) {
      const page = html(path);
      if (!page.includes(`<html lang="${locale.htmlLang}"`)) problems.push(`${path}: html lang`);
      const alternates = new Map([...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
      const expected = new Map([...editions.map((l) => [l.htmlLang, `${l.pathPrefix}${restOf(path)}`] as const), ['x-default', restOf(path)] as const]);
      for (const [lang, want] of expected) {
        const href = alternates.get(lang);
        if (!href || !/^https:\/\//.test(href) || new URL(href).pathname !== want) problems.push(`${path}: hreflang ${lang} is ${href}`);
        else if (!existsSync(fileOf(want))) problems.push(`${path}: hreflang ${lang} → ${want} does not exist`);
        else if (lang !== 'x-default' && !html(want).includes(`hreflang="${locale.htmlLang}" href="${new URL(path, href).href}"`)) problems.push(`${path}: ${want} does not list it back`);
      }
      if (alternates.size !== expected.size) problems.push(`${path}: ${alternates.size} alternates`);
      const switcher = /<nav class="language-switch"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
      const targets = [...switcher.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
      if (targets.join() !== editions.map((l) => `${l.pathPrefix}${restOf(path)}`).join()) problems.push(`${path}: language switch ${targets.join()}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it.each(editions.slice(1).map((l) => [l.tag, l] as const))('%s: no page shows a template slot, undefined, NaN or an object, and no English text unless marked lang="en"', (_, locale) => {
    const problems: string[] = [];
    for (const path of pages.filter((p) => localeOfPath(p).tag === locale.tag)) {
      for (const run of textRuns(html(path))) {
        if (/\{[a-zA-Z]+\}|\bundefined\b|\bNaN\b|\[object Object\]/.test(run.text)) problems.push(`${path} ${run.where}: ${run.text.slice(0, 80)}`);
        else if (run.lang !== 'en' && !/^https?:\/\//.test(run.text) && !OUTLET_NAMES.has(run.text) && looksEnglish(run.text, locale.htmlLang)) problems.push(`${path} ${run.where}: ${run.text.slice(0, 100)}`);
      }
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('lists every page of every edition with its alternates in every language', () => {
    const map = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const urls = [...map.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls.length).toBe(pages.length);
    const missing = urls.filter((u) => editions.some((l) => !u.includes(`hreflang="${l.htmlLang}"`)));
    expect(missing.slice(0, 5)).toEqual([]);
  });
});

describe('feeds, cards and embeds per edition', () => {
  it.each(editions.map((l) => [l.tag, l] as const))('%s has its own feed with ids of its own, in its language', (_, locale) => {
    const feed = readFileSync(join(DIST, locale.pathPrefix, 'feed.xml'), 'utf8');
    expect(feed).toContain(`xml:lang="${locale.htmlLang}"`);
    const ids = [...feed.matchAll(/<id>tag:[^,]+,2026:([^<]+)<\/id>/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(50);
    const prefix = locale.pathPrefix.slice(1);
    expect(ids.every((id) => (prefix ? id.startsWith(`${prefix}/`) : !editions.some((l) => l.pathPrefix && id.startsWith(`${l.pathPrefix.slice(1)}/`)))), locale.tag).toBe(true);
    expect(feed).not.toMatch(/[\uE000\uE001]/);
  });

  it.each(editions.map((l) => [l.tag, l] as const))('%s has a share card for every member and page, and embeds under its /embed/', (_, locale) => {
    for (const card of ['home', 'map', 'china', 'russia', 'united-states']) expect(existsSync(join(DIST, locale.pathPrefix, 'cards', `${card}.png`)), `${locale.tag} ${card}`).toBe(true);
    expect(existsSync(join(DIST, locale.pathPrefix, 'embed', 'map', 'index.html'))).toBe(true);
    expect(html(`${locale.pathPrefix}/countries/china/`)).toContain(`content="https://putin-allies.example.org${locale.pathPrefix}/cards/china.png"`);
  });
});

describe('the written profiles and the explainer in every edition', () => {
  const profiles = pages.filter((p) => localeOfPath(p) === root && /^\/countries\/[^/]+\/$/.test(p) && html(p).includes('class="prose body"'));
  it.each(editions.slice(1).map((l) => [l.tag, l] as const))('%s: each reads in the edition’s language, with no English fallback and footnotes labelled in it', (_, locale) => {
    expect(profiles.length).toBe(29);
    const problems: string[] = [];
    for (const path of [...profiles.map((p) => `${locale.pathPrefix}${p}`), `${locale.pathPrefix}/`]) {
      const page = html(path);
      if (/class="prose (body|explainer)" lang="en"/.test(page) || page.includes('untranslated-notice')) problems.push(`${path}: shown in English or with a notice`);
      if (/>Footnotes<|aria-label="Back to reference/.test(page)) problems.push(`${path}: footnotes labelled in English`);
    }
    expect(problems).toEqual([]);
  });
});
