import { messages } from '../i18n/messages.ts';
import { formatCount, formatList, formatOrdinal } from './format.ts';
import { UN_MEMBER_NAMES } from './layers/states.ts';
import { ALIGNMENT_CLASSES, alignmentReferences, type AlignmentClass, type MemberAlignment } from './alignment.ts';
import { fillProse, type ProseSegment } from './prose.ts';

/** A session's years as the UN runs them, September to September: 80 → `2025–26`. */
const sessionYears = (session: number) => `${1945 + session}–${String(1946 + session).slice(2)}`;

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
    definition: fillProse(t.definition, { method: { link: t.method, href: '/data/#alignment' } }) as ProseSegment[],
    summary: isRussia ? t.russia(n(c.contested)) : t.summary(name, n(c.contested), n(c.withRussia), n(c.withEu), n(c.abstained), n(c.absent)),
    caption: t.caption,
    columns: t.columns,
    classes: ALIGNMENT_CLASSES,
    rows: a.sessions.map((s): AlignmentRow => ({ label: t.session(formatOrdinal(s.session, t.ordinal), sessionYears(s.session)), contested: s.counts.contested, counts: s.counts })),
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
