import type { RenderContext } from '../render/context.ts';
import type { AssemblyVotes } from '../schemas/assembly-votes.ts';
import { ALIGNMENT_CLASSES, alignmentReferences, type AlignmentClass, type MemberAlignment } from '../model/alignment.ts';
import { fillProse, type ProseSegment } from '../render/prose.ts';

/** A session's years as the UN runs them, September to September: 80 → `2025–26`. */
const sessionYears = (session: number) => `${1945 + session}–${String(1946 + session).slice(2)}`;

/** A session as readers know it: `80th (2025–26)`. */
export function sessionLabel(ctx: RenderContext, session: number): string {
  const t = ctx.t.alignment;
  return t.session(ctx.fmt.ordinal(session, t.ordinal), sessionYears(session));
}

/** What the alignment data holds and what it lacks, for the method on /data/: a coverage sentence and the missing votes. */
export function alignmentCoverage(ctx: RenderContext, files: readonly AssemblyVotes[]) {
  const t = ctx.t.dataPage.alignment;
  const sorted = [...files].sort((a, b) => a.session - b.session);
  const dates = sorted.flatMap((f) => f.votes.map((v) => v.date)).sort();
  const first = sorted[0]?.session;
  const last = sorted.at(-1)?.session;
  return {
    coverage: dates.length ? t.coverage(ctx.fmt.plural(dates.length, t.recordedVotes), first === last ? String(first) : `${first}–${last}`, ctx.fmt.date(dates.at(-1)!)) : '',
    missingHeading: t.missingHeading,
    missing: sorted.flatMap((f) => f.missing.map((m) => t.missingItem(sessionLabel(ctx, f.session), m.votes, m.reason))),
  };
}

export interface AlignmentRow {
  label: string;
  contested: number;
  counts: Record<AlignmentClass, number>;
}

/** A member's alignment section: its definition, the sentence over all sessions, one row per session, the reference points. */
export function alignmentSection(ctx: RenderContext, a: MemberAlignment, isRussia: boolean, byMember: ReadonlyMap<string, MemberAlignment>) {
  const t = ctx.t.alignment;
  const c = a.total;
  const n = ctx.fmt.count;
  const refs = alignmentReferences(byMember);
  const ref = (m: MemberAlignment) => t.reference(ctx.name(m.iso3), n(m.total.withRussia), n(m.total.withRussia + m.total.withEu));
  return {
    heading: t.heading,
    definition: fillProse(t.definition, { method: { link: t.method, href: ctx.urls.data('alignment') } }) as ProseSegment[],
    summary: isRussia ? t.russia(n(c.contested)) : t.summary(ctx.name(a.iso3), n(c.contested), n(c.withRussia), n(c.withEu), n(c.abstained), n(c.absent)),
    caption: t.caption,
    columns: t.columns,
    classes: ALIGNMENT_CLASSES,
    rows: a.sessions.map((s): AlignmentRow => ({ label: sessionLabel(ctx, s.session), contested: s.counts.contested, counts: s.counts })),
    references: refs.median
      ? t.references(
          ctx.fmt.list(refs.closest.slice(0, 3).map(ref)),
          refs.neverWithRussia ? t.never(n(refs.neverWithRussia), ctx.fmt.list(refs.farthest.slice(0, 3).map(ref))) : ctx.fmt.list(refs.farthest.slice(0, 3).map(ref)),
          ref(refs.median),
        )
      : '',
    absences: t.absences,
  };
}
