import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iccStandingByIso3 } from '../../src/map/layers/icc-layer.ts';
import { foreignTrips } from '../../src/model/visits.ts';
import { UN_MEMBERS } from '../../src/schemas/un-members.ts';
import { realSiteData } from '../helpers/content.ts';
import { DIST, requireDist } from '../helpers/site.ts';

requireDist();
const data = realSiteData();
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** `[data-country, class]` of every country shape in a layer view. */
function shapes(page: string): [string, string][] {
  const paths = [...page.matchAll(/<path d="[^"]*" class="[^"]+" data-class="([^"]+)" data-country="([A-Z]{3})"/g)];
  const dots = [...page.matchAll(/<circle cx="[^"]*" cy="[^"]*" r="[^"]*" class="[^"]+" data-class="([^"]+)" data-country="([A-Z]{3})"/g)];
  return [...paths, ...dots].map((m) => [m[2]!, m[1]!]);
}
const members: string[] = UN_MEMBERS.map((m) => m.iso3).sort();
const drawnMembers = (drawn: [string, string][]) => [...new Set(drawn.map(([iso3]) => iso3))].filter((c) => members.includes(c)).sort();

describe('built map: trips layer', () => {
  const page = html('map');
  it('shades every host with its trip count and links it to its profile', () => {
    const counts = new Map<string, number>();
    for (const v of foreignTrips(data.visits)) counts.set(v.country, (counts.get(v.country) ?? 0) + 1);
    for (const [slug, n] of counts) {
      const c = data.countries.find((x) => x.slug === slug)!;
      const link = new RegExp(`<a href="/countries/${slug}/"[^>]*data-country="${c.iso3}"[^>]*aria-label="[^"]*: ${n} trips?,`);
      expect(page, slug).toMatch(link);
    }
  });
  it('lists every trip in the table', () => {
    expect([...page.matchAll(/<tr id="trip-/g)]).toHaveLength(foreignTrips(data.visits).length);
  });
  it('needs no JavaScript: the year filter starts hidden and the SVG is inline', () => {
    expect(page).toMatch(/<div class="year-filter[^"]*"[^>]*hidden/);
    expect(page).toMatch(/<svg[^>]* class="world-map trip-whole"/);
    expect([...page.matchAll(/<svg class="world-map trip-panel /g)]).toHaveLength(3);
  });
});

describe('built map: ICC layer', () => {
  it('colours every drawn member by its standing on the as-of date', () => {
    const standing = iccStandingByIso3(data.iccStates, data.dataset.asOf);
    const drawn = shapes(html('map/icc'));
    expect(drawnMembers(drawn)).toEqual(members);
    for (const [iso3, cls] of drawn) expect(cls, iso3).toBe(standing.get(iso3));
  });
});

describe('built map: UN vote layers', () => {
  it.each(data.resolutions.map((r) => [r.symbol, r] as const))('%s colours every drawn member by its recorded vote', (_symbol, r) => {
    const drawn = shapes(html(`map/votes/${r.id}`));
    expect(drawnMembers(drawn), 'every member is drawn, as a shape or a dot').toEqual(members);
    const shown = (iso3: string) => (r.votes[iso3] === 'non-voting' && r.article19?.members.includes(iso3) ? 'article19' : (r.votes[iso3] ?? 'unknown'));
    for (const [iso3, cls] of drawn) expect(cls, iso3).toBe(shown(iso3));
  });
});

describe('built map: unknown votes', () => {
  it.each(data.resolutions.filter((r) => !r.complete).map((r) => [r.symbol, r] as const))('%s draws members missing from the roll call hatched, in their own class, and says how many are known', (_symbol, r) => {
    const page = html(`map/votes/${r.id}`);
    const unknown = [...page.matchAll(/class="t-vote-unknown" data-class="unknown" data-country="([A-Z]{3})"/g)].map((m) => m[1]);
    expect(unknown.length).toBeGreaterThan(0);
    for (const iso3 of unknown) expect(r.votes[iso3!], iso3).toBeUndefined();
    expect(page).toContain('<pattern id="hatch-vote-unknown"');
    const known = Object.keys(r.votes).length;
    expect(page).toContain(`Not in our record: ${members.length - known} of ${members.length}`);
    expect(page).toContain(`${r.totals.yes} (`);
  });
});
