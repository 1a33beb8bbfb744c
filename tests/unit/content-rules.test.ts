import { describe, expect, it } from 'vitest';
import type { Visit } from '../../src/schemas/visit.ts';
import { datasetAsOfProblems, latestCalendarDate } from '../../src/validation/rules/dataset-as-of.ts';
import { overlappingVisitProblems } from '../../src/validation/rules/overlapping-visits.ts';

const visit = (file: string, start: string, end: string, separateTrip?: true) => ({
  file,
  data: { country: 'china', start, end, cities: [{ name: 'Beijing', lat: 39.9, lon: 116.4 }], kind: 'state-visit', counterpart: 'Xi Jinping', sources: ['https://example.org/a'], ...(separateTrip ? { separateTrip } : {}) } as Visit,
});

describe('overlapping visits', () => {
  it('allows back-to-back trips and trips to other countries', () => {
    expect(overlappingVisitProblems([visit('a', '2024-05-16', '2024-05-17'), visit('b', '2024-05-18', '2024-05-18')])).toEqual([]);
    const elsewhere = visit('c', '2024-05-16', '2024-05-17');
    elsewhere.data.country = 'belarus';
    expect(overlappingVisitProblems([visit('a', '2024-05-16', '2024-05-17'), elsewhere])).toEqual([]);
  });
  it('allows a separate trip only from the day the earlier one ends, and only when marked', () => {
    expect(overlappingVisitProblems([visit('v/2024-05-16-china', '2024-05-16', '2024-05-17'), visit('v/2024-05-17-china', '2024-05-17', '2024-05-17', true)])).toEqual([]);
    expect(overlappingVisitProblems([visit('v/2024-05-16-china', '2024-05-16', '2024-05-17'), visit('v/2024-05-17-china', '2024-05-17', '2024-05-17')])).toHaveLength(1);
    const inside = overlappingVisitProblems([visit('v/2024-05-16-china', '2024-05-16', '2024-05-19'), visit('v/2024-05-17-china', '2024-05-17', '2024-05-17', true)]);
    expect(inside.map((p) => [p.file, p.field])).toEqual([['v/2024-05-17-china', 'start']]);
  });
  it('refuses separateTrip on a trip that overlaps nothing', () => {
    expect(overlappingVisitProblems([visit('v/2024-05-16-china', '2024-05-16', '2024-05-16'), visit('v/2024-06-01-china', '2024-06-01', '2024-06-01', true)]).map((p) => p.field)).toEqual(['separateTrip']);
  });
});

describe('dataset as-of date', () => {
  const dataset = (asOf: string) => ({ asOf, title: 't', citation: 'c' });
  it('accepts today and earlier, refuses tomorrow', () => {
    expect(datasetAsOfProblems(dataset('2026-12-01'), 'dataset.yaml', '2026-12-01')).toEqual([]);
    expect(datasetAsOfProblems(dataset('2026-11-30'), 'dataset.yaml', '2026-12-01')).toEqual([]);
    expect(datasetAsOfProblems(dataset('2026-12-02'), 'dataset.yaml', '2026-12-01')).toMatchObject([{ field: 'asOf', value: '2026-12-02' }]);
  });
  it('takes today where the calendar is furthest ahead (UTC+14)', () => {
    expect(latestCalendarDate(new Date('2026-12-01T09:59:00Z'))).toBe('2026-12-01');
    expect(latestCalendarDate(new Date('2026-12-01T10:00:00Z'))).toBe('2026-12-02');
  });
});
