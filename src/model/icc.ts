import type { Country } from '../schemas/country.ts';
import type { IccStates } from '../schemas/icc-states.ts';

/** A state's Rome Statute dates. */
export type IccDates = Pick<Country['icc'], 'party' | 'inForce' | 'withdrawal'>;

/**
 * Each state's Rome Statute dates as the ICC list records them (content/icc-states-parties.json, the list every
 * profile is checked against); a state the list does not name never joined. One lookup for the map layer and the
 * member pages.
 */
export function iccDatesFrom(list: IccStates): (iso3: string) => IccDates {
  const listed = new Map(list.states.map((s) => [s.iso3, s]));
  return (iso3) => {
    const s = listed.get(iso3);
    return s ? { party: true, inForce: s.inForce, withdrawal: s.withdrawal } : { party: false };
  };
}


export type IccStanding = 'party' | 'withdrawing' | 'withdrawn' | 'non-party';

/** Where a state stood with the Rome Statute on a given day (Putin's arrest warrant is dated in content/icc-states-parties.json). */
export function iccStandingOn(icc: Pick<Country['icc'], 'party' | 'inForce' | 'withdrawal'>, date: string): IccStanding {
  if (!icc.party || !icc.inForce || icc.inForce > date) return 'non-party';
  const w = icc.withdrawal;
  // A withdrawal revoked before it took effect never took effect: the state was a party throughout.
  if (!w || (w.revoked && w.revoked <= date) || w.notified > date) return 'party';
  if (w.effective <= date && !w.revoked) return 'withdrawn';
  return 'withdrawing';
}

/** True when the state is bound to execute ICC arrest warrants on that day. */
export const iccBoundOn = (icc: Pick<Country['icc'], 'party' | 'inForce' | 'withdrawal'>, date: string) => {
  const standing = iccStandingOn(icc, date);
  return standing === 'party' || standing === 'withdrawing';
};

/** Ids of the trips whose host was bound by the Rome Statute on the day the trip began (hosts: src/model/hosts.ts). */
export function tripsToIccParties(hosts: ReadonlyMap<string, { icc: IccDates }>, trips: readonly { id: string; country: string; start: string }[]): Set<string> {
  return new Set(trips.filter((v) => { const h = hosts.get(v.country); return h ? iccBoundOn(h.icc, v.start) : false; }).map((v) => v.id));
}
