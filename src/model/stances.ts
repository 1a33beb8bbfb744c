import { BLOC_IDS, membershipsOn, type BlocId, type Membership, type MembershipStatus } from '../schemas/blocs.ts';
import type { UnfriendlyStates } from '../schemas/unfriendly-states.ts';
import type { SiteData } from './records.ts';

/**
 * Where a UN member stands in the two official mirrors of "who stands with Putin": Russia's own list of
 * "unfriendly" states (order No. 430-r and its amendments) and the blocs Moscow leads or belongs to. Plain joins
 * over content/unfriendly-states.json and content/blocs.json, keyed by ISO3, for any of the 193 members.
 */

// Re-exported so pages and views read the bloc ids and statuses through the model, never from src/schemas.
export type { BlocId, MembershipStatus };
export { BLOC_IDS };

/** A UN member's entry on the unfriendly list, with the amendment (or the order itself) that put it there. */
export interface UnfriendlyListing {
  since: string;
  /** When it was taken off, if ever. */
  until: string | null;
  /** Set when the order names it only inside a group ("member states of the European Union"). */
  group: { id: string; name: string } | null;
  /** True when it was named in the original order rather than added by a later amendment. */
  inOriginalOrder: boolean;
  amendment: UnfriendlyStates['amendments'][number];
  note: string | null;
  sources: readonly string[];
}

/** One tie to a bloc: current (`ended` false, status as of the file's check date) or ended. */
export interface BlocTie {
  bloc: BlocId;
  status: MembershipStatus;
  /** Set when the tie is to the bloc's parliamentary assembly, not to the bloc itself. */
  body: 'parliamentary-assembly' | null;
  since: string;
  /** When the tie ended; null while it lasts. */
  until: string | null;
  ended: boolean;
  /** Earlier statuses in the same bloc, oldest first. */
  previous: readonly { status: MembershipStatus; since: string; until: string }[];
  note: string | null;
  sources: readonly string[];
}

/** A tie some sources claim and others deny: shown, never counted (Saudi Arabia and BRICS). */
export interface UnconfirmedTie {
  bloc: BlocId;
  claim: MembershipStatus;
  claimedSince: string;
  note: string;
  sources: readonly string[];
}

export interface Stances {
  iso3: string;
  /** The entry on the unfriendly list, if the state is or was on it; null if it never was. */
  unfriendly: UnfriendlyListing | null;
  /** The list's check date: a state without an entry was not on it up to this day. */
  unfriendlyCheckedUntil: string;
  /** Current ties, in the order of BLOC_IDS. */
  blocs: BlocTie[];
  /** Ties that have ended, in the order of BLOC_IDS. */
  formerBlocs: BlocTie[];
  unconfirmed: UnconfirmedTie[];
  /** Statuses are as of this day (the bloc file's check date). */
  blocsCheckedUntil: string;
}

const blocOrder = (a: { bloc: BlocId }, b: { bloc: BlocId }) => BLOC_IDS.indexOf(a.bloc) - BLOC_IDS.indexOf(b.bloc);

/** The unfriendly-list entry of a UN member, or null if it was never listed. */
export function unfriendlyListingOf(list: UnfriendlyStates, iso3: string): UnfriendlyListing | null {
  const entry = list.unMembers.find((m) => m.iso3 === iso3);
  if (!entry) return null;
  const group = entry.group === undefined ? undefined : list.groups.find((g) => g.id === entry.group);
  return {
    since: entry.since,
    until: entry.until ?? null,
    group: group ? { id: group.id, name: group.name } : null,
    inOriginalOrder: entry.since === list.amendments[0]!.date,
    amendment: list.amendments.find((a) => a.date === entry.since)!,
    note: entry.note ?? null,
    sources: entry.sources,
  };
}

/** Whether the member was on the unfriendly list on `date` (an entry taken off by then does not count). */
export function onUnfriendlyListOn(list: UnfriendlyStates, iso3: string, date: string): boolean {
  const e = list.unMembers.find((m) => m.iso3 === iso3);
  return e !== undefined && e.since <= date && (e.until === undefined || e.until > date);
}

function tie(m: Membership, ended: boolean): BlocTie {
  return {
    bloc: m.bloc,
    status: m.status,
    body: m.body ?? null,
    since: m.since,
    until: m.until ?? null,
    ended,
    previous: m.previous ?? [],
    note: m.note ?? null,
    sources: m.sources,
  };
}

/** A UN member's place on the unfriendly list and in the blocs, with dates, notes and sources. */
export function stancesFor(data: SiteData, iso3: string): Stances {
  const { blocs } = data;
  const mine = blocs.memberships.filter((m) => m.iso3 === iso3);
  const current = new Set(membershipsOn(mine, blocs.checkedUntil));
  return {
    iso3,
    unfriendly: unfriendlyListingOf(data.unfriendlyStates, iso3),
    unfriendlyCheckedUntil: data.unfriendlyStates.checkedUntil,
    blocs: mine.filter((m) => current.has(m)).map((m) => tie(m, false)).sort(blocOrder),
    formerBlocs: mine.filter((m) => !current.has(m) && m.until !== undefined).map((m) => tie(m, true)).sort(blocOrder),
    unconfirmed: blocs.unconfirmed
      .filter((u) => u.iso3 === iso3)
      .map((u) => ({ bloc: u.bloc, claim: u.claim, claimedSince: u.claimedSince, note: u.note, sources: u.sources }))
      .sort(blocOrder),
    blocsCheckedUntil: blocs.checkedUntil,
  };
}

/** The member's current bloc ties (as of the bloc file's check date), in the order of BLOC_IDS: for filters and lists. */
export function blocIdsOf(data: SiteData, iso3: string): { id: BlocId; status: MembershipStatus }[] {
  return stancesFor(data, iso3).blocs.map((t) => ({ id: t.bloc, status: t.status }));
}

/** The fields /data/countries.json adds per member: since when it is on the unfriendly list, and its current bloc ties. */
export interface StanceDownloadFields {
  /** The date it was put on the list, if it is on it on the list's check date; otherwise null. */
  unfriendlyListSince: string | null;
  /** Only the blocs it has a current tie to, in the order of BLOC_IDS. */
  blocs: Partial<Record<BlocId, MembershipStatus>>;
}

export function stanceDownloadFields(data: SiteData, iso3: string): StanceDownloadFields {
  const list = data.unfriendlyStates;
  const listing = unfriendlyListingOf(list, iso3);
  return {
    unfriendlyListSince: listing && onUnfriendlyListOn(list, iso3, list.checkedUntil) ? listing.since : null,
    blocs: Object.fromEntries(blocIdsOf(data, iso3).map((b) => [b.id, b.status])),
  };
}
