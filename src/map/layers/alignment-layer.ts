import type { RenderContext } from '../../render/context.ts';
import { alignmentByMember, type AlignmentCounts } from '../../model/alignment.ts';
import type { SiteData } from '../../model/records.ts';
import { RUSSIA } from '../../model/votes.ts';
import type { Token } from './palette.ts';
import { classifyStates, labelClasses, countByClass, layerCaption, type CountryLayer, layerEmbed } from './layer.ts';
import { UN_MEMBER_STATES } from './states.ts';

export type AlignmentLayerClass = 'russia' | 'mostly-russia' | 'leans-russia' | 'leans-eu' | 'mostly-eu' | 'few-votes';

/**
 * The alignment layer's classes, in legend order: by the share of a member's yes/no votes on contested votes that
 * went Russia's way (src/model/alignment.ts), in thirds and halves; a member that voted yes or no on fewer than half
 * of the contested votes is hatched apart, so an absence is never read as a side.
 */
export const ALIGNMENT_LAYER_CLASSES: readonly { id: AlignmentLayerClass; token: Token }[] = [
  { id: 'russia', token: 'vote-no' },
  { id: 'mostly-russia', token: 'trips-4' },
  { id: 'leans-russia', token: 'trips-3' },
  { id: 'leans-eu', token: 'trips-2' },
  { id: 'mostly-eu', token: 'trips-1' },
  { id: 'few-votes', token: 'vote-unknown' },
];

/** A member's class from its counts over every session. */
export function alignmentClassOf(iso3: string, c: AlignmentCounts): AlignmentLayerClass {
  if (iso3 === RUSSIA) return 'russia';
  const cast = c.withRussia + c.withEu;
  if (cast < c.contested / 2 || cast === 0) return 'few-votes';
  const share = c.withRussia / cast;
  if (share >= 2 / 3) return 'mostly-russia';
  if (share >= 1 / 2) return 'leans-russia';
  if (share >= 1 / 3) return 'leans-eu';
  return 'mostly-eu';
}

/** Where every member stands when Russia and the EU majority split: the votes beyond Ukraine, on a map. */
export function alignmentLayer(ctx: RenderContext, data: SiteData): CountryLayer {
  const m = ctx.t;
  const t = m.alignmentLayer;
  const byMember = alignmentByMember(data.assemblyVotes);
  const sessions = [...data.assemblyVotes].map((f) => f.session).sort((a, b) => a - b);
  const countsOf = (iso3: string) => byMember.get(iso3)!.total;
  const contested = countsOf(RUSSIA).contested;
  const classes = labelClasses(ctx, ALIGNMENT_LAYER_CLASSES, (m, id) => m.alignmentLayer.classes[id]);
  const states = classifyStates('alignment', classes, UN_MEMBER_STATES, (s) => alignmentClassOf(s.iso3, countsOf(s.iso3)), (s, c) => {
    const n = countsOf(s.iso3);
    return s.iso3 === RUSSIA ? m.layers.about(ctx.name(s.key), c.label) : t.tooltip(ctx.name(s.key), ctx.fmt.count(n.withRussia), ctx.fmt.count(n.withRussia + n.withEu), ctx.fmt.count(n.contested));
  });
  const counts = countByClass({ classes, states });
  const summary = t.summary(ctx.fmt.plural(contested, t.votes), ctx.fmt.count(sessions[0]!), ctx.fmt.count(sessions.at(-1)!));
  const byName = ctx.fmt.compare;
  const first = data.assemblyVotes.map((f) => f.sources[0]!);
  const lastVote = data.assemblyVotes.flatMap((f) => f.votes.map((v) => v.date)).sort().at(-1)!;
  return {
    id: 'alignment',
    href: ctx.urls.layer('alignment'),
    embed: layerEmbed(ctx, 'alignment', t.heading),
    nav: { label: t.nav },
    classes,
    states,
    page: {
      title: t.title,
      description: summary,
      heading: t.heading,
      lead: summary,
      intro: [t.caveat],
      links: [{ href: ctx.urls.data('alignment'), label: t.methodLink }],
      map: { title: t.mapTitle, description: summary },
      // A class no state is in is left out of the legend: an empty swatch explains nothing on the map.
      legend: counts.filter(({ count }) => count > 0).map(({ cls, count }) => ({ cls: cls.id, token: cls.token, label: m.layers.counted(cls.label, ctx.fmt.count(count)) })),
      caption: layerCaption(ctx, t.caption, lastVote, [{ href: 'https://digitallibrary.un.org/record/4060887', label: t.source }, ...first.slice(-1).map((href) => ({ href, label: t.copy }))]),
    },
    details: {
      kind: 'roll-call',
      heading: t.listHeading,
      id: 'members-by-class',
      noNames: t.noNames,
      groups: counts.filter(({ count }) => count > 0).map(({ cls, count }) => ({
        id: `alignment-${cls.id}`,
        heading: m.layers.counted(cls.label, ctx.fmt.count(count)),
        names: [...states.values()].filter((s) => s.cls === cls.id).map((s) => ctx.name(s.key).listed).sort(byName),
      })),
    },
  };
}
