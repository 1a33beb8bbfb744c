import { z } from 'zod';
import { INVASION_DATE, isoDate, sources, text } from './common.ts';
import { UN_MEMBERS } from './un-members.ts';

export const VOTES = ['yes', 'no', 'abstain', 'non-voting'] as const;
export const vote = z.enum(VOTES, { error: `expected one of: ${VOTES.join(', ')}` });
export type Vote = z.output<typeof vote>;

const memberCodes = new Set<string>(UN_MEMBERS.map((m) => m.iso3));

const count = z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' }).min(0, { error: 'expected a whole number of 0 or more' });

/** A UN General Assembly resolution and its recorded vote. */
export const resolutionSchema = z
  .strictObject({
    symbol: z.string({ error: 'expected a resolution symbol' }).regex(/^A\/RES\/(?:ES-\d+|\d+)\/\d+$/, {
      error: 'expected a General Assembly resolution symbol such as "A/RES/ES-11/1"',
    }),
    date: isoDate.describe('Date of adoption (New York).'),
    name: text
      .refine((s) => [...s].length <= 46, { error: 'expected a short plain-language name of at most 46 characters (it is the vote map page’s title, with the site’s name)' })
      .describe('A short plain-language name readers see first, the code second: "Russia suspended from the Human Rights Council" (at most 46 characters: it titles the vote’s map page).'),
    title: text.describe('The official title.'),
    summary: text.describe('One sentence, in our own words, on what it demands or decides.'),
    totals: z.strictObject({ yes: count, no: count, abstain: count, nonVoting: count }).describe('The official totals as recorded by the UN.'),
    /** True only when `votes` lists every member state. */
    complete: z.boolean({ error: 'expected true or false' }).describe('True only when votes lists all 193 members and its counts equal totals.'),
    sources,
    notes: text.optional().describe('Where sources disagree on a vote, the symbol, or a later correction.'),
    provenance: text.optional().describe('How the roll call was copied (the dataset, repository, commit and file); shown in the method on /data/, not on the vote’s own pages.'),
    /**
     * Members that had lost their vote under Article 19 of the UN Charter (arrears of two full years' contributions)
     * on the day: their "non-voting" was not a choice. Required for every resolution adopted since the invasion.
     */
    article19: z
      .strictObject({
        members: z.array(z.string().refine((code) => memberCodes.has(code), { error: 'expected the ISO 3166-1 alpha-3 code of a UN member state' })),
        sources,
        note: text.optional(),
      })
      .optional()
      .describe('Members without a vote under Article 19 of the UN Charter on the day (ISO3), with the UN document that lists them.'),
    votes: z.record(
      z.string().refine((code) => memberCodes.has(code), { error: 'expected the ISO 3166-1 alpha-3 code of a UN member state' }),
      vote,
    ).describe('Each member’s recorded vote, keyed by ISO 3166-1 alpha-3 code.'),
  })
  .superRefine((r, ctx) => {
    const counted = { yes: 0, no: 0, abstain: 0, nonVoting: 0 };
    for (const v of Object.values(r.votes)) counted[v === 'non-voting' ? 'nonVoting' : v] += 1;
    const totalMembers = r.totals.yes + r.totals.no + r.totals.abstain + r.totals.nonVoting;
    if (r.complete) {
      const missing = UN_MEMBERS.filter((m) => !(m.iso3 in r.votes)).map((m) => m.iso3);
      if (missing.length) {
        ctx.addIssue({ code: 'custom', path: ['votes'], input: missing.join(', '), message: `expected a vote for every member state when complete is true; missing ${missing.length}` });
      }
      for (const key of ['yes', 'no', 'abstain', 'nonVoting'] as const) {
        if (counted[key] !== r.totals[key]) {
          ctx.addIssue({ code: 'custom', path: ['totals', key], input: r.totals[key], message: `expected ${counted[key]}, the number of "${key === 'nonVoting' ? 'non-voting' : key}" votes in the roll call` });
        }
      }
    } else {
      for (const key of ['yes', 'no', 'abstain', 'nonVoting'] as const) {
        if (counted[key] > r.totals[key]) {
          ctx.addIssue({ code: 'custom', path: ['totals', key], input: r.totals[key], message: `expected at least ${counted[key]}, the "${key}" votes already listed` });
        }
      }
    }
    if (r.date >= INVASION_DATE && !r.article19) {
      ctx.addIssue({ code: 'custom', path: ['article19'], input: undefined, message: 'expected the members without a vote under Article 19 of the Charter on the day, with sources (an empty members list if there were none)' });
    }
    r.article19?.members.forEach((iso3, i) => {
      if (r.votes[iso3] !== 'non-voting') {
        ctx.addIssue({ code: 'custom', path: ['article19', 'members', i], input: iso3, message: `expected ${iso3} recorded as "non-voting" in votes: a member under Article 19 cannot vote (it is recorded as ${JSON.stringify(r.votes[iso3] ?? null)})` });
      }
    });
    if (r.article19 && new Set(r.article19.members).size !== r.article19.members.length) {
      ctx.addIssue({ code: 'custom', path: ['article19', 'members'], input: r.article19.members.join(', '), message: 'expected each member only once' });
    }
    if (totalMembers > UN_MEMBERS.length) {
      ctx.addIssue({ code: 'custom', path: ['totals'], input: totalMembers, message: `expected totals adding up to at most ${UN_MEMBERS.length} member states` });
    }
  });

export type Resolution = z.output<typeof resolutionSchema>;
