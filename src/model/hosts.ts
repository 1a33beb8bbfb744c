import type { Relationship } from '../schemas/country.ts';
import { iccDatesFrom, type IccDates } from './icc.ts';
import { memberList } from './members.ts';
import type { CountryRecord, SiteData } from './records.ts';

/**
 * A country Putin can visit: any UN member, written profile or not, so that the trip record never waits for prose.
 * A visit's `country` is the member's page slug (`content/visits/<start>-<slug>.yaml`).
 */
export interface Host {
  slug: string;
  iso3: string;
  isoNumeric: string;
  name: string;
  /** Drawn as a point (its visited city) rather than a shape, as its profile says; a member without a shape in world-atlas is drawn as a point anyway. */
  pointOnly: boolean;
  /** The written profile's classification; undefined for a member whose page is drawn from the records. */
  relationship: Relationship | undefined;
  /** Rome Statute dates from content/icc-states-parties.json, the one ICC record every count uses. */
  icc: IccDates;
  /** The written profile, when there is one. */
  profile: CountryRecord | undefined;
}

const built = new WeakMap<SiteData, Map<string, Host>>();

/** Every UN member as a possible host, by page slug; computed once per load of the data. */
export function hostsBySlug(data: Pick<SiteData, 'countries' | 'iccStates'>): Map<string, Host> {
  const cached = built.get(data as SiteData);
  if (cached) return cached;
  const profiles = new Map(data.countries.map((c) => [c.slug, c]));
  const iccOf = iccDatesFrom(data.iccStates);
  const hosts = new Map(
    memberList(data.countries).map((m) => {
      const profile = profiles.get(m.slug);
      return [
        m.slug,
        {
          slug: m.slug,
          iso3: m.iso3,
          isoNumeric: m.isoNumeric,
          name: m.name,
          pointOnly: profile?.pointOnly ?? false,
          relationship: profile?.relationship,
          icc: iccOf(m.iso3),
          profile,
        } satisfies Host,
      ];
    }),
  );
  built.set(data as SiteData, hosts);
  return hosts;
}

/** The host of a visit; a visit naming no member is a content error the check reports first. */
export function hostOf(hosts: ReadonlyMap<string, Host>, visit: { id: string; country: string }): Host {
  const host = hosts.get(visit.country);
  if (!host) throw new Error(`visit ${visit.id} names ${visit.country}, which is not the page slug of a UN member (npm run check:content names it)`);
  return host;
}
