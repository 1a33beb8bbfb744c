import { countryStats, headlineNumbers, type CountryStats } from '../model/country-stats.ts';
import { formatCount, formatDate, formatList, formatLongMonth, formatPartialDate, plural, pluralForm } from '../render/format.ts';
import { iccStandingByIso3 } from '../map/layers/icc-layer.ts';
import { UN_MEMBER_STATES } from '../map/layers/states.ts';
import type { ResolutionRecord, SiteData } from '../model/records.ts';
import { BLOC_IDS, onUnfriendlyListOn, stancesFor } from '../model/stances.ts';
import { foreignTrips } from '../model/visits.ts';
import { breakdownSentence } from './vote-views.ts';
import { RUSSIA, isRegularSessionResolution, isWarResolution, shortSymbol, stanceOf } from '../model/votes.ts';
import { voteMatrix } from './vote-matrix.ts';
import { messages } from '../i18n/messages.ts';
import { SITE_LOCALE } from '../i18n/locale.ts';
import { MEMBERSHIP_STATUSES } from '../schemas/blocs.ts';
import { fillText } from '../render/prose.ts';
import { siteUrls } from '../render/urls.ts';
import { byCodePoint } from '../model/order.ts';
import { wordCache } from '../render/word-cache.ts';
import { countryName } from '../i18n/names/index.ts';

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

/** A fact as text, formatted for a locale (the site's by default). */
export function factText(fact: FactValue, tag = SITE_LOCALE.tag): string {
  switch (fact.kind) {
    case 'count':
      return formatCount(fact.value, tag);
    case 'date':
      return formatDate(fact.value, tag);
    case 'phrase':
      return fact.value;
    case 'list':
      return fact.items.length ? formatList(fact.items.map((i) => i.text + (i.suffix ?? '')), tag) : fact.empty;
  }
}

/**
 * The fifteen republics of the Soviet Union (ISO3). A fixed historical set, used to say where Putin travelled
 * beyond them; not data that changes.
 */
export const FORMER_SOVIET_STATES: ReadonlySet<string> = new Set(['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB']);

/** A country name as it reads in running prose ("the United States"), by the locale's rule; `name` is the bare form. */
/** A member's (by ISO3) or a territory's (by id) name as it reads in running prose: `the United States`. */
export const proseName = (key: string): string => countryName(key).prose;
const countryItem = (c: { iso3: string; slug: string }, suffix = ''): FactItem => ({ text: proseName(c.iso3), suffix, href: siteUrls().country(c.slug) });
/** A resolution named for readers, its code second: `Return of Ukrainian children (ES-11/9)`. */
const resolutionItem = (r: ResolutionRecord): FactItem => ({ text: `${r.name} (${shortSymbol(r.symbol)})`, href: siteUrls().layer(`votes/${r.id}`) });
const list = (items: FactItem[], empty = messages().explainerFacts.none): FactValue => ({ kind: 'list', items, empty });
const phrase = (value: string): FactValue => ({ kind: 'phrase', value });
const date = (value: string): FactValue => ({ kind: 'date', value });
const lowerFirst = (s: string) => messages().letterCase.inSentence(s);

/** The first `n` entries by a descending score, plus any tied with the last of them. */
function topWithTies<T>(rows: readonly T[], score: (row: T) => number, n: number): T[] {
  const sorted = [...rows].sort((a, b) => score(b) - score(a));
  const cut = sorted[n - 1];
  return cut === undefined ? sorted : sorted.filter((row, i) => i < n || score(row) === score(cut));
}

/** Voted with Russia on every war resolution whose roll call records the country's vote. */
const alwaysWithRussia = (s: CountryStats) =>
  s.country.iso3 !== RUSSIA && s.voteBreakdown.withRussia > 0 && s.voteBreakdown.withRussia === s.voteBreakdown.total - s.voteBreakdown.unknown;

/**
 * Every number and list the explainer prose may quote, computed from the data and keyed by a stable name
 * (`trips`, `votes:A/RES/ES-11/1:yes`, `allies:names`, `breakdown:china`…). The explainer refers to them as
 * `<Fact name="…" />`; an unknown name stops the build, so prose can never carry a number or a name the data
 * does not back.
 */
const computed = wordCache<SiteData, Map<string, FactValue>>();

export function explainerFacts(data: SiteData): Map<string, FactValue> {
  return computed(data, () => computeFacts(data));
}

function computeFacts(data: SiteData): Map<string, FactValue> {
  const facts = new Map<string, FactValue>();
  const t = messages().explainerFacts;
  const count = (name: string, n: number) => facts.set(name, { kind: 'count', value: n });
  const headline = headlineNumbers(data);
  const stats = [...countryStats(data).values()];
  const war = data.resolutions.filter(isWarResolution);

  facts.set('asOf', date(headline.asOf));
  count('trips', headline.trips);
  count('countriesVisited', headline.countriesVisited);
  count('allies', headline.allies);
  facts.set('allies:names', list(headline.allyCountries.map((c) => countryItem(c))));
  count('occupiedTerritoryVisits', headline.occupiedTerritoryVisits);
  count('tripsToIccParties', headline.tripsToIccParties);
  count('tripsUnderIccWarrant', headline.tripsUnderIccWarrant);
  facts.set('iccTrips:hosts', list(headline.iccHosts.map((h) => countryItem(h.country))));
  const firstIcc = headline.firstIccPartyTrip;
  if (firstIcc) facts.set('iccTrips:first', list([countryItem(firstIcc.country, t.inMonth(formatLongMonth(firstIcc.start)))]));
  count('resolutions', data.resolutions.length);
  count('warResolutions', war.length);
  const regular = data.resolutions.filter(isRegularSessionResolution);
  count('regularResolutions', regular.length);
  // A list in brackets after a sentence that says what they are: their codes, each linked to its named map.
  facts.set('regularResolutions:list', list(regular.map((r) => ({ text: shortSymbol(r.symbol), href: siteUrls().layer(`votes/${r.id}`) }))));
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
    list(topWithTies(partners.filter((s) => s.tripCount > 0), (s) => s.tripCount, 2).map((s) => countryItem(s.country, t.bracketed(plural(s.tripCount, t.trips))))),
  );
  facts.set('mostVisited', list(topWithTies(hosts, (s) => s.tripCount, 3).map((s) => countryItem(s.country, t.bracketed(formatCount(s.tripCount))))));
  const firstTrip = (s: CountryStats) => s.visits.find((v) => v.kind !== 'occupied-territory')?.start ?? '';
  facts.set(
    'hosts:beyondFormerUssrAndChina',
    list(hosts.filter((s) => !FORMER_SOVIET_STATES.has(s.country.iso3) && s.country.iso3 !== 'CHN').sort((a, b) => byCodePoint(firstTrip(a), firstTrip(b))).map((s) => countryItem(s.country))),
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
    facts.set('peakSupport:resolution', list([resolutionItem(peak)]));
    facts.set('peakSupport:date', date(peak.date));
    count('peakSupport:yes', peak.totals.yes);
  }
  // The biggest move away from "yes" between two consecutive resolutions: the same computation as /votes/ shows.
  const shift = voteMatrix(data).shift;
  if (shift) {
    const byId = new Map(data.resolutions.map((r) => [r.id, r]));
    facts.set('biggestMove:from', list([resolutionItem(byId.get(shift.from.id)!)]));
    facts.set('biggestMove:to', list([resolutionItem(byId.get(shift.to.id)!)]));
    facts.set('biggestMove:toDate', date(shift.to.date));
    count('biggestMove:left', shift.leftYes);
    count('biggestMove:toAbstain', shift.toAbstain);
  }
  facts.set('rollCalls:partial', list(war.filter((r) => !r.complete).map(resolutionItem), t.noResolution));
  const russiaNo = war.filter((r) => r.votes[RUSSIA] === 'no').length;
  facts.set('russia:warVotes', phrase(russiaNo === war.length ? t.russiaAlwaysNo : t.russiaNo(formatCount(russiaNo))));

  for (const s of stats) {
    const slug = s.country.slug;
    count(`trips:${slug}`, s.tripCount);
    facts.set(`breakdown:${slug}`, phrase(lowerFirst(breakdownSentence(s.voteBreakdown))));
    const withRussia = war.filter((r) => stanceOf(r.votes[s.country.iso3], r.votes[RUSSIA], r.symbol) === 'withRussia');
    facts.set(`withRussiaOn:${slug}`, list(withRussia.map(resolutionItem)));
    for (const cell of s.voteRecord) {
      facts.set(`vote:${slug}:${cell.symbol}`, phrase(cell.vote ? t.votes[cell.vote] : t.unknownVote));
    }
  }

  const always = stats.filter(alwaysWithRussia);
  count('alwaysWithRussia', always.length);
  facts.set(
    'alwaysWithRussia:names',
    list(
      always.map((s) => {
        // A record built under a government that has since fallen says so (Syria under Assad).
        const casters = s.governments.filter((p) => p.breakdown.total - p.breakdown.unknown > 0);
        return countryItem(s.country, s.governments.length > 1 && casters.length === 1 ? t.bracketed(t.castBy(casters[0]!.government)) : '');
      }),
    ),
  );
  const next = topWithTies(stats.filter((s) => !alwaysWithRussia(s) && s.voteBreakdown.withRussia > 0), (s) => s.voteBreakdown.withRussia, 3);
  facts.set(
    'oftenWithRussia:names',
    list(next.map((s) => countryItem(s.country, t.bracketed(t.withRussiaOn(formatCount(s.voteBreakdown.withRussia), formatCount(s.voteBreakdown.total)))))),
  );
  stanceFacts(data, facts);
  return facts;
}

/**
 * The two camps: Russia's list of "unfriendly" states and the blocs around Moscow (`unfriendly:members`,
 * `bloc:csto:member`, `bloc:csto:suspended:names`, `camps:neither`…), over every UN member.
 */
function stanceFacts(data: SiteData, facts: Map<string, FactValue>): void {
  const t = messages().explainerFacts;
  const count = (name: string, n: number) => facts.set(name, { kind: 'count', value: n });
  const ul = data.unfriendlyStates;
  const order = ul.amendments[0]!;
  const profiles = new Map(data.countries.map((c) => [c.iso3, c]));
  const memberItem = (iso3: string, suffix = ''): FactItem => {
    const c = profiles.get(iso3);
    return { text: proseName(iso3), suffix, ...(c ? { href: siteUrls().country(c.slug) } : {}) };
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
  facts.set('unfriendly:addedLater', list(ul.unMembers.filter((m) => m.since !== order.date).map((m) => memberItem(m.iso3, t.bracketed(formatDate(m.since))))));
  const removed = ul.unMembers.filter((m) => m.until !== undefined && m.until <= ul.checkedUntil).length;
  facts.set('unfriendly:removed', phrase(removed ? plural(removed, t.removed) : t.noneRemoved));

  count('blocs:count', BLOC_IDS.length);
  for (const bloc of BLOC_IDS) {
    for (const status of MEMBERSHIP_STATUSES) {
      const members = UN_MEMBER_STATES.filter((m) => stances.get(m.iso3)!.blocs.some((t) => t.bloc === bloc && t.status === status));
      count(`bloc:${bloc}:${status}`, members.length);
      facts.set(`bloc:${bloc}:${status}:names`, list(members.map((m) => memberItem(m.iso3))));
    }
  }
  const tied = others.filter((m) => stances.get(m.iso3)!.blocs.length > 0);
  count('blocs:tied', tied.length);
  count('blocs:members', others.filter((m) => stances.get(m.iso3)!.blocs.some((t) => t.status === 'member')).length);
  facts.set('blocs:unconfirmed', list(data.blocs.unconfirmed.map((u) => memberItem(u.iso3, t.bracketed(messages().blocs[u.bloc].short)))));

  const both = listed.filter((m) => stances.get(m.iso3)!.blocs.length > 0);
  facts.set(
    'camps:overlap',
    phrase(
      both.length
        ? fillText(pluralForm(both.length, t.inBothCamps), { names: formatList(both.map((m) => proseName(m.iso3))) })
        : t.noneInBothCamps,
    ),
  );
  facts.set(
    'camps:listedFormerTies',
    list(
      listed.flatMap((m) => {
        const former = stances.get(m.iso3)!.formerBlocs;
        return former.length ? [memberItem(m.iso3, t.bracketed(formatList(former.map((tie) => t.formerTie(messages().blocs[tie.bloc].short, formatPartialDate(tie.until!))))))] : [];
      }),
    ),
  );
  count('camps:neither', others.filter((m) => !onUnfriendlyListOn(ul, m.iso3, ul.checkedUntil) && stances.get(m.iso3)!.blocs.length === 0).length);
}

