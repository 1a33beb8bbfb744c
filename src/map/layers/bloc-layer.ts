import type { RenderContext } from '../../render/context.ts';
import type { SiteData } from '../../model/records.ts';
import { stancesFor, type BlocId, type BlocTie, type MembershipStatus } from '../../model/stances.ts';
import type { Token } from './palette.ts';
import { classifyStates, labelClasses, countByClass, layerCaption, type CountryLayer, type LayerClass, type ListingGroup, layerEmbed, regionFrame, type StateRef } from './layer.ts';
import { baseMap } from '../geo/base-map.ts';
import { profileLinks, UN_MEMBER_STATES } from './states.ts';
import { sourceLabel } from '../../model/outlets.ts';

export type BlocClass = MembershipStatus | 'former' | 'none';

/** A bloc layer's classes, in legend order: the closest ties first, then former members, then no tie. */
export const BLOC_CLASSES: readonly { id: BlocClass; token: Token }[] = [
  { id: 'member', token: 'bloc-member' },
  { id: 'suspended', token: 'bloc-suspended' },
  { id: 'leaving', token: 'bloc-leaving' },
  { id: 'associate', token: 'bloc-associate' },
  { id: 'observer', token: 'bloc-observer' },
  { id: 'partner', token: 'bloc-partner' },
  { id: 'former', token: 'bloc-former' },
  { id: 'none', token: 'map-land' },
];

/** `since 7 October 2002`, `3 December 1993 to 18 August 2009`: a tie's dates, as precise as they are recorded. */
export function tieDates(ctx: RenderContext, t: Pick<BlocTie, 'since' | 'until'>): string {
  const m = ctx.t;
  return t.until ? m.tieDates.between(ctx.fmt.partialDate(t.since), ctx.fmt.partialDate(t.until)) : m.tieDates.since(ctx.fmt.partialDate(t.since));
}

/** `member from 7 October 2002 to 22 February 2024`: the statuses a tie had before its current one. */
export function previousStatuses(ctx: RenderContext, t: Pick<BlocTie, 'previous'>): string {
  const m = ctx.t;
  return ctx.fmt.list(t.previous.map((p) => m.tieDates.previous(m.letterCase.inSentence(m.blocStatus[p.status]), ctx.fmt.partialDate(p.since), ctx.fmt.partialDate(p.until))));
}

/** A tie's dates, then the statuses it had before: `since 2024; before that observer from 2005 to 2024`. */
export function tieDatesWithPrevious(ctx: RenderContext, t: Pick<BlocTie, 'since' | 'until' | 'previous'>): string {
  return t.previous.length ? ctx.t.tieDates.withPrevious(tieDates(ctx, t), previousStatuses(ctx, t)) : tieDates(ctx, t);
}

/** Each UN member's class on a bloc's layer, with its tie (current, else ended) where it has one. */
export function blocClassesOf(data: SiteData, bloc: BlocId): Map<string, { cls: BlocClass; tie: BlocTie | undefined }> {
  return new Map(
    UN_MEMBER_STATES.map((s) => {
      const stances = stancesFor(data, s.iso3);
      const current = stances.blocs.find((t) => t.bloc === bloc);
      const ended = stances.formerBlocs.find((t) => t.bloc === bloc);
      return [s.iso3, current ? { cls: current.status, tie: current } : ended ? { cls: 'former', tie: ended } : { cls: 'none', tie: undefined }];
    }),
  );
}

/** Who belongs to one bloc: every UN member by its tie on the bloc file's check date. */
export function blocLayer(ctx: RenderContext, data: SiteData, bloc: BlocId): CountryLayer {
  const m = ctx.t;
  const classes = labelClasses(ctx, BLOC_CLASSES, (_, id) => m.blocStatus[id], m);
  const record = data.blocs.blocs.find((b) => b.id === bloc)!;
  const { short, full } = ctx.bloc(bloc);
  const name = ctx.bloc(bloc).fullInProse;
  const asOf = data.blocs.checkedUntil;
  const ties = blocClassesOf(data, bloc);
  const unconfirmed = new Map(data.blocs.unconfirmed.filter((u) => u.bloc === bloc).map((u) => [u.iso3, u]));
  const t = m.layers.bloc;

  const tooltip = (s: StateRef, c: LayerClass): string => {
    const { tie } = ties.get(s.iso3)!;
    const u = unconfirmed.get(s.iso3);
    if (!tie) return u ? t.unconfirmed(ctx.name(s.key), m.blocStatusClaimed[u.claim]) : m.layers.about(ctx.name(s.key), m.letterCase.inSentence(c.label));
    return t.tie(ctx.name(s.key), tie.body ? m.blocStatusInAssembly(c.label) : c.label, tieDatesWithPrevious(ctx, tie));
  };
  const states = classifyStates(`blocs/${bloc}`, classes, UN_MEMBER_STATES, (s) => ties.get(s.iso3)!.cls, tooltip);
  const counts = countByClass({ classes, states });
  const count = (cls: BlocClass) => counts.find((c) => c.cls.id === cls)!.count;

  const current = classes.filter((c) => c.id !== 'former' && c.id !== 'none' && count(c.id) > 0).map((c) =>
    ctx.fmt.plural(count(c.id), m.blocStatusCounted[c.id as MembershipStatus]),
  );
  const former = count('former');
  const summary = [
    t.summary(ctx.fmt.date(asOf), name, ctx.fmt.list(current)),
    ...(former ? [t.former(ctx.fmt.count(former))] : []),
    ...(unconfirmed.size ? [t.notCounted(ctx.fmt.list([...unconfirmed.keys()].map((iso3) => ctx.name(iso3).subject)))] : []),
  ].join(' ');

  // A looser, frozen, ending or ended tie often rests on a disputed date or status: its group shows the notes and
  // sources (partners' notes are left to the country pages: the SCO's seventeen would repeat one renaming).
  const contestedNotes = (cls: BlocClass): Pick<ListingGroup, 'text' | 'sources'> => {
    if (!['suspended', 'leaving', 'associate', 'observer', 'former'].includes(cls)) return {};
    const noted = [...ties.entries()].filter(([, t]) => t.cls === cls && t.tie?.note);
    if (!noted.length) return {};
    return {
      text: noted.map(([iso3, c]) => m.layers.about(ctx.name(iso3), c.tie!.note!)).join(' '),
      sources: [...new Set(noted.flatMap(([, c]) => c.tie!.sources))].map((href) => ({ href, label: sourceLabel(href) })),
    };
  };
  const hrefOf = profileLinks(ctx, data, 'stances');
  const byName = (a: { name: string }, b: { name: string }) => ctx.fmt.compare(a.name, b.name);
  const groups: ListingGroup[] = counts
    .filter(({ cls, count: n }) => cls.id !== 'none' && n > 0)
    .map(({ cls, count: n }) => ({
      id: `tie-${cls.id}`,
      heading: m.layers.counted(cls.label, ctx.fmt.count(n)),
      ...contestedNotes(cls.id as BlocClass),
      items: [...states.values()]
        .filter((s) => s.cls === cls.id)
        .map((s) => {
          const { tie } = ties.get(s.iso3)!;
          return { name: ctx.name(s.key).listed, href: hrefOf.get(s.iso3), detail: tie ? tieDatesWithPrevious(ctx, tie) : undefined };
        })
        .sort(byName),
    }));

  return {
    id: `blocs/${bloc}`,
    href: ctx.urls.layer(`blocs/${bloc}`),
    embed: layerEmbed(ctx, `blocs/${bloc}`, t.heading(name)),
    // Framed on the members and partners, not the whole world, so a small member such as Armenia can be seen.
    frame: regionFrame([...states.entries()].filter(([, s]) => s.cls !== 'none' && s.cls !== 'former').map(([id]) => id), baseMap()),
    nav: { label: short, title: full, group: m.layerGroups.blocs },
    classes,
    states,
    page: {
      // The short name in the page title, which must stay within 70 characters with the site's name.
      title: t.title(ctx.bloc(bloc).shortInProse),
      description: summary,
      heading: t.heading(name),
      lead: summary,
      intro: [...unconfirmed.values()].map((u) => m.layers.about(ctx.name(u.iso3), u.note)),
      note: record.note,
      map: { title: t.mapTitle(short, ctx.fmt.date(asOf)), description: summary },
      legend: counts.filter(({ cls, count: n }) => n > 0 || cls.id === 'none').map(({ cls, count: n }) => ({ cls: cls.id, token: cls.token, label: m.layers.counted(cls.label, ctx.fmt.count(n)) })),
      caption: layerCaption(ctx, t.caption, asOf, record.sources.map((href) => ({ href, label: sourceLabel(href) }))),
    },
    details: {
      kind: 'listing',
      heading: t.listHeading(name),
      id: 'ties',
      notes: [],
      sourcesLabel: m.layers.sources,
      groups,
    },
  };
}
