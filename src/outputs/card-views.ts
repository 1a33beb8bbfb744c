import { messages } from '../i18n/messages.ts';
import type { Headline } from '../model/country-stats.ts';
import { formatCount, formatDate, pluralForm, type PluralForms } from '../render/format.ts';
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
const fact = (n: number, label: PluralForms | string) => ({ value: formatCount(n), label: typeof label === 'string' ? label : pluralForm(n, label) });

const frame = (asOf: string) => {
  const t = messages().cards;
  return { kicker: t.kicker, footer: t.footer(formatDate(asOf)) };
};

/** A section's card: its title and three headline numbers. */
export function siteCardText(card: SiteCard, numbers: Headline, counts: { profiles: number; visits: number }): CardText {
  const t = messages().cards;
  const cards: Record<SiteCard, Pick<CardText, 'title' | 'facts'>> = {
    home: { title: t.home.title, facts: [fact(numbers.trips, t.home.trips), fact(numbers.countriesVisited, t.home.countries), fact(numbers.allies, t.home.allies)] },
    countries: { title: t.countries.title, facts: [fact(counts.profiles, t.countries.profiles), fact(numbers.countriesVisited, t.countries.hosts), fact(numbers.resolutions, t.countries.votes)] },
    map: { title: t.map.title, facts: [fact(numbers.trips, t.map.trips), fact(numbers.tripsUnderIccWarrant, t.map.icc), fact(numbers.occupiedTerritoryVisits, t.map.occupied)] },
    data: { title: t.data.title, facts: [fact(counts.visits, t.data.visits), fact(numbers.resolutions, t.data.rollCalls), fact(counts.profiles, t.data.profiles)] },
  };
  return { ...frame(numbers.asOf), ...cards[card] };
}

/** A member's card: its name, its relationship (or region), Putin's trips, its UN votes and its ICC standing. */
export function memberCardText(s: MemberStats, asOf: string): CardText {
  const t = messages().cards;
  const c = s.profile?.country;
  return {
    ...frame(asOf),
    title: s.member.name,
    badge: c ? relationshipInfo(c.relationship).label : t.memberBadge(s.member.region),
    facts: [
      s.ownTrips ? fact(s.ownTrips.trips, t.ownTrips) : c?.relationship === 'invaded' ? fact(s.visits.length, t.occupiedVisits) : fact(s.tripCount, t.trips),
      s.isRussia ? fact(s.voteBreakdown.total, t.russiaVotes) : breakdownCardFact(s.voteBreakdown),
      { value: t.iccValue[s.iccStanding], label: t.icc },
    ],
  };
}
