import { messages } from '../i18n/messages.ts';
import type { CountryStats } from '../model/country-stats.ts';
import { formatDate, plural } from '../render/format.ts';
import { iccStandingOn } from '../model/icc.ts';
import { memberCardAlt, notVisitedSentence } from './member-views.ts';
import { fillProse, type ProseSegment } from '../render/prose.ts';
import type { CountryRecord } from '../model/records.ts';
import { relationshipInfo } from './relationships.ts';
import { breakdownSentence } from './vote-views.ts';


/** A profile's search and share description: relationship, trips, UN votes and ICC standing, as of a date. */
export function profileDescription(stats: CountryStats, asOf: string): string {
  const { country, visits } = stats;
  const t = messages().profile;
  const trips = country.relationship === 'invaded' ? plural(visits.length, t.descriptionOccupiedVisits) : plural(stats.tripCount, t.descriptionTrips);
  const icc = messages().iccShort[iccStandingOn(country.icc, asOf)];
  const relationship = relationshipInfo(country.relationship).inSentence;
  return t.description(country.name, relationship, trips, messages().letterCase.inSentence(breakdownSentence(stats.voteBreakdown)), icc, formatDate(asOf));
}

/** A written profile's share card alt text, with its relationship: `Share card for Belarus: ally, Putin’s trips…`. */
export function profileCardAlt(country: Pick<CountryRecord, 'name' | 'relationship'>): string {
  return memberCardAlt(country.name, relationshipInfo(country.relationship).inSentence);
}

/**
 * How far the profile was checked, and, when its sources stop before the data's as-of date, that later events may
 * be missing (dates as `<time>`).
 */
export function profileCheckedProse(country: Pick<CountryRecord, 'name' | 'asOf'>, asOf: string): ProseSegment[] {
  const t = messages().profile;
  return [
    ...fillProse(t.checkedUpTo, { checked: { date: country.asOf } }),
    ...(country.asOf < asOf ? fillProse(t.sourcesStopEarly, { name: country.name, asOf: { date: asOf } }) : []),
  ];
}

/** The trips section's heading: Ukraine's lists Putin's visits to its occupied territory. */
export function profileVisitsHeading(country: Pick<CountryRecord, 'relationship'>): string {
  const t = messages().profile;
  return country.relationship === 'invaded' ? t.occupiedVisitsHeading : t.visitsHeading;
}

/** The line over the list of visits: `5 trips since 24 February 2022.`, or that he has not been there. */
export function profileVisitsLine(stats: Pick<CountryStats, 'country' | 'visits' | 'tripCount'>): string {
  const t = messages().profile;
  if (!stats.visits.length) return notVisitedSentence(stats.country.name);
  return stats.country.relationship === 'invaded' ? plural(stats.visits.length, t.occupiedVisitsSince) : plural(stats.tripCount, t.tripsSince);
}

/** The trip count on a country card: `3 trips`; Ukraine's card counts visits to occupied territory. */
export function countryCardTripLabel(stats: Pick<CountryStats, 'country' | 'visits' | 'tripCount'>): string {
  const t = messages().profile;
  return stats.country.relationship === 'invaded' ? plural(stats.visits.length, t.occupiedVisits) : plural(stats.tripCount, t.trips);
}

type Leader = CountryRecord['leaders'][number];

/** A country card's texts: `Putin: 3 trips` and the title over its UN votes. */
export function countryCardText(stats: Pick<CountryStats, 'country' | 'visits' | 'tripCount'>): { trips: string; votes: string } {
  const t = messages().countryCard;
  return { trips: t.trips(countryCardTripLabel(stats)), votes: t.votes };
}

/** A leader's term under the name in the Leaders list: `President, since 20 July 1994.`, `…, 1 May 2019 to 8 December 2024.` */
export function leaderTerm(l: Leader): string {
  const t = messages().profile;
  return l.until ? t.leaderTermEnded(l.role, formatDate(l.since), formatDate(l.until)) : t.leaderTerm(l.role, formatDate(l.since));
}

/** A current leader in the at-a-glance box: `Alexander Lukashenko, President, since 20 July 1994`. */
export function leaderSince(l: Leader): string {
  return messages().profile.leaderSince(l.name, l.role, formatDate(l.since));
}

type SupportItem = NonNullable<CountryRecord['support']>[number];

/**
 * A profile's support for Russia's war in three groups, so that what a government does, what others allege it does
 * and what companies trading from its soil do are never read as one: the government's acknowledged or undisputed
 * acts; the government's acts as others allege them (each item says who alleges it); trade and companies.
 */
export function supportGroups(support: readonly SupportItem[] | undefined): { id: string; heading: string; items: { date?: string | undefined; title?: string; text: string; sources: readonly string[] }[] }[] {
  const t = messages().profile.supportGroups;
  const item = (s: SupportItem) => ({ date: s.date, text: s.text, sources: s.sources, ...(s.allegedBy ? { title: t.allegedBy(s.allegedBy) } : {}) });
  const groups = [
    { id: 'support-government', heading: t.government, items: (support ?? []).filter((s) => s.by === 'government' && !s.allegedBy).map(item) },
    { id: 'support-alleged', heading: t.alleged, items: (support ?? []).filter((s) => s.by === 'government' && s.allegedBy).map(item) },
    { id: 'support-trade', heading: t.trade, items: (support ?? []).filter((s) => s.by === 'trade').map(item) },
  ];
  return groups.filter((g) => g.items.length);
}
