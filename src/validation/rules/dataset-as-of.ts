import type { Dataset } from '../../schemas/dataset.ts';
import type { Problem } from '../problem.ts';

/**
 * Today's date where the calendar is furthest ahead (UTC+14, Kiribati's Line Islands), so an editor anywhere
 * who sets asOf to their own today is never refused by a build machine still on yesterday in UTC.
 */
export function latestCalendarDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** asOf promises every record was checked up to that day: a day that has not come yet cannot be checked. */
export function datasetAsOfProblems(dataset: Dataset | undefined, file: string, today: string = latestCalendarDate()): Problem[] {
  if (!dataset || dataset.asOf <= today) return [];
  return [{ file, field: 'asOf', value: dataset.asOf, expected: `expected a date on or before the day of this build (${today} in the earliest time zone, UTC+14): asOf is the day up to which every record was checked` }];
}
