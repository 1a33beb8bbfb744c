import type { RenderContext } from '../../render/context.ts';
import type { IccStates } from '../../schemas/icc-states.ts';
import { headlineNumbers } from '../../model/country-stats.ts';
import { hostOf, hostsBySlug } from '../../model/hosts.ts';
import { iccDatesFrom, iccStandingOn, tripsToIccParties, type IccStanding } from '../../model/icc.ts';
import type { SiteData } from '../../model/records.ts';
import { foreignTrips } from '../../model/visits.ts';
import type { Token } from './palette.ts';
import { classifyStates, labelClasses, countByClass, layerCaption, type CountryLayer, layerEmbed } from './layer.ts';
import { TREATY_STATES } from './states.ts';

/** Every state's standing with the Rome Statute on a date (states missing from the ICC list never joined). */
export function iccStandingByIso3(states: IccStates, date: string): Map<string, IccStanding> {
  const datesOf = iccDatesFrom(states);
  return new Map(TREATY_STATES.map(({ iso3 }) => [iso3, iccStandingOn(datesOf(iso3), date)]));
}

/** The ICC layer's classes, in legend order. */
export const ICC_CLASSES: readonly { id: IccStanding; token: Token }[] = [
  { id: 'party', token: 'icc' },
  { id: 'withdrawing', token: 'icc-light' },
  { id: 'withdrawn', token: 'icc-withdrawn' },
  { id: 'non-party', token: 'map-land' },
];

/** Where the ICC arrest warrant binds: every state by its standing on the as-of date. */
export function iccLayer(ctx: RenderContext, data: SiteData): CountryLayer {
  const asOf = data.dataset.asOf;
  const standing = iccStandingByIso3(data.iccStates, asOf);
  const m = ctx.t.layers;
  const t = m.icc;
  const classes = labelClasses(ctx, ICC_CLASSES, (m, id) => m.icc[id]);
  const states = classifyStates('icc', classes, TREATY_STATES, (s) => standing.get(s.iso3)!, (s, c) => m.about(ctx.name(s.key), c.label));
  const counts = countByClass({ classes, states });
  const count = (id: IccStanding) => counts.find((c) => c.cls.id === id)!.count;
  const bound = count('party') + count('withdrawing');
  const trips = foreignTrips(data.visits);
  const bySlug = hostsBySlug(data);
  const flagged = tripsToIccParties(bySlug, trips);
  const summary = t.summary(ctx.fmt.plural(bound, t.bound), ctx.fmt.date(asOf), ctx.fmt.date(data.iccStates.warrant.issued), ctx.fmt.plural(headlineNumbers(data).tripsUnderIccWarrant, t.trips));
  return {
    id: 'icc',
    href: ctx.urls.layer('icc'),
    embed: layerEmbed(ctx, 'icc', t.heading),
    nav: { label: t.nav },
    classes,
    states,
    page: {
      title: t.title,
      description: summary,
      heading: t.heading,
      lead: summary,
      intro: [],
      map: { title: t.mapTitle, description: summary },
      // A class no state is in is left out of the legend: an empty swatch explains nothing on the map.
      legend: counts.filter(({ count }) => count > 0).map(({ cls, count }) => ({ cls: cls.id, token: cls.token, label: m.counted(cls.label, ctx.fmt.count(count)) })),
      caption: layerCaption(ctx, t.caption, asOf, [{ href: data.iccStates.sources[0]!, label: t.source }]),
    },
    details: {
      kind: 'icc-trips',
      heading: t.tripsHeading,
      id: 'trips-to-states-parties',
      empty: t.noTrips,
      trips: trips
        .filter((v) => flagged.has(v.id))
        .map((v) => {
          const c = hostOf(bySlug, v);
          return {
            slug: c.slug,
            country: ctx.name(c.iso3).listed,
            dates: ctx.fmt.dateRange(v.start, v.end),
            cities: v.cities.map((x) => x.name).join(', '),
            remark: v.start >= data.iccStates.warrant.issued ? t.underWarrant : t.beforeWarrant,
          };
        }),
    },
  };
}
