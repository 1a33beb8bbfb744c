import { messages } from '../i18n/messages.ts';
import { formatCount, formatDate, formatList, plural, pluralForm, pluralPhrase, sourceLabel } from '../render/format.ts';
import type { IccDates, IccStanding } from '../model/icc.ts';
import type { MemberStats } from '../model/member-stats.ts';
import { fillProse, type ProseSegment } from '../render/prose.ts';
import { STANCES, type Stance } from '../model/votes.ts';

type CountedStance = Exclude<Stance, 'unknown'>;

/**
 * A data page's summary, the one or two sentences an editor would write from the records: how the member voted on
 * the war resolutions (biggest class first, every count from the roll calls), then Putin's trips and what the ICC
 * warrant means for it. `warrant` is the warrant's date (content/icc-states-parties.json).
 */
export function memberSummary(s: MemberStats, warrant: string): string[] {
  const t = messages().memberPage;
  const b = s.voteBreakdown;
  const name = s.member.name;
  const sentences: string[] = [];
  if (s.ownTrips) {
    sentences.push(t.russiaVotes(formatCount(b.total)));
    sentences.push(russiaTripsSentence(s.ownTrips));
    return sentences;
  }
  const counted = STANCES.filter((x): x is CountedStance => x !== 'unknown' && b[x] > 0).sort((x, y) => b[y] - b[x]);
  if (counted.length === 1 && b.unknown === 0) {
    sentences.push(t.votesSentenceOne(name, t.stance[counted[0]!](t.allOf(formatCount(b.total)))));
  } else if (counted.length) {
    sentences.push(t.votesSentence(name, formatList(counted.map((x) => t.stance[x](formatCount(b[x])))), formatCount(b.total)));
  }
  if (b.unknown) sentences.push(t.unknownSentence(formatCount(b.unknown)));
  const visits = s.tripCount ? t.visited(name, plural(s.tripCount, t.trips)) : t.notVisited(name);
  const w = formatDate(warrant);
  const icc = {
    party: () => t.iccParty(w),
    withdrawing: () => t.iccWithdrawing(w, formatDate(s.icc.withdrawal!.effective)),
    withdrawn: () => t.iccWithdrawn(formatDate(s.icc.withdrawal!.effective)),
    'non-party': () => t.iccNonParty(w),
  }[s.iccStanding]();
  sentences.push(`${visits}; ${icc}.`);
  return sentences;
}

/** The page's search and share description: the summary, as of the data's date. */
export function memberDescription(s: MemberStats, warrant: string, asOf: string): string {
  return messages().memberPage.description(memberSummary(s, warrant).join(' '), formatDate(asOf));
}

/** A data page's sources: the reference list of members, each resolution's roll call, and the Rome Statute's list. */
export function memberSources(data: { resolutions: readonly { symbol: string; sources: readonly string[] }[]; iccStates: { sources: readonly string[] } }, membersSources: readonly string[]): { label: string; href: string }[] {
  const t = messages().memberPage.sourceLabels;
  return [
    ...membersSources.map((href, i) => ({ label: i === 0 ? t.members : t.regions, href })),
    ...data.resolutions.map((r) => resolutionSourceLink(r)),
    ...data.iccStates.sources.slice(0, 1).map((href) => ({ label: t.icc, href })),
  ];
}

/**
 * The one link a data page gives for a resolution, labelled for what it is: the UN Digital Library's voting record
 * where the file cites one, else the resolution's text on the UN's document system, else the first report, named by
 * its outlet. A label never calls a news article a voting record.
 */
export function resolutionSourceLink(r: { symbol: string; sources: readonly string[] }): { label: string; href: string } {
  const t = messages().memberPage.sourceLabels;
  const record = r.sources.find((u) => /^https:\/\/digitallibrary\.un\.org\/record\//.test(u));
  if (record) return { label: t.rollCall(r.symbol), href: record };
  const text = r.sources.find((u) => /^https:\/\/(docs|documents|undocs)\.un\.org\//.test(u) || /^https:\/\/undocs\.org\//.test(u));
  if (text) return { label: t.resolutionText(r.symbol), href: text };
  return { label: t.report(r.symbol, sourceLabel(r.sources[0]!)), href: r.sources[0]! };
}

/** A member's page title: `Belarus and Putin` (the site's name follows it in the tab and share text). */
export function memberPageTitle(name: string): string {
  return messages().profile.title(name);
}

/** The page title with the site's name, for share links: `Belarus and Putin · Who Stands With Putin`. */
export function memberShareTitle(name: string): string {
  return messages().site.fullTitle(memberPageTitle(name));
}

/** The share card's alt text; a written profile names its relationship with Russia, as it reads in a sentence (`ally`). */
export function memberCardAlt(name: string, relationship?: string): string {
  const t = messages().profile;
  return relationship ? t.cardAltWithRelationship(name, relationship) : t.cardAlt(name);
}

/** Putin's trips to a member, for the at-a-glance box: `3 trips`, `0 trips`. */
export function tripCountLabel(trips: number): string {
  return plural(trips, messages().profile.trips);
}

/** The trips section when Putin has not been there: `Putin has not visited Brazil since the full-scale invasion…`. */
export function notVisitedSentence(name: string): string {
  return messages().profile.notVisited(name);
}

/** Russia's own page: Putin is its president, so the page counts his journeys abroad, not visits to it. */
export function russiaTripsSentence(own: { trips: number; countries: number }): string {
  const t = messages().memberPage;
  return t.russiaTrips(plural(own.trips, t.foreignTrips), plural(own.countries, t.countries));
}

/** A data page's trips section: the count, or that he has not been there; on Russia's page, his trips abroad. */
export function memberTripsLine(s: Pick<MemberStats, 'tripCount' | 'ownTrips'> & { member: { name: string } }): string {
  if (s.ownTrips) return russiaTripsSentence(s.ownTrips);
  return s.tripCount ? tripCountLabel(s.tripCount) : notVisitedSentence(s.member.name);
}

/** The locator map's accessible name: `Belarus on a world map, with the routes of Putin’s 3 trips from Moscow`. */
export function locatorMapLabel(name: string, trips: number): string {
  const t = messages().profile;
  return trips ? t.locatorMapWithTrips(name, pluralPhrase(trips, t.locatorTrips)) : t.locatorMap(name);
}

/**
 * The ICC section's paragraph: the standing in bold, when the Rome Statute entered into force for the member and
 * any withdrawal (dates as `<time>`), then the warrant every state party is obliged to execute.
 */
export function iccStatusProse(name: string, icc: IccDates, standing: IccStanding, warrant: string): ProseSegment[] {
  const t = messages().profile;
  return [
    { strong: messages().icc[standing] },
    ...(icc.inForce ? fillProse(t.iccInForce, { name, inForce: { date: icc.inForce } }) : []),
    ...(icc.withdrawal?.revoked
      ? fillProse(t.iccWithdrawalRevoked, { notified: { date: icc.withdrawal.notified }, revoked: { date: icc.withdrawal.revoked } })
      : icc.withdrawal
        ? fillProse(t.iccWithdrawal, { notified: { date: icc.withdrawal.notified }, effective: { date: icc.withdrawal.effective } })
        : []),
    ...fillProse(t.iccWarrant, { warrant: { date: warrant } }),
  ];
}

/** A data page's line under its summary: `Drawn from the records as of <date>.` */
export function memberDrawnFromRecords(asOf: string): ProseSegment[] {
  return fillProse(messages().profile.drawnFromRecords, { date: { date: asOf } });
}

/** The locator map's caption, a link to the trip map. */
export function locatorMapCaption(): string {
  return messages().profile.seeTheMap;
}

/** The at-a-glance box's label over the current leaders: `Leader`, `Leaders`. */
export function leadersLabel(n: number): string {
  return pluralForm(n, messages().profile.leaders);
}
