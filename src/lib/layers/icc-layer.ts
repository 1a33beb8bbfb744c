import type { IccStates } from '../../schemas/icc-states.ts';
import { headlineNumbers } from '../country-stats.ts';
import { formatDate, formatDateRange, plural } from '../format.ts';
import { iccDatesFrom, iccStandingOn, tripsToIccParties, type IccStanding } from '../icc.ts';
import type { SiteData } from '../records.ts';
import { foreignTrips } from '../visits.ts';
import { SCROLL_HINT } from './layer.ts';
import { classifyStates, countByClass, type CountryLayer, type LayerClass } from './layer.ts';
import { TREATY_STATES } from './states.ts';
import { messages } from '../../i18n/messages.ts';

/** Every state's standing with the Rome Statute on a date (states missing from the ICC list never joined). */
export function iccStandingByIso3(states: IccStates, date: string): Map<string, IccStanding> {
  const datesOf = iccDatesFrom(states);
  return new Map(TREATY_STATES.map(({ iso3 }) => [iso3, iccStandingOn(datesOf(iso3), date)]));
}

/** The ICC layer's classes, in legend order. */
export const ICC_CLASSES: readonly (LayerClass & { id: IccStanding })[] = [
  { id: 'party', token: 'icc', label: messages().icc.party },
  { id: 'withdrawing', token: 'icc-light', label: messages().icc.withdrawing },
  { id: 'withdrawn', token: 'icc-withdrawn', label: messages().icc.withdrawn },
  { id: 'non-party', token: 'map-land', label: messages().icc['non-party'] },
];

/** Where the ICC arrest warrant binds: every state by its standing on the as-of date. */
export function iccLayer(data: SiteData): CountryLayer {
  const asOf = data.dataset.asOf;
  const standing = iccStandingByIso3(data.iccStates, asOf);
  const states = classifyStates('icc', ICC_CLASSES, TREATY_STATES, (s) => standing.get(s.iso3)!, (s, c) => `${s.name}: ${c.label}`);
  const counts = countByClass({ classes: ICC_CLASSES, states });
  const count = (id: IccStanding) => counts.find((c) => c.cls.id === id)!.count;
  const bound = count('party') + count('withdrawing');
  const trips = foreignTrips(data.visits);
  const flagged = tripsToIccParties(data.countries, trips);
  const bySlug = new Map(data.countries.map((c) => [c.slug, c]));
  const summary = `${plural(bound, { one: 'state', other: 'states' })} were bound by the Rome Statute on ${formatDate(asOf)}, and so obliged to arrest Putin on the ICC warrant of ${formatDate(data.iccStates.warrant.issued)}. Since the warrant, ${plural(headlineNumbers(data).tripsUnderIccWarrant, { one: 'trip', other: 'trips' })} took him to a state party, and none ended in an arrest.`;
  return {
    id: 'icc',
    href: '/map/icc/',
    nav: { label: 'ICC states parties' },
    classes: ICC_CLASSES,
    states,
    page: {
      title: 'Map: where the ICC arrest warrant binds',
      description: summary,
      heading: 'Where the ICC arrest warrant binds',
      lead: summary,
      intro: [],
      map: { title: 'States parties to the Rome Statute of the ICC', description: summary },
      scrollHint: SCROLL_HINT,
      legend: counts.map(({ cls, count }) => ({ cls: cls.id, token: cls.token, label: `${cls.label} (${count})` })),
      caption: { datePrefix: 'Standing on', date: asOf, sources: [{ href: data.iccStates.sources[0]!, label: 'ICC Assembly of States Parties' }] },
    },
    details: {
      kind: 'icc-trips',
      heading: 'Trips to states parties',
      id: 'trips-to-states-parties',
      empty: 'None.',
      trips: trips
        .filter((v) => flagged.has(v.id))
        .map((v) => {
          const c = bySlug.get(v.country)!;
          return {
            slug: c.slug,
            country: c.name,
            dates: formatDateRange(v.start, v.end),
            cities: v.cities.map((x) => x.name).join(', '),
            remark: v.start >= data.iccStates.warrant.issued ? 'The warrant was in force; no arrest was made.' : 'Before the warrant was issued.',
          };
        }),
    },
  };
}
