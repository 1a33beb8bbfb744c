import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { buildTripMap } from '../../src/map/geo/trip-map.ts';
import { hostsBySlug } from '../../src/model/hosts.ts';
import { tripMapSummary } from '../../src/views/trip-views.ts';
import { foreignTrips } from '../../src/model/visits.ts';
import { realSiteData } from '../helpers/content.ts';

describe('trip map summary', () => {
  const data = realSiteData();
  const summary = tripMapSummary(en, data, buildTripMap(en, hostsBySlug(data), data.visits));
  const trips = foreignTrips(data.visits);

  it('counts the trips, the hosts and the trips to former Soviet states from the data', () => {
    const formerUssr = new Set(['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'UKR', 'MDA', 'GEO', 'EST', 'LVA', 'LTU']);
    const iso3 = new Map(data.countries.map((c) => [c.slug, c.iso3]));
    const toFormerUssr = trips.filter((v) => formerUssr.has(iso3.get(v.country)!)).length;
    expect(summary).toContain(`${trips.length} foreign trips to ${new Set(trips.map((v) => v.country)).size} countries, ${toFormerUssr} of them to former Soviet states.`);
  });

  it('names the most visited hosts with their counts, and types no claim the data does not back', () => {
    expect(summary).toMatch(/Most visited: [^.]+\(\d+\)/);
    expect(summary).not.toContain('almost all');
  });
});
