import { messages } from '../i18n/messages.ts';
import { formatCount, formatDate, formatList, plural } from './format.ts';
import type { MemberStats } from './member-stats.ts';
import { STANCES, type Stance } from './votes.ts';

type CountedStance = Exclude<Stance, 'unknown'>;

/**
 * A data page's summary, the one or two sentences an editor would write from the records: how the member voted on
 * the war resolutions (biggest class first, every count from the roll calls), then Putin's trips and what the ICC
 * warrant means for it. `warrant` is the warrant's date (content/icc-states-parties.json).
 */
export function memberSummary(s: MemberStats, warrant: string): string[] {
  const t = messages().memberPage;
  const b = s.voteBreakdown;
  const name = s.member.name;
  const sentences: string[] = [];
  if (s.isRussia) {
    sentences.push(t.russiaVotes(formatCount(b.total)));
    return sentences;
  }
  const counted = STANCES.filter((x): x is CountedStance => x !== 'unknown' && b[x] > 0).sort((x, y) => b[y] - b[x]);
  if (counted.length === 1 && b.unknown === 0) {
    sentences.push(t.votesSentenceOne(name, t.stance[counted[0]!](t.allOf(formatCount(b.total)))));
  } else if (counted.length) {
    sentences.push(t.votesSentence(name, formatList(counted.map((x) => t.stance[x](formatCount(b[x])))), formatCount(b.total)));
  }
  if (b.unknown) sentences.push(t.unknownSentence(formatCount(b.unknown)));
  const visits = s.tripCount ? t.visited(name, plural(s.tripCount, t.trips)) : t.notVisited(name);
  const w = formatDate(warrant);
  const icc = {
    party: () => t.iccParty(w),
    withdrawing: () => t.iccWithdrawing(w, formatDate(s.icc.withdrawal!.effective)),
    withdrawn: () => t.iccWithdrawn(formatDate(s.icc.withdrawal!.effective)),
    'non-party': () => t.iccNonParty(w),
  }[s.iccStanding]();
  sentences.push(`${visits}; ${icc}.`);
  return sentences;
}

/** The page's search and share description: the summary, as of the data's date. */
export function memberDescription(s: MemberStats, warrant: string, asOf: string): string {
  return `${memberSummary(s, warrant).join(' ')} As of ${formatDate(asOf)}.`;
}

/** A data page's sources: the reference list of members, each resolution's roll call, and the Rome Statute's list. */
export function memberSources(data: { resolutions: readonly { symbol: string; sources: readonly string[] }[]; iccStates: { sources: readonly string[] } }, membersSources: readonly string[]): { label: string; href: string }[] {
  const t = messages().memberPage.sourceLabels;
  return [
    ...membersSources.map((href, i) => ({ label: i === 0 ? t.members : t.regions, href })),
    ...data.resolutions.map((r) => ({ label: t.rollCall(r.symbol), href: r.sources.find((u) => u.includes('digitallibrary.un.org')) ?? r.sources[0]! })),
    ...data.iccStates.sources.slice(0, 1).map((href) => ({ label: t.icc, href })),
  ];
}
