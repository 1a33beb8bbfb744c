import type { RenderContext } from '../render/context.ts';
import { headlineNumbers } from '../model/country-stats.ts';
import { profiledStats, type ProfiledStats } from '../model/member-stats.ts';
import { iccStandingByIso3 } from '../map/layers/icc-layer.ts';
import { UN_MEMBER_STATES } from '../map/layers/states.ts';
import type { ResolutionRecord, SiteData } from '../model/records.ts';
import { BLOC_IDS, onUnfriendlyListOn, stancesFor } from '../model/stances.ts';
import { foreignTrips } from '../model/visits.ts';
import { breakdownSentence } from './vote-views.ts';
import { RUSSIA, isRegularSessionResolution, isWarResolution, shortSymbol, stanceOf } from '../model/votes.ts';
import { voteMatrix } from './vote-matrix.ts';
import { MEMBERSHIP_STATUSES } from '../schemas/blocs.ts';
import { fillText } from '../render/prose.ts';
import { byCodePoint } from '../model/order.ts';
import { wordCache } from '../render/word-cache.ts';

/** One item of a list-valued fact, linked where it has a page. */
export interface FactItem {
  text: string;
  /** Words after the link, inside the same list item: ` (11)`. */
  suffix?: string;
  href?: string;
}

/**
 * A computed fact, stored as a value and put into words only when a page renders it (factText), in the page's
 * locale: a count, a date, a phrase composed by a view, or a list of items (which a page can link).
 */
export type FactValue =
  | { kind: 'count'; value: number }
  | { kind: 'date'; value: string }
  | { kind: 'phrase'; value: string }
  | { kind: 'list'; items: FactItem[]; empty: string };

/** A fact as text, formatted for the page's locale. */
export function factText(ctx: RenderContext, fact: FactValue): string {
  switch (fact.kind) {
    case 'count':
      return ctx.fmt.count(fact.value);
    case 'date':
      return ctx.fmt.date(fact.value);
    case 'phrase':
      return fact.value;
    case 'list':
      return fact.items.length ? ctx.fmt.list(fact.items.map((i) => i.text + (i.suffix ?? ''))) : fact.empty;
  }
}

/**
 * The fifteen republics of the Soviet Union (ISO3). A fixed historical set, used to say where Putin travelled
 * beyond them; not data that changes.
 */
export const FORMER_SOVIET_STATES: ReadonlySet<string> = new Set(['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB']);

/** Members as a reader's list orders them: by their listed names in the edition's collation. */
const byListedName = <T extends { iso3: string }>(ctx: RenderContext, items: readonly T[]): T[] =>
  [...items].sort((a, b) => ctx.fmt.compare(ctx.name(a.iso3).listed, ctx.name(b.iso3).listed));
/** A member listed in a fact, by its name in running prose (`the United States`), linked to its page. */
const countryItem = (ctx: RenderContext, c: { iso3: string; slug: string }, suffix = ''): FactItem => ({ text: ctx.name(c.iso3).subject, suffix, href: ctx.urls.country(c.slug) });
/** A resolution named for readers, its code second: `Return of Ukrainian children (ES-11/9)`. */
const resolutionItem = (ctx: RenderContext, r: ResolutionRecord): FactItem => ({ text: `${r.name} (${shortSymbol(r.symbol)})`, href: ctx.urls.layer(`votes/${r.id}`) });
const list = (ctx: RenderContext, items: FactItem[], empty = ctx.t.explainerFacts.none): FactValue => ({ kind: 'list', items, empty });
const phrase = (value: string): FactValue => ({ kind: 'phrase', value });
const date = (value: string): FactValue => ({ kind: 'date', value });
const lowerFirst = (ctx: RenderContext, s: string) => ctx.t.letterCase.inSentence(s);

/** The first `n` entries by a descending score, plus any tied with the last of them. */
function topWithTies<T>(rows: readonly T[], score: (row: T) => number, n: number): T[] {
  const sorted = [...rows].sort((a, b) => score(b) - score(a));
  const cut = sorted[n - 1];
  return cut === undefined ? sorted : sorted.filter((row, i) => i < n || score(row) === score(cut));
}

/** Voted with Russia on every war resolution whose roll call records the country's vote. */
const alwaysWithRussia = (s: ProfiledStats) =>
  s.country.iso3 !== RUSSIA && s.voteBreakdown.withRussia > 0 && s.voteBreakdown.withRussia === s.voteBreakdown.total - s.voteBreakdown.unknown;

/**
 * Every number and list the explainer prose may quote, computed from the data and keyed by a stable name
 * (`trips`, `votes:A/RES/ES-11/1:yes`, `allies:names`, `breakdown:china`…). The explainer refers to them as
 * `<Fact name="…" />`; an unknown name stops the build, so prose can never carry a number or a name the data
 * does not back.
 */
const computed = wordCache<SiteData, Map<string, FactValue>>();

export function explainerFacts(ctx: RenderContext, data: SiteData): Map<string, FactValue> {
  return computed(ctx, data, () => computeFacts(ctx, data));
}

function computeFacts(ctx: RenderContext, data: SiteData): Map<string, FactValue> {
  const facts = new Map<string, FactValue>();
  const t = ctx.t.explainerFacts;
  const count = (name: string, n: number) => facts.set(name, { kind: 'count', value: n });
  const headline = headlineNumbers(data);
  const stats = profiledStats(data);
  const war = data.resolutions.filter(isWarResolution);

  facts.set('asOf', date(headline.asOf));
  count('trips', headline.trips);
  count('countriesVisited', headline.countriesVisited);
  count('allies', headline.allies);
  facts.set('allies:names', list(ctx, byListedName(ctx, headline.allyCountries).map((c) => countryItem(ctx, c))));
  count('occupiedTerritoryVisits', headline.occupiedTerritoryVisits);
  count('tripsToIccParties', headline.tripsToIccParties);
  count('tripsUnderIccWarrant', headline.tripsUnderIccWarrant);
  facts.set('iccTrips:hosts', list(ctx, headline.iccHosts.map((h) => countryItem(ctx, h.country))));
  const firstIcc = headline.firstIccPartyTrip;
  if (firstIcc) facts.set('iccTrips:first', list(ctx, [countryItem(ctx, firstIcc.country, t.inMonth(ctx.fmt.longMonth(firstIcc.start)))]));
  count('resolutions', data.resolutions.length);
  count('warResolutions', war.length);
  const regular = data.resolutions.filter(isRegularSessionResolution);
  count('regularResolutions', regular.length);
  // A list in brackets after a sentence that says what they are: their codes, each linked to its named map.
  facts.set('regularResolutions:list', list(ctx, regular.map((r) => ({ text: shortSymbol(r.symbol), href: ctx.urls.layer(`votes/${r.id}`) }))));
  count('profiles', data.countries.length);

  const trips = foreignTrips(data.visits);
  const years = new Map<string, number>();
  for (const v of trips) years.set(v.start.slice(0, 4), (years.get(v.start.slice(0, 4)) ?? 0) + 1);
  for (const [year, n] of years) count(`trips:${year}`, n);

  const hosts = stats.filter((s) => s.tripCount > 0);
  // The partners (see the relationships in src/i18n/en.ts), and the ones Putin visited most, with their trips.
  const partners = stats.filter((s) => s.country.relationship === 'partner');
  count('partners', partners.length);
  facts.set(
    'partners:mostVisited',
    list(ctx, topWithTies(partners.filter((s) => s.tripCount > 0), (s) => s.tripCount, 2).map((s) => countryItem(ctx, s.country, t.bracketed(ctx.fmt.plural(s.tripCount, t.trips))))),
  );
  facts.set('mostVisited', list(ctx, topWithTies(hosts, (s) => s.tripCount, 3).map((s) => countryItem(ctx, s.country, t.bracketed(ctx.fmt.count(s.tripCount))))));
  const firstTrip = (s: ProfiledStats) => s.visits.find((v) => v.kind !== 'occupied-territory')?.start ?? '';
  facts.set(
    'hosts:beyondFormerUssrAndChina',
    list(ctx, hosts.filter((s) => !FORMER_SOVIET_STATES.has(s.country.iso3) && s.country.iso3 !== 'CHN').sort((a, b) => byCodePoint(firstTrip(a), firstTrip(b))).map((s) => countryItem(ctx, s.country))),
  );

  const standing = iccStandingByIso3(data.iccStates, data.dataset.asOf);
  count('iccParties', [...standing.values()].filter((s) => s === 'party' || s === 'withdrawing').length);

  for (const r of data.resolutions) {
    count(`votes:${r.symbol}:yes`, r.totals.yes);
    count(`votes:${r.symbol}:no`, r.totals.no);
    count(`votes:${r.symbol}:abstain`, r.totals.abstain);
    count(`votes:${r.symbol}:nonVoting`, r.totals.nonVoting);
    facts.set(`votes:${r.symbol}:date`, date(r.date));
  }
  // The war resolution that drew the most votes in favour (the first, if two tie).
  const peak = war.reduce<ResolutionRecord | undefined>((best, r) => (!best || r.totals.yes > best.totals.yes ? r : best), undefined);
  if (peak) {
    facts.set('peakSupport:resolution', list(ctx, [resolutionItem(ctx, peak)]));
    facts.set('peakSupport:date', date(peak.date));
    count('peakSupport:yes', peak.totals.yes);
  }
  // The biggest move away from "yes" between two consecutive resolutions: the same computation as /votes/ shows.
  const shift = voteMatrix(ctx, data).shift;
  if (shift) {
    const byId = new Map(data.resolutions.map((r) => [r.id, r]));
    facts.set('biggestMove:from', list(ctx, [resolutionItem(ctx, byId.get(shift.from.id)!)]));
    facts.set('biggestMove:to', list(ctx, [resolutionItem(ctx, byId.get(shift.to.id)!)]));
    facts.set('biggestMove:toDate', date(shift.to.date));
    count('biggestMove:left', shift.leftYes);
    count('biggestMove:toAbstain', shift.toAbstain);
  }
  facts.set('rollCalls:partial', list(ctx, war.filter((r) => !r.complete).map((x) => resolutionItem(ctx, x)), t.noResolution));
  const russiaNo = war.filter((r) => r.votes[RUSSIA] === 'no').length;
  facts.set('russia:warVotes', phrase(russiaNo === war.length ? t.russiaAlwaysNo : t.russiaNo(ctx.fmt.count(russiaNo))));

  for (const s of stats) {
    const slug = s.country.slug;
    count(`trips:${slug}`, s.tripCount);
    facts.set(`breakdown:${slug}`, phrase(lowerFirst(ctx, breakdownSentence(ctx, s.voteBreakdown))));
    const withRussia = war.filter((r) => stanceOf(r.votes[s.country.iso3], r.votes[RUSSIA], r.symbol) === 'withRussia');
    facts.set(`withRussiaOn:${slug}`, list(ctx, withRussia.map((x) => resolutionItem(ctx, x))));
    for (const cell of s.voteRecord) {
      facts.set(`vote:${slug}:${cell.symbol}`, phrase(cell.vote ? t.votes[cell.vote] : t.unknownVote));
    }
  }

  const always = stats.filter(alwaysWithRussia);
  count('alwaysWithRussia', always.length);
  facts.set(
    'alwaysWithRussia:names',
    list(ctx, 
      always.map((s) => {
        // A record built under a government that has since fallen says so (Syria under Assad).
        const casters = s.governments.filter((p) => p.breakdown.total - p.breakdown.unknown > 0);
        return countryItem(ctx, s.country, s.governments.length > 1 && casters.length === 1 ? t.bracketed(t.castBy(casters[0]!.government)) : '');
      }),
    ),
  );
  const next = topWithTies(stats.filter((s) => !alwaysWithRussia(s) && s.voteBreakdown.withRussia > 0), (s) => s.voteBreakdown.withRussia, 3);
  facts.set(
    'oftenWithRussia:names',
    list(ctx, next.map((s) => countryItem(ctx, s.country, t.bracketed(t.withRussiaOn(ctx.fmt.count(s.voteBreakdown.withRussia), ctx.fmt.count(s.voteBreakdown.total)))))),
  );
  stanceFacts(ctx, data, facts);
  return facts;
}

/**
 * The two camps: Russia's list of "unfriendly" states and the blocs around Moscow (`unfriendly:members`,
 * `bloc:csto:member`, `bloc:csto:suspended:names`, `camps:neither`…), over every UN member.
 */
function stanceFacts(ctx: RenderContext, data: SiteData, facts: Map<string, FactValue>): void {
  const t = ctx.t.explainerFacts;
  const count = (name: string, n: number) => facts.set(name, { kind: 'count', value: n });
  const ul = data.unfriendlyStates;
  const order = ul.amendments[0]!;
  const profiles = new Map(data.countries.map((c) => [c.iso3, c]));
  const memberItem = (iso3: string, suffix = ''): FactItem => {
    const c = profiles.get(iso3);
    return { text: ctx.name(iso3).subject, suffix, ...(c ? { href: ctx.urls.country(c.slug) } : {}) };
  };
  const others = UN_MEMBER_STATES.filter((m) => m.iso3 !== RUSSIA);
  const stances = new Map(UN_MEMBER_STATES.map((m) => [m.iso3, stancesFor(data, m.iso3)]));
  const listed = UN_MEMBER_STATES.filter((m) => onUnfriendlyListOn(ul, m.iso3, ul.checkedUntil));

  facts.set('unfriendly:order', phrase(ul.order));
  facts.set('unfriendly:orderDate', date(order.date));
  count('unfriendly:members', listed.length);
  count('unfriendly:inOrder', ul.unMembers.filter((m) => m.since === order.date).length);
  for (const g of ul.groups) count(`unfriendly:group:${g.id}`, g.members.length);
  count('unfriendly:territories', ul.territories.filter((t) => t.until === undefined || t.until > ul.checkedUntil).length);
  facts.set('unfriendly:lastChange', date(ul.amendments.at(-1)!.date));
  facts.set('unfriendly:addedLater', list(ctx, ul.unMembers.filter((m) => m.since !== order.date).map((m) => memberItem(m.iso3, t.bracketed(ctx.fmt.date(m.since))))));
  const removed = ul.unMembers.filter((m) => m.until !== undefined && m.until <= ul.checkedUntil).length;
  facts.set('unfriendly:removed', phrase(removed ? ctx.fmt.plural(removed, t.removed) : t.noneRemoved));

  count('blocs:count', BLOC_IDS.length);
  for (const bloc of BLOC_IDS) {
    for (const status of MEMBERSHIP_STATUSES) {
      const members = UN_MEMBER_STATES.filter((m) => stances.get(m.iso3)!.blocs.some((t) => t.bloc === bloc && t.status === status));
      count(`bloc:${bloc}:${status}`, members.length);
      facts.set(`bloc:${bloc}:${status}:names`, list(ctx, members.map((m) => memberItem(m.iso3))));
    }
  }
  const tied = others.filter((m) => stances.get(m.iso3)!.blocs.length > 0);
  count('blocs:tied', tied.length);
  count('blocs:members', others.filter((m) => stances.get(m.iso3)!.blocs.some((t) => t.status === 'member')).length);
  facts.set('blocs:unconfirmed', list(ctx, data.blocs.unconfirmed.map((u) => memberItem(u.iso3, t.bracketed(ctx.bloc(u.bloc).short)))));

  const both = listed.filter((m) => stances.get(m.iso3)!.blocs.length > 0);
  facts.set(
    'camps:overlap',
    phrase(
      both.length
        ? fillText(ctx.fmt.pluralForm(both.length, t.inBothCamps), { names: ctx.fmt.list(both.map((m) => ctx.name(m.iso3).subject)) })
        : t.noneInBothCamps,
    ),
  );
  facts.set(
    'camps:listedFormerTies',
    list(ctx, 
      listed.flatMap((m) => {
        const former = stances.get(m.iso3)!.formerBlocs;
        return former.length ? [memberItem(m.iso3, t.bracketed(ctx.fmt.list(former.map((tie) => t.formerTie(ctx.bloc(tie.bloc).short, ctx.fmt.partialDate(tie.until!))))))] : [];
      }),
    ),
  );
  count('camps:neither', others.filter((m) => !onUnfriendlyListOn(ul, m.iso3, ul.checkedUntil) && stances.get(m.iso3)!.blocs.length === 0).length);
}

