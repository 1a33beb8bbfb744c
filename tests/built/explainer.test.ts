import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineNumbers } from '../../src/model/country-stats.ts';
import { realSiteData } from '../helpers/content.ts';
import { DIST, requireDist } from '../helpers/site.ts';

requireDist();
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const explainer = /<div class="prose explainer"[^>]*>([\s\S]*?)<\/div>\s*<nav class="next"/.exec(html)?.[1] ?? '';
// The shift chart's labels and table are not prose.
const prose = explainer.replace(/<section[^>]*data-footnotes[\s\S]*?<\/section>/, '').replace(/<div class="shift"[\s\S]*?<\/details>\s*<\/div>/, '');
const text = prose.replace(/<sup>[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');

describe('the front-page explainer', () => {
  // 1,500 words for the four sections the explainer started with; the fifth, on the two camps (issue #17), may add
  // about 100 more. Raise this only with a decision on the explainer's length, never to let prose grow unnoticed.
  it('is 800 to 1,600 words of prose (footnotes excluded)', () => {
    const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
    expect(words).toBeGreaterThanOrEqual(800);
    expect(words).toBeLessThanOrEqual(1600);
  });

  it('has the five sections, each linking into the map, the list or the profiles', () => {
    const sections = prose.split(/<h2[^>]*>/).slice(1);
    expect(sections).toHaveLength(5);
    for (const section of sections) expect(section).toMatch(/href="\/(map|countries)\//);
  });

  it('footnotes every claim it does not compute, with https sources', () => {
    const footnotes = [...explainer.matchAll(/<li id="user-content-fn-[^"]+">([\s\S]*?)<\/li>/g)];
    expect(footnotes.length).toBeGreaterThan(5);
    for (const [, body] of footnotes) expect(body).toMatch(/href="https:\/\//);
  });

  it('prints the headline numbers computed from the data', () => {
    const n = headlineNumbers(realSiteData());
    expect(html).toMatch(new RegExp(`Foreign trips since the invasion</dt><dd[^>]*><a href="/map/"[^>]*>${n.trips}</a>`));
    expect(html).toMatch(new RegExp(`<a href="/countries/#ally"[^>]*>${n.allies}</a>`));
  });
});
