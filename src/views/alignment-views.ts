import { messages } from '../i18n/messages.ts';
import type { AssemblyVotes } from '../schemas/assembly-votes.ts';
import { formatCount, formatDate, formatList, formatOrdinal, plural } from '../render/format.ts';
import { UN_MEMBER_NAMES } from '../map/layers/states.ts';
import { ALIGNMENT_CLASSES, alignmentReferences, type AlignmentClass, type MemberAlignment } from '../model/alignment.ts';
import { fillProse, type ProseSegment } from '../render/prose.ts';
import { siteUrls } from '../render/urls.ts';

/** A session's years as the UN runs them, September to September: 80 → `2025–26`. */
const sessionYears = (session: number) => `${1945 + session}–${String(1946 + session).slice(2)}`;

/** A session as readers know it: `80th (2025–26)`. */
export function sessionLabel(session: number): string {
  const t = messages().alignment;
  return t.session(formatOrdinal(session, t.ordinal), sessionYears(session));
}

/** What the alignment data holds and what it lacks, for the method on /data/: a coverage sentence and the missing votes. */
export function alignmentCoverage(files: readonly AssemblyVotes[]) {
  const t = messages().dataPage.alignment;
  const sorted = [...files].sort((a, b) => a.session - b.session);
  const dates = sorted.flatMap((f) => f.votes.map((v) => v.date)).sort();
  const first = sorted[0]?.session;
  const last = sorted.at(-1)?.session;
  return {
    coverage: dates.length ? t.coverage(plural(dates.length, t.recordedVotes), first === last ? String(first) : `${first}–${last}`, formatDate(dates.at(-1)!)) : '',
    missingHeading: t.missingHeading,
    missing: sorted.flatMap((f) => f.missing.map((m) => t.missingItem(sessionLabel(f.session), m.votes, m.reason))),
  };
}

export interface AlignmentRow {
  label: string;
  contested: number;
  counts: Record<AlignmentClass, number>;
}

/** A member's alignment section: its definition, the sentence over all sessions, one row per session, the reference points. */
export function alignmentSection(a: MemberAlignment, name: string, isRussia: boolean, byMember: ReadonlyMap<string, MemberAlignment>) {
  const t = messages().alignment;
  const c = a.total;
  const n = formatCount;
  const refs = alignmentReferences(byMember);
  const ref = (m: MemberAlignment) => t.reference(UN_MEMBER_NAMES.get(m.iso3) ?? m.iso3, n(m.total.withRussia), n(m.total.withRussia + m.total.withEu));
  return {
    heading: t.heading,
    definition: fillProse(t.definition, { method: { link: t.method, href: siteUrls().data('alignment') } }) as ProseSegment[],
    summary: isRussia ? t.russia(n(c.contested)) : t.summary(name, n(c.contested), n(c.withRussia), n(c.withEu), n(c.abstained), n(c.absent)),
    caption: t.caption,
    columns: t.columns,
    classes: ALIGNMENT_CLASSES,
    rows: a.sessions.map((s): AlignmentRow => ({ label: sessionLabel(s.session), contested: s.counts.contested, counts: s.counts })),
    references: refs.median
      ? t.references(
          formatList(refs.closest.slice(0, 3).map(ref)),
          refs.neverWithRussia ? t.never(n(refs.neverWithRussia), formatList(refs.farthest.slice(0, 3).map(ref))) : formatList(refs.farthest.slice(0, 3).map(ref)),
          ref(refs.median),
        )
      : '',
    absences: t.absences,
  };
}
