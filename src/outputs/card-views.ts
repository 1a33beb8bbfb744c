import type { RenderContext } from '../render/context.ts';
import type { Headline } from '../model/country-stats.ts';
import type { PluralForms } from '../i18n/locale.ts';
import type { MemberStats } from '../model/member-stats.ts';
import { relationshipInfo } from '../views/relationships.ts';
import type { CardContent } from './share-card.ts';
import { breakdownCardFact } from '../views/vote-views.ts';

/** The words of a share card (everything but its map), from the templates in src/i18n/en.ts. */
export type CardText = Omit<CardContent, 'map'>;

/** The site's own cards, one per section. */
export const SITE_CARDS = ['home', 'countries', 'map', 'data'] as const;
export type SiteCard = (typeof SITE_CARDS)[number];

/** A number with the label beside it, the label in the count's plural form: `42` / `foreign trips since the invasion`. */
const fact = (ctx: RenderContext, n: number, label: PluralForms | string) => ({ value: ctx.fmt.count(n), label: typeof label === 'string' ? label : ctx.fmt.pluralForm(n, label) });

const frame = (ctx: RenderContext, asOf: string) => {
  const t = ctx.t.cards;
  return { kicker: t.kicker, footer: t.footer(ctx.fmt.date(asOf)) };
};

/** A section's card: its title and three headline numbers. */
export function siteCardText(ctx: RenderContext, card: SiteCard, numbers: Headline, counts: { profiles: number; visits: number }): CardText {
  const t = ctx.t.cards;
  const cards: Record<SiteCard, Pick<CardText, 'title' | 'facts'>> = {
    home: { title: t.home.title, facts: [fact(ctx, numbers.trips, t.home.trips), fact(ctx, numbers.countriesVisited, t.home.countries), fact(ctx, numbers.allies, t.home.allies)] },
    countries: { title: t.countries.title, facts: [fact(ctx, counts.profiles, t.countries.profiles), fact(ctx, numbers.countriesVisited, t.countries.hosts), fact(ctx, numbers.resolutions, t.countries.votes)] },
    map: { title: t.map.title, facts: [fact(ctx, numbers.trips, t.map.trips), fact(ctx, numbers.tripsUnderIccWarrant, t.map.icc), fact(ctx, numbers.occupiedTerritoryVisits, t.map.occupied)] },
    data: { title: t.data.title, facts: [fact(ctx, counts.visits, t.data.visits), fact(ctx, numbers.resolutions, t.data.rollCalls), fact(ctx, counts.profiles, t.data.profiles)] },
  };
  return { ...frame(ctx, numbers.asOf), ...cards[card] };
}

/** A member's card: its name, its relationship (or region), Putin's trips, its UN votes and its ICC standing. */
export function memberCardText(ctx: RenderContext, s: MemberStats, asOf: string): CardText {
  const t = ctx.t.cards;
  const c = s.country;
  return {
    ...frame(ctx, asOf),
    title: ctx.name(s.member.iso3).listed,
    badge: c ? relationshipInfo(ctx, c.relationship).label : t.memberBadge(ctx.t.regionNames[s.member.region]),
    facts: [
      s.ownTrips ? fact(ctx, s.ownTrips.trips, t.ownTrips) : c?.relationship === 'invaded' ? fact(ctx, s.visits.length, t.occupiedVisits) : fact(ctx, s.tripCount, t.trips),
      s.isRussia ? fact(ctx, s.voteBreakdown.total, t.russiaVotes) : breakdownCardFact(ctx, s.voteBreakdown),
      { value: t.iccValue[s.iccStanding], label: t.icc },
    ],
  };
}
