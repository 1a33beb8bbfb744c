import type { SiteLocale } from '../i18n/locale.ts';

/**
 * Every internal link the site writes, built in one place: pages, anchors on them, share cards, downloads, the feed
 * and embeds. An edition lives under its locale's path prefix (English at the root), so adding one changes no call
 * site. Builders take ids (a slug, a layer id, a file name), never a URL to take apart.
 */
export interface Urls {
  /** The explainer, the front page. */
  home(): string;
  /** The country list, or a section of it (`#ally`, `#every-member`). */
  countries(anchor?: string): string;
  /** A member's profile or data page, or a section of it (`#icc`, `#visit-2024-06-19-north-korea`). */
  country(slug: string, anchor?: string): string;
  /** The trip map, or an anchor on it (`#trip-2024-06-19-north-korea`). */
  tripMap(anchor?: string): string;
  /** A country layer of the map by its id: `icc`, `blocs/csto`, `votes/a-res-es-11-1`. */
  layer(id: string): string;
  /** The vote table, or a row or column of it (an ISO3 code, a resolution id). */
  votes(anchor?: string): string;
  /** The timeline's newest page (no year), or a year's page. */
  timeline(year?: number | string): string;
  /** The data and method page, or a section of it (`#method`, `#alignment`). */
  data(anchor?: string): string;
  /**
   * A download by file name: `countries.csv`. The data files are one set for every edition (their fields and the
   * members' reference names are data, not prose), published at the root.
   */
  download(file: string): string;
  /** A share card by key: a member's slug, `home`, `map`… */
  card(key: string): string;
  /** The Atom feed. */
  feed(): string;
  /** An embed: `map` for the trip map, else a layer id. */
  embed(id: string): string;
  /** The folder every embed is under (the host's framing headers differ there). */
  embeds(): string;
  /** A root-relative path an editor wrote in a content file (`/countries/china/`), in this edition. */
  path(rootRelative: string): string;
}

const built = new Map<string, Urls>();

/** The URL builder of a locale's edition. */
export function urlsFor(locale: SiteLocale): Urls {
  const cached = built.get(locale.tag);
  if (cached) return cached;
  const p = locale.pathPrefix;
  const at = (path: string, anchor?: string) => `${p}${path}${anchor ? `#${anchor}` : ''}`;
  const urls: Urls = {
    home: () => `${p}/`,
    countries: (anchor) => at('/countries/', anchor),
    country: (slug, anchor) => at(`/countries/${slug}/`, anchor),
    tripMap: (anchor) => at('/map/', anchor),
    layer: (id) => at(`/map/${id}/`),
    votes: (anchor) => at('/votes/', anchor),
    timeline: (year) => at(year === undefined ? '/timeline/' : `/timeline/${year}/`),
    data: (anchor) => at('/data/', anchor),
    download: (file) => `/data/${file}`,
    card: (key) => at(`/cards/${key}.png`),
    feed: () => at('/feed.xml'),
    embed: (id) => at(`/embed/${id}/`),
    embeds: () => at('/embed/'),
    path: (rootRelative) => {
      if (!rootRelative.startsWith('/') || rootRelative.startsWith('//')) throw new Error(`not a root-relative path: ${rootRelative}`);
      return `${p}${rootRelative}`;
    },
  };
  built.set(locale.tag, urls);
  return urls;
}

