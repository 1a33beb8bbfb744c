import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { headlineNumbers } from '../../src/model/country-stats.ts';
import { visitsDownloadData } from '../../src/outputs/downloads.ts';
import { buildTripMap } from '../../src/map/geo/trip-map.ts';
import { hostsBySlug } from '../../src/model/hosts.ts';
import { memberStats } from '../../src/model/member-stats.ts';
import type { VisitRecord } from '../../src/model/records.ts';
import { buildTimeline } from '../../src/views/timeline.ts';
import { realSiteData } from '../helpers/content.ts';

const real = realSiteData();
/** A trip to a member without a written profile (Türkiye, an ICC non-party): the record must not wait for prose. */
const visit: VisitRecord = {
  id: '2026-05-01-turkiye',
  country: 'turkiye',
  start: '2026-05-01',
  end: '2026-05-01',
  cities: [{ name: 'Ankara', lat: 39.9334, lon: 32.8597 }],
  kind: 'working-visit',
  counterpart: 'Recep Tayyip Erdoğan (President of Türkiye)',
  sources: ['https://example.org/a'],
};
const data = { ...real, visits: [...real.visits, visit] };

describe('a trip to a member without a written profile', () => {
  it('is a host like any other: member page, map, headline, downloads and timeline', () => {
    expect(real.countries.some((c) => c.iso3 === 'TUR')).toBe(false);
    const turkiye = memberStats(data).get('turkiye')!;
    expect(turkiye.tripCount).toBe(1);
    expect(turkiye.visits.map((v) => v.id)).toEqual([visit.id]);
    expect(hostsBySlug(data).get('turkiye')!.iso3).toBe('TUR');
    const map = buildTripMap(en, hostsBySlug(data), data.visits);
    expect(map.hosts.find((h) => h.country.slug === 'turkiye')?.trips).toBe(1);
    expect(headlineNumbers(data).trips).toBe(headlineNumbers(real).trips + 1);
    expect(visitsDownloadData(data).visits.find((v) => v.id === visit.id)).toMatchObject({ country: 'TUR', countryName: 'Türkiye' });
    const event = buildTimeline(en, data).events.find((e) => e.key === `trip/${visit.id}`)!;
    expect(event.href).toBe(`/countries/turkiye/#visit-${visit.id}`);
  });

  it('on Russia’s own page, Putin’s trips abroad are counted, never visits to Russia', () => {
    const russia = memberStats(real).get('russia')!;
    expect(russia.tripCount).toBe(0);
    expect(russia.ownTrips).toEqual({ trips: headlineNumbers(real).trips, countries: headlineNumbers(real).countriesVisited });
    expect(memberStats(real).get('brazil')!.ownTrips).toBeUndefined();
  });
});
