import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { countriesDownload } from '../../src/schemas/downloads.ts';
import { TERRITORIES } from '../../src/schemas/territories.ts';
import { UN_MEMBERS } from '../../src/schemas/un-members.ts';
import { realSiteData } from '../helpers/content.ts';
import { DIST, requireDist } from '../helpers/site.ts';

requireDist();
const data = realSiteData();
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const BLOCS = ['csto', 'eaeu', 'cis', 'sco', 'brics', 'union-state'];
/** Tags and entities out, whitespace folded: the words a reader sees. */
const words = (s: string) =>
  s.replace(/<[^>]+>/g, ' ').replace(/&#39;|&rsquo;/g, '’').replace(/\s+/g, ' ').replace(/ ([,.;:])/g, '$1');

// Expected standings, worked out from the data records with plain comparisons (not through src/model).
const { blocs, unfriendlyStates: list } = data;
const prefixCompare = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length)).localeCompare(b.slice(0, Math.min(a.length, b.length)));
const tieOf = (bloc: string, iso3: string): string => {
  const m = blocs.memberships.find((x) => x.bloc === bloc && x.iso3 === iso3);
  if (!m) return 'none';
  return m.until !== undefined && prefixCompare(m.until, blocs.checkedUntil) <= 0 ? 'former' : m.status;
};
const listingOf = (iso3: string): string => {
  const e = list.unMembers.find((x) => x.iso3 === iso3);
  if (!e) return 'not-listed';
  if (e.until !== undefined && e.until <= list.checkedUntil) return 'removed';
  const order = list.amendments[0]!.date;
  return e.since === order ? 'original' : e.since.slice(0, 4) === order.slice(0, 4) ? 'added-2022' : 'added-later';
};

/** `[data-country, class]` of every drawn country (shapes and dots). */
function drawn(page: string): Map<string, string> {
  return new Map([...page.matchAll(/<(?:path d="[^"]*"|circle cx="[^"]*" cy="[^"]*" r="[^"]*") class="[^"]+" data-class="([^"]+)" data-country="([A-Z]{3})"/g)].map((m) => [m[2]!, m[1]!]));
}

describe('built map: the unfriendly list', () => {
  const page = html('map/unfriendly');
  it('colours every UN member by when it was put on the list, and shades Taiwan with the states', () => {
    const classes = drawn(page);
    for (const m of UN_MEMBERS) expect(classes.get(m.iso3), m.iso3).toBe(listingOf(m.iso3));
    expect(classes.get('TWN')).toBe('original');
  });
  it('names every listed member and territory in the text under the map', () => {
    const text = words(page);
    for (const t of list.territories) expect(text).toContain(`${TERRITORIES.find((x) => x.id === t.id)!.name}, territory`);
    for (const m of list.unMembers) expect(text).toContain(UN_MEMBERS.find((x) => x.iso3 === m.iso3)!.name);
    expect(text).toContain('Named together as the member states of the European Union (27)');
  });
});

describe('built map: the bloc layers', () => {
  it.each(BLOCS.map((b) => [b]))('%s colours every UN member by its tie', (bloc) => {
    const classes = drawn(html(`map/blocs/${bloc}`));
    for (const m of UN_MEMBERS) expect(classes.get(m.iso3), `${bloc} ${m.iso3}`).toBe(tieOf(bloc, m.iso3));
  });

  it('every map page links every bloc layer and the unfriendly list as plain links, with no script needed', () => {
    for (const path of ['map/icc', 'map/unfriendly', 'map/blocs/csto', `map/votes/${data.resolutions[0]!.id}`]) {
      const nav = /<nav class="layer-nav"[\s\S]*?<\/nav>/.exec(html(path))?.[0] ?? '';
      for (const bloc of BLOCS) expect(nav, `${path} → ${bloc}`).toMatch(new RegExp(`<a href="/map/blocs/${bloc}/"`));
      expect(nav).toMatch(/<a href="\/map\/unfriendly\/"/);
    }
    expect(html('map/blocs/cis')).toMatch(/<a href="\/map\/blocs\/cis\/" aria-current="page"/);
  });

  it('draws Armenia’s frozen CSTO membership hatched, with the date in its tooltip', () => {
    const page = html('map/blocs/csto');
    expect(page).toContain('<pattern id="hatch-bloc-suspended"');
    expect(page).toMatch(/data-class="suspended" data-country="ARM"[^>]*><title>Armenia: Participation frozen, since 22 February 2024/);
  });
});

describe('built profiles: Memberships and stances', () => {
  const section = (slug: string) => {
    const page = html(`countries/${slug}`);
    const start = page.indexOf('<h2 id="stances">');
    expect(start, slug).toBeGreaterThan(0);
    return { page, text: words(page.slice(start, page.indexOf('<h2', start + 10))) };
  };

  it('every profile has the section after the ICC one, linked from the on-this-page navigation', () => {
    for (const c of data.countries) {
      const { page } = section(c.slug);
      expect(page, c.slug).toMatch(/<nav class="on-this-page"[^>]*>[\s\S]*?<a href="#stances"[^>]*>Memberships<\/a>[\s\S]*?<\/nav>/);
      expect(page.indexOf('<h2 id="icc">'), c.slug).toBeLessThan(page.indexOf('<h2 id="stances">'));
    }
  });

  it('Armenia: not on the list; CSTO participation frozen since 22 February 2024, with sources', () => {
    const { text } = section('armenia');
    expect(text).toContain('Armenia is not on Russia’s list of “unfriendly” states');
    expect(text).toMatch(/CSTO Participation frozen, since 22 February 2024; before that member from 7 October 2002 to 22 February 2024\./);
    // Sources are named by their outlet (src/model/outlets.ts), not by a bare domain.
    expect(text).toMatch(/Sources: [A-Z][^,.]+/);
    expect(text).not.toMatch(/Sources: [a-z0-9-]+\.[a-z]{2,}/);
  });

  it('Belarus: a member of the Union State since 8 December 1999, and of all six blocs', () => {
    const { page, text } = section('belarus');
    expect(text).toMatch(/Union State Member, since 8 December 1999\. Union State of Russia and Belarus/);
    for (const bloc of BLOCS) expect(page).toContain(`<li data-bloc="${bloc}"`);
  });

  it('Ukraine: on the list since 5 March 2022 and a former CIS member; Saudi Arabia: BRICS not counted', () => {
    expect(section('ukraine').text).toMatch(/Ukraine has been on Russia’s list of “unfriendly” states since 5 March 2022.*Earlier CIS Former member, 8 December 1991 to 19 May 2018/);
    expect(section('saudi-arabia').text).toMatch(/Not counted BRICS Disputed, not counted, some sources count it as a member of BRICS from 1 January 2024\. Ambiguous\./);
  });
});

describe('built downloads: stances', () => {
  const json = countriesDownload.parse(JSON.parse(readFileSync(join(DIST, 'data/countries.json'), 'utf8')));
  const csv = new Map(csvParse(readFileSync(join(DIST, 'data/countries.csv'), 'utf8')).map((row) => [row.iso3!, row]));
  it('every row’s unfriendlyListSince and blocs agree with the content files, in JSON and CSV', () => {
    expect(json.countries.length).toBeGreaterThan(0);
    for (const c of json.countries) {
      const entry = list.unMembers.find((e) => e.iso3 === c.iso3);
      const since = entry && !entry.until ? entry.since : null;
      const ties = BLOCS.flatMap((b) => (['none', 'former'].includes(tieOf(b, c.iso3)) ? [] : [[b, tieOf(b, c.iso3)] as const]));
      expect(c.unfriendlyListSince, c.iso3).toBe(since);
      expect(Object.entries(c.blocs), c.iso3).toEqual(ties);
      expect(csv.get(c.iso3)!.unfriendlyListSince, c.iso3).toBe(since ?? '');
      expect(csv.get(c.iso3)!.blocs, c.iso3).toBe(ties.map(([b, s]) => `${b}:${s}`).join(' | '));
    }
    expect(json.countries.find((c) => c.iso3 === 'UKR')).toMatchObject({ unfriendlyListSince: '2022-03-05', blocs: {} });
  });

  it('is documented on /data/', () => {
    const page = html('data');
    expect(page).toContain('&quot;unfriendlyListSince&quot;: &quot;YYYY-MM-DD&quot; | null');
    for (const bloc of BLOCS) expect(page).toMatch(new RegExp(`<code[^>]*>${bloc}</code>`));
  });
});

describe('built explainer: the two camps', () => {
  const page = readFileSync(join(DIST, 'index.html'), 'utf8');
  const start = page.indexOf('<h2 id="two-camps');
  const text = words(page.slice(start, page.indexOf('<h2', start + 10)));
  const others = UN_MEMBERS.filter((m) => m.iso3 !== 'RUS');
  const tied = (iso3: string) => BLOCS.some((b) => !['none', 'former'].includes(tieOf(b, iso3)));
  const listed = (iso3: string) => ['original', 'added-2022', 'added-later'].includes(listingOf(iso3));

  it('prints the numbers of the list and the blocs as computed from the content files', () => {
    expect(start).toBeGreaterThan(0);
    const listedNow = UN_MEMBERS.filter((m) => listed(m.iso3)).length;
    const eu = list.groups.find((g) => g.id === 'eu')!.members.length;
    expect(text).toContain(`names ${listedNow} UN members, ${eu} of them together as the European Union`);
    const frozen = UN_MEMBERS.filter((m) => tieOf('csto', m.iso3) === 'suspended').map((m) => m.name);
    expect(text).toContain(`${others.filter((m) => tied(m.iso3)).length} members besides Russia hold a tie to at least one of the ${BLOCS.length} blocs`);
    expect(text).toContain(`where ${frozen.join(' and ')} has frozen its participation`);
    const both = others.filter((m) => listed(m.iso3) && tied(m.iso3));
    expect(text).toContain(both.length ? 'in both camps' : 'No state is in both camps');
    expect(text).toContain(`${others.filter((m) => !listed(m.iso3) && !tied(m.iso3)).length} members are in neither`);
  });

  it('links the unfriendly map and the bloc layers', () => {
    const section = page.slice(start, page.indexOf('<h2', start + 10));
    for (const path of ['unfriendly', 'blocs/csto', 'blocs/brics']) expect(section).toContain(`href="/map/${path}/"`);
  });
});
