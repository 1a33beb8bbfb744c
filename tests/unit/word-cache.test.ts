import { describe, expect, it } from 'vitest';
import { en as english, type Messages } from '../../src/i18n/en.ts';
import { EN_GB } from '../../src/i18n/locale.ts';
import { makeRenderContext } from '../../src/render/context.ts';
import { editionOf } from '../../src/i18n/editions.ts';
import { countryLayers } from '../../src/map/layers/registry.ts';
import { tripNotes } from '../../src/map/trip-annotations.ts';
import { explainerFacts } from '../../src/views/explainer-facts.ts';
import { buildTripMap } from '../../src/map/geo/trip-map.ts';
import { hostsBySlug } from '../../src/model/hosts.ts';
import { buildTimeline } from '../../src/views/timeline.ts';
import { realSiteData } from '../helpers/content.ts';
import { en } from '../helpers/context.ts';

// Two editions' render contexts in one process: a second "edition" whose words differ from English in a few places.
const otherWords: Messages = {
  ...english,
  icc: { ...english.icc, party: 'Vertragsstaat' },
  tripMap: { ...english.tripMap, moscow: 'Moskau', treaty: 'Vertrag mit {counterpart}' },
  explainerFacts: { ...english.explainerFacts, none: 'keine' },
};
const other = makeRenderContext({ ...EN_GB, tag: 'de', htmlLang: 'de', pathPrefix: '/de' }, otherWords, en.names, editionOf(EN_GB).blocs());

describe('caches that hold words keep one value per edition', () => {
  const data = realSiteData();

  it('layers, map notes, the trip map and the explainer’s facts are built again for another edition’s strings, and kept for each', () => {
    const layers = countryLayers(en, data);
    const notes = tripNotes(en, data);
    const map = buildTripMap(en, hostsBySlug(data), data.visits, notes);
    const facts = explainerFacts(en, data);
    const otherLayers = countryLayers(other, data);
    const otherNotes = tripNotes(other, data);
    const otherMap = buildTripMap(other, hostsBySlug(data), data.visits, otherNotes);
    expect(otherLayers).not.toBe(layers);
    expect(otherLayers.find((l) => l.id === 'icc')!.classes.find((c) => c.id === 'party')!.label).toBe('Vertragsstaat');
    expect(otherLayers.find((l) => l.id === 'icc')!.href).toBe('/de/map/icc/');
    expect(otherNotes.find((n) => n.visitId === '2024-06-19-north-korea')!.text).toMatch(/^Vertrag mit /);
    expect(otherMap.moscowLabel.lines).toEqual(['Moskau']);
    expect(explainerFacts(other, data)).not.toBe(facts);
    expect(countryLayers(en, data)).toBe(layers);
    expect(tripNotes(en, data)).toBe(notes);
    expect(buildTripMap(en, hostsBySlug(data), data.visits, notes)).toBe(map);
    expect(map.moscowLabel.lines).toEqual(['Moscow']);
    expect(layers.find((l) => l.id === 'icc')!.href).toBe('/map/icc/');
  });

  it('gives timeline events and the explainer’s facts the same ids, dates and targets in every edition: ids never come from words', () => {
    const shape = (ctx: typeof en) => ({
      events: buildTimeline(ctx, data).events.map((e) => [e.key, e.kind, e.date, e.href.replace(ctx.locale.pathPrefix, ''), e.country?.iso3]),
      facts: [...explainerFacts(ctx, data).keys()],
    });
    const english = shape(en);
    expect(shape(other)).toEqual(english);
    expect(english.events.length).toBeGreaterThan(100);
  });
});
