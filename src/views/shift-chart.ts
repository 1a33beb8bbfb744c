import type { RenderContext } from '../render/context.ts';
import { INVASION_DATE } from '../schemas/common.ts';
import type { Resolution } from '../schemas/resolution.ts';
import type { ResolutionRecord } from '../model/records.ts';
import { RUSSIA, isWarResolution, resolutionSet, shortSymbol, stanceOf, type ResolutionSet, type Stance } from '../model/votes.ts';
import { byCodePoint } from '../model/order.ts';

/**
 * "The shift, drawn": every resolution's official totals as a horizontal stacked bar, one row per resolution,
 * oldest at the top, with the invasion and the United States' change of side marked between rows. Geometry only;
 * src/components/explainer/ShiftChart.astro draws it. Rows (not columns) so the labels stay legible on a phone.
 */
export const TOTAL_KEYS = ['yes', 'abstain', 'nonVoting', 'no'] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];
const VOTE_OF = { yes: 'yes', abstain: 'abstain', nonVoting: 'non-voting', no: 'no' } as const satisfies Record<TotalKey, string>;
/** A total's label, the vote's (`Did not vote`). */
export const totalLabel = (ctx: RenderContext, key: TotalKey): string => ctx.t.voteTotals[VOTE_OF[key]];

export const CHART_WIDTH = 400;
const LABEL_LINE = 16;
const BAR_HEIGHT = 16;
/** Under the bar: the UN code and date on the left, the yes and no counts on the right. */
const SUB_LINE = 16;
const ROW_GAP = 12;
const NOTE_HEIGHT = 30;

export interface ShiftSegment {
  key: TotalKey;
  x: number;
  width: number;
  count: number;
}

export interface ShiftRow {
  symbol: string;
  short: string;
  /** The resolution's short plain-language name, the row's label. */
  name: string;
  id: string;
  date: string;
  month: string;
  totals: Resolution['totals'];
  /** Top of the row's label line; the bar sits below it. */
  y: number;
  barY: number;
  /** Baseline of the line under the bar. */
  subY: number;
  segments: ShiftSegment[];
  /** Accessible one-line summary of the bar. */
  title: string;
  /** Which set the resolution belongs to: the chart draws the emergency session's first, the regular sessions' after. */
  set: ResolutionSet;
}

export interface ShiftNote {
  /** y of the dashed rule drawn between two rows. */
  y: number;
  text: string;
  kind: 'invasion' | 'us-shift' | 'regular';
}

export interface ShiftChart {
  width: number;
  height: number;
  barHeight: number;
  rows: ShiftRow[];
  notes: ShiftNote[];
  /** The resolution on which the United States first left its original side, if it did. */
  usShift: { symbol: string; date: string; stance: Stance } | null;
  /** One sentence, computed, for the caption. */
  summary: string;
}

const US = 'USA';

/** First war resolution on which the United States' stance differs from its stance on the first one. */
export function usShiftOf(resolutions: readonly ResolutionRecord[]): ShiftChart['usShift'] {
  const war = resolutions.filter(isWarResolution);
  const stances = war.map((r) => stanceOf(r.votes[US], r.votes[RUSSIA], r.symbol));
  const i = stances.findIndex((s) => s !== 'unknown' && s !== stances[0]);
  return i > 0 ? { symbol: war[i]!.symbol, date: war[i]!.date, stance: stances[i]! } : null;
}

export function buildShiftChart(ctx: RenderContext, resolutions: readonly ResolutionRecord[]): ShiftChart {
  const t = ctx.t.shiftChart;
  const usShift = usShiftOf(resolutions);
  const rows: ShiftRow[] = [];
  const notes: ShiftNote[] = [];
  let y = 0;
  // Context, then the emergency session's texts, then the regular sessions' below a note of their own: each set in
  // date order, never interleaved, so the emergency session's trend reads as one run of bars.
  const order: ResolutionSet[] = ['context', 'emergency', 'regular'];
  const ordered = [...resolutions].sort((a, b) => order.indexOf(resolutionSet(a)) - order.indexOf(resolutionSet(b)));
  ordered.forEach((r, i) => {
    const previous = ordered[i - 1];
    if (resolutionSet(r) === 'regular' && (!previous || resolutionSet(previous) !== 'regular')) {
      notes.push({ y: y + NOTE_HEIGHT - 6, text: t.regularSessions, kind: 'regular' });
      y += NOTE_HEIGHT;
    }
    if (previous && previous.date < INVASION_DATE && r.date >= INVASION_DATE) {
      notes.push({ y: y + NOTE_HEIGHT - 6, text: t.invasion(ctx.fmt.date(INVASION_DATE)), kind: 'invasion' });
      y += NOTE_HEIGHT;
    }
    if (usShift && r.symbol === usShift.symbol) {
      notes.push({ y: y + NOTE_HEIGHT - 6, text: t.usShift(ctx.fmt.month(r.date), t.usStance[usShift.stance]), kind: 'us-shift' });
      y += NOTE_HEIGHT;
    }
    const members = r.totals.yes + r.totals.no + r.totals.abstain + r.totals.nonVoting;
    let x = 0;
    const segments = TOTAL_KEYS.map((key) => {
      const width = (r.totals[key] / members) * CHART_WIDTH;
      const segment = { key, x, width, count: r.totals[key] };
      x += width;
      return segment;
    });
    rows.push({
      symbol: r.symbol,
      short: shortSymbol(r.symbol),
      name: r.name,
      id: r.id,
      date: r.date,
      month: ctx.fmt.month(r.date),
      totals: r.totals,
      y,
      barY: y + LABEL_LINE + 4,
      subY: y + LABEL_LINE + 4 + BAR_HEIGHT + 13,
      segments,
      set: resolutionSet(r),
      title: t.rowTitle(r.name, r.symbol, ctx.fmt.date(r.date), TOTAL_KEYS.map((k) => t.total(ctx.fmt.count(r.totals[k]), ctx.t.letterCase.inSentence(totalLabel(ctx, k)))).join(', ')),
    });
    y += LABEL_LINE + 4 + BAR_HEIGHT + SUB_LINE + ROW_GAP;
  });

  const war = rows.filter((r) => r.set === 'emergency');
  const first = war[0];
  const last = war.at(-1);
  const lowest = [...war].sort((a, b) => a.totals.yes - b.totals.yes || byCodePoint(a.date, b.date))[0];
  const summary =
    first && last && lowest
      ? t.summary(
          t.onResolution(ctx.fmt.count(first.totals.yes), first.name, first.short, first.month),
          t.onResolution(ctx.fmt.count(lowest.totals.yes), lowest.name, lowest.short, lowest.month),
          t.onLatest(ctx.fmt.count(last.totals.yes), last.name, last.short, last.month),
        )
      : '';
  return { width: CHART_WIDTH, height: y - ROW_GAP + 2, barHeight: BAR_HEIGHT, rows, notes, usShift, summary };
}

/** The chart's words around the bars: its title and description, the counts beside each bar, the caption and the table's. */
export function shiftChartText(ctx: RenderContext, chart: Pick<ShiftChart, 'summary' | 'usShift'>) {
  const t = ctx.t.shiftChart;
  return {
    title: t.title,
    description: `${chart.summary} ${t.tableFollows}`,
    rowCount: (row: Pick<ShiftRow, 'totals'>) => t.rowCount(ctx.fmt.count(row.totals.yes), ctx.fmt.count(row.totals.no)),
    captionTitle: t.captionTitle,
    caption: [t.caption(chart.summary), ...(chart.usShift ? [t.usShiftCaption(ctx.fmt.date(chart.usShift.date))] : [])].join(' '),
    tableSummary: t.tableSummary,
    tableLabel: t.tableLabel,
    columns: { resolution: t.resolution, date: t.date },
  };
}
