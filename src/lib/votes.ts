import { INVASION_DATE } from '../schemas/common.ts';
import type { Vote } from '../schemas/resolution.ts';
import type { ResolutionRecord } from './records.ts';

export const RUSSIA = 'RUS';

/** Resolutions on the full-scale war (adopted since the invasion); earlier ones, such as 68/262 on Crimea, are context. */
export const isWarResolution = (r: ResolutionRecord) => r.date >= INVASION_DATE;

export interface VoteCell {
  symbol: string;
  date: string;
  title: string;
  /** `undefined` when the roll call is partial and does not list this country. */
  vote: Vote | undefined;
  /** How Russia voted on the same resolution. */
  russia: Vote | undefined;
}

/** One country's vote on each resolution, in chronological order. */
export function voteRecordFor(iso3: string, resolutions: readonly ResolutionRecord[]): VoteCell[] {
  return resolutions.map((r) => ({ symbol: r.symbol, date: r.date, title: r.title, vote: r.votes[iso3], russia: r.votes[RUSSIA] }));
}

export interface Alignment {
  /** Resolutions on which the country cast yes, no or abstain and Russia's vote is known. */
  counted: number;
  /** Of those, how many matched Russia's vote. */
  matched: number;
  share: number;
}

const cast = (v: Vote | undefined): v is 'yes' | 'no' | 'abstain' => v === 'yes' || v === 'no' || v === 'abstain';

/**
 * UN alignment with Russia: among the war resolutions on which the country cast a vote (yes, no or abstain),
 * the share where its vote was the same as Russia's. Absences are left out, not counted either way.
 * `null` when the country cast no vote on any of them.
 */
export function alignmentFor(iso3: string, resolutions: readonly ResolutionRecord[]): Alignment | null {
  let counted = 0;
  let matched = 0;
  for (const r of resolutions.filter(isWarResolution)) {
    const mine = r.votes[iso3];
    const russia = r.votes[RUSSIA];
    if (!cast(mine) || !cast(russia)) continue;
    counted += 1;
    if (mine === russia) matched += 1;
  }
  return counted === 0 ? null : { counted, matched, share: matched / counted };
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

export const VOTE_LABELS: Record<Vote, string> = { yes: 'Yes', no: 'No', abstain: 'Abstained', 'non-voting': 'Did not vote' };
