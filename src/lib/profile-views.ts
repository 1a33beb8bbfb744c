import { messages } from '../i18n/messages.ts';
import type { CountryStats } from './country-stats.ts';
import { formatDate, plural } from './format.ts';
import { iccStandingOn } from './icc.ts';
import { RELATIONSHIP_INFO } from './relationships.ts';
import { breakdownSentence } from './vote-views.ts';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A profile's search and share description: relationship, trips, UN votes and ICC standing, as of a date. */
export function profileDescription(stats: CountryStats, asOf: string): string {
  const { country, visits } = stats;
  const trips =
    country.relationship === 'invaded'
      ? `${plural(visits.length, { one: 'Putin visit', other: 'Putin visits' })} to occupied territory`
      : `${plural(stats.tripCount, { one: 'Putin trip', other: 'Putin trips' })} since 2022`;
  const votes = `UN votes since the invasion: ${lowerFirst(breakdownSentence(stats.voteBreakdown))}`;
  const icc = messages().iccShort[iccStandingOn(country.icc, asOf)];
  return `${country.name} and Putin: ${RELATIONSHIP_INFO[country.relationship].label.toLowerCase()}. ${trips}; ${votes}; ICC: ${icc}. Sourced, as of ${formatDate(asOf)}.`;
}
