import type { AssemblyVote, AssemblyVotes } from '../schemas/assembly-votes.ts';
import { EU_MEMBERS } from '../schemas/eu-members.ts';
import { RUSSIA } from './votes.ts';
import { byCodePoint } from './order.ts';

/**
 * Alignment beyond Ukraine, from every recorded vote of the regular sessions (content/assembly-votes/). A vote is
 * *contested* when Russia voted yes or no and the most common vote of the 27 EU member states, counting only their
 * yes, no and abstain votes, was the opposite one (a tie has no majority, so the vote is not contested). On a
 * contested vote each member either voted as Russia did, voted as the EU majority did, abstained, or did not vote.
 */
export type AlignmentClass = 'withRussia' | 'withEu' | 'abstained' | 'absent';
export const ALIGNMENT_CLASSES: readonly AlignmentClass[] = ['withRussia', 'abstained', 'absent', 'withEu'];

export type AlignmentCounts = Record<AlignmentClass, number> & { contested: number };

export interface SessionAlignment {
  session: number;
  /** Recorded votes in the session's file, contested or not. */
  recorded: number;
  counts: AlignmentCounts;
}

export interface MemberAlignment {
  iso3: string;
  sessions: SessionAlignment[];
  /** Every session added up. */
  total: AlignmentCounts;
}

type Letter = 'Y' | 'N' | 'A' | 'X';

/** The EU majority's yes or no on a vote, or null when its most common vote was an abstention or there was a tie. */
export function euMajority(vote: Pick<AssemblyVote, 'record'>, members: readonly string[]): 'Y' | 'N' | null {
  const tally = { Y: 0, N: 0, A: 0 };
  for (const iso3 of EU_MEMBERS) {
    const letter = vote.record[members.indexOf(iso3)] as Letter;
    if (letter !== 'X') tally[letter] += 1;
  }
  const top = Math.max(tally.Y, tally.N, tally.A);
  const leaders = (['Y', 'N', 'A'] as const).filter((k) => tally[k] === top);
  return leaders.length === 1 && leaders[0] !== 'A' ? leaders[0]! : null;
}

/** Russia's yes or no when the EU majority voted the other way: the vote is contested. Null otherwise. */
export function contestedRussiaVote(vote: Pick<AssemblyVote, 'record'>, members: readonly string[]): 'Y' | 'N' | null {
  const russia = vote.record[members.indexOf(RUSSIA)] as Letter;
  if (russia !== 'Y' && russia !== 'N') return null;
  const eu = euMajority(vote, members);
  return eu !== null && eu !== russia ? russia : null;
}

const empty = (): AlignmentCounts => ({ withRussia: 0, withEu: 0, abstained: 0, absent: 0, contested: 0 });

const built = new WeakMap<readonly AssemblyVotes[], Map<string, MemberAlignment>>();

/** Every UN member's alignment, session by session and in all, by ISO3; computed once per set of files. */
export function alignmentByMember(files: readonly AssemblyVotes[]): Map<string, MemberAlignment> {
  const cached = built.get(files);
  if (cached) return cached;
  const sessions = [...files].sort((a, b) => a.session - b.session);
  const members = sessions[0]?.members ?? [];
  const out = new Map<string, MemberAlignment>(members.map((iso3) => [iso3, { iso3, sessions: [], total: empty() }]));
  for (const file of sessions) {
    const perMember = new Map(members.map((iso3) => [iso3, empty()]));
    for (const vote of file.votes) {
      const russia = contestedRussiaVote(vote, file.members);
      if (!russia) continue;
      file.members.forEach((iso3, i) => {
        const c = perMember.get(iso3)!;
        const letter = vote.record[i] as Letter;
        c.contested += 1;
        if (letter === 'X') c.absent += 1;
        else if (letter === 'A') c.abstained += 1;
        else if (letter === russia) c.withRussia += 1;
        else c.withEu += 1;
      });
    }
    for (const [iso3, counts] of perMember) {
      const m = out.get(iso3)!;
      m.sessions.push({ session: file.session, recorded: file.votes.length, counts });
      for (const k of Object.keys(counts) as (keyof AlignmentCounts)[]) m.total[k] += counts[k];
    }
  }
  built.set(files, out);
  return out;
}

/** The share of a member's cast yes/no votes on contested votes that went Russia's way (null if it cast none). */
export function withRussiaShare(c: AlignmentCounts): number | null {
  const cast = c.withRussia + c.withEu;
  return cast ? c.withRussia / cast : null;
}

/**
 * Reference points for readers, from the data: the members closest to and farthest from Russia (by the share of
 * their yes/no votes on contested votes cast as Russia's), and the median member. Russia itself is left out.
 */
export function alignmentReferences(byMember: ReadonlyMap<string, MemberAlignment>): { closest: MemberAlignment[]; farthest: MemberAlignment[]; neverWithRussia: number; median: MemberAlignment | undefined } {
  // Only members that cast a yes or no on at least half the contested votes: a member without a vote for most of
  // the period (Venezuela, under Article 19 of the Charter) would otherwise top the list on a handful of votes.
  const ranked = [...byMember.values()]
    .filter((m) => m.iso3 !== RUSSIA && m.total.withRussia + m.total.withEu >= m.total.contested / 2 && withRussiaShare(m.total) !== null)
    .sort((a, b) => withRussiaShare(b.total)! - withRussiaShare(a.total)! || byCodePoint(a.iso3, b.iso3));
  // Many members never voted with Russia on a contested vote: those are counted, and the farthest named are the ones
  // that voted yes or no most often against it.
  const never = ranked.filter((m) => m.total.withRussia === 0).sort((a, b) => b.total.withEu - a.total.withEu || byCodePoint(a.iso3, b.iso3));
  const farthest = never.length ? never : ranked.slice(-5).reverse();
  return { closest: ranked.slice(0, 5), farthest: farthest.slice(0, 5), neverWithRussia: never.length, median: ranked[Math.floor((ranked.length - 1) / 2)] };
}
