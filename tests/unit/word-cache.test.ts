import { describe, expect, it, vi } from 'vitest';
import { en, type Messages } from '../../src/i18n/en.ts';

// Two editions' strings in one process: a second "edition" whose words differ from English in a few places.
let current: Messages = en;
vi.mock('../../src/i18n/messages.ts', async (actual) => ({ ...(await actual<typeof import('../../src/i18n/messages.ts')>()), messages: () => current }));

const { countryLayers } = await import('../../src/map/layers/registry.ts');
const { tripNotes } = await import('../../src/map/trip-annotations.ts');
const { explainerFacts } = await import('../../src/views/explainer-facts.ts');
const { buildTripMap } = await import('../../src/map/geo/trip-map.ts');
const { hostsBySlug } = await import('../../src/model/hosts.ts');
const { buildTimeline } = await import('../../src/views/timeline.ts');
const { realSiteData } = await import('../helpers/content.ts');

const other: Messages = {
  ...en,
  icc: { ...en.icc, party: 'Vertragsstaat' },
  tripMap: { ...en.tripMap, moscow: 'Moskau', treaty: 'Vertrag mit {counterpart}' },
  explainerFacts: { ...en.explainerFacts, none: 'keine' },
};

describe('caches that hold words keep one value per edition', () => {
  const data = realSiteData();

  it('layers, map notes, the trip map and the explainer’s facts are built again for another edition’s strings, and kept for each', () => {
    current = en;
    const layers = countryLayers(data);
    const notes = tripNotes(data);
    const map = buildTripMap(hostsBySlug(data), data.visits, notes);
    const facts = explainerFacts(data);
    current = other;
    const otherLayers = countryLayers(data);
    const otherNotes = tripNotes(data);
    const otherMap = buildTripMap(hostsBySlug(data), data.visits, otherNotes);
    expect(otherLayers).not.toBe(layers);
    expect(otherLayers.find((l) => l.id === 'icc')!.classes.find((c) => c.id === 'party')!.label).toBe('Vertragsstaat');
    expect(otherNotes.find((n) => n.visitId === '2024-06-19-north-korea')!.text).toMatch(/^Vertrag mit /);
    expect(otherMap.moscowLabel.lines).toEqual(['Moskau']);
    expect(explainerFacts(data)).not.toBe(facts);
    current = en;
    expect(countryLayers(data)).toBe(layers);
    expect(tripNotes(data)).toBe(notes);
    expect(buildTripMap(hostsBySlug(data), data.visits, notes)).toBe(map);
    expect(map.moscowLabel.lines).toEqual(['Moscow']);
  });

  it('gives timeline events and the explainer’s facts the same ids, links and dates in every edition: ids never come from words', () => {
    const shape = () => ({
      events: buildTimeline(data).events.map((e) => [e.key, e.kind, e.date, e.href, e.country?.iso3]),
      facts: [...explainerFacts(data).keys()],
    });
    current = en;
    const english = shape();
    current = other;
    const second = shape();
    current = en;
    expect(second).toEqual(english);
    expect(english.events.length).toBeGreaterThan(100);
  });
});
