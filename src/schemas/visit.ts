import { z } from 'astro/zod';
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
  }),
  start: isoDate,
  end: isoDate,
  cities: z.array(place, { error: 'expected a list of cities with name, lat and lon' }).min(1, { error: 'expected at least one city' }),
  kind: visitKind,
  event: text.optional(),
  counterpart: text,
  signed: z.array(text).min(1).optional(),
  notes: text.optional(),
  sources,
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
