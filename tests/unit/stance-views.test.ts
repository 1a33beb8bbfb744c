import { en } from '../helpers/context.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countriesCsv, countriesDownloadData } from '../../src/outputs/downloads.ts';
import { explainerFacts, factText } from '../../src/views/explainer-facts.ts';

import { BLOC_CLASSES } from '../../src/map/layers/bloc-layer.ts';
import { countryLayers, layerNav } from '../../src/map/layers/registry.ts';
import { UNFRIENDLY_CLASSES } from '../../src/map/layers/unfriendly-layer.ts';
import { stanceDownloadFields, stancesFor, blocIdsOf, BLOC_IDS } from '../../src/model/stances.ts';
import { stancesView } from '../../src/views/stance-views.ts';
import { UN_MEMBERS } from '../../src/schemas/un-members.ts';
import { realSiteData } from '../helpers/content.ts';

const data = realSiteData();
const layers = countryLayers(en, data);
const root = resolve(import.meta.dirname, '../..');

/**
 * The content files read straight from disk, and each member's expected standing worked out here with plain
 * comparisons (not through src/views), so a layer, the section or a download that drifts from the data fails.
 */
interface RawMembership { bloc: string; iso3: string; status: string; since: string; until?: string }
const rawBlocs = JSON.parse(readFileSync(resolve(root, 'content/blocs.json'), 'utf8')) as { checkedUntil: string; memberships: RawMembership[] };
const rawList = JSON.parse(readFileSync(resolve(root, 'content/unfriendly-states.json'), 'utf8')) as {
  checkedUntil: string;
  amendments: { date: string }[];
  unMembers: { iso3: string; since: string; until?: string; group?: string }[];
};
const orderDate = rawList.amendments[0]!.date;
/** Dates compare only as precisely as written ('2006' is on or before '2006-05-01'). */
const onOrBefore = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length)) <= b.slice(0, Math.min(a.length, b.length));
const expectedTie = (bloc: string, iso3: string): string => {
  const m = rawBlocs.memberships.find((x) => x.bloc === bloc && x.iso3 === iso3);
  if (!m) return 'none';
  return m.until !== undefined && onOrBefore(m.until, rawBlocs.checkedUntil) ? 'former' : m.status;
};
const expectedListing = (iso3: string): string => {
  const e = rawList.unMembers.find((x) => x.iso3 === iso3);
  if (!e) return 'not-listed';
  if (e.until !== undefined && e.until <= rawList.checkedUntil) return 'removed';
  if (e.since === orderDate) return 'original';
  return e.since.slice(0, 4) === orderDate.slice(0, 4) ? 'added-2022' : 'added-later';
};
const classOf = (layerId: string, iso3: string) => [...layers.find((l) => l.id === layerId)!.states.values()].find((s) => s.iso3 === iso3)?.cls;

describe('the unfriendly-list layer', () => {
  const layer = layers.find((l) => l.id === 'unfriendly')!;

  it('gives every UN member the class its entry in content/unfriendly-states.json implies', () => {
    for (const m of UN_MEMBERS) expect(classOf('unfriendly', m.iso3), m.iso3).toBe(expectedListing(m.iso3));
    expect(classOf('unfriendly', 'BHS')).toBe('added-2022');
    expect(classOf('unfriendly', 'FRA')).toBe('original');
    expect(classOf('unfriendly', 'CHN')).toBe('not-listed');
  });

  it('shades Taiwan and the Falkland Islands (listed territories with a shape) by their own dates', () => {
    expect(classOf('unfriendly', 'TWN')).toBe('original');
    expect(classOf('unfriendly', 'FLK')).toBe('added-2022');
    expect(layer.page.note).toContain('Taiwan and the Falkland Islands');
  });

  it('dates and counts each legend line from the data, UN members and territories apart', () => {
    const listed = rawList.unMembers.filter((e) => expectedListing(e.iso3) === 'original').length;
    expect(layer.page.legend[0]!.label).toBe(`Named in the original order (5 March 2022): ${listed} UN members and 5 territories`);
    expect(layer.page.legend.find((l) => l.cls === 'added-2022')!.label).toBe('Added by an amendment later in 2022 (23 July 2022 and 30 October 2022): 1 UN member and 13 territories');
    expect(layer.page.legend.at(-1)!.label).toBe(`Not on the list: ${UN_MEMBERS.length - rawList.unMembers.length} UN members`);
    expect(layer.page.legend.map((l) => l.cls)).not.toContain('removed');
    expect(layer.states.get('044')!.tooltip).toBe('Bahamas: on the list since 23 July 2022, added by an amendment');
    expect(layer.states.get('250')!.tooltip).toBe('France: on the list since 5 March 2022, named as one of the member states of the European Union');
  });

  it('lists every listed member and territory under the change that added it', () => {
    if (layer.details.kind !== 'listing') throw new Error('expected a listing');
    const names = layer.details.groups.flatMap((g) => g.items.map((i) => i.name));
    expect(names).toHaveLength(rawList.unMembers.length + 18);
    expect(layer.details.groups.map((g) => g.heading)).toEqual([
      '5 March 2022: the order (47 UN members and 5 territories)',
      'Named together as the member states of the European Union (27)',
      '23 July 2022: amendment (1 UN member and 2 territories)',
      '30 October 2022: amendment (11 territories)',
    ]);
  });
});

describe('the bloc layers', () => {
  it('has one layer per bloc, grouped in the navigation as plain links', () => {
    expect(BLOC_IDS.map((b) => layers.find((l) => l.id === `blocs/${b}`)?.href)).toEqual(BLOC_IDS.map((b) => `/map/blocs/${b}/`));
    const group = layerNav(en, data).groups.find((g) => g.label === 'Blocs')!;
    expect(group.links.map((l) => l.label)).toEqual(['CSTO', 'EAEU', 'CIS', 'SCO', 'BRICS', 'Union State']);
  });

  it.each(BLOC_IDS.map((b) => [b]))('%s: every UN member has the class its membership record implies', (bloc) => {
    for (const m of UN_MEMBERS) expect(classOf(`blocs/${bloc}`, m.iso3), `${bloc} ${m.iso3}`).toBe(expectedTie(bloc, m.iso3));
  });

  it('shows Armenia’s CSTO freeze with its date, former members with their span, and Saudi Arabia as not counted in BRICS', () => {
    const csto = layers.find((l) => l.id === 'blocs/csto')!;
    expect(csto.states.get('051')!.tooltip).toBe('Armenia: Participation frozen, since 22 February 2024; before that member from 7 October 2002 to 22 February 2024');
    expect(csto.states.get('860')!.tooltip).toBe('Uzbekistan: Former member, 2006 to 2012');
    const brics = layers.find((l) => l.id === 'blocs/brics')!;
    expect(brics.states.get('682')).toMatchObject({ cls: 'none', tooltip: expect.stringMatching(/^Saudi Arabia: not counted as a member/) });
    expect(brics.page.intro.join(' ')).toContain('Saudi Arabia: Ambiguous.');
  });

  it('gives frozen, looser and ended ties their notes and sources under their group, members none', () => {
    const groups = (id: string) => {
      const layer = layers.find((l) => l.id === id)!;
      if (layer.details.kind !== 'listing') throw new Error('expected a listing');
      return layer.details.groups;
    };
    const frozen = groups('blocs/csto').find((g) => g.id === 'tie-suspended')!;
    expect(frozen.text).toMatch(/^Armenia: Pashinyan said on 22 February 2024/);
    expect(frozen.sources?.length).toBeGreaterThan(0);
    expect(frozen.items).toEqual([{ name: 'Armenia', href: '/countries/armenia/#stances', detail: 'since 22 February 2024; before that member from 7 October 2002 to 22 February 2024' }]);
    expect(groups('blocs/cis').find((g) => g.id === 'tie-former')!.text).toMatch(/^Georgia: .* Ukraine: /);
    expect(groups('blocs/sco').find((g) => g.id === 'tie-partner')!.text).toBeUndefined();
    expect(groups('blocs/csto').find((g) => g.id === 'tie-member')!.text).toBeUndefined();
  });

  it('counts each class in the legend from the records', () => {
    for (const bloc of BLOC_IDS) {
      const layer = layers.find((l) => l.id === `blocs/${bloc}`)!;
      for (const item of layer.page.legend) {
        const n = UN_MEMBERS.filter((m) => expectedTie(bloc, m.iso3) === item.cls).length;
        expect(item.label, `${bloc} ${item.cls}`).toMatch(new RegExp(`\\(${n}\\)$`));
      }
    }
  });

  it('declares every class with its own colour token', () => {
    for (const classes of [BLOC_CLASSES, UNFRIENDLY_CLASSES]) expect(new Set(classes.map((c) => c.token)).size).toBe(classes.length);
  });
});

describe('stancesFor and the country section', () => {
  it('Armenia: not listed; CSTO suspended since 22 February 2024, after membership from 2002', () => {
    const s = stancesFor(data, 'ARM');
    expect(s.unfriendly).toBeNull();
    expect(s.blocs.find((t) => t.bloc === 'csto')).toMatchObject({ status: 'suspended', since: '2024-02-22', until: null, previous: [{ status: 'member', since: '2002-10-07' }] });
    const v = stancesView(en, data, 'ARM');
    const csto = v.blocs.current.find((t) => t.bloc === 'csto')!;
    expect(csto).toMatchObject({ status: 'Participation frozen', dates: 'since 22 February 2024; before that member from 7 October 2002 to 22 February 2024', mapHref: '/map/blocs/csto/' });
    expect(csto.sources.length).toBeGreaterThan(0);
  });

  it('Belarus: a member of the Union State since 8 December 1999, and a tie to all six blocs', () => {
    expect(blocIdsOf(data, 'BLR').map((b) => b.id)).toEqual([...BLOC_IDS]);
    const union = stancesView(en, data, 'BLR').blocs.current.find((t) => t.bloc === 'union-state')!;
    expect(union).toMatchObject({ status: 'Member', dates: 'since 8 December 1999', blocName: 'Union State of Russia and Belarus' });
  });

  it('France: listed in the original order as one of the EU member states; Ukraine: listed, and a former CIS member', () => {
    expect(stancesFor(data, 'FRA').unfriendly).toMatchObject({ since: '2022-03-05', group: { id: 'eu' }, inOriginalOrder: true });
    expect(stancesView(en, data, 'FRA').unfriendly.text).toMatch(/^France has been on Russia’s list of “unfriendly” states since 5 March 2022, .* as one of the member states of the European Union\.$/);
    const ukraine = stancesView(en, data, 'UKR');
    expect(ukraine.blocs.current).toEqual([]);
    expect(ukraine.blocs.former).toEqual([expect.objectContaining({ bloc: 'cis', status: 'Former member', dates: '8 December 1991 to 19 May 2018' })]);
  });

  it('Saudi Arabia: its BRICS tie is shown as not counted, with the note', () => {
    const v = stancesView(en, data, 'SAU');
    expect(v.blocs.unconfirmed).toEqual([expect.objectContaining({ bloc: 'brics', status: 'Disputed, not counted', dates: 'some sources count it as a member of BRICS from 1 January 2024' })]);
    expect(blocIdsOf(data, 'SAU')).toEqual([{ id: 'sco', status: 'partner' }]);
  });

  it('composes a section for every one of the 193 members, with sources for the list entry', () => {
    for (const m of UN_MEMBERS) {
      const v = stancesView(en, data, m.iso3);
      expect(v.unfriendly.sources.length, m.iso3).toBeGreaterThan(0);
      expect(v.blocs.current.length + v.blocs.former.length + v.blocs.unconfirmed.length > 0 || /had no tie/.test(v.blocs.intro), m.iso3).toBe(true);
      for (const t of [...v.blocs.current, ...v.blocs.former]) expect(t.sources.length, `${m.iso3} ${t.bloc}`).toBeGreaterThan(0);
    }
  });
});

describe('download fields', () => {
  it('unfriendlyListSince and blocs agree with the content files for every member', () => {
    for (const m of UN_MEMBERS) {
      const entry = rawList.unMembers.find((e) => e.iso3 === m.iso3);
      const blocs = Object.fromEntries(BLOC_IDS.flatMap((b) => (['none', 'former'].includes(expectedTie(b, m.iso3)) ? [] : [[b, expectedTie(b, m.iso3)]])));
      expect(stanceDownloadFields(data, m.iso3), m.iso3).toEqual({ unfriendlyListSince: entry && !entry.until ? entry.since : null, blocs });
    }
  });

  it('the CSV flattens blocs into one cell, in bloc order', () => {
    const download = countriesDownloadData(en, data, new URL('https://example.org'));
    const armenia = download.countries.find((c) => c.iso3 === 'ARM')!;
    expect(armenia.blocs).toEqual({ csto: 'suspended', eaeu: 'member', cis: 'member', sco: 'partner' });
    const csv = countriesCsv(download).split('\n');
    expect(csv[0]).toMatch(/,unfriendlyListSince,blocs$/);
    expect(csv.find((l) => l.startsWith('armenia,'))).toMatch(/,,csto:suspended \| eaeu:member \| cis:member \| sco:partner$/);
  });
});

describe('explainer facts on the two camps', () => {
  const facts = explainerFacts(en, data);
  const n = (name: string) => {
    const f = facts.get(name);
    if (f?.kind !== 'count') throw new Error(`${name} is not a count`);
    return f.value;
  };
  const tied = (iso3: string) => BLOC_IDS.some((b) => !['none', 'former'].includes(expectedTie(b, iso3)));

  it('counts the list from the content file', () => {
    expect(n('unfriendly:members')).toBe(rawList.unMembers.filter((e) => !e.until).length);
    expect(n('unfriendly:inOrder')).toBe(rawList.unMembers.filter((e) => e.since === orderDate).length);
    expect(n('unfriendly:group:eu')).toBe(rawList.unMembers.filter((e) => e.group === 'eu').length);
    expect(factText(en, facts.get('unfriendly:addedLater')!)).toBe('the Bahamas (23 July 2022)');
    expect(factText(en, facts.get('unfriendly:lastChange')!)).toBe('30 October 2022');
  });

  it('counts the blocs and the two camps from the content file', () => {
    for (const bloc of BLOC_IDS) {
      for (const status of ['member', 'partner', 'suspended'] as const) {
        expect(n(`bloc:${bloc}:${status}`), `${bloc} ${status}`).toBe(UN_MEMBERS.filter((m) => expectedTie(bloc, m.iso3) === status).length);
      }
    }
    const others = UN_MEMBERS.filter((m) => m.iso3 !== 'RUS');
    expect(n('blocs:tied')).toBe(others.filter((m) => tied(m.iso3)).length);
    const listed = (iso3: string) => expectedListing(iso3) !== 'not-listed' && expectedListing(iso3) !== 'removed';
    expect(n('camps:neither')).toBe(others.filter((m) => !listed(m.iso3) && !tied(m.iso3)).length);
    expect(factText(en, facts.get('bloc:csto:suspended:names')!)).toBe('Armenia');
    expect(factText(en, facts.get('camps:listedFormerTies')!)).toBe('Ukraine (CIS, until 19 May 2018)');
    expect(factText(en, facts.get('camps:overlap')!)).toBe('No state is in both camps');
    expect(others.some((m) => listed(m.iso3) && tied(m.iso3))).toBe(false);
  });
});

it('formats a date only as precisely as it is recorded', () => {
  expect(en.fmt.partialDate('2006')).toBe('2006');
  expect(en.fmt.partialDate('2022-09')).toBe('September 2022');
  expect(en.fmt.partialDate('2024-02-22')).toBe('22 February 2024');
});
