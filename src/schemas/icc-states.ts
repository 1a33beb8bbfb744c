import { z } from 'zod';
import { isoDate, sources } from './common.ts';

const iso3 = z.string().regex(/^[A-Z]{3}$/, { error: 'expected a three-letter upper-case ISO 3166-1 alpha-3 code' });

/** `content/icc-states-parties.json`: every state that is or was a party to the Rome Statute, and the Court's acts on Putin. */
export const iccStatesSchema = z
  .strictObject({
    sources,
    /** The arrest warrant for Putin: its date is data (footnoted on every page that counts from it), not a literal in code. */
    warrant: z
      .strictObject({ issued: isoDate.describe('The day Pre-Trial Chamber II issued it.'), sources })
      .describe('The ICC arrest warrant for Putin: issued (YYYY-MM-DD) and sources.'),
    /** Judicial findings that a state party failed to arrest Putin (Rome Statute article 87(7)). */
    nonCompliance: z
      .array(z.strictObject({ iso3, date: isoDate.describe('The day the Chamber made its finding.'), sources }))
      .describe('ICC findings that a state party failed to arrest Putin: iso3, date, sources (oldest first).'),
    states: z
      .array(
        z.strictObject({
          iso3,
          inForce: isoDate,
          withdrawal: z.strictObject({ notified: isoDate, effective: isoDate }).optional(),
        }),
      )
      .min(1)
      .refine((states) => new Set(states.map((s) => s.iso3)).size === states.length, { error: 'expected each state only once' }),
  })
  .superRefine((value, ctx) => {
    const parties = new Map(value.states.map((s) => [s.iso3, s]));
    value.nonCompliance.forEach((finding, i) => {
      const state = parties.get(finding.iso3);
      if (!state || state.inForce > finding.date || (state.withdrawal && state.withdrawal.effective <= finding.date)) {
        ctx.addIssue({ code: 'custom', path: ['nonCompliance', i, 'iso3'], input: finding.iso3, message: `expected a state listed in states and bound by the Rome Statute on ${finding.date}` });
      }
      if (finding.date < value.warrant.issued) {
        ctx.addIssue({ code: 'custom', path: ['nonCompliance', i, 'date'], input: finding.date, message: `expected a date on or after the warrant (${value.warrant.issued})` });
      }
    });
  });

export type IccStates = z.output<typeof iccStatesSchema>;
