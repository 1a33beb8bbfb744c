import { messages } from '../i18n/messages.ts';
import type { Headline } from '../model/country-stats.ts';
import type { FactValue } from './explainer-facts.ts';
import { formatCount, plural, pluralForm, pluralPhrase } from '../render/format.ts';
import { fillProse, joinProse, type ProseSegment } from '../render/prose.ts';
import type { EventKind } from './timeline.ts';
import { siteUrls } from '../render/urls.ts';

/**
 * The sentences of the site's own pages (front page, country list, vote table, timeline), composed from counts
 * and computed facts with the templates in src/i18n/en.ts. Pages pass the numbers in and render the result.
 */

/** The front page's search and share description. */
export function frontDescription(numbers: Pick<Headline, 'trips'>): string {
  const t = messages().frontPage;
  return t.description(plural(numbers.trips, t.foreignTrips));
}

/**
 * The front page's standfirst: the allies (a count, then their names as a linked fact), the partners and the ones
 * Putin visited most, and the profiles that always voted with Russia. Names and counts that link or may change
 * are explainer facts (`allies:names`, `partners`, `partners:mostVisited`, `alwaysWithRussia`); a fact missing from
 * `facts` throws, as an unknown `<Fact>` would.
 */
export function frontStandfirst(facts: ReadonlyMap<string, FactValue>): ProseSegment[] {
  const t = messages().frontPage;
  const fact = (name: string): ProseSegment => {
    if (!facts.has(name)) throw new Error(`the front page's standfirst needs the computed fact ${name}`);
    return { fact: name };
  };
  const countOf = (name: string) => {
    const f = facts.get(name);
    if (f?.kind !== 'count') throw new Error(`the front page's standfirst needs the count ${name}`);
    return f.value;
  };
  const mostVisited = facts.get('partners:mostVisited');
  const visitedItems = mostVisited?.kind === 'list' ? mostVisited.items.length : 0;
  return joinProse([
    fillProse(pluralForm(countOf('allies'), t.allies), { n: formatCount(countOf('allies')) }),
    fillProse(pluralForm(countOf('partners'), t.partners), {
      n: fact('partners'),
      mostVisited: fillProse(pluralForm(visitedItems, t.partnersMostVisited), { names: fact('partners:mostVisited') }),
    }),
  ]);
}

/** The front page's fixed words around its numbers and map: kicker (with the as-of date), headings, captions, links. */
export function frontPageText(asOf: string) {
  const t = messages().frontPage;
  return {
    kicker: fillProse(t.kicker, { date: { date: asOf } }),
    heading: t.heading,
    cardAlt: messages().cards.alt.home,
    headline: { ...t.headline, iccHosts: fillProse(t.headline.iccHosts, { hosts: { fact: 'iccTrips:hosts' } }) },
    mapCaption: fillProse(t.mapCaption, { map: { link: t.mapLink, href: siteUrls().tripMap() } }),
    next: t.next,
  };
}

/** Under the trips headline: `to 12 countries`. */
export function countriesVisitedLabel(numbers: Pick<Headline, 'countriesVisited'>): string {
  return plural(numbers.countriesVisited, messages().frontPage.countriesVisited);
}

/** The country list's description, and its lines that carry counts. */
export function countriesPageText(counts: { members: number; profiles: number; profileRuleNoVotes: number }) {
  const t = messages().countriesPage;
  const members = formatCount(counts.members);
  return {
    description: t.description(members, plural(counts.profiles, t.profiles)),
    rule: t.rule(pluralPhrase(counts.profileRuleNoVotes, t.times)),
    findLink: t.findLink(members),
    everyMember: t.everyMember(members),
    title: t.title,
    cardAlt: messages().cards.alt.countries,
    lead: t.lead,
    method: t.method,
    groups: t.groups,
    everyMemberHeading: t.everyMemberHeading,
    seeVotes: fillProse(t.seeVotes, { votes: { link: t.votesLink, href: siteUrls().votes() } }),
    filter: t.filter,
    letters: t.letters,
    profileTag: t.profileTag,
  };
}

/** A group's link in the country list's navigation: `Allies (7)`. */
export function groupLinkLabel(heading: string, members: number): string {
  return messages().countriesPage.groupLink(heading, formatCount(members));
}

/** The vote table's description, lead and caption, from the number of members and resolutions. */
export function votesPageText(counts: { members: number; resolutions: number; warResolutions: number }) {
  const t = messages().votesPage;
  const members = formatCount(counts.members);
  return {
    description: t.description(members, plural(counts.resolutions, t.assemblyResolutions)),
    lead: t.lead(members, plural(counts.warResolutions, t.resolutions)),
    caption: t.caption(members, plural(counts.resolutions, t.resolutions)),
    /** Under the "With Russia" column heading. */
    outOf: t.outOf(formatCount(counts.warResolutions)),
  };
}

/** The timeline's summary (lead and description): how many events of each kind it lists. */
export function timelineSummary(counts: Readonly<Record<EventKind, number>>): string {
  const t = messages().timelinePage;
  return t.summary(
    plural(counts.trip, t.trips),
    plural(counts['occupied-visit'], t.occupiedVisits),
    plural(counts['un-vote'], t.votes),
    plural(counts.icc, t.icc),
    plural(counts.change, t.changes),
  );
}

/** A count of timeline events: `68 events` (a year's heading). */
export function eventCount(n: number): string {
  return plural(n, messages().timelinePage.events);
}

/** The timeline filter's status before any choice: `Showing all 321 events.` */
export function showingAllEvents(n: number): string {
  return messages().timelinePage.showingAll(eventCount(n));
}
