import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { headlineNumbers } from '../../src/model/country-stats.ts';
import { profiledStats } from '../../src/model/member-stats.ts';
import { explainerFacts, factText, type FactItem } from '../../src/views/explainer-facts.ts';
import { buildShiftChart, usShiftOf } from '../../src/views/shift-chart.ts';
import { isWarResolution, resolutionSet } from '../../src/model/votes.ts';
import { realSiteData } from '../helpers/content.ts';

const data = realSiteData();
const facts = explainerFacts(en, data);
const stats = profiledStats(data);
const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });
/** A fact's text, as a page renders it. */
const text = (name: string) => factText(en, facts.get(name)!);
/** The items of a list-valued fact. */
function itemsOf(name: string): FactItem[] {
  const fact = facts.get(name)!;
  if (fact.kind !== 'list') throw new Error(`${name} is not a list fact`);
  return fact.items;
}

describe('list-valued explainer facts', () => {
  it('name the allies the count counts, linked to their profiles', () => {
    const allies = data.countries.filter((c) => c.relationship === 'ally');
        expect(itemsOf('allies:names').map((i) => i.text.replace(/^the /, ''))).toEqual(allies.map((c) => en.name(c.iso3).listed).sort(en.fmt.compare));
    expect(itemsOf('allies:names').map((i) => i.href)).toEqual(allies.map((c) => `/countries/${c.slug}/`));
    expect(text('allies:names')).toBe(listFormat.format(itemsOf('allies:names').map((i) => i.text)));
    expect(facts.get('allies')).toEqual({ kind: 'count', value: allies.length });
    expect(text('allies')).toBe(String(allies.length));
  });

  it('name exactly as many countries as the "always with Russia" count says', () => {
    const count = Number(text('alwaysWithRussia'));
    const names = itemsOf('alwaysWithRussia:names');
    expect(names).toHaveLength(count);
    for (const item of names) {
      const s = stats.find((x) => `/countries/${x.country.slug}/` === item.href)!;
      expect(s.voteBreakdown.withRussia, item.text).toBe(s.voteBreakdown.total - s.voteBreakdown.unknown);
    }
    // Syria's record on file was cast by the fallen government, and the list says so.
    const syria = names.find((i) => i.text === 'Syria');
    if (syria) expect(syria.suffix).toMatch(/Assad/);
  });

  it('name the ICC hosts the trip count counts: one definition, trips to states parties after the warrant', () => {
    const n = headlineNumbers(data);
    expect(itemsOf('iccTrips:hosts').map((i) => i.href)).toEqual(n.iccHosts.map((h) => `/countries/${h.country.slug}/`));
    expect(n.iccHosts.reduce((sum, h) => sum + h.starts.length, 0)).toBe(n.tripsUnderIccWarrant);
    // No host is counted for a trip before the warrant (Tajikistan, June 2022, came before it).
    for (const h of n.iccHosts) for (const start of h.starts) expect(start >= data.iccStates.warrant.issued).toBe(true);
    expect(n.tripsUnderIccWarrant).toBeLessThan(n.tripsToIccParties);
  });

  it('put "the" before names that take it in prose', () => {
    const us = itemsOf('hosts:beyondFormerUssrAndChina').find((i) => i.href === '/countries/united-states/');
    if (us) expect(us.text).toBe('the United States');
  });

  it('list the partial roll calls from the data', () => {
    const partial = data.resolutions.filter((r) => isWarResolution(r) && !r.complete);
    expect(itemsOf('rollCalls:partial').map((i) => i.href)).toEqual(partial.map((r) => `/map/votes/${r.id}/`));
  });
});

describe('the shift chart', () => {
  const chart = buildShiftChart(en, data.resolutions);
  it('draws one bar per resolution whose segments are its official totals, set by set: context, emergency session, regular sessions', () => {
    const order = ['context', 'emergency', 'regular'];
    const bySet = [...data.resolutions].sort((a, b) => order.indexOf(resolutionSet(a)) - order.indexOf(resolutionSet(b)));
    expect(chart.rows.map((r) => r.symbol)).toEqual(bySet.map((r) => r.symbol));
    expect(chart.rows.map((r) => r.set)).toEqual(bySet.map(resolutionSet));
    // The regular sessions' bars sit under a note of their own.
    if (bySet.some((r) => resolutionSet(r) === 'regular')) expect(chart.notes.filter((n) => n.kind === 'regular')).toHaveLength(1);
    for (const [i, row] of chart.rows.entries()) {
      const r = bySet[i]!;
      const members = r.totals.yes + r.totals.no + r.totals.abstain + r.totals.nonVoting;
      for (const s of row.segments) expect(s.width, `${r.symbol} ${s.key}`).toBeCloseTo((r.totals[s.key] / members) * chart.width, 6);
      expect(row.segments.reduce((w, s) => w + s.width, 0)).toBeCloseTo(chart.width, 6);
    }
  });

  it('marks where the United States first left its 2022 side, from its votes', () => {
    const shift = usShiftOf(data.resolutions)!;
    const war = data.resolutions.filter(isWarResolution);
    const firstDifferent = war.find((r) => r.votes.USA && r.votes.USA !== war[0]!.votes.USA)!;
    expect(shift.symbol).toBe(firstDifferent.symbol);
    expect(chart.notes.some((n) => n.kind === 'us-shift')).toBe(true);
  });
});
