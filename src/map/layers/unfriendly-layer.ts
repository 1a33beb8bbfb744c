import type { RenderContext } from '../../render/context.ts';
import { TERRITORIES } from '../../schemas/territories.ts';
import type { UnfriendlyStates } from '../../schemas/unfriendly-states.ts';
import { fillText } from '../../render/prose.ts';
import { topology } from '../geo/world.ts';
import type { SiteData } from '../../model/records.ts';
import type { Token } from './palette.ts';
import { classifyStates, labelClasses, countByClass, layerCaption, type CountryLayer, type LayerClass, type ListingGroup, type StateRef, layerEmbed } from './layer.ts';
import { profileLinks, UN_MEMBER_STATES } from './states.ts';
import { sourceLabel } from '../../model/outlets.ts';

export type UnfriendlyClass = 'original' | 'added-2022' | 'added-later' | 'removed' | 'not-listed';

/** The unfriendly layer's classes, in legend order: by when a state was put on the list. */
export const UNFRIENDLY_CLASSES: readonly { id: UnfriendlyClass; token: Token }[] = [
  { id: 'original', token: 'unfriendly-original' },
  { id: 'added-2022', token: 'unfriendly-2022' },
  { id: 'added-later', token: 'unfriendly-later' },
  { id: 'removed', token: 'unfriendly-removed' },
  { id: 'not-listed', token: 'map-land' },
];

/**
 * ISO 3166-1 numeric codes of the listed territories that have one (world-atlas ids): the territories big enough
 * to have a shape at 1:110m (Taiwan, the Falkland Islands) are shaded with the states; the rest are listed.
 */
const TERRITORY_ISO_NUMERIC: Readonly<Record<string, string>> = {
  AIA: '660', BMU: '060', IOT: '086', VGB: '092', CYM: '136', FLK: '238', GIB: '292', GGY: '831',
  IMN: '833', JEY: '832', MSR: '500', PCN: '612', SHN: '654', SGS: '239', TWN: '158', TCA: '796',
};

/** A listed entry's class: named in the order, added in the order's year, added later, or taken off by the check date. */
export function unfriendlyClassOf(list: UnfriendlyStates, entry: { since: string; until?: string | undefined } | undefined): UnfriendlyClass {
  if (!entry) return 'not-listed';
  if (entry.until !== undefined && entry.until <= list.checkedUntil) return 'removed';
  const order = list.amendments[0]!.date;
  if (entry.since === order) return 'original';
  return entry.since.slice(0, 4) === order.slice(0, 4) ? 'added-2022' : 'added-later';
}


/** Russia's list of "unfriendly" states: every UN member by when it was put on the list (or not), with the territories. */
export function unfriendlyLayer(ctx: RenderContext, data: SiteData): CountryLayer {
  const list = data.unfriendlyStates;
  const t = ctx.t.layers.unfriendly;
  const asOf = list.checkedUntil;
  const order = list.amendments[0]!;
  const byIso3 = new Map(list.unMembers.map((m) => [m.iso3, m]));
  const groupName = new Map(list.groups.map((g) => [g.id, g.name]));

  // Listed territories that the base map draws as shapes join the UN members on the map.
  const shapes = new Set(topology.objects.countries.geometries.map((g) => String(g.id)));
  const territoryRefs = list.territories.flatMap((t) => {
    const info: { iso3?: string; name: string } = TERRITORIES.find((x) => x.id === t.id)!;
    const numeric = info.iso3 === undefined ? undefined : TERRITORY_ISO_NUMERIC[info.iso3];
    return info.iso3 && numeric && shapes.has(numeric) ? [{ ref: { iso3: info.iso3, isoNumeric: numeric, key: t.id } satisfies StateRef, entry: t }] : [];
  });
  const territoryByIso3 = new Map(territoryRefs.map((t) => [t.ref.iso3, t.entry]));
  const entryOf = (iso3: string) => byIso3.get(iso3) ?? territoryByIso3.get(iso3);

  const tooltip = (s: StateRef, c: LayerClass): string => {
    const e = entryOf(s.iso3);
    const who = territoryByIso3.has(s.iso3) ? t.territory(ctx.name(s.key)) : ctx.name(s.key).listed;
    if (!e) return t.notListed(who);
    if (c.id === 'removed') return t.removed(who, ctx.fmt.date(e.since), ctx.fmt.date(e.until!));
    if (e.since !== order.date) return t.listedByAmendment(who, ctx.fmt.date(e.since));
    return 'group' in e && e.group ? t.listedAsGroup(who, ctx.fmt.date(e.since), groupName.get(e.group)!) : t.listed(who, ctx.fmt.date(e.since));
  };
  const classes = labelClasses(ctx, UNFRIENDLY_CLASSES, (m, id) => m.unfriendly[id]);
  const states = classifyStates('unfriendly', classes, [...UN_MEMBER_STATES, ...territoryRefs.map((t) => t.ref)], (s) => unfriendlyClassOf(list, entryOf(s.iso3)), tooltip);

  // Legend and listing count UN members and territories apart (every listed territory, drawn or not).
  const memberClass = new Map(UN_MEMBER_STATES.map((s) => [s.iso3, states.get(s.isoNumeric)!.cls]));
  const territoryClass = new Map(list.territories.map((t) => [t.id, unfriendlyClassOf(list, t)]));
  const membersIn = (cls: UnfriendlyClass) => [...memberClass.values()].filter((c) => c === cls).length;
  const territoriesIn = (cls: UnfriendlyClass) => [...territoryClass.values()].filter((c) => c === cls).length;
  const datesIn = (cls: UnfriendlyClass) =>
    [...new Set([...list.unMembers, ...list.territories].filter((e) => unfriendlyClassOf(list, e) === cls).map((e) => e.since))].sort();
  const tally = (members: number, territories: number) =>
    ctx.fmt.list([
      ...(members || !territories ? [ctx.fmt.plural(members, t.members)] : []),
      ...(territories ? [ctx.fmt.plural(territories, t.territories)] : []),
    ]);

  const legend = countByClass({ classes, states })
    .filter(({ cls }) => cls.id === 'not-listed' || membersIn(cls.id as UnfriendlyClass) + territoriesIn(cls.id as UnfriendlyClass) > 0)
    .map(({ cls }) => {
      const id = cls.id as UnfriendlyClass;
      const counted = tally(membersIn(id), territoriesIn(id));
      const label = id === 'not-listed' ? t.legend(cls.label, counted) : t.legendDated(cls.label, ctx.fmt.list(datesIn(id).map((d) => ctx.fmt.date(d))), counted);
      return { cls: id, token: cls.token, label };
    });

  const listedNow = list.unMembers.filter((m) => unfriendlyClassOf(list, m) !== 'removed').length;
  const removed = membersIn('removed');
  const later = list.amendments.slice(1);
  const inOrder = list.unMembers.filter((m) => m.since === order.date);
  const groupsInOrder = list.groups.filter((g) => g.since === order.date).map((g) => t.groupInOrder(ctx.fmt.count(g.members.length), g.name));
  const summary = t.summary(ctx.fmt.date(asOf), ctx.fmt.count(listedNow), ctx.fmt.count(UN_MEMBER_STATES.length), ctx.fmt.plural(list.territories.length, t.territories));
  const named = groupsInOrder.length ? t.namedGroups(t.named(list.order, ctx.fmt.count(inOrder.length)), ctx.fmt.list(groupsInOrder)) : t.named(list.order, ctx.fmt.count(inOrder.length));
  const history = [
    later.length ? t.namedThenAmended(named, ctx.fmt.pluralForm(later.length, t.amendments), ctx.fmt.list(later.map((a) => ctx.fmt.date(a.date)))) : t.namedAll(named),
    removed ? ctx.fmt.plural(removed, t.removedMembers) : t.noneRemoved,
  ].join(' ');

  const shaded = territoryRefs.map((t) => t.entry.id);
  const hrefOf = profileLinks(ctx, data, 'stances');
  const item = (e: { iso3?: string; id?: string; until?: string | undefined }) => {
    const until = e.until ? t.takenOff(ctx.fmt.date(e.until)) : undefined;
    if (e.iso3) return { name: ctx.name(e.iso3).listed, href: hrefOf.get(e.iso3), detail: until };
    return { name: ctx.name(e.id!).listed, detail: [t.territoryItem, until].filter(Boolean).join(', ') };
  };
  const byName = (a: { name: string }, b: { name: string }) => ctx.fmt.compare(a.name, b.name);
  const groups: ListingGroup[] = list.amendments.flatMap((a, i) => {
    const members = list.unMembers.filter((m) => m.since === a.date);
    const territories = list.territories.filter((t) => t.since === a.date);
    const own: ListingGroup = {
      id: `listed-${a.date}`,
      heading: t.changeHeading(ctx.fmt.date(a.date), i === 0 ? t.theOrder : t.amendment, tally(members.length, territories.length)),
      text: [a.summary, a.note].filter(Boolean).join(' '),
      items: [...members.filter((m) => m.group === undefined).map(item).sort(byName), ...territories.map(item).sort(byName)],
      sources: a.sources.map((href) => ({ href, label: sourceLabel(href) })),
    };
    const named = list.groups
      .filter((g) => g.since === a.date)
      .map((g) => ({
        id: `listed-${a.date}-${g.id}`,
        heading: t.groupHeading(g.name, ctx.fmt.count(g.members.length)),
        items: g.members.map((iso3) => item(byIso3.get(iso3)!)).sort(byName),
        sources: g.sources.map((href) => ({ href, label: sourceLabel(href) })),
      }));
    return [own, ...named];
  });

  return {
    id: 'unfriendly',
    href: ctx.urls.layer('unfriendly'),
    embed: layerEmbed(ctx, 'unfriendly', t.heading),
    nav: { label: t.nav },
    classes,
    states,
    page: {
      title: t.title,
      description: `${summary} ${history}`,
      heading: t.heading,
      lead: summary,
      intro: [history],
      note: shaded.length ? fillText(ctx.fmt.pluralForm(shaded.length, t.drawn), { names: ctx.fmt.list(shaded.map((key) => ctx.name(key).subject)) }) : undefined,
      map: { title: t.mapTitle, description: `${summary} ${history}` },
      legend,
      caption: layerCaption(ctx, t.caption, asOf, order.sources.map((href) => ({ href, label: sourceLabel(href) }))),
    },
    details: {
      kind: 'listing',
      heading: t.listHeading,
      id: 'the-list',
      sourcesLabel: ctx.t.layers.sources,
      notes: list.notes.map((n) => ({ text: n.text, sources: n.sources.map((href) => ({ href, label: sourceLabel(href) })) })),
      groups,
    },
  };
}
