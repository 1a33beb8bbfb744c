import { z } from 'zod';
import { VISIT_KINDS } from './visit.ts';
import { RELATIONSHIPS } from './country.ts';
import { M49_REGIONS } from './un-members.ts';
import { VOTES } from './resolution.ts';
import { BLOC_IDS, MEMBERSHIP_STATUSES } from './blocs.ts';

/**
 * The published data files' shapes (/data/*.json). Other people's code reads these: change them only with a
 * new file name. The tests validate the built files against these schemas.
 */
const date = z.iso.date();
const count = z.number().int().min(0);
/** A member's votes over one set of resolutions, in six classes that add up to the set's size. */
const voteBreakdown = z.strictObject({ withRussia: count, againstRussia: count, abstained: count, absent: count, article19: count, unknown: count });
const https = z.url({ protocol: /^https$/ });

const downloadVisit = z.strictObject({
  id: z.string(),
  country: z.string().regex(/^[A-Z]{3}$/),
  countryName: z.string(),
  start: date,
  end: date,
  cities: z.array(z.strictObject({ name: z.string(), lat: z.number(), lon: z.number() })).min(1),
  kind: z.enum(VISIT_KINDS),
  event: z.string().nullable(),
  counterpart: z.string(),
  sources: z.array(https).min(1),
});

export const visitsDownload = z.strictObject({
  asOf: date,
  visits: z.array(downloadVisit.extend({ kind: z.enum(VISIT_KINDS.filter((k) => k !== 'occupied-territory') as [string, ...string[]]) })),
  occupiedTerritoryVisits: z.array(downloadVisit.extend({ kind: z.literal('occupied-territory') })),
});

export const unVotesDownload = z.strictObject({
  resolutions: z.array(
    z.strictObject({
      symbol: z.string(),
      date,
      title: z.string(),
      totals: z.strictObject({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int(), nonVoting: z.number().int() }),
      complete: z.boolean(),
      /** The set it is counted in: the emergency special session since the invasion, the regular sessions since the invasion, or context before it. */
      set: z.enum(['emergency', 'regular', 'context']),
      sources: z.array(https).min(1),
      /** Members without a vote under Article 19 of the Charter that day (recorded "non-voting"), with the UN's list; null before the invasion. */
      article19: z.strictObject({ members: z.array(z.string().regex(/^[A-Z]{3}$/)), sources: z.array(https).min(1) }).nullable(),
    }),
  ),
  votes: z.record(z.string().regex(/^[A-Z]{3}$/), z.record(z.string(), z.enum(VOTES))),
});

export const countriesDownload = z.strictObject({
  asOf: date,
  countries: z.array(
    z.strictObject({
      slug: z.string(),
      name: z.string(),
      iso3: z.string().regex(/^[A-Z]{3}$/),
      isoNumeric: z.string().regex(/^\d{3}$/),
      /** M49 continental region. */
      region: z.enum(M49_REGIONS),
      /** True when the member has a written profile; its relationship with Russia is classified only then (null otherwise). */
      writtenProfile: z.boolean(),
      relationship: z.enum(RELATIONSHIPS).nullable(),
      iccStateParty: z.boolean(),
      url: https,
      visitCount: z.number().int().min(0),
      /**
       * Stances on the General Assembly resolutions adopted since 2022-02-24 (the six add up to their number):
       * the same yes/no as Russia, the opposite, abstained, did not vote, could not vote under Article 19, or not in a partial roll call.
       */
      voteBreakdown,
      /** The same six classes over the regular sessions' recorded votes on the war, counted apart. */
      voteBreakdownRegular: voteBreakdown,
      /** When it was put on Russia's list of "unfriendly" states, if it is on it; null if it is not. */
      unfriendlyListSince: date.nullable(),
      /** Its current tie to each bloc it has one to (a bloc it has no tie to is left out). */
      blocs: z.partialRecord(z.enum(BLOC_IDS), z.enum(MEMBERSHIP_STATUSES)),
    }),
  ),
});

export type VisitsDownload = z.output<typeof visitsDownload>;
export type UnVotesDownload = z.output<typeof unVotesDownload>;
export type CountriesDownload = z.output<typeof countriesDownload>;

/** `/data/alignment.json`: per member and regular session, its votes on the votes where Russia and the EU majority split. */
export const alignmentDownload = z.strictObject({
  definition: z.string(),
  sessions: z.array(
    z.strictObject({
      session: z.number().int(),
      recorded: count,
      contested: count,
      lastVote: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      missing: z.array(z.strictObject({ votes: z.string(), reason: z.string() })),
      sources: z.array(https).min(1),
    }),
  ),
  members: z.array(
    z.strictObject({
      iso3: z.string().regex(/^[A-Z]{3}$/),
      name: z.string(),
      sessions: z.array(z.strictObject({ session: z.number().int(), contested: count, withRussia: count, withEu: count, abstained: count, absent: count })),
    }),
  ),
});
export type AlignmentDownload = z.output<typeof alignmentDownload>;

