import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { atomFeed, tagUri } from '../../src/outputs/feed.ts';
import { buildTimeline, byYear, countsByKind, shorten } from '../../src/views/timeline.ts';
import { headlineNumbers } from '../../src/model/country-stats.ts';
import { tripsToIccParties } from '../../src/model/icc.ts';
import { foreignTrips } from '../../src/model/visits.ts';
import { INVASION_DATE } from '../../src/schemas/common.ts';
import { realSiteData } from '../helpers/content.ts';
import { hostsBySlug } from '../../src/model/hosts.ts';

const data = realSiteData();
const { events, upcoming } = buildTimeline(en, data);
const all = [...events, ...upcoming];
const asOf = data.dataset.asOf;

describe('timeline from the real data', () => {
  it('lists every foreign trip and every visit to occupied Ukraine, each once and under its own kind', () => {
    const trips = data.visits.filter((v) => v.kind !== 'occupied-territory');
    const occupied = data.visits.filter((v) => v.kind === 'occupied-territory');
    expect(all.filter((e) => e.kind === 'trip').map((e) => e.key).sort()).toEqual(trips.map((v) => `trip/${v.id}`).sort());
    expect(all.filter((e) => e.kind === 'occupied-visit').map((e) => e.key).sort()).toEqual(occupied.map((v) => `occupied-visit/${v.id}`).sort());
    expect(occupied.length).toBeGreaterThan(0);
    for (const e of all.filter((x) => x.kind === 'occupied-visit')) expect(e.country?.slug).toBe('ukraine');
  });

  it('lists every UN General Assembly vote with its official totals', () => {
    const votes = all.filter((e) => e.kind === 'un-vote');
    expect(votes.map((e) => e.key).sort()).toEqual(data.resolutions.map((r) => `un-vote/${r.id}`).sort());
    for (const r of data.resolutions) {
      const e = votes.find((x) => x.key === `un-vote/${r.id}`)!;
      expect(e.date).toBe(r.date);
      expect(e.href).toBe(`/map/votes/${r.id}/`);
      expect(e.title).toContain(`${r.totals.yes} in favour, ${r.totals.no} against, ${r.totals.abstain} abstaining`);
    }
  });

  it('lists every profile change, linked to that profile’s section', () => {
    const expected = data.countries.reduce((n, c) => n + (c.changes?.length ?? 0), 0);
    const changes = all.filter((e) => e.kind === 'change');
    expect(changes).toHaveLength(expected);
    for (const e of changes) expect(e.href).toBe(`/countries/${e.country!.slug}/#what-changed`);
  });

  it('has the ICC warrant on the date the data gives, and every accession and withdrawal since the invasion', () => {
    const icc = all.filter((e) => e.kind === 'icc');
    expect(icc.find((e) => e.key.startsWith('icc/warrant/'))!.date).toBe(data.iccStates.warrant.issued);
    // The warrant's date is read from the data everywhere: the trips "under the warrant" count from it.
    const trips = foreignTrips(data.visits);
    const toParties = tripsToIccParties(hostsBySlug(data), trips);
    expect(headlineNumbers(data).tripsUnderIccWarrant).toBe(trips.filter((v) => toParties.has(v.id) && v.start >= data.iccStates.warrant.issued).length);
    for (const s of data.iccStates.states) {
      expect(icc.some((e) => e.key === `icc/in-force/${s.iso3}`)).toBe(s.inForce >= INVASION_DATE);
      // A withdrawal revoked before it took effect (Hungary, 2026) is told as revoked, never as taking effect.
      if (s.withdrawal) expect(icc.some((e) => e.key === `icc/withdrawal-effective/${s.iso3}` && e.date === s.withdrawal!.effective)).toBe(!s.withdrawal.revoked && s.withdrawal.effective >= INVASION_DATE);
      if (s.withdrawal?.revoked) expect(icc.some((e) => e.key === `icc/withdrawal-revoked/${s.iso3}` && e.date === s.withdrawal!.revoked)).toBe(true);
    }
    for (const f of data.iccStates.nonCompliance) expect(icc.some((e) => e.key === `icc/non-compliance/${f.iso3}/${f.date}`)).toBe(true);
  });

  it('keeps events after the as-of date out of the main list, and sorts both lists', () => {
    expect(events.every((e) => e.date <= asOf)).toBe(true);
    expect(upcoming.every((e) => e.date > asOf)).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort().reverse());
    expect(upcoming.map((e) => e.date)).toEqual(upcoming.map((e) => e.date).sort());
  });

  it('gives each event a unique key, a country or scope, and a link with a fragment or a layer page', () => {
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);
    for (const e of all) {
      expect(e.where.length).toBeGreaterThan(0);
      expect(e.href).toMatch(/^\/(countries\/[a-z-]+\/#[a-z0-9-]+|map\/votes\/[a-z0-9-]+\/|map\/icc\/)$/);
      expect(e.sources.length).toBeGreaterThan(0);
    }
  });

  it('groups by year, newest first, losing nothing', () => {
    const groups = byYear(events);
    expect(groups.map((g) => g.year)).toEqual([...new Set(events.map((e) => e.date.slice(0, 4)))].sort().reverse());
    expect(groups.flatMap((g) => g.events)).toEqual(events);
    expect(Object.values(countsByKind(events)).reduce((a, b) => a + b, 0)).toBe(events.length);
  });
});

describe('event texts', () => {
  it('counts members that did not vote in the plural the count needs', () => {
    const r = data.resolutions.find((x) => x.complete)!;
    const one = buildTimeline(en, { ...data, resolutions: [{ ...r, totals: { ...r.totals, nonVoting: 1 } }] }).events.find((e) => e.kind === 'un-vote')!;
    expect(one.summary).toBe(`${r.summary} 1 member did not vote.`);
    const many = all.find((e) => e.key === `un-vote/${r.id}`)!;
    expect(many.summary).toBe(`${r.summary} ${r.totals.nonVoting} members did not vote.`);
  });

  it('heads a profile change with the change itself, never a generic "What changed in…"', () => {
    const changes = all.filter((e) => e.kind === 'change');
    expect(changes.length).toBeGreaterThan(0);
    for (const e of changes) {
      expect(e.heading, e.key).toBe(e.summary);
      expect(e.heading, e.key).not.toMatch(/^What changed in/);
    }
  });
});

describe('stable feed ids', () => {
  it('do not change when an event is reworded', () => {
    const site = new URL('https://example.org');
    const reworded = buildTimeline(en, {
      ...data,
      visits: data.visits.map((v) => ({ ...v, counterpart: `${v.counterpart} (reworded)`, event: 'Another name' })),
      resolutions: data.resolutions.map((r) => ({ ...r, summary: 'Reworded.' })),
      countries: data.countries.map((c) => ({ ...c, changes: c.changes?.map((x) => ({ ...x, text: 'Reworded.' })) })),
    });
    expect(reworded.events.map((e) => tagUri(site, e.key))).toEqual(events.map((e) => tagUri(site, e.key)));
    expect(tagUri(site, 'trip/2024-05-16-china')).toBe('tag:example.org,2026:trip/2024-05-16-china');
  });

  it('escapes text and sets the feed’s updated to its newest entry', () => {
    const xml = atomFeed(en, [{ ...events[0]!, title: 'A & B <c>' }, ...events.slice(1)], { site: new URL('https://example.org'), key: 'feed', title: 't', subtitle: 's', selfPath: '/feed.xml', pagePath: '/timeline/' });
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(xml.match(/<updated>([^<]+)<\/updated>/)![1]).toBe(`${events[0]!.date}T00:00:00Z`);
  });
});

describe('shorten', () => {
  it('cuts at a word boundary', () => {
    expect(shorten('one two three four', 9)).toBe('one two…');
    expect(shorten('short', 9)).toBe('short');
  });
});
