import type { Visit } from '../../schemas/visit.ts';
import type { Problem } from '../problem.ts';
import { byCodePoint } from '../../model/order.ts';

interface VisitFile {
  file: string;
  data: Visit;
}

/**
 * Two files for one trip (or a typo in a date) would count and draw the trip twice: visits to the same country
 * may not overlap. The one exception is a genuinely separate trip that starts the day an earlier one ended
 * (Putin left and came back): it says so with `separateTrip: true`, and a second trip starting the same day as
 * another is named `<start>-<country>-2.yaml`. `separateTrip` anywhere else is rejected, so it stays honest.
 */
/** The file name without extension, so `…-china` sorts before `…-china-2`. */
const stem = (file: string) => file.replace(/\.[^.]+$/, '');

export function overlappingVisitProblems(visits: readonly VisitFile[]): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...visits].sort(
    (a, b) => byCodePoint(a.data.country, b.data.country) || byCodePoint(a.data.start, b.data.start) || byCodePoint(a.data.end, b.data.end) || byCodePoint(stem(a.file), stem(b.file)),
  );
  let latest: VisitFile | undefined; // the trip to this country that ends last so far
  for (const visit of sorted) {
    if (latest?.data.country !== visit.data.country) latest = undefined;
    const { start, separateTrip } = visit.data;
    const touches = latest !== undefined && start <= latest.data.end;
    const separateOk = touches && separateTrip === true && start === latest!.data.end;
    if (touches && !separateOk) {
      problems.push({
        file: visit.file,
        field: 'start',
        value: start,
        expected: `expected a date after ${latest!.data.end}: ${latest!.file} already has a trip to ${visit.data.country} from ${latest!.data.start} to ${latest!.data.end} (merge the two files or correct the dates; only a genuinely separate trip may start the day the other ends, marked separateTrip: true and, when both start that day, named ${start}-${visit.data.country}-2.yaml)`,
      });
    } else if (!touches && separateTrip !== undefined) {
      problems.push({
        file: visit.file,
        field: 'separateTrip',
        value: separateTrip,
        expected: `expected no separateTrip field: it marks a second trip that starts the day an earlier trip to ${visit.data.country} ended, and no trip to ${visit.data.country} ends on ${start}`,
      });
    }
    if (!latest || visit.data.end > latest.data.end) latest = visit;
  }
  return problems;
}
