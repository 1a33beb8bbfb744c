import type { RenderContext } from '../../render/context.ts';
import type { ResolutionRecord } from '../../model/records.ts';
import { shortSymbol, shownVoteOf, type ShownVote } from '../../model/votes.ts';
import type { Token } from './palette.ts';
import { classifyStates, labelClasses, layerCaption, type CountryLayer, type LayerClass } from './layer.ts';
import { UN_MEMBER_STATES } from './states.ts';
import { sourceLabel } from '../../model/outlets.ts';

type VoteClass = ShownVote;
type CastClass = Exclude<VoteClass, 'article19' | 'unknown'>;

/**
 * The vote layers' classes, in legend order. `article19` (a member that had lost its vote for arrears under
 * Article 19 of the Charter) is apart from a chosen absence; `unknown` (the member's vote is not in the roll call
 * we have) is a class of its own, hatched, so that a partial record is never read as abstentions or absences.
 */
export const VOTE_CLASSES: readonly { id: VoteClass; token: Token }[] = [
  { id: 'yes', token: 'vote-yes' },
  { id: 'no', token: 'vote-no' },
  { id: 'abstain', token: 'vote-abstain' },
  { id: 'non-voting', token: 'vote-absent' },
  { id: 'article19', token: 'vote-article19' },
  { id: 'unknown', token: 'vote-unknown' },
];
/** The vote classes with their legend labels. */
export const voteClasses = (ctx: RenderContext): (LayerClass & { id: VoteClass })[] => labelClasses(ctx, VOTE_CLASSES, (m, id) => (id === 'unknown' ? m.unknownVoteOnMap : m.votes[id]));

const TOTAL_KEY = { yes: 'yes', no: 'no', abstain: 'abstain', 'non-voting': 'nonVoting' } as const;

/** One legend line of a vote map: the official total of a class and how many of those members we can name. */
export interface VoteTally {
  cls: VoteClass;
  /**
   * The official total (for `non-voting`, less the Article 19 members, who are their own line; for `article19`,
   * the UN's list; for `unknown`, the members whose vote is not in the record).
   */
  total: number;
  /** Members of this class named in the roll call (equal to `total` on a complete roll call). */
  known: number;
}

/**
 * Legend tallies from the resolution's official totals, with how many of each are in the roll call. On a
 * partial roll call, "Yes 93" with 12 known must not read as 12 yes votes: the label carries both numbers.
 */
export function voteTallies(resolution: ResolutionRecord, members: number): VoteTally[] {
  const shown = Object.keys(resolution.votes).map((iso3) => shownVoteOf(resolution, iso3));
  const known = (cls: VoteClass) => shown.filter((v) => v === cls).length;
  const barred = resolution.article19?.members.length ?? 0;
  const cast = (['yes', 'no', 'abstain', 'non-voting'] as const satisfies readonly CastClass[]).map((cls) => ({
    cls,
    total: resolution.totals[TOTAL_KEY[cls]] - (cls === 'non-voting' ? barred : 0),
    known: known(cls),
  }));
  const article19: VoteTally = { cls: 'article19', total: barred, known: barred };
  const recorded = shown.length;
  return [...cast, article19, { cls: 'unknown', total: members - recorded, known: 0 }];
}

/** `Yes 107`, or on a partial roll call `Yes 107 (82 of them in the published record)`; `unknown`: `… 111 of 193`. */
export function tallyLabel(ctx: RenderContext, t: VoteTally, complete: boolean, members: number): string {
  const ui = ctx.t.layers.vote;
  const label = voteClasses(ctx).find((c) => c.id === t.cls)!.label;
  if (t.cls === 'unknown') return ui.tallyUnknown(label, ctx.fmt.count(t.total), ctx.fmt.count(members));
  if (complete) return ui.tally(label, ctx.fmt.count(t.total));
  const of = t.known === 0 ? ui.knownNone : t.known === t.total ? ui.knownAll : ctx.fmt.count(t.known);
  return ui.tallyPartial(label, ctx.fmt.count(t.total), of);
}


/** How every UN member voted on one resolution. */
export function voteLayer(ctx: RenderContext, resolution: ResolutionRecord): CountryLayer {
  const m = ctx.t;
  const t = m.layers.vote;
  const classes = voteClasses(ctx);
  const id = `votes/${resolution.id}`;
  const states = classifyStates(
    id,
    classes,
    UN_MEMBER_STATES,
    (s) => shownVoteOf(resolution, s.iso3),
    (s, c) => m.layers.about(ctx.name(s.key), c.id === 'unknown' ? t.unknownTooltip : c.label),
  );
  const members = states.size;
  const tallies = voteTallies(resolution, members);
  const recorded = members - tallies.find((t) => t.cls === 'unknown')!.total;
  const shown = tallies.filter((t) => t.total > 0 || t.known > 0);
  const { totals } = resolution;
  const { symbol, name } = resolution;
  const code = shortSymbol(symbol);
  const summary = t.summary(symbol, ctx.fmt.date(resolution.date), resolution.title, ctx.fmt.count(totals.yes), ctx.fmt.count(totals.no), ctx.fmt.count(totals.abstain), ctx.fmt.count(totals.nonVoting));
  const byName = ctx.fmt.compare;
  return {
    id,
    href: ctx.urls.layer(id),
    embed: { path: ctx.urls.embed(id), title: t.heading(name, code), canonicalLabel: t.embedCanonical(name) },
    nav: { label: code, title: name, group: m.layerGroups.votes },
    classes,
    states,
    shapeData: (s) => ({ 'data-resolution': resolution.symbol, 'data-vote': s.cls }),
    page: {
      // The name in the title, prefixed where the prefix keeps it within 70 characters with the site's name.
      title: [...m.site.fullTitle(t.title(name))].length <= 70 ? t.title(name) : name,
      description: `${summary} ${resolution.summary}`,
      heading: t.heading(name, code),
      lead: resolution.summary,
      intro: [
        resolution.complete
          ? summary
          : `${summary} ${t.partial(ctx.fmt.count(recorded), ctx.fmt.count(members), ctx.fmt.count(members - recorded), m.letterCase.inSentence(m.unknownVoteOnMap))}`,
      ],
      note: resolution.notes,
      links: [{ href: ctx.urls.votes(resolution.id), label: t.tableLink }],
      map: { title: t.mapTitle(name, code), description: summary },
      legend: shown.map((tally) => ({ cls: tally.cls, token: VOTE_CLASSES.find((c) => c.id === tally.cls)!.token, label: tallyLabel(ctx, tally, resolution.complete, members) })),
      caption: layerCaption(
        ctx, t.caption,
        resolution.date,
        resolution.sources.map((href) => ({ href, label: sourceLabel(href) })),
        resolution.complete ? t.complete(ctx.fmt.count(members)) : t.partialCaption(ctx.fmt.count(recorded), ctx.fmt.count(members)),
      ),
    },
    details: {
      kind: 'roll-call',
      heading: t.rollCall,
      id: 'roll-call',
      noNames: t.noNames,
      groups: shown.map((tally) => ({
        id: `vote-${tally.cls}`,
        heading: tallyLabel(ctx, tally, resolution.complete, members),
        names: [...states.values()].filter((s) => s.cls === tally.cls).map((s) => ctx.name(s.key).listed).sort(byName),
      })),
    },
  };
}
