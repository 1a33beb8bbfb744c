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

/** Where a string of the records sits: the collection, the record (its id, or the file) and the field path. */
export interface DataTextAt {
  collection: ContentName;
  record: string;
  field: string;
}

type Visit = (value: string, at: DataTextAt) => string;

/** Walks `path` in `value`, replacing each string it reaches with `visit`'s result; returns a copy (never mutates). */
function mapPath(value: unknown, steps: readonly string[], visit: (s: string) => string): unknown {
  if (value === undefined || value === null) return value;
  if (!steps.length) return typeof value === 'string' ? visit(value) : value;
  const [step, ...rest] = steps as [string, ...string[]];
  if (step.endsWith('[]')) {
    const key = step.slice(0, -2);
    const list = key ? (value as Record<string, unknown>)[key] : value;
    if (!Array.isArray(list)) return value;
    const mapped = list.map((item) => mapPath(item, rest, visit));
    return key ? { ...(value as object), [key]: mapped } : mapped;
  }
  const obj = value as Record<string, unknown>;
  if (!(step in obj)) return value;
  return { ...obj, [step]: mapPath(obj[step], rest, visit) };
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
      const copy = paths.reduce((r, field) => mapPath(r, stepsOf(field), (s) => (hasWords(s) ? visit(s, { collection: name, record: recordKey(name, record), field }) : s)), record);
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
