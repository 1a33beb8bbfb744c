import { z } from 'zod';
import { isoDate, sources, text } from './common.ts';
import { UN_MEMBERS } from './un-members.ts';

const count = z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' }).min(0, { error: 'expected a whole number of 0 or more' });
const memberCodes = new Set<string>(UN_MEMBERS.map((m) => m.iso3));

/** One recorded vote: its official totals and every member's vote as one letter, in the file's member order. */
const assemblyVote = z.strictObject({
  /** A resolution adopted in parts with a vote each carries its part: `A/RES/78/183 B`. */
  symbol: z.string().regex(/^A\/RES\/\d+\/\d+(?: [A-Z])?$/, { error: 'expected a regular-session resolution symbol such as "A/RES/80/223" (or "A/RES/78/183 B" for a part voted on its own)' }),
  date: isoDate,
  title: text,
  totals: z.strictObject({ yes: count, no: count, abstain: count, nonVoting: count }),
  /** Y yes, N no, A abstained, X did not vote: one letter per member, in the order of the file's `members`. */
  record: z.string().regex(/^[YNAX]+$/, { error: 'expected one letter per member: Y (yes), N (no), A (abstained) or X (did not vote)' }),
});

/**
 * `content/assembly-votes/session-<n>.json`: every General Assembly resolution of one regular session adopted by
 * recorded vote, one compact record per vote. The alignment figures (contested votes, src/model/alignment.ts) are
 * computed from these files; `npm run import:votes` writes them from the UN Library's bulk voting data.
 */
export const assemblyVotesSchema = z
  .strictObject({
    session: z.number().int().min(1).describe('The regular session, e.g. 80 (September 2025 to September 2026).'),
    note: text.describe('How the copy was made, and which votes are missing and why.'),
    sources: sources.describe('Where the roll calls come from: the UN record first.'),
    members: z.array(z.string().refine((c) => memberCodes.has(c), { error: 'expected the ISO 3166-1 alpha-3 code of a UN member state' })).describe('The ISO3 codes the records follow, each UN member once.'),
    votes: z.array(assemblyVote).describe('The recorded votes, oldest first.'),
    missing: z
      .array(z.strictObject({ votes: text.describe('Which votes: a symbol such as "A/RES/77/293", or a span such as "Votes after 2026-06-04".'), reason: text.describe('Why they are not in the file, in a phrase.') }))
      .describe('The recorded votes of the session that the file does not hold, each with its reason; shown on /data/. Empty when none is missing.'),
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], input: unknown, message: string) => ctx.addIssue({ code: 'custom', path, input, message });
    const missing = UN_MEMBERS.filter((m) => !file.members.includes(m.iso3)).map((m) => m.iso3);
    if (missing.length || new Set(file.members).size !== file.members.length) {
      issue(['members'], missing.join(', ') || file.members.length, `expected each of the ${UN_MEMBERS.length} UN members exactly once${missing.length ? ` (missing ${missing.join(', ')})` : ''}`);
    }
    const seen = new Set<string>();
    const recorded = new Set(file.votes.map((v) => v.symbol));
    file.missing.forEach((m, i) => {
      if (recorded.has(m.votes)) issue(['missing', i, 'votes'], m.votes, 'expected a vote the file does not hold: this one is recorded in votes, so remove it from missing');
    });
    file.votes.forEach((v, i) => {
      if (seen.has(v.symbol)) issue(['votes', i, 'symbol'], v.symbol, 'expected each resolution once');
      seen.add(v.symbol);
      if (!v.symbol.startsWith(`A/RES/${file.session}/`)) issue(['votes', i, 'symbol'], v.symbol, `expected a resolution of session ${file.session} (A/RES/${file.session}/…)`);
      if (v.record.length !== file.members.length) {
        issue(['votes', i, 'record'], `${v.record.length} letters`, `expected ${file.members.length} letters, one per member in the order of members`);
        return;
      }
      const counted = { yes: 0, no: 0, abstain: 0, nonVoting: 0 };
      for (const letter of v.record) counted[({ Y: 'yes', N: 'no', A: 'abstain', X: 'nonVoting' } as const)[letter as 'Y' | 'N' | 'A' | 'X']] += 1;
      for (const key of ['yes', 'no', 'abstain', 'nonVoting'] as const) {
        if (counted[key] !== v.totals[key]) issue(['votes', i, 'totals', key], v.totals[key], `expected ${counted[key]}, the number of "${key}" letters in the record (${v.symbol})`);
      }
      const previous = file.votes[i - 1];
      if (previous && previous.date > v.date) issue(['votes', i, 'date'], v.date, `expected votes oldest first (the one before is dated ${previous.date})`);
    });
  });

export type AssemblyVotes = z.output<typeof assemblyVotesSchema>;
export type AssemblyVote = AssemblyVotes['votes'][number];
