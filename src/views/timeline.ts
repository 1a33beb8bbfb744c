import type { CountryName } from '../i18n/names/types.ts';
import type { RenderContext } from '../render/context.ts';
import { INVASION_DATE } from '../schemas/common.ts';
import { referenceName } from '../model/members.ts';
import { hostOf, hostsBySlug, type Host } from '../model/hosts.ts';
import { iccBoundOn } from '../model/icc.ts';
import type { CountryRecord, ResolutionRecord, SiteData, VisitRecord } from '../model/records.ts';
import { byCodePoint } from '../model/order.ts';

/** What a dated event is; the order is the order of kinds within one day and in the filter. */
export const EVENT_KINDS = ['trip', 'occupied-visit', 'un-vote', 'icc', 'change'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How each kind is named (the event's label, the filter's options, the feed's categories). */
export const eventKindLabel = (ctx: RenderContext, kind: EventKind): string => ctx.t.timeline.kinds[kind];

/** The state an event is about. `slug` is set when it has a profile. */
export interface EventCountry {
  iso3: string;
  name: string;
  slug?: string;
}

export interface TimelineEvent {
  /**
   * Identifies the event for good: built from its kind and the record's id, date and country, never from wording,
   * so a reworded summary keeps its feed id (`trip/2024-05-16-china`, `icc/in-force/ARM`, `change/china/2024-05-16`).
   */
  key: string;
  kind: EventKind;
  /** YYYY-MM-DD, the host-local day the event began. */
  date: string;
  /** Last day, for trips longer than a day. */
  end?: string;
  /** `undefined` for events that concern every state (a UN vote, the warrant itself). */
  country: EventCountry | undefined;
  /** Who the event concerns, for the reader: the country's name, or every state it binds. */
  where: string;
  /** Headline in the feed, where it stands alone. */
  title: string;
  /** Headline on the timeline page when it differs: there the summary follows, so a change's text is not shown twice. */
  heading?: string;
  summary: string;
  /** Site path, with the fragment of the section the event is told in. */
  href: string;
  /** Label for `href` (where it leads). */
  hrefLabel: string;
  /** A second place the event appears (a trip's row in the map's table). */
  also?: { href: string; label: string };
  sources: readonly string[];
}

export interface Timeline {
  /** Every event up to the dataset's as-of date, newest first. */
  events: TimelineEvent[];
  /** Events the data dates after the as-of date (a withdrawal due to take effect), soonest first. */
  upcoming: TimelineEvent[];
}

const KIND_ORDER = new Map(EVENT_KINDS.map((k, i) => [k, i]));

/** Newest first; on one day by kind, then by key, so the order never depends on input order. */
export const newestFirst = (a: TimelineEvent, b: TimelineEvent) =>
  byCodePoint(b.date, a.date) || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || byCodePoint(a.key, b.key);


/** The country an event names, its name in the edition's words. */
function countryOf(ctx: RenderContext, c: Pick<Host, 'iso3' | 'slug'>): EventCountry {
  return { iso3: c.iso3, name: ctx.name(c.iso3).listed, slug: c.slug };
}

const cityList = (visit: VisitRecord) => visit.cities.map((c) => c.name).join(', ');

function tripEvent(ctx: RenderContext, visit: VisitRecord, country: Host, warrantIssued: string): TimelineEvent {
  const t = ctx.t.timeline.trip;
  const kind = ctx.t.visitKinds[visit.kind];
  const bound = visit.start >= warrantIssued && iccBoundOn(country.icc, visit.start);
  const dates = ctx.fmt.dateRange(visit.start, visit.end);
  const name = ctx.name(country.iso3);
  const summary = visit.kind === 'summit' ? t.summitSummary(cityList(visit), dates, visit.counterpart) : t.summary(kind, cityList(visit), dates, visit.counterpart);
  return {
    key: `trip/${visit.id}`,
    kind: 'trip',
    date: visit.start,
    ...(visit.end !== visit.start && { end: visit.end }),
    country: countryOf(ctx, country),
    where: name.listed,
    title: visit.event ? t.titleWithEvent(name, visit.event) : t.title(name, ctx.t.letterCase.inSentence(kind)),
    summary: bound ? `${summary} ${t.iccBound(name)}` : summary,
    href: ctx.urls.country(country.slug, `visit-${visit.id}`),
    hrefLabel: t.link(name),
    also: { href: ctx.urls.tripMap(`trip-${visit.id}`), label: t.onTheMap },
    sources: visit.sources,
  };
}

function occupiedVisitEvent(ctx: RenderContext, visit: VisitRecord, country: Host): TimelineEvent {
  const t = ctx.t.timeline.occupiedVisit;
  const dates = ctx.fmt.dateRange(visit.start, visit.end);
  const name = ctx.name(country.iso3);
  return {
    key: `occupied-visit/${visit.id}`,
    kind: 'occupied-visit',
    date: visit.start,
    ...(visit.end !== visit.start && { end: visit.end }),
    country: countryOf(ctx, country),
    where: name.listed,
    title: t.title(cityList(visit), name),
    summary: visit.event ? t.summaryWithEvent(dates, visit.event) : t.summary(dates),
    href: ctx.urls.country(country.slug, `visit-${visit.id}`),
    hrefLabel: t.link(name),
    sources: visit.sources,
  };
}

function voteEvent(ctx: RenderContext, resolution: ResolutionRecord): TimelineEvent {
  const t = ctx.t.timeline.vote;
  const { yes, no, abstain, nonVoting } = resolution.totals;
  return {
    key: `un-vote/${resolution.id}`,
    kind: 'un-vote',
    date: resolution.date,
    country: undefined,
    where: t.where,
    title: t.title(resolution.symbol, ctx.fmt.count(yes), ctx.fmt.count(no), ctx.fmt.count(abstain)),
    summary: [resolution.summary, ctx.fmt.plural(nonVoting, t.notVoting), ...(resolution.complete ? [] : [t.partial])].join(' '),
    href: ctx.urls.layer(`votes/${resolution.id}`),
    hrefLabel: t.link(resolution.symbol),
    sources: resolution.sources,
  };
}

/** ICC events: the warrant, findings of non-compliance, and Rome Statute accessions and withdrawals since the invasion. */
function iccEvents(ctx: RenderContext, data: SiteData, byIso3: ReadonlyMap<string, CountryRecord>): TimelineEvent[] {
  const { warrant, nonCompliance, states, sources } = data.iccStates;
  const t = ctx.t.timeline.icc;
  const named = (iso3: string): EventCountry => {
    const profile = byIso3.get(iso3);
    if (profile) return countryOf(ctx, profile);
    if (!ctx.names.has(iso3)) throw new Error(`icc-states-parties.json: ${iso3} is neither a profile nor a UN member; the timeline cannot name it`);
    return { iso3, name: ctx.name(iso3).listed };
  };
  // States with a profile are told in its ICC section; the others on the ICC map.
  const iccLink = (c: EventCountry) =>
    c.slug ? { href: ctx.urls.country(c.slug, 'icc'), hrefLabel: t.link(ctx.name(c.iso3)) } : { href: ctx.urls.layer('icc'), hrefLabel: t.mapLink };
  // Without a profile: the depositary's record (the file's first source) and any source that names the state.
  const iccSources = (c: EventCountry) =>
    c.slug ? byIso3.get(c.iso3)!.icc.sources : [...new Set([sources[0]!, ...sources.filter((url) => url.toLowerCase().includes(referenceName(c.iso3).toLowerCase()))])];

  const events: TimelineEvent[] = [
    {
      key: `icc/warrant/${warrant.issued}`,
      kind: 'icc',
      date: warrant.issued,
      country: undefined,
      where: t.warrant.where,
      title: t.warrant.title,
      summary: t.warrant.summary,
      href: ctx.urls.layer('icc'),
      hrefLabel: t.warrant.link,
      sources: warrant.sources,
    },
  ];
  for (const finding of nonCompliance) {
    const country = named(finding.iso3);
    events.push({
      key: `icc/non-compliance/${finding.iso3}/${finding.date}`,
      kind: 'icc',
      date: finding.date,
      country,
      where: country.name,
      title: t.nonCompliance.title(ctx.name(country.iso3)),
      summary: t.nonCompliance.summary(ctx.name(country.iso3)),
      ...iccLink(country),
      sources: finding.sources,
    });
  }
  // One event per dated step in a state's Rome Statute record, told about that state.
  const stateEvent = (iso3: string, step: string, date: string, text: { title: (c: CountryName) => string; summary: (c: CountryName) => string }, own?: readonly string[]) => {
    const country = named(iso3);
    events.push({ key: `icc/${step}/${iso3}`, kind: 'icc', date, country, where: country.name, title: text.title(ctx.name(iso3)), summary: text.summary(ctx.name(iso3)), ...iccLink(country), sources: own ?? iccSources(country) });
  };
  for (const state of states) {
    if (state.inForce >= INVASION_DATE) {
      stateEvent(state.iso3, 'in-force', state.inForce, { title: t.inForce.title, summary: state.inForce >= warrant.issued ? t.inForce.summaryBound : t.inForce.summary });
    }
    const w = state.withdrawal;
    if (!w) continue;
    const effective = ctx.fmt.date(w.effective);
    if (w.notified >= INVASION_DATE) {
      stateEvent(state.iso3, 'withdrawal-notified', w.notified, { title: t.withdrawalNotified.title, summary: (c) => t.withdrawalNotified.summary(c, effective) }, w.sources);
    }
    // A withdrawal revoked before it took effect (Hungary, 2026) is told as revoked, never as taking effect.
    if (w.revoked) stateEvent(state.iso3, 'withdrawal-revoked', w.revoked, { title: t.withdrawalRevoked.title, summary: (c) => t.withdrawalRevoked.summary(c, effective) }, w.sources);
    else if (w.effective >= INVASION_DATE) stateEvent(state.iso3, 'withdrawal-effective', w.effective, t.withdrawalEffective, w.sources);
  }
  return events;
}

/** Every profile's dated "what changed" items; two on the same day in one profile are told apart by position. */
function changeEvents(ctx: RenderContext, countries: readonly CountryRecord[]): TimelineEvent[] {
  const t = ctx.t.timeline.change;
  return countries.flatMap((country) => {
    const seen = new Map<string, number>();
    return (country.changes ?? []).map((change) => {
      const n = (seen.get(change.date) ?? 0) + 1;
      seen.set(change.date, n);
      return {
        key: `change/${country.slug}/${change.date}${n > 1 ? `-${n}` : ''}`,
        kind: 'change' as const,
        date: change.date,
        country: countryOf(ctx, country),
        where: ctx.name(country.iso3).listed,
        title: t.title(ctx.name(country.iso3), shorten(change.text, 90)),
        // The change itself is the headline: it says what changed; the meta line above it names the country.
        heading: change.text,
        summary: change.text,
        href: ctx.urls.country(country.slug, 'what-changed'),
        hrefLabel: t.link(ctx.name(country.iso3)),
        sources: change.sources,
      };
    });
  });
}

/** Cuts text at a word boundary, with an ellipsis when it was longer. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '').replace(/[\s,;:.–—-]+$/, '');
  return `${cut}…`;
}

/** Every dated event in the site's data: trips, visits to occupied Ukraine, UN votes, ICC events and profile changes. */
export function buildTimeline(ctx: RenderContext, data: SiteData): Timeline {
  const hosts = hostsBySlug(data);
  const byIso3 = new Map(data.countries.map((c) => [c.iso3, c]));
  const host = (visit: VisitRecord) => {
    return hostOf(hosts, visit);
  };
  const all: TimelineEvent[] = [
    ...data.visits.map((v) =>
      v.kind === 'occupied-territory' ? occupiedVisitEvent(ctx, v, host(v)) : tripEvent(ctx, v, host(v), data.iccStates.warrant.issued),
    ),
    ...data.resolutions.map((x) => voteEvent(ctx, x)),
    ...iccEvents(ctx, data, byIso3),
    ...changeEvents(ctx, data.countries),
  ];
  const keys = new Set<string>();
  for (const e of all) {
    if (keys.has(e.key)) throw new Error(`timeline: two events share the key ${e.key}`);
    keys.add(e.key);
  }
  const asOf = data.dataset.asOf;
  return {
    events: all.filter((e) => e.date <= asOf).sort(newestFirst),
    upcoming: all.filter((e) => e.date > asOf).sort((a, b) => newestFirst(b, a)),
  };
}

/** Events grouped by calendar year, newest year first (each group keeps the events' order). */
export function byYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) groups.set(e.date.slice(0, 4), [...(groups.get(e.date.slice(0, 4)) ?? []), e]);
  return [...groups.entries()].sort(([a], [b]) => byCodePoint(b, a)).map(([year, list]) => ({ year, events: list }));
}

/** A year's page of the timeline: the newest year is /timeline/ itself, every other year /timeline/<year>/. */
export function timelineYearHref(ctx: RenderContext, year: string, newest: string): string {
  return year === newest ? ctx.urls.timeline() : ctx.urls.timeline(year);
}

/** The countries events name, by name, for the filter. */
export function countriesIn(ctx: RenderContext, events: readonly TimelineEvent[]): EventCountry[] {
  const found = new Map<string, EventCountry>();
  for (const e of events) if (e.country) found.set(e.country.iso3, e.country);
  return [...found.values()].sort((a, b) => ctx.fmt.compare(a.name, b.name));
}

/** How many events of each kind. */
export function countsByKind(events: readonly TimelineEvent[]): Record<EventKind, number> {
  const counts = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  for (const e of events) counts[e.kind] += 1;
  return counts;
}
