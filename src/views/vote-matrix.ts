import type { RenderContext } from '../render/context.ts';
import { memberRow, memberStats, type MemberRow } from '../model/member-stats.ts';
import type { SiteData } from '../model/records.ts';
import { isWarResolution, resolutionSet, shortSymbol, shownVoteOf, type ResolutionSet, type ShownVote } from '../model/votes.ts';

/** A cell as shown: the recorded vote, `article19` for a member that had lost its vote, `unknown` if not in our record. */
export type MatrixVote = ShownVote;

export interface MatrixColumn {
  /** The resolution's id (its file name): the header's anchor, so /votes/#a-res-es-11-1 opens at that column. */
  id: string;
  symbol: string;
  short: string;
  /** The resolution's short plain-language name. */
  name: string;
  date: string;
  /** `Mar 2022`, for the column header. */
  month: string;
  href: string;
  /** An emergency-session resolution since the invasion (counted in the breakdown); the others are shown apart. */
  war: boolean;
  /** Which set the column belongs to; the table groups columns by set. */
  set: ResolutionSet;
  /** The first column of its set, where the table draws a divider and names the set. */
  firstOfSet: boolean;
}

export interface MatrixRow extends MemberRow {
  /** As listed, in the edition's names table. */
  name: string;
  /** Beyond Ukraine: yes/no votes cast with Russia on contested votes, and all yes/no votes cast on them (src/model/alignment.ts). */
  beyond: { withRussia: number; cast: number; contested: number } | undefined;
  /** One cell per column; `changed` when the vote differs from the member's vote on the previous war resolution. */
  cells: { symbol: string; vote: MatrixVote; changed: boolean }[];
}

/** The biggest movement away from "yes" between two consecutive war resolutions, for the sentence above the table. */
export interface Shift {
  from: MatrixColumn;
  to: MatrixColumn;
  /** Members that voted yes on `from` and abstained, voted no or chose not to vote on `to` (both votes in our record; an Article 19 absence is not a move). */
  leftYes: number;
  /** Of those, how many abstained. */
  toAbstain: number;
}

export interface VoteMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  shift: Shift | undefined;
}

/** Every UN member × every resolution, from the roll calls (the /votes/ table and its tests). */
export function voteMatrix(ctx: RenderContext, data: SiteData): VoteMatrix {
  // Columns by set (context, emergency session, regular sessions), each set oldest first.
  const setOrder: ResolutionSet[] = ['context', 'emergency', 'regular'];
  const resolutions = [...data.resolutions].sort((a, b) => setOrder.indexOf(resolutionSet(a)) - setOrder.indexOf(resolutionSet(b)));
  const columns: MatrixColumn[] = resolutions.map((r, i) => ({
    id: r.id,
    symbol: r.symbol,
    short: shortSymbol(r.symbol),
    name: r.name,
    date: r.date,
    month: ctx.fmt.month(r.date),
    href: ctx.urls.layer(`votes/${r.id}`),
    war: isWarResolution(r),
    set: resolutionSet(r),
    firstOfSet: i === 0 || resolutionSet(resolutions[i - 1]!) !== resolutionSet(r),
  }));
  const rows: MatrixRow[] = [...memberStats(data).values()].map((s) => {
    let previous: MatrixVote | undefined;
    const cells = resolutions.map((r) => {
      const vote: MatrixVote = shownVoteOf(r, s.member.iso3);
      const changed = isWarResolution(r) && previous !== undefined && previous !== 'unknown' && vote !== 'unknown' && vote !== previous;
      if (isWarResolution(r)) previous = vote;
      return { symbol: r.symbol, vote, changed };
    });
    const a = s.alignment?.total;
    const beyond = a && { withRussia: a.withRussia, cast: a.withRussia + a.withEu, contested: a.contested };
    return { ...memberRow(s), name: ctx.name(s.member.iso3).listed, beyond, cells };
  });
  let shift: Shift | undefined;
  const war = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.war);
  for (let k = 1; k < war.length; k++) {
    const a = war[k - 1]!;
    const b = war[k]!;
    const moved = rows.filter((r) => r.cells[a.i]!.vote === 'yes' && r.cells[b.i]!.vote !== 'yes' && r.cells[b.i]!.vote !== 'unknown' && r.cells[b.i]!.vote !== 'article19');
    if (!shift || moved.length > shift.leftYes) shift = { from: a.c, to: b.c, leftYes: moved.length, toAbstain: moved.filter((r) => r.cells[b.i]!.vote === 'abstain').length };
  }
  return { columns, rows, shift };
}

/** The sentence above the table: where support for the resolutions thinned most between two consecutive votes. */
export function shiftSentence(ctx: RenderContext, shift: Shift | undefined): string | undefined {
  if (!shift || !shift.leftYes) return undefined;
  const t = ctx.t.votesPage;
  const { from, to } = shift;
  return t.shift(t.named(from.name, from.short), ctx.fmt.longMonth(from.date), t.named(to.name, to.short), ctx.fmt.longMonth(to.date), ctx.fmt.plural(shift.leftYes, t.leftYes), ctx.fmt.count(shift.toAbstain));
}
