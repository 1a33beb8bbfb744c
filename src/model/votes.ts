import { INVASION_DATE } from '../schemas/common.ts';
import type { Vote } from '../schemas/resolution.ts';
import type { ResolutionRecord } from './records.ts';
import { byCodePoint } from './order.ts';

export const RUSSIA = 'RUS';

/**
 * The sets the record's resolutions fall in, each counted on its own: `emergency`, the eleventh emergency special
 * session on Ukraine since the invasion (the main count everywhere); `regular`, the regular sessions' recorded
 * votes on the war since the invasion (the yearly texts on human rights in the occupied territories, and on
 * Ukraine's nuclear plants); `context`, anything before the invasion (68/262 of 2014 on Crimea), shown, never counted.
 */
export type ResolutionSet = 'emergency' | 'regular' | 'context';
export const RESOLUTION_SETS: readonly ResolutionSet[] = ['emergency', 'regular', 'context'];

export function resolutionSet(r: Pick<ResolutionRecord, 'date' | 'symbol'>): ResolutionSet {
  if (r.date < INVASION_DATE) return 'context';
  return r.symbol.startsWith('A/RES/ES-') ? 'emergency' : 'regular';
}

/** The resolutions the site's main count is over: the emergency special session's, since the invasion. */
export const isWarResolution = (r: Pick<ResolutionRecord, 'date' | 'symbol'>) => resolutionSet(r) === 'emergency';
/** The regular sessions' recorded votes on the war since the invasion, counted apart from the emergency session's. */
export const isRegularSessionResolution = (r: Pick<ResolutionRecord, 'date' | 'symbol'>) => resolutionSet(r) === 'regular';

export interface VoteCell {
  symbol: string;
  /** The resolution's short plain-language name, shown before its code. */
  name: string;
  date: string;
  title: string;
  /** `undefined` when the roll call is partial and does not list this country. */
  vote: Vote | undefined;
  /** True when the member had lost its vote under Article 19 of the Charter that day (its `vote` is "non-voting"). */
  article19: boolean;
  /** Which set the resolution is counted in (src/model/votes.ts resolutionSet). */
  set: ResolutionSet;
  /** How Russia voted on the same resolution. */
  russia: Vote | undefined;
}

/** True when the member could not vote on the resolution because of Article 19 of the Charter (arrears). */
export const underArticle19 = (r: Pick<ResolutionRecord, 'article19'>, iso3: string) => r.article19?.members.includes(iso3) ?? false;

/**
 * A vote as readers see it: the recorded vote, except that a "non-voting" member under Article 19 is shown as
 * `article19` (it could not vote) and a member missing from a partial roll call as `unknown` (not in our record).
 */
export type ShownVote = Vote | 'article19' | 'unknown';
export const SHOWN_VOTES: readonly ShownVote[] = ['yes', 'no', 'abstain', 'non-voting', 'article19', 'unknown'];

export function shownVoteOf(r: Pick<ResolutionRecord, 'votes' | 'article19'>, iso3: string): ShownVote {
  const vote = r.votes[iso3];
  if (vote === undefined) return 'unknown';
  return vote === 'non-voting' && underArticle19(r, iso3) ? 'article19' : vote;
}

/** The shown vote of one cell of a member's record. */
export const shownVote = (c: Pick<VoteCell, 'vote' | 'article19'>): ShownVote => (c.vote === undefined ? 'unknown' : c.article19 ? 'article19' : c.vote);

/** One country's vote on each resolution, in chronological order. */
export function voteRecordFor(iso3: string, resolutions: readonly ResolutionRecord[]): VoteCell[] {
  return resolutions.map((r) => ({ symbol: r.symbol, name: r.name, date: r.date, title: r.title, vote: r.votes[iso3], article19: underArticle19(r, iso3), set: resolutionSet(r), russia: r.votes[RUSSIA] }));
}

/**
 * Where a country stood relative to Russia on one resolution. "With Russia" means it cast the same yes or no vote
 * as Russia (Russia voted no on every war resolution, so a "no" is with Russia and a "yes" against it); an
 * abstention and an absence are their own classes, never counted either way; `unknown` is a member missing from
 * a partial roll call.
 */
export type Stance = 'withRussia' | 'againstRussia' | 'abstained' | 'absent' | 'article19' | 'unknown';

/** Display order: from Russia's side to the opposite, then the votes that were not a choice, unknown last. */
export const STANCES: readonly Stance[] = ['withRussia', 'abstained', 'absent', 'againstRussia', 'article19', 'unknown'];

export function stanceOf(vote: Vote | undefined, russia: Vote | undefined, symbol: string, article19 = false): Stance {
  if (vote === undefined) return 'unknown';
  if (vote === 'abstain') return 'abstained';
  if (vote === 'non-voting') return article19 ? 'article19' : 'absent';
  // A yes or no is only "with" or "against" Russia if Russia itself voted yes or no.
  if (russia !== 'yes' && russia !== 'no') {
    throw new Error(`${symbol}: Russia's vote is ${russia ?? 'not recorded'}; "with Russia" is defined only against a Russian yes or no (src/model/votes.ts)`);
  }
  return vote === russia ? 'withRussia' : 'againstRussia';
}

export type Breakdown = Record<Stance, number> & { total: number };

/** Counts of each stance over the given votes. */
export function breakdownOf(cells: readonly VoteCell[]): Breakdown {
  const b: Breakdown = { withRussia: 0, againstRussia: 0, abstained: 0, absent: 0, article19: 0, unknown: 0, total: 0 };
  for (const c of cells) {
    b[stanceOf(c.vote, c.russia, c.symbol, c.article19)] += 1;
    b.total += 1;
  }
  return b;
}

/** A country's stances on one set of resolutions: by default the emergency session's (68/262 of 2014 is context). */
export function voteBreakdownFor(iso3: string, resolutions: readonly ResolutionRecord[], set: Exclude<ResolutionSet, 'context'> = 'emergency'): Breakdown {
  return breakdownOf(voteRecordFor(iso3, resolutions.filter((r) => resolutionSet(r) === set)));
}

export interface GovernmentPeriod {
  /** Who cast the votes, as the profile names it. */
  government: string;
  /** First day (inclusive) and day the government ended (exclusive); open ends are undefined. */
  from?: string | undefined;
  until?: string | undefined;
  cells: VoteCell[];
  /** Breakdown of this government's votes on the emergency session's resolutions. */
  breakdown: Breakdown;
}

/**
 * A country's vote record split by the government that cast it, from the profile's `governmentChanges`
 * (e.g. Syria after 8 December 2024). One period, unnamed, when the government did not change.
 */
export function votesByGovernment(
  cells: readonly VoteCell[],
  changes: readonly { date: string; before: string; after: string }[] | undefined,
): GovernmentPeriod[] {
  const sorted = [...(changes ?? [])].sort((a, b) => byCodePoint(a.date, b.date));
  if (!sorted.length) return [{ government: '', cells: [...cells], breakdown: breakdownOf(cells.filter((c) => c.set === 'emergency')) }];
  const bounds: { government: string; from: string | undefined; until: string | undefined }[] = sorted.map((c, i) => ({ government: c.before, from: sorted[i - 1]?.date, until: c.date }));
  bounds.push({ government: sorted.at(-1)!.after, from: sorted.at(-1)!.date, until: undefined });
  return bounds.map((p) => {
    const mine = cells.filter((c) => (!p.from || c.date >= p.from) && (!p.until || c.date < p.until));
    return { ...p, cells: mine, breakdown: breakdownOf(mine.filter((c) => c.set === 'emergency')) };
  });
}

/** Who gets a profile for their votes alone: members that voted "no" with Russia this many times or more. */
export const PROFILE_RULE_NO_VOTES = 3;

/** UN members that voted "no" on a war resolution on which Russia also voted "no", with the count. */
export function noVotesWithRussia(resolutions: readonly ResolutionRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of resolutions.filter(isWarResolution)) {
    if (r.votes[RUSSIA] !== 'no') continue;
    for (const [iso3, vote] of Object.entries(r.votes)) if (vote === 'no' && iso3 !== RUSSIA) counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
  }
  return counts;
}

/** `A/RES/ES-11/1` → `ES-11/1`: the part that tells resolutions apart, for tiles and axes. */
export const shortSymbol = (symbol: string) => symbol.replace(/^A\/RES\//, '');
