import { z } from 'zod';
import { isoDate, place, sources, text } from './common.ts';

/** How a trip is classified. `occupied-territory` trips are never counted or drawn as foreign trips. */
export const VISIT_KINDS = ['state-visit', 'official-visit', 'working-visit', 'summit', 'occupied-territory'] as const;
export const visitKind = z.enum(VISIT_KINDS, {
  error: `expected one of: ${VISIT_KINDS.join(', ')}`,
});
export type VisitKind = z.output<typeof visitKind>;

/** The fields of a visit file, before cross-field rules. `country` is a countries slug; content.config swaps in reference(). */
export const visitFields = z.strictObject({
  country: z.string({ error: 'expected a country slug (the file name of a content/countries entry)' }).regex(/^[a-z]+(?:-[a-z]+)*$/, {
    error: 'expected a country slug such as "north-korea" (lowercase words joined by hyphens)',
  }).describe('The host: the file name of its profile in content/countries/ (e.g. north-korea).'),
  start: isoDate.describe('First day on the host’s soil, in the host’s local time (YYYY-MM-DD).'),
  end: isoDate.describe('Last day on the host’s soil (the same as start for a one-day trip).'),
  cities: z
    .array(place, { error: 'expected a list of cities with name, lat and lon' })
    .min(1, { error: 'expected at least one city' })
    .describe('Cities visited, in order, each with the coordinates of its centre (4 decimals).'),
  kind: visitKind.describe('State, official or working visit; summit; or a visit to occupied Ukrainian territory.'),
  event: text.optional().describe('The summit, forum or ceremony, e.g. “SCO Heads of State Council”. Leave out if none.'),
  counterpart: text.describe('The host leader(s) met, with their title.'),
  signed: z.array(text).min(1).optional().describe('What was signed, in our own words, where sources say.'),
  notes: text.optional().describe('Where sources disagree (dates, cities) and what we chose.'),
  separateTrip: z
    .literal(true, { error: 'expected true, or leave the field out' })
    .optional()
    .describe('Only on a second, genuinely separate trip that starts the day an earlier trip to the same country ended (Putin left and came back).'),
  sources: sources.describe('https links to reputable outlets or official records; two that agree where possible.'),
});

/** Rules that involve more than one field of the same visit. */
export function withVisitRules<T extends z.ZodType<{ start: string; end: string }>>(schema: T) {
  return schema.superRefine((visit, ctx) => {
    if (visit.end < visit.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        input: visit.end,
        message: `expected a date on or after start (${visit.start})`,
      });
    }
  });
}

export const visitSchema = withVisitRules(visitFields);
export type VisitInput = z.input<typeof visitSchema>;
export type Visit = z.output<typeof visitSchema>;
