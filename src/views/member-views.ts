import type { RenderContext } from '../render/context.ts';
import { sourceLabel } from '../model/outlets.ts';
import type { IccDates, IccStanding } from '../model/icc.ts';
import type { MemberStats } from '../model/member-stats.ts';
import type { Member } from '../model/members.ts';
import { fillProse, type ProseSegment } from '../render/prose.ts';
import { STANCES, type Stance } from '../model/votes.ts';

type CountedStance = Exclude<Stance, 'unknown'>;

/**
 * A data page's summary, the one or two sentences an editor would write from the records: how the member voted on
 * the war resolutions (biggest class first, every count from the roll calls), then Putin's trips and what the ICC
 * warrant means for it. `warrant` is the warrant's date (content/icc-states-parties.json).
 */
export function memberSummary(ctx: RenderContext, s: MemberStats, warrant: string): string[] {
  const t = ctx.t.memberPage;
  const b = s.voteBreakdown;
  const name = ctx.name(s.member.iso3);
  const sentences: string[] = [];
  if (s.ownTrips) {
    sentences.push(t.russiaVotes(ctx.fmt.count(b.total)));
    sentences.push(russiaTripsSentence(ctx, s.ownTrips));
    return sentences;
  }
  const counted = STANCES.filter((x): x is CountedStance => x !== 'unknown' && b[x] > 0).sort((x, y) => b[y] - b[x]);
  if (counted.length === 1 && b.unknown === 0) {
    sentences.push(t.votesSentenceOne(name, t.stance[counted[0]!](t.allOf(ctx.fmt.count(b.total)))));
  } else if (counted.length) {
    sentences.push(t.votesSentence(name, ctx.fmt.list(counted.map((x) => t.stance[x](ctx.fmt.count(b[x])))), ctx.fmt.count(b.total)));
  }
  if (b.unknown) sentences.push(t.unknownSentence(ctx.fmt.count(b.unknown)));
  const visits = s.tripCount ? t.visited(name, ctx.fmt.plural(s.tripCount, t.trips)) : t.notVisited(name);
  const w = ctx.fmt.date(warrant);
  const icc = {
    party: () => t.iccParty(w),
    withdrawing: () => t.iccWithdrawing(w, ctx.fmt.date(s.icc.withdrawal!.effective)),
    withdrawn: () => t.iccWithdrawn(ctx.fmt.date(s.icc.withdrawal!.effective)),
    'non-party': () => t.iccNonParty(w),
  }[s.iccStanding]();
  sentences.push(`${visits}; ${icc}.`);
  return sentences;
}

/** The page's search and share description: the summary, as of the data's date. */
export function memberDescription(ctx: RenderContext, s: MemberStats, warrant: string, asOf: string): string {
  return ctx.t.memberPage.description(memberSummary(ctx, s, warrant).join(' '), ctx.fmt.date(asOf));
}

/** A data page's sources: the reference list of members, each resolution's roll call, and the Rome Statute's list. */
export function memberSources(ctx: RenderContext, data: { resolutions: readonly { symbol: string; sources: readonly string[] }[]; iccStates: { sources: readonly string[] } }, membersSources: readonly string[]): { label: string; href: string }[] {
  const t = ctx.t.memberPage.sourceLabels;
  return [
    ...membersSources.map((href, i) => ({ label: i === 0 ? t.members : t.regions, href })),
    ...data.resolutions.map((r) => resolutionSourceLink(ctx, r)),
    ...data.iccStates.sources.slice(0, 1).map((href) => ({ label: t.icc, href })),
  ];
}

/**
 * The one link a data page gives for a resolution, labelled for what it is: the UN Digital Library's voting record
 * where the file cites one, else the resolution's text on the UN's document system, else the first report, named by
 * its outlet. A label never calls a news article a voting record.
 */
export function resolutionSourceLink(ctx: RenderContext, r: { symbol: string; sources: readonly string[] }): { label: string; href: string } {
  const t = ctx.t.memberPage.sourceLabels;
  const record = r.sources.find((u) => /^https:\/\/digitallibrary\.un\.org\/record\//.test(u));
  if (record) return { label: t.rollCall(r.symbol), href: record };
  const text = r.sources.find((u) => /^https:\/\/(docs|documents|undocs)\.un\.org\//.test(u) || /^https:\/\/undocs\.org\//.test(u));
  if (text) return { label: t.resolutionText(r.symbol), href: text };
  return { label: t.report(r.symbol, sourceLabel(r.sources[0]!)), href: r.sources[0]! };
}

/** A member's page title: `Belarus and Putin` (the site's name follows it in the tab and share text). */
export function memberPageTitle(ctx: RenderContext, iso3: string): string {
  return ctx.t.profile.title(ctx.name(iso3));
}

/** The page title with the site's name, for share links: `Belarus and Putin · Who Stands With Putin`. */
export function memberShareTitle(ctx: RenderContext, iso3: string): string {
  return ctx.t.site.fullTitle(memberPageTitle(ctx, iso3));
}

/** The share card's alt text; a written profile names its relationship with Russia, as it reads in a sentence (`ally`). */
export function memberCardAlt(ctx: RenderContext, iso3: string, relationship?: string): string {
  const t = ctx.t.profile;
  const name = ctx.name(iso3);
  return relationship ? t.cardAltWithRelationship(name, relationship) : t.cardAlt(name);
}

/** Putin's trips to a member, for the at-a-glance box: `3 trips`, `0 trips`. */
export function tripCountLabel(ctx: RenderContext, trips: number): string {
  return ctx.fmt.plural(trips, ctx.t.profile.trips);
}

/** The trips section when Putin has not been there: `Putin has not visited Brazil since the full-scale invasion…`. */
export function notVisitedSentence(ctx: RenderContext, iso3: string): string {
  return ctx.t.profile.notVisited(ctx.name(iso3));
}

/** Russia's own page: Putin is its president, so the page counts his journeys abroad, not visits to it. */
export function russiaTripsSentence(ctx: RenderContext, own: { trips: number; countries: number }): string {
  const t = ctx.t.memberPage;
  return t.russiaTrips(ctx.fmt.plural(own.trips, t.foreignTrips), ctx.fmt.plural(own.countries, t.countries));
}

/** A data page's trips section: the count, or that he has not been there; on Russia's page, his trips abroad. */
export function memberTripsLine(ctx: RenderContext, s: Pick<MemberStats, 'tripCount' | 'ownTrips'> & { member: { iso3: string } }): string {
  if (s.ownTrips) return russiaTripsSentence(ctx, s.ownTrips);
  return s.tripCount ? tripCountLabel(ctx, s.tripCount) : notVisitedSentence(ctx, s.member.iso3);
}

/** The locator map's accessible name: `Belarus on a world map, with the routes of Putin’s 3 trips from Moscow`. */
export function locatorMapLabel(ctx: RenderContext, iso3: string, trips: number): string {
  const t = ctx.t.profile;
  const name = ctx.name(iso3);
  return trips ? t.locatorMapWithTrips(name, ctx.fmt.pluralPhrase(trips, t.locatorTrips)) : t.locatorMap(name);
}

/**
 * The ICC section's paragraph: the standing in bold, when the Rome Statute entered into force for the member and
 * any withdrawal (dates as `<time>`), then the warrant every state party is obliged to execute.
 */
export function iccStatusProse(ctx: RenderContext, iso3: string, icc: IccDates, standing: IccStanding, warrant: string): ProseSegment[] {
  const t = ctx.t.profile;
  return [
    { strong: ctx.t.icc[standing] },
    ...(icc.inForce ? fillProse(t.iccInForce(ctx.name(iso3)), { inForce: { date: icc.inForce } }) : []),
    ...(icc.withdrawal?.revoked
      ? fillProse(t.iccWithdrawalRevoked, { notified: { date: icc.withdrawal.notified }, revoked: { date: icc.withdrawal.revoked } })
      : icc.withdrawal
        ? fillProse(t.iccWithdrawal, { notified: { date: icc.withdrawal.notified }, effective: { date: icc.withdrawal.effective } })
        : []),
    ...fillProse(t.iccWarrant, { warrant: { date: warrant } }),
  ];
}

/** A data page's line under its summary: `Drawn from the records as of <date>.` */
export function memberDrawnFromRecords(ctx: RenderContext, asOf: string): ProseSegment[] {
  return fillProse(ctx.t.profile.drawnFromRecords, { date: { date: asOf } });
}

/** The locator map's caption, a link to the trip map. */
export function locatorMapCaption(ctx: RenderContext): string {
  return ctx.t.profile.seeTheMap;
}

/** The at-a-glance box's label over the current leaders: `Leader`, `Leaders`. */
export function leadersLabel(ctx: RenderContext, n: number): string {
  return ctx.fmt.pluralForm(n, ctx.t.profile.leaders);
}

/** Each member's page in the edition, by ISO3: where a map's shapes and a table's rows link. */
export function memberHrefs(ctx: RenderContext, members: readonly Member[]): Map<string, string> {
  return new Map(members.map((m) => [m.iso3, ctx.urls.country(m.slug)]));
}
