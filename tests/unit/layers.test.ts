import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { baseMap } from '../../src/map/geo/base-map.ts';
import { classifyStates, notMemberTooltip } from '../../src/map/layers/layer.ts';
import { countryLayers, layerNav } from '../../src/map/layers/registry.ts';

import { tallyLabel, voteClasses, voteTallies } from '../../src/map/layers/vote-layer.ts';
import { shortSymbol } from '../../src/model/votes.ts';
import { BLOC_IDS } from '../../src/model/stances.ts';
import { UN_MEMBERS } from '../../src/schemas/un-members.ts';
import { realSiteData } from '../helpers/content.ts';
import { alignmentByMember } from '../../src/model/alignment.ts';

const data = realSiteData();
const layers = countryLayers(en, data);

describe('layer registry', () => {
  it('has the ICC layer, the unfriendly list, one layer per bloc and one per resolution, each at its published URL', () => {
    expect(layers.map((l) => l.href)).toEqual([
      '/map/icc/',
      '/map/unfriendly/',
      '/map/alignment/',
      ...BLOC_IDS.map((b) => `/map/blocs/${b}/`),
      ...data.resolutions.map((r) => `/map/votes/${r.id}/`),
    ]);
  });

  it('places every member on the alignment map by its votes beyond Ukraine, absences apart', () => {
    const layer = layers.find((l) => l.id === 'alignment')!;
    const byMember = alignmentByMember(data.assemblyVotes);
    for (const s of layer.states.values()) {
      const c = byMember.get(s.iso3)!.total;
      const cast = c.withRussia + c.withEu;
      if (s.iso3 === 'RUS') expect(s.cls).toBe('russia');
      else if (cast < c.contested / 2) expect(s.cls, s.iso3).toBe('few-votes');
      else expect(s.cls, s.iso3).toBe(c.withRussia / cast >= 2 / 3 ? 'mostly-russia' : c.withRussia / cast >= 1 / 2 ? 'leans-russia' : c.withRussia / cast >= 1 / 3 ? 'leans-eu' : 'mostly-eu');
    }
    // Venezuela, without a vote under Article 19 for most of the period, is never read as siding with anyone.
    expect([...layer.states.values()].find((s) => s.iso3 === 'VEN')!.cls).toBe('few-votes');
  });

  it('classifies every state into one of the layer’s declared classes', () => {
    for (const layer of layers) {
      const ids = new Set(layer.classes.map((c) => c.id));
      for (const s of layer.states.values()) expect(ids.has(s.cls), `${layer.id} ${s.iso3} ${s.cls}`).toBe(true);
      for (const m of UN_MEMBERS) expect(layer.states.has(m.isoNumeric), `${layer.id} ${m.iso3}`).toBe(true);
    }
  });

  it('stops on a class the layer does not declare', () => {
    const classes = [{ id: 'a', token: 'vote-yes', label: 'A' }] as const;
    expect(() => classifyStates('test', classes, [{ ...UN_MEMBERS[0], key: UN_MEMBERS[0].iso3 }], () => 'b', () => '')).toThrow(/classified as "b", which is not one of its classes \(a\)/);
  });

  it('builds the navigation from the registry: trips, ICC, the unfriendly list, then the blocs and the UN votes as groups', () => {
    const nav = layerNav(en, data);
    expect(nav.links.map((l) => l.href)).toEqual(['/map/', '/map/icc/', '/map/unfriendly/', '/map/alignment/']);
    expect(nav.groups.map((g) => g.label)).toEqual(['Blocs', 'UN votes']);
    expect(nav.groups[0]!.links.map((l) => l.href)).toEqual(BLOC_IDS.map((b) => `/map/blocs/${b}/`));
    expect(nav.groups[1]!.links.map((l) => l.label)).toEqual(data.resolutions.map((r) => shortSymbol(r.symbol)));
  });

  it('names the navigation and writes each caption with the date it stands on', () => {
    expect(layerNav(en, data).label).toBe('Map layers');
    const caption = (id: string) => en.fmt.prose(layers.find((l) => l.id === id)!.page.caption.text);
    expect(caption('icc')).toBe('Standing on 20 June 2026.');
    expect(caption('unfriendly')).toMatch(/^Checked up to \d{1,2} \w+ \d{4}\.$/);
    expect(caption(`blocs/${BLOC_IDS[0]}`)).toMatch(/^Statuses as of \d{1,2} \w+ \d{4}\.$/);
    const r = data.resolutions.find((x) => x.complete)!;
    expect(caption(`votes/${r.id}`)).toMatch(/^Adopted \d{1,2} \w+ \d{4}\. Complete roll call of all 193 member states\.$/);
    expect(notMemberTooltip(en, '304')).toBe('Greenland: not a UN member state');
    expect(notMemberTooltip(en, '238')).toBe('Falkland Islands: not a UN member state');
    expect(() => notMemberTooltip(en, '999')).toThrow(/OTHER_MAP_SHAPES/);
  });

  it('lists the roll call by the names of the members, computed from the layer', () => {
    const r = data.resolutions.find((x) => x.complete)!;
    const layer = layers.find((l) => l.id === `votes/${r.id}`)!;
    if (layer.details.kind !== 'roll-call') throw new Error('expected a roll call');
    const yes = layer.details.groups.find((g) => g.id === 'vote-yes')!;
    expect(yes.names).toContain('Ukraine');
    expect(yes.names.every((n) => !n.includes(':'))).toBe(true);
  });
});

describe('base map', () => {
  it('is built once and shared', () => {
    expect(baseMap()).toBe(baseMap());
  });

  it('has a shape or a dot for every UN member', () => {
    const base = baseMap();
    const ids = UN_MEMBERS.map((m) => m.isoNumeric);
    const dots = new Set(base.dots(ids).map((d) => d.id));
    for (const m of UN_MEMBERS) expect(Boolean(base.countryPath(m.isoNumeric)) || dots.has(m.isoNumeric), m.name).toBe(true);
  });
});

it('shortSymbol drops the General Assembly prefix', () => {
  expect(shortSymbol('A/RES/ES-11/10')).toBe('ES-11/10');
  expect(shortSymbol('A/RES/68/262')).toBe('68/262');
});

describe('vote layers on a partial roll call', () => {
  const members = UN_MEMBERS.length;
  it.each(data.resolutions.map((r) => [r.symbol, r] as const))('%s: legend counts are the official totals, with how many are known', (_s, r) => {
    const layer = layers.find((l) => l.id === `votes/${r.id}`)!;
    const tallies = voteTallies(r, members);
    // The official "not voting" total is split: members that chose not to vote, and those without a vote under Article 19.
    const barred = r.article19?.members.length ?? 0;
    expect(tallies.filter((t) => t.cls !== 'unknown').map((t) => t.total)).toEqual([r.totals.yes, r.totals.no, r.totals.abstain, r.totals.nonVoting - barred, barred]);
    expect([...layer.states.values()].filter((s) => s.cls === 'article19').length).toBe(barred);
    const known = Object.keys(r.votes).length;
    expect(tallies.find((t) => t.cls === 'unknown')!.total).toBe(members - known);
    const unknownShapes = [...layer.states.values()].filter((s) => s.cls === 'unknown').length;
    expect(unknownShapes).toBe(members - known);
    const legend = layer.page.legend.map((l) => l.label);
    if (r.complete) {
      expect(legend.some((l) => l.includes('our record'))).toBe(false);
    } else {
      // Every cast class shows its official total and the number named; the unknown class says "of 193".
      for (const t of tallies.filter((x) => x.cls !== 'unknown' && x.total > 0)) {
        const line = legend.find((l) => l.startsWith(`${voteClasses(en).find((c) => c.id === t.cls)!.label} ${t.total} (`));
        expect(line, `${t.cls} in ${legend.join(' | ')}`).toMatch(new RegExp(`\\((${t.known}|none|all) of them in our record\\)$`));
      }
      expect(legend).toContain(`Not in our record: ${members - known} of ${members}`);
    }
  });

  it('writes the legend line so that a partial count cannot read as the total', () => {
    const t = { cls: 'yes', total: 107, known: 82 } as const;
    expect(tallyLabel(en, t, false, 193)).toBe('Yes 107 (82 of them in our record)');
    expect(tallyLabel(en, { ...t, known: 0 }, false, 193)).toBe('Yes 107 (none of them in our record)');
    expect(tallyLabel(en, t, true, 193)).toBe('Yes 107');
    expect(tallyLabel(en, { cls: 'unknown', total: 111, known: 0 }, false, 193)).toBe('Not in our record: 111 of 193');
  });
});
