import type { RenderContext } from '../render/context.ts';
import type { Headline } from '../model/country-stats.ts';
import type { FactValue } from './explainer-facts.ts';
import { fillProse, joinProse, type ProseSegment } from '../render/prose.ts';
import type { EventKind } from './timeline.ts';

/**
 * The sentences of the site's own pages (front page, country list, vote table, timeline), composed from counts
 * and computed facts with the templates in src/i18n/en.ts. Pages pass the numbers in and render the result.
 */

/** The front page's search and share description. */
export function frontDescription(ctx: RenderContext, numbers: Pick<Headline, 'trips'>): string {
  const t = ctx.t.frontPage;
  return t.description(ctx.fmt.plural(numbers.trips, t.foreignTrips));
}

/**
 * The front page's standfirst: the allies (a count, then their names as a linked fact), the partners and the ones
 * Putin visited most, and the profiles that always voted with Russia. Names and counts that link or may change
 * are explainer facts (`allies:names`, `partners`, `partners:mostVisited`, `alwaysWithRussia`); a fact missing from
 * `facts` throws, as an unknown `<Fact>` would.
 */
export function frontStandfirst(ctx: RenderContext, facts: ReadonlyMap<string, FactValue>): ProseSegment[] {
  const t = ctx.t.frontPage;
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
    fillProse(ctx.fmt.pluralForm(countOf('allies'), t.allies), { n: ctx.fmt.count(countOf('allies')) }),
    fillProse(ctx.fmt.pluralForm(countOf('partners'), t.partners), {
      n: fact('partners'),
      mostVisited: fillProse(ctx.fmt.pluralForm(visitedItems, t.partnersMostVisited), { names: fact('partners:mostVisited') }),
    }),
  ]);
}

/** The front page's fixed words around its numbers and map: kicker (with the as-of date), headings, captions, links. */
export function frontPageText(ctx: RenderContext, asOf: string) {
  const t = ctx.t.frontPage;
  return {
    kicker: fillProse(t.kicker, { date: { date: asOf } }),
    heading: t.heading,
    cardAlt: ctx.t.cards.alt.home,
    headline: { ...t.headline, iccHosts: fillProse(t.headline.iccHosts, { hosts: { fact: 'iccTrips:hosts' } }) },
    mapCaption: fillProse(t.mapCaption, { map: { link: t.mapLink, href: ctx.urls.tripMap() } }),
    next: t.next,
  };
}

/** Under the trips headline: `to 12 countries`. */
export function countriesVisitedLabel(ctx: RenderContext, numbers: Pick<Headline, 'countriesVisited'>): string {
  return ctx.fmt.plural(numbers.countriesVisited, ctx.t.frontPage.countriesVisited);
}

/** The country list's description, and its lines that carry counts. */
export function countriesPageText(ctx: RenderContext, counts: { members: number; profiles: number; profileRuleNoVotes: number }) {
  const t = ctx.t.countriesPage;
  const members = ctx.fmt.count(counts.members);
  return {
    description: t.description(members, ctx.fmt.plural(counts.profiles, t.profiles)),
    rule: t.rule(ctx.fmt.pluralPhrase(counts.profileRuleNoVotes, t.times)),
    findLink: t.findLink(members),
    everyMember: t.everyMember(members),
    title: t.title,
    cardAlt: ctx.t.cards.alt.countries,
    lead: t.lead,
    method: t.method,
    groups: t.groups,
    everyMemberHeading: t.everyMemberHeading,
    seeVotes: fillProse(t.seeVotes, { votes: { link: t.votesLink, href: ctx.urls.votes() } }),
    filter: t.filter,
    letters: t.letters,
    profileTag: t.profileTag,
  };
}

/** A group's link in the country list's navigation: `Allies (7)`. */
export function groupLinkLabel(ctx: RenderContext, heading: string, members: number): string {
  return ctx.t.countriesPage.groupLink(heading, ctx.fmt.count(members));
}

/** The vote table's description, lead and caption, from the number of members and resolutions. */
export function votesPageText(ctx: RenderContext, counts: { members: number; resolutions: number; warResolutions: number }) {
  const t = ctx.t.votesPage;
  const members = ctx.fmt.count(counts.members);
  return {
    description: t.description(members, ctx.fmt.plural(counts.resolutions, t.assemblyResolutions)),
    lead: t.lead(members, ctx.fmt.plural(counts.warResolutions, t.resolutions)),
    caption: t.caption(members, ctx.fmt.plural(counts.resolutions, t.resolutions)),
    /** Under the "With Russia" column heading. */
    outOf: t.outOf(ctx.fmt.count(counts.warResolutions)),
  };
}

/** The timeline's summary (lead and description): how many events of each kind it lists. */
export function timelineSummary(ctx: RenderContext, counts: Readonly<Record<EventKind, number>>): string {
  const t = ctx.t.timelinePage;
  return t.summary(
    ctx.fmt.plural(counts.trip, t.trips),
    ctx.fmt.plural(counts['occupied-visit'], t.occupiedVisits),
    ctx.fmt.plural(counts['un-vote'], t.votes),
    ctx.fmt.plural(counts.icc, t.icc),
    ctx.fmt.plural(counts.change, t.changes),
  );
}

/** A count of timeline events: `68 events` (a year's heading). */
export function eventCount(ctx: RenderContext, n: number): string {
  return ctx.fmt.plural(n, ctx.t.timelinePage.events);
}

/** The timeline filter's status before any choice: `Showing all 321 events.` */
export function showingAllEvents(ctx: RenderContext, n: number): string {
  return ctx.t.timelinePage.showingAll(eventCount(ctx, n));
}
