import { z } from 'zod';
import { isoDate, sources, text } from './common.ts';
import { unMemberIso3 } from './unfriendly-states.ts';

/** The blocs around Moscow that the site tracks; the ids are part of the public /data/ downloads. */
export const BLOC_IDS = ['csto', 'eaeu', 'cis', 'sco', 'brics', 'union-state'] as const;
export const blocId = z.enum(BLOC_IDS, { error: `expected one of: ${BLOC_IDS.join(', ')}` });
export type BlocId = z.output<typeof blocId>;

/**
 * A country's tie to a bloc. `partner` covers SCO partners (observers and dialogue partners were merged into it in
 * September 2025) and BRICS partner countries; `leaving` is a member whose formal exit has begun but not yet taken effect.
 */
export const MEMBERSHIP_STATUSES = ['member', 'suspended', 'observer', 'partner', 'associate', 'leaving'] as const;
export const membershipStatus = z.enum(MEMBERSHIP_STATUSES, { error: `expected one of: ${MEMBERSHIP_STATUSES.join(', ')}` });
export type MembershipStatus = z.output<typeof membershipStatus>;

/**
 * A date as precise as the sources give it: YYYY, YYYY-MM or YYYY-MM-DD. Old accessions are often reported by year
 * only, and a guessed day would be a made-up fact.
 */
export const partialDate = z.union([
  isoDate,
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  z.string().regex(/^\d{4}$/),
], { error: 'expected a date written as YYYY-MM-DD, or YYYY-MM or YYYY when sources give no day' });

/** Whether `later` can be on or after `earlier`, comparing only as precisely as the less precise of the two. */
export function notBefore(later: string, earlier: string): boolean {
  const n = Math.min(later.length, earlier.length);
  return later.slice(0, n) >= earlier.slice(0, n);
}

const previousStatus = z.strictObject({ status: membershipStatus, since: partialDate, until: partialDate });

const membership = z.strictObject({
  bloc: blocId,
  iso3: unMemberIso3,
  status: membershipStatus.describe('The status on checkedUntil, or the last one held if the tie has ended (`until`).'),
  /**
   * A tie to one of the bloc's organs rather than to the bloc itself: Serbia's National Assembly is an observer in the
   * CSTO Parliamentary Assembly, not in the CSTO. Shown with that wording; counted with the bloc's other ties.
   */
  body: z.literal('parliamentary-assembly', { error: 'expected "parliamentary-assembly", or leave the field out' }).optional().describe('Only for a tie to the bloc’s parliamentary assembly rather than to the bloc itself.'),
  since: partialDate.describe('When the current status began.'),
  until: partialDate.optional().describe('When the tie ended, if it has.'),
  previous: z.array(previousStatus).min(1).optional().describe('Earlier statuses in the same bloc, oldest first.'),
  note: text.optional().describe('Where sources disagree on a date or status, and which we follow.'),
  sources,
});

/** A bloc tracked here: its names are in each edition's names tables (src/i18n/names/), not in the data. */
const bloc = z.strictObject({ id: blocId, note: text.optional(), sources });

/** A tie that some sources claim and others deny; kept apart so it is never counted as a membership. */
const unconfirmed = z.strictObject({
  bloc: blocId,
  iso3: unMemberIso3,
  claim: membershipStatus,
  claimedSince: partialDate,
  note: text,
  sources,
});

/** `content/blocs.json`: memberships of the blocs Russia leads or belongs to. */
export const blocsSchema = z
  .strictObject({
    checkedUntil: isoDate.describe('Statuses are as of this date.'),
    blocs: z.array(bloc),
    memberships: z.array(membership).min(1),
    unconfirmed: z.array(unconfirmed),
  })
  .superRefine((data, ctx) => {
    const issue = (path: (string | number)[], input: unknown, message: string) => ctx.addIssue({ code: 'custom', path, input, message });

    const ids = data.blocs.map((b) => b.id);
    if (new Set(ids).size !== ids.length || BLOC_IDS.some((id) => !ids.includes(id))) {
      issue(['blocs'], ids, `expected each of ${BLOC_IDS.join(', ')} exactly once`);
    }

    const seen = new Set<string>();
    data.memberships.forEach((m, i) => {
      const key = `${m.bloc} ${m.iso3}`;
      if (seen.has(key)) issue(['memberships', i], key, 'expected one membership record per bloc and country (put earlier statuses in `previous`)');
      seen.add(key);
      if (!notBefore(data.checkedUntil, m.since)) issue(['memberships', i, 'since'], m.since, `expected a date on or before checkedUntil (${data.checkedUntil})`);
      if (m.until !== undefined) {
        if (!notBefore(m.until, m.since)) issue(['memberships', i, 'until'], m.until, `expected a date on or after since (${m.since})`);
        if (!notBefore(data.checkedUntil, m.until)) issue(['memberships', i, 'until'], m.until, `expected a date on or before checkedUntil (${data.checkedUntil})`);
      }
      let next = m.since;
      [...(m.previous ?? [])].reverse().forEach((p, back) => {
        const j = m.previous!.length - 1 - back;
        if (!notBefore(p.until, p.since)) issue(['memberships', i, 'previous', j, 'until'], p.until, `expected a date on or after since (${p.since})`);
        if (!notBefore(next, p.until)) issue(['memberships', i, 'previous', j, 'until'], p.until, `expected a date on or before ${next}, when the next status began`);
        next = p.since;
      });
    });

    data.unconfirmed.forEach((u, i) => {
      if (seen.has(`${u.bloc} ${u.iso3}`)) issue(['unconfirmed', i], `${u.bloc} ${u.iso3}`, 'expected a tie that is not also recorded in memberships');
    });
  });

export type BlocsInput = z.input<typeof blocsSchema>;
export type Blocs = z.output<typeof blocsSchema>;
export type Membership = Blocs['memberships'][number];

/** Memberships in force on `date`: begun on or before it and not ended by it. */
export function membershipsOn(memberships: readonly Membership[], date: string): Membership[] {
  return memberships.filter((m) => notBefore(date, m.since) && (m.until === undefined || !notBefore(date, m.until)));
}
