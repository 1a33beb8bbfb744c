import { formatCount, formatDate } from './format.ts';
import { STANCES, type Breakdown, type GovernmentPeriod, type Stance } from './votes.ts';

/** How each stance is named: as a legend label, and as the phrase that takes a count ("abstained on 8"). */
export const STANCE_LABELS: Record<Stance, { label: string; phrase: (n: string) => string }> = {
  withRussia: { label: 'With Russia', phrase: (n) => `with Russia on ${n}` },
  abstained: { label: 'Abstained', phrase: (n) => `abstained on ${n}` },
  absent: { label: 'Absent', phrase: (n) => `absent from ${n}` },
  againstRussia: { label: 'Against Russia', phrase: (n) => `against Russia on ${n}` },
  unknown: { label: 'Not yet published', phrase: (n) => `not yet published for ${n}` },
};

export interface BreakdownSegment {
  stance: Stance;
  count: number;
  /** Share of all resolutions counted, 0–1, for the bar's widths. */
  share: number;
  label: string;
}

/** The stances with at least one vote, in display order: the stacked bar's segments. */
export function breakdownSegments(b: Breakdown): BreakdownSegment[] {
  return STANCES.filter((s) => b[s] > 0).map((stance) => ({ stance, count: b[stance], share: b[stance] / b.total, label: STANCE_LABELS[stance].label }));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The breakdown in words, biggest class first, the first one with the total:
 * "Abstained on 8 of 10 resolutions, with Russia on 2"; "Against Russia on all 10 resolutions".
 */
export function breakdownSentence(b: Breakdown, noun = 'resolutions'): string {
  if (b.total === 0) return `No ${noun} to count`;
  const parts = STANCES.filter((s) => b[s] > 0).sort((x, y) => b[y] - b[x]);
  const [first, ...rest] = parts;
  const lead = STANCE_LABELS[first!].phrase(b[first!] === b.total ? `all ${formatCount(b.total)} ${noun}` : `${formatCount(b[first!])} of ${formatCount(b.total)} ${noun}`);
  return capitalise([lead, ...rest.map((s) => STANCE_LABELS[s].phrase(formatCount(b[s])))].join(', '));
}

/** For a share card's fact row: `3/10` (narrow enough for the card's number column), the rest in the label. */
export function breakdownCardFact(b: Breakdown): { value: string; label: string } {
  const rest = STANCES.filter((s) => s !== 'withRussia' && b[s] > 0).map((s) => `${formatCount(b[s])} ${STANCE_LABELS[s].label.toLowerCase()}`);
  return { value: `${formatCount(b.withRussia)}/${formatCount(b.total)}`, label: [`UN votes with Russia since Feb 2022`, ...rest].join(' · ') };
}

/** "Bashar al-Assad's government, until 8 December 2024" — who cast a period's votes, and when. */
export function governmentPeriodLabel(p: GovernmentPeriod): string {
  if (p.from && p.until) return `${p.government}, ${formatDate(p.from)} to ${formatDate(p.until)}`;
  if (p.until) return `${p.government}, until ${formatDate(p.until)}`;
  if (p.from) return `${p.government}, from ${formatDate(p.from)}`;
  return p.government;
}

/** The line under a government's heading: "Since the invasion: with Russia on 3 of 4 resolutions, absent from 1." */
export function governmentPeriodSummary(p: GovernmentPeriod): string {
  if (!p.breakdown.total) return 'No resolution on the war in this period.';
  const sentence = breakdownSentence(p.breakdown);
  return `Since the invasion: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}.`;
}
