import type { RenderContext } from '../render/context.ts';
import { fillText } from '../render/prose.ts';
import { STANCES, type Breakdown, type GovernmentPeriod, type ResolutionSet, type Stance, type VoteCell } from '../model/votes.ts';

/** How each stance is named: as a legend label (`Abstained`), and as the phrase that takes a count (`abstained on 8`). */
export const stanceLabel = (ctx: RenderContext, stance: Stance): string => ctx.t.voteStances[stance].label;
const stancePhrase = (ctx: RenderContext, stance: Stance, n: string): string => ctx.t.voteStances[stance].phrase(n);

export interface BreakdownSegment {
  stance: Stance;
  count: number;
  /** Share of all resolutions counted, 0–1, for the bar's widths. */
  share: number;
  label: string;
}

/** The stances with at least one vote, in display order: the stacked bar's segments. */
export function breakdownSegments(ctx: RenderContext, b: Breakdown): BreakdownSegment[] {
  return STANCES.filter((s) => b[s] > 0).map((stance) => ({ stance, count: b[stance], share: b[stance] / b.total, label: stanceLabel(ctx, stance) }));
}

const capitalise = (ctx: RenderContext, s: string) => ctx.t.letterCase.sentenceStart(s);

/**
 * The breakdown in words, biggest class first, the first one with the total:
 * "Abstained on 8 of 10 resolutions, with Russia on 2"; "Against Russia on all 10 resolutions".
 */
export function breakdownSentence(ctx: RenderContext, b: Breakdown): string {
  const t = ctx.t.breakdown;
  if (b.total === 0) return t.none;
  const parts = STANCES.filter((s) => b[s] > 0).sort((x, y) => b[y] - b[x]);
  const [first, ...rest] = parts;
  const total = ctx.fmt.count(b.total);
  const count = b[first!] === b.total ? fillText(ctx.fmt.pluralForm(b.total, t.all), { n: total }) : fillText(ctx.fmt.pluralForm(b.total, t.of), { n: ctx.fmt.count(b[first!]), total });
  return capitalise(ctx, [stancePhrase(ctx, first!, count), ...rest.map((s) => stancePhrase(ctx, s, ctx.fmt.count(b[s])))].join(', '));
}

/** For a share card's fact row: `3/10` (narrow enough for the card's number column), the rest in the label. */
export function breakdownCardFact(ctx: RenderContext, b: Breakdown): { value: string; label: string } {
  const t = ctx.t.cards;
  const rest = STANCES.filter((s) => s !== 'withRussia' && b[s] > 0).map((s) => t.stanceCount(ctx.fmt.count(b[s]), ctx.t.voteStances[s].inSentence));
  return { value: t.withRussiaValue(ctx.fmt.count(b.withRussia), ctx.fmt.count(b.total)), label: [t.withRussia, ...rest].join(' · ') };
}

/** "Bashar al-Assad's government, until 8 December 2024" — who cast a period's votes, and when. */
export function governmentPeriodLabel(ctx: RenderContext, p: GovernmentPeriod): string {
  const t = ctx.t.governmentPeriod;
  if (p.from && p.until) return t.between(p.government, ctx.fmt.date(p.from), ctx.fmt.date(p.until));
  if (p.until) return t.until(p.government, ctx.fmt.date(p.until));
  if (p.from) return t.from(p.government, ctx.fmt.date(p.from));
  return p.government;
}

/** The line under a government's heading: "Since the invasion: with Russia on 3 of 4 resolutions, absent from 1." */
export function governmentPeriodSummary(ctx: RenderContext, p: GovernmentPeriod): string {
  const t = ctx.t.governmentPeriod;
  if (!p.breakdown.total) return t.noVotes;
  const sentence = breakdownSentence(ctx, p.breakdown);
  return t.summary(ctx.t.letterCase.inSentence(sentence));
}

/** The UN votes section's heading, its intro (what "with Russia" means, except on Russia's page) and its links' labels. */
export function voteSectionText(ctx: RenderContext, stats: { member: { iso3: string }; isRussia: boolean }): { heading: string; intro: string; howWeCount: string; inTheTable: string } {
  const t = ctx.t.voteSection;
  const name = ctx.name(stats.member.iso3);
  return {
    heading: t.heading,
    intro: stats.isRussia ? t.introRussia : `${t.intro(name)} ${t.withRussiaMeans}`,
    howWeCount: t.howWeCount,
    inTheTable: t.inTheTable(name),
  };
}

/** The heading over a government's votes: "Votes cast by Bashar al-Assad's government, until 8 December 2024". */
export function governmentPeriodHeading(ctx: RenderContext, p: GovernmentPeriod): string {
  return ctx.t.governmentPeriod.votesCast(governmentPeriodLabel(ctx, p));
}

/**
 * A member's votes set by set, as its page shows them: the emergency special session (the main count, with its
 * breakdown), the regular sessions' texts on the war (counted apart, with theirs), then the context before the
 * invasion. A set with no resolution in the record is left out.
 */
export function voteSetGroups(ctx: RenderContext, s: { voteRecord: readonly VoteCell[]; voteBreakdown: Breakdown; regularBreakdown: Breakdown }): { set: ResolutionSet; heading: string; intro: string; breakdown: Breakdown | undefined; cells: VoteCell[] }[] {
  const t = ctx.t.voteSection.sets;
  const breakdowns: Record<ResolutionSet, Breakdown | undefined> = { emergency: s.voteBreakdown, regular: s.regularBreakdown, context: undefined };
  return (['emergency', 'regular', 'context'] as const)
    .map((set) => ({ set, heading: t[set].heading, intro: t[set].intro, breakdown: breakdowns[set], cells: s.voteRecord.filter((c) => c.set === set) }))
    .filter((g) => g.cells.length > 0);
}
