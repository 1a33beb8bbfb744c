import type { RenderContext } from '../render/context.ts';
import type { ProfiledStats } from '../model/member-stats.ts';
import { iccStandingOn } from '../model/icc.ts';
import { memberCardAlt, notVisitedSentence } from './member-views.ts';
import { fillProse, type ProseSegment } from '../render/prose.ts';
import type { CountryRecord } from '../model/records.ts';
import { relationshipInfo } from './relationships.ts';
import { breakdownSentence } from './vote-views.ts';


/** A profile's search and share description: relationship, trips, UN votes and ICC standing, as of a date. */
export function profileDescription(ctx: RenderContext, stats: ProfiledStats, asOf: string): string {
  const { country, visits } = stats;
  const t = ctx.t.profile;
  const trips = country.relationship === 'invaded' ? ctx.fmt.plural(visits.length, t.descriptionOccupiedVisits) : ctx.fmt.plural(stats.tripCount, t.descriptionTrips);
  const icc = ctx.t.iccShort[iccStandingOn(country.icc, asOf)];
  const relationship = relationshipInfo(ctx, country.relationship).inSentence;
  return t.description(ctx.name(country.iso3), relationship, trips, ctx.t.letterCase.inSentence(breakdownSentence(ctx, stats.voteBreakdown)), icc, ctx.fmt.date(asOf));
}

/** A written profile's share card alt text, with its relationship: `Share card for Belarus: ally, Putin’s trips…`. */
export function profileCardAlt(ctx: RenderContext, country: Pick<CountryRecord, 'iso3' | 'relationship'>): string {
  return memberCardAlt(ctx, country.iso3, relationshipInfo(ctx, country.relationship).inSentence);
}

/**
 * How far the profile was checked, and, when its sources stop before the data's as-of date, that later events may
 * be missing (dates as `<time>`).
 */
export function profileCheckedProse(ctx: RenderContext, country: Pick<CountryRecord, 'iso3' | 'asOf'>, asOf: string): ProseSegment[] {
  const t = ctx.t.profile;
  return [
    ...fillProse(t.checkedUpTo, { checked: { date: country.asOf } }),
    ...(country.asOf < asOf ? fillProse(t.sourcesStopEarly, { to: ctx.name(country.iso3).to, asOf: { date: asOf } }) : []),
  ];
}

/** The trips section's heading: Ukraine's lists Putin's visits to its occupied territory. */
export function profileVisitsHeading(ctx: RenderContext, country: Pick<CountryRecord, 'relationship'>): string {
  const t = ctx.t.profile;
  return country.relationship === 'invaded' ? t.occupiedVisitsHeading : t.visitsHeading;
}

/** The line over the list of visits: `5 trips since 24 February 2022.`, or that he has not been there. */
export function profileVisitsLine(ctx: RenderContext, stats: Pick<ProfiledStats, 'country' | 'visits' | 'tripCount'>): string {
  const t = ctx.t.profile;
  if (!stats.visits.length) return notVisitedSentence(ctx, stats.country.iso3);
  return stats.country.relationship === 'invaded' ? ctx.fmt.plural(stats.visits.length, t.occupiedVisitsSince) : ctx.fmt.plural(stats.tripCount, t.tripsSince);
}

/** The trip count on a country card: `3 trips`; Ukraine's card counts visits to occupied territory. */
export function countryCardTripLabel(ctx: RenderContext, stats: Pick<ProfiledStats, 'country' | 'visits' | 'tripCount'>): string {
  const t = ctx.t.profile;
  return stats.country.relationship === 'invaded' ? ctx.fmt.plural(stats.visits.length, t.occupiedVisits) : ctx.fmt.plural(stats.tripCount, t.trips);
}

type Leader = CountryRecord['leaders'][number];

/** A country card's texts: `Putin: 3 trips` and the title over its UN votes. */
export function countryCardText(ctx: RenderContext, stats: Pick<ProfiledStats, 'country' | 'visits' | 'tripCount'>): { trips: string; votes: string } {
  const t = ctx.t.countryCard;
  return { trips: t.trips(countryCardTripLabel(ctx, stats)), votes: t.votes };
}

/** A leader's term under the name in the Leaders list: `President, since 20 July 1994.`, `…, 1 May 2019 to 8 December 2024.` */
export function leaderTerm(ctx: RenderContext, l: Leader): string {
  const t = ctx.t.profile;
  return l.until ? t.leaderTermEnded(l.role, ctx.fmt.date(l.since), ctx.fmt.date(l.until)) : t.leaderTerm(l.role, ctx.fmt.date(l.since));
}

/** A current leader in the at-a-glance box: `Alexander Lukashenko, President, since 20 July 1994`. */
export function leaderSince(ctx: RenderContext, l: Leader): string {
  return ctx.t.profile.leaderSince(l.name, l.role, ctx.fmt.date(l.since));
}

type SupportItem = NonNullable<CountryRecord['support']>[number];

/**
 * A profile's support for Russia's war in three groups, so that what a government does, what others allege it does
 * and what companies trading from its soil do are never read as one: the government's acknowledged or undisputed
 * acts; the government's acts as others allege them (each item says who alleges it); trade and companies.
 */
export function supportGroups(ctx: RenderContext, support: readonly SupportItem[] | undefined): { id: string; heading: string; items: { date?: string | undefined; title?: string; text: string; sources: readonly string[] }[] }[] {
  const t = ctx.t.profile.supportGroups;
  const item = (s: SupportItem) => ({ date: s.date, text: s.text, sources: s.sources, ...(s.allegedBy ? { title: t.allegedBy(s.allegedBy) } : {}) });
  const groups = [
    { id: 'support-government', heading: t.government, items: (support ?? []).filter((s) => s.by === 'government' && !s.allegedBy).map(item) },
    { id: 'support-alleged', heading: t.alleged, items: (support ?? []).filter((s) => s.by === 'government' && s.allegedBy).map(item) },
    { id: 'support-trade', heading: t.trade, items: (support ?? []).filter((s) => s.by === 'trade').map(item) },
  ];
  return groups.filter((g) => g.items.length);
}
