import { z } from 'zod';
import { isoDate, sources } from './common.ts';

/** `content/icc-states-parties.json`: every state that is or was a party to the Rome Statute. */
export const iccStatesSchema = z.strictObject({
  sources,
  states: z
    .array(
      z.strictObject({
        iso3: z.string().regex(/^[A-Z]{3}$/, { error: 'expected a three-letter upper-case ISO 3166-1 alpha-3 code' }),
        inForce: isoDate,
        withdrawal: z.strictObject({ notified: isoDate, effective: isoDate }).optional(),
      }),
    )
    .min(1)
    .refine((states) => new Set(states.map((s) => s.iso3)).size === states.length, { error: 'expected each state only once' }),
});

export type IccStates = z.output<typeof iccStatesSchema>;
