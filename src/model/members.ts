import { UN_MEMBERS, type M49Region } from '../schemas/un-members.ts';
import { slugFromFileName } from './slug.ts';
import { byCodePoint, byRootName } from './order.ts';

/** A UN member state as the site publishes it: every one has a page at /countries/<slug>/. */
export interface Member {
  iso3: string;
  isoNumeric: string;
  /**
   * The reference list's short English name (src/schemas/un-members.ts): the stored order and the data files. Pages
   * show the edition's names table instead.
   */
  name: string;
  region: M49Region;
  /** The profile's file name where there is one, otherwise the slug of the member's name. */
  slug: string;
  /** True when content/countries/<slug>.mdx holds a written profile; otherwise the page is drawn from the records. */
  profiled: boolean;
  /** Other slugs that redirect to this member's page forever (ISO3 excluded: every member gets that one). */
  aliases: string[];
}

/**
 * Common other names readers type into a URL, for members without a written profile (a profile declares its
 * own in front matter). Frozen with every other slug in tests/published-slugs.json.
 */
const MEMBER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CIV: ['ivory-coast'],
  COD: ['democratic-republic-of-the-congo', 'drc'],
  COG: ['congo-brazzaville'],
  CPV: ['cape-verde'],
  CZE: ['czech-republic'],
  FSM: ['federated-states-of-micronesia'],
  GBR: ['uk', 'great-britain'],
  KOR: ['republic-of-korea'],
  LAO: ['lao-pdr'],
  MKD: ['macedonia'],
  MMR: ['burma'],
  RUS: ['russian-federation'],
  SWZ: ['swaziland'],
  TLS: ['east-timor'],
  TUR: ['turkey'],
};

/** A written profile as the member list needs it. */
export interface ProfileRef {
  slug: string;
  iso3: string;
  aliases?: readonly string[] | undefined;
}

/**
 * All 193 UN members, stored in the root collation of their names (src/model/order.ts), each with the slug its page publishes under. A written
 * profile (matched by ISO3) lends its slug and aliases; the member's own name slug then redirects to it.
 */
export function memberList(profiles: readonly ProfileRef[]): Member[] {
  const byIso3 = new Map(profiles.map((p) => [p.iso3, p]));
  return UN_MEMBERS.map((m) => {
    const profile = byIso3.get(m.iso3);
    const nameSlug = slugFromFileName(m.name);
    const slug = profile?.slug ?? nameSlug;
    const aliases = [...new Set([...(profile?.aliases ?? []), ...(MEMBER_ALIASES[m.iso3] ?? []), nameSlug])].filter((a) => a !== slug);
    return { iso3: m.iso3, isoNumeric: m.isoNumeric, name: m.name, region: m.region, slug, profiled: Boolean(profile), aliases };
  }).sort(byRootName);
}

/** Where every alias and ISO3 code of a member sends the reader: alias slug → canonical slug. */
export function memberRedirects(members: readonly Member[]): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const m of members) {
    // ISO3 codes in lower case only: upper- and mixed-case forms are lowered by the 404 page (and by hosts
    // whose redirect rules ignore case), and two folders differing only in case break on macOS checkouts.
    for (const alias of [...m.aliases, m.iso3.toLowerCase()]) if (alias !== m.slug) redirects.set(alias, m.slug);
  }
  return new Map([...redirects].sort(([a], [b]) => byCodePoint(a, b)));
}

const REFERENCE_NAMES: ReadonlyMap<string, string> = new Map(UN_MEMBERS.map((m) => [m.iso3, m.name]));
/**
 * A member's short English name on the UN's reference list, for the published data files and for matching sources;
 * never shown on a page, where names come from the edition's names table. An ISO3 code of no member throws.
 */
export function referenceName(iso3: string): string {
  const name = REFERENCE_NAMES.get(iso3);
  if (!name) throw new Error(`${iso3} is not a UN member's ISO3 code`);
  return name;
}
