import { messages } from '../i18n/messages.ts';
import { formatCount, formatDate, pluralForm } from '../render/format.ts';
import { fillText } from '../render/prose.ts';
import { STANCES, type Breakdown, type GovernmentPeriod, type ResolutionSet, type Stance, type VoteCell } from '../model/votes.ts';

/** How each stance is named: as a legend label (`Abstained`), and as the phrase that takes a count (`abstained on 8`). */
export const stanceLabel = (stance: Stance): string => messages().voteStances[stance].label;
const stancePhrase = (stance: Stance, n: string): string => messages().voteStances[stance].phrase(n);

export interface BreakdownSegment {
  stance: Stance;
  count: number;
  /** Share of all resolutions counted, 0–1, for the bar's widths. */
  share: number;
  label: string;
}

/** The stances with at least one vote, in display order: the stacked bar's segments. */
export function breakdownSegments(b: Breakdown): BreakdownSegment[] {
  return STANCES.filter((s) => b[s] > 0).map((stance) => ({ stance, count: b[stance], share: b[stance] / b.total, label: stanceLabel(stance) }));
}

const capitalise = (s: string) => messages().letterCase.sentenceStart(s);

/**
 * The breakdown in words, biggest class first, the first one with the total:
 * "Abstained on 8 of 10 resolutions, with Russia on 2"; "Against Russia on all 10 resolutions".
 */
export function breakdownSentence(b: Breakdown): string {
  const t = messages().breakdown;
  if (b.total === 0) return t.none;
  const parts = STANCES.filter((s) => b[s] > 0).sort((x, y) => b[y] - b[x]);
  const [first, ...rest] = parts;
  const total = formatCount(b.total);
  const count = b[first!] === b.total ? fillText(pluralForm(b.total, t.all), { n: total }) : fillText(pluralForm(b.total, t.of), { n: formatCount(b[first!]), total });
  return capitalise([stancePhrase(first!, count), ...rest.map((s) => stancePhrase(s, formatCount(b[s])))].join(', '));
}

/** For a share card's fact row: `3/10` (narrow enough for the card's number column), the rest in the label. */
export function breakdownCardFact(b: Breakdown): { value: string; label: string } {
  const t = messages().cards;
  const rest = STANCES.filter((s) => s !== 'withRussia' && b[s] > 0).map((s) => t.stanceCount(formatCount(b[s]), messages().voteStances[s].inSentence));
  return { value: t.withRussiaValue(formatCount(b.withRussia), formatCount(b.total)), label: [t.withRussia, ...rest].join(' · ') };
}

/** "Bashar al-Assad's government, until 8 December 2024" — who cast a period's votes, and when. */
export function governmentPeriodLabel(p: GovernmentPeriod): string {
  const t = messages().governmentPeriod;
  if (p.from && p.until) return t.between(p.government, formatDate(p.from), formatDate(p.until));
  if (p.until) return t.until(p.government, formatDate(p.until));
  if (p.from) return t.from(p.government, formatDate(p.from));
  return p.government;
}

/** The line under a government's heading: "Since the invasion: with Russia on 3 of 4 resolutions, absent from 1." */
export function governmentPeriodSummary(p: GovernmentPeriod): string {
  const t = messages().governmentPeriod;
  if (!p.breakdown.total) return t.noVotes;
  const sentence = breakdownSentence(p.breakdown);
  return t.summary(messages().letterCase.inSentence(sentence));
}

/** The UN votes section's heading, its intro (what "with Russia" means, except on Russia's page) and its links' labels. */
export function voteSectionText(stats: { member: { name: string }; isRussia: boolean }): { heading: string; intro: string; howWeCount: string; inTheTable: string } {
  const t = messages().voteSection;
  const name = stats.member.name;
  return {
    heading: t.heading,
    intro: stats.isRussia ? t.introRussia : `${t.intro(name)} ${t.withRussiaMeans}`,
    howWeCount: t.howWeCount,
    inTheTable: t.inTheTable(name),
  };
}

/** The heading over a government's votes: "Votes cast by Bashar al-Assad's government, until 8 December 2024". */
export function governmentPeriodHeading(p: GovernmentPeriod): string {
  return messages().governmentPeriod.votesCast(governmentPeriodLabel(p));
}

/**
 * A member's votes set by set, as its page shows them: the emergency special session (the main count, with its
 * breakdown), the regular sessions' texts on the war (counted apart, with theirs), then the context before the
 * invasion. A set with no resolution in the record is left out.
 */
export function voteSetGroups(s: { voteRecord: readonly VoteCell[]; voteBreakdown: Breakdown; regularBreakdown: Breakdown }): { set: ResolutionSet; heading: string; intro: string; breakdown: Breakdown | undefined; cells: VoteCell[] }[] {
  const t = messages().voteSection.sets;
  const breakdowns: Record<ResolutionSet, Breakdown | undefined> = { emergency: s.voteBreakdown, regular: s.regularBreakdown, context: undefined };
  return (['emergency', 'regular', 'context'] as const)
    .map((set) => ({ set, heading: t[set].heading, intro: t[set].intro, breakdown: breakdowns[set], cells: s.voteRecord.filter((c) => c.set === set) }))
    .filter((g) => g.cells.length > 0);
}
