import type { ContentName, SiteData } from '../content-registry.ts';

/**
 * The records' words: every field of the content that holds English text a reader sees (a trip's occasion, what was
 * signed, a resolution's summary, a note on a bloc tie), as paths into each record. The other fields are data
 * (dates, codes, counts, URLs, enum values) and read the same in every edition. One list drives both the overlays'
 * status (which English strings an edition has translated) and the translated copy of the data an edition renders,
 * so the two never disagree. `[]` steps into every item of a list.
 */
export const TRANSLATABLE: { readonly [K in ContentName]: readonly string[] } = {
  visits: ['event', 'counterpart', 'signed[]', 'notes', 'cities[].name'],
  resolutions: ['name', 'title', 'summary', 'notes', 'provenance', 'article19.note'],
  assemblyVotes: ['note', 'missing[].votes', 'missing[].reason'],
  blocs: ['blocs[].note', 'memberships[].note', 'unconfirmed[].note'],
  unfriendlyStates: ['order', 'title', 'notes[].text', 'amendments[].summary', 'amendments[].note', 'groups[].name', 'unMembers[].note', 'territories[].note'],
  /** The written profiles' words: translated with the profiles themselves (their own overlays); listed so an edition marks them. */
  countries: [
    'capital.name',
    'relationshipNote',
    'summary',
    'leaders[].name',
    'leaders[].role',
    'icc.note',
    'agreements[].title',
    'agreements[].note',
    'support[].allegedBy',
    'support[].text',
    'governmentChanges[].before',
    'governmentChanges[].after',
    'changes[].text',
  ],
  dataset: ['citation'],
  iccStates: [],
};

/**
 * Where a string of the records sits: the collection, the record (its id, or the file), the field path with each list
 * item's key (`leaders[volodymyr-zelensky].role`), and the path's pattern in TRANSLATABLE (`leaders[].role`).
 */
export interface DataTextAt {
  collection: ContentName;
  record: string;
  field: string;
  pattern: string;
}

/** The key a translation is filed under: `countries/ukraine leaders[volodymyr-zelensky].role`. */
export const textKey = (at: Pick<DataTextAt, 'collection' | 'record' | 'field'>): string => `${at.collection}/${at.record} ${at.field}`;

type Visit = (value: string, at: DataTextAt) => string;

/**
 * A list item's key in a field path (`leaders[volodymyr-zelensky].role`): its `id` (profiles' lists, blocs, groups,
 * territories), a bloc tie's bloc and member, a member's ISO3 code, an amendment's date; otherwise its position. Every
 * translation also records a hash of the English it was made from, so even a position that shifts can never show a
 * translation of other words as current: it is reported as outdated.
 */
function itemKey(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const r = item as Record<string, unknown>;
    if (typeof r.id === 'string') return r.id;
    if (typeof r.bloc === 'string' && typeof r.iso3 === 'string') return `${r.bloc}:${r.iso3}${typeof r.body === 'string' ? `:${r.body}` : ''}`;
    if (typeof r.iso3 === 'string') return r.iso3;
    if (typeof r.date === 'string') return r.date;
  }
  return String(index);
}

/** Walks `path` in `value`, replacing each string it reaches with `visit`'s result (told its concrete path); returns a copy. */
function mapPath(value: unknown, steps: readonly string[], visit: (s: string, field: string) => string, field = ''): unknown {
  if (value === undefined || value === null) return value;
  if (!steps.length) return typeof value === 'string' ? visit(value, field) : value;
  const [step, ...rest] = steps as [string, ...string[]];
  const join = (name: string) => (field && name ? `${field}.${name}` : field || name);
  if (step.endsWith('[]')) {
    const key = step.slice(0, -2);
    const list = key ? (value as Record<string, unknown>)[key] : value;
    if (!Array.isArray(list)) return value;
    const seen = new Map<string, number>();
    const mapped = list.map((item, i) => {
      let k = itemKey(item, i);
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      if (n > 1) k = `${k}#${n}`;
      return mapPath(item, rest, visit, `${join(key)}[${k}]`);
    });
    return key ? { ...(value as object), [key]: mapped } : mapped;
  }
  const obj = value as Record<string, unknown>;
  if (!(step in obj)) return value;
  return { ...obj, [step]: mapPath(obj[step], rest, visit, join(step)) };
}

const stepsOf = (path: string) => path.replace(/\[\]\./g, '[]\u0000').split(/\.|\u0000/);

function recordKey(name: ContentName, record: unknown): string {
  const r = record as { id?: string; slug?: string };
  return r.id ?? r.slug ?? name;
}

/** A string with words to translate: not a bare symbol or code (`A/RES/77/293` in a list of missing votes). */
const hasWords = (s: string) => /\p{L}{2,}/u.test(s.replace(/\b[A-Z]+(?:\/[\w.-]+)+/g, ''));

/** Each translated record's English original. */
const ORIGINAL = new WeakMap<object, object>();

/**
 * A record as the records have it, in English: for the checks that read the words of the data (the trip map's note
 * on a treaty asks that one of the documents signed is a treaty), whichever edition's copy a view holds.
 */
export function englishOf<T extends object>(record: T): T {
  return (ORIGINAL.get(record) as T | undefined) ?? record;
}

/** The data with every translatable string passed through `visit` (told where it sits); the rest shared, unchanged. */
export function mapDataText(data: SiteData, visit: Visit): SiteData {
  const out: Record<string, unknown> = { ...data };
  for (const [name, paths] of Object.entries(TRANSLATABLE) as [ContentName, readonly string[]][]) {
    if (!paths.length) continue;
    const each = (record: unknown) => {
      const copy = paths.reduce((r, pattern) => mapPath(r, stepsOf(pattern), (s, field) => (hasWords(s) ? visit(s, { collection: name, record: recordKey(name, record), field, pattern }) : s)), record);
      if (copy !== record && typeof copy === 'object' && copy) ORIGINAL.set(copy, record as object);
      return copy;
    };
    const value = data[name];
    out[name] = Array.isArray(value) ? value.map(each) : each(value);
  }
  return out as SiteData;
}

/** Every translatable string of the data, with where it sits, in record order. */
export function dataTexts(data: SiteData): { en: string; at: DataTextAt }[] {
  const found: { en: string; at: DataTextAt }[] = [];
  mapDataText(data, (en, at) => {
    found.push({ en, at });
    return en;
  });
  return found;
}
