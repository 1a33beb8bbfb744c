import type { VisitRecord } from './records.ts';

/** A trip abroad, as opposed to a visit to occupied Ukrainian territory (never counted or drawn as foreign). */
export const isForeignTrip = (visit: VisitRecord) => visit.kind !== 'occupied-territory';

/** Foreign trips only, in chronological order. */
export function foreignTrips(visits: readonly VisitRecord[]): VisitRecord[] {
  return visits.filter(isForeignTrip);
}

/** Visits grouped by host slug, each list chronological. */
export function visitsByCountry(visits: readonly VisitRecord[]): Map<string, VisitRecord[]> {
  const grouped = new Map<string, VisitRecord[]>();
  for (const visit of visits) grouped.set(visit.country, [...(grouped.get(visit.country) ?? []), visit]);
  return grouped;
}

/** Years covered by the data, from the invasion to the as-of date. */
export function yearsCovered(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
}
