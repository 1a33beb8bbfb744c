import { z } from 'zod';
import { isoDate, sources } from './common.ts';

/**
 * A notice of withdrawal (Rome Statute article 127): it takes effect a year after the UN Secretary-General receives
 * it, unless the state revokes it before then (Hungary, 2026), in which case it never took effect.
 */
export const withdrawal = z
  .strictObject({
    notified: isoDate.describe('The day the UN Secretary-General received the written notice.'),
    effective: isoDate.describe('The day it takes (or took) effect: one year after notice.'),
    revoked: isoDate.optional().describe('The day a revocation of the notice was deposited, before it took effect.'),
    sources: sources.optional().describe('The depositary notifications or reports of this withdrawal (and its revocation).'),
  })
  .superRefine((w, ctx) => {
    if (w.effective <= w.notified) ctx.addIssue({ code: 'custom', path: ['effective'], input: w.effective, message: `expected a date after notified (${w.notified})` });
    if (w.revoked && (w.revoked < w.notified || w.revoked >= w.effective)) {
      ctx.addIssue({ code: 'custom', path: ['revoked'], input: w.revoked, message: `expected a date from notified (${w.notified}) to before effective (${w.effective}): a withdrawal can only be revoked before it takes effect` });
    }
  });

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
          withdrawal: withdrawal.optional(),
        }),
      )
      .min(1)
      .refine((states) => new Set(states.map((s) => s.iso3)).size === states.length, { error: 'expected each state only once' }),
  })
  .superRefine((value, ctx) => {
    const parties = new Map(value.states.map((s) => [s.iso3, s]));
    value.nonCompliance.forEach((finding, i) => {
      const state = parties.get(finding.iso3);
      if (!state || state.inForce > finding.date || (state.withdrawal && !state.withdrawal.revoked && state.withdrawal.effective <= finding.date)) {
        ctx.addIssue({ code: 'custom', path: ['nonCompliance', i, 'iso3'], input: finding.iso3, message: `expected a state listed in states and bound by the Rome Statute on ${finding.date}` });
      }
      if (finding.date < value.warrant.issued) {
        ctx.addIssue({ code: 'custom', path: ['nonCompliance', i, 'date'], input: finding.date, message: `expected a date on or after the warrant (${value.warrant.issued})` });
      }
    });
  });

export type IccStates = z.output<typeof iccStatesSchema>;
