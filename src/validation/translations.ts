import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentName, SiteData } from '../content-registry.ts';
import { dataTexts, mapDataText, textKey, type DataTextAt } from '../model/data-text.ts';
import { englishHash } from '../model/text-hash.ts';
import { markOutdated, markUntranslated } from '../render/untranslated.ts';
import { TRANSLATION_GROUPS, editionSettingsSchema, placesFileSchema, translationFileSchema, type EditionSettings, type TranslationEntry } from '../schemas/translation.ts';
import { parseContentFile } from './parse-file.ts';
import type { Problem } from './problem.ts';
import { ORPHANED, loadProseTranslations, type ProseTranslation } from './prose-translations.ts';

export { ORPHANED };

/** The group (file) each collection's translations are filed in. */
export const GROUP_OF: { readonly [K in ContentName]: (typeof TRANSLATION_GROUPS)[number] } = {
  visits: 'visits',
  resolutions: 'resolutions',
  assemblyVotes: 'lists',
  blocs: 'lists',
  unfriendlyStates: 'lists',
  dataset: 'lists',
  iccStates: 'lists',
  countries: 'profiles',
};

/** Fields holding place names: translated once per name in the places glossary, not per record. */
const PLACE_FIELDS: ReadonlySet<string> = new Set(['cities[].name', 'capital.name']);
export const isPlaceField = (at: Pick<DataTextAt, 'pattern'>) => PLACE_FIELDS.has(at.pattern);

/** One edition's translations: strings of the records by key, place names, prose, and what to show when outdated. */
export interface Translations {
  /** The folder under content/translations/ (the edition's language, `ru`). */
  lang: string;
  settings: EditionSettings;
  /** By key (`countries/ukraine leaders[volodymyr-zelensky].role`), with the file each is written in. */
  texts: ReadonlyMap<string, TranslationEntry & { file: string }>;
  /** English place name → the edition's. */
  places: ReadonlyMap<string, string>;
  /** Translated prose, by the English file's path under content/ (`countries/iran.mdx`, `explainer.mdx`). */
  prose: ReadonlyMap<string, ProseTranslation>;
}

/** The folder holding the editions' translations. */
export const translationsRoot = (contentRoot: string) => join(contentRoot, 'translations');

/** Zod issues as the content check's problems. */
const issuesOf = (file: string, issues: readonly { path: readonly PropertyKey[]; message: string; input?: unknown }[], problems: Problem[]) => {
  for (const issue of issues) problems.push({ file, field: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''), value: issue.input, expected: issue.message });
};

/** A YAML file's data, or undefined with a problem reported. */
function readYaml(path: string, file: string, problems: Problem[]): unknown {
  const parsed = parseContentFile(path);
  if ('error' in parsed) {
    problems.push({ file, field: parsed.field ?? '', value: parsed.text, expected: parsed.error });
    return undefined;
  }
  return parsed.data ?? {};
}

/**
 * Reads `content/translations/<lang>/` for each edition language in `langs`: `edition.yaml` (required), the string
 * groups, `places.yaml`, and the prose under `countries/` and `explainer.mdx`. Reports an unknown file or folder, an
 * invalid entry, and a key filed in the wrong group.
 */
export function loadTranslations(contentRoot: string, projectRoot: string, langs: readonly string[], problems: Problem[]): Translations[] {
  const root = translationsRoot(contentRoot);
  const present = existsSync(root) ? readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()) : [];
  for (const stray of present.filter((d) => !langs.includes(d))) {
    problems.push({ file: relative(projectRoot, join(root, stray)), field: '', value: stray, expected: `expected a folder per edition language (${langs.join(', ')}); add its edition to src/i18n/editions.ts or remove the folder` });
  }
  return langs.map((lang) => {
    const dir = join(root, lang);
    const texts = new Map<string, TranslationEntry & { file: string }>();
    const places = new Map<string, string>();
    let settings: EditionSettings = { whenOutdated: 'english' };
    const known = new Set(['edition.yaml', 'places.yaml', 'countries', 'explainer.mdx', ...TRANSLATION_GROUPS.map((g) => `${g}.yaml`)]);
    const prose = loadProseTranslations(contentRoot, projectRoot, lang, problems);
    if (!existsSync(dir)) return { lang, settings, texts, places, prose };
    const settingsPath = join(dir, 'edition.yaml');
    const settingsFile = relative(projectRoot, settingsPath);
    if (!existsSync(settingsPath)) problems.push({ file: settingsFile, field: 'whenOutdated', value: undefined, expected: 'expected this file, saying what the edition shows where a translation is outdated: whenOutdated: english | translation' });
    else {
      const result = editionSettingsSchema.safeParse(readYaml(settingsPath, settingsFile, problems));
      if (result.success) settings = result.data;
      else issuesOf(settingsFile, result.error.issues, problems);
    }
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const file = relative(projectRoot, path);
      if (!known.has(name)) {
        problems.push({ file, field: '', value: name, expected: `expected only edition.yaml, places.yaml, ${TRANSLATION_GROUPS.map((g) => `${g}.yaml`).join(', ')}, countries/ and explainer.mdx (this one would be ignored)` });
        continue;
      }
      if (name === 'places.yaml') {
        const result = placesFileSchema.safeParse(readYaml(path, file, problems));
        if (result.success) for (const [en, text] of Object.entries(result.data)) places.set(en, text);
        else issuesOf(file, result.error.issues, problems);
        continue;
      }
      const group = TRANSLATION_GROUPS.find((g) => name === `${g}.yaml`);
      if (!group) continue;
      const data = readYaml(path, file, problems);
      if (data === undefined) continue;
      const result = translationFileSchema.safeParse(data);
      if (!result.success) {
        issuesOf(file, result.error.issues, problems);
        continue;
      }
      for (const [key, entry] of Object.entries(result.data)) {
        const collection = key.slice(0, key.indexOf('/')) as ContentName;
        if (GROUP_OF[collection] !== group) {
          problems.push({ file, field: key, value: key, expected: GROUP_OF[collection] ? `expected this key in ${GROUP_OF[collection]}.yaml, where the translations of ${collection} are filed` : `expected a key starting with a collection (${Object.keys(GROUP_OF).join(', ')})` });
          continue;
        }
        texts.set(key, { ...entry, file });
      }
    }
    return { lang, settings, texts, places, prose };
  });
}

/** How one string of the records stands in an edition. */
export type TextState = 'current' | 'outdated' | 'unchecked' | 'missing';

/** An edition's translations against the data: each string's state, and the entries whose key no record has. */
export interface TranslationStatus {
  lang: string;
  total: number;
  current: number;
  /** No translation: shown in English. */
  missing: { en: string; key: string; at: DataTextAt }[];
  /** A translation made from other English (the English changed since), or one whose hash is not recorded yet. */
  outdated: { en: string; key: string; at: DataTextAt; text: string; file: string; unchecked: boolean }[];
  /** Entries whose key no record has (the record, the item or the field is gone): errors in the content check. */
  orphaned: { key: string; file: string }[];
}

/** Each translatable string of the data with its state in `translations`. */
function textStates(data: SiteData, translations: Translations) {
  return dataTexts(data).map((t) => {
    const key = textKey(t.at);
    if (isPlaceField(t.at)) return { ...t, key, state: (translations.places.has(t.en) ? 'current' : 'missing') as TextState, entry: undefined };
    const entry = translations.texts.get(key);
    const state: TextState = !entry ? 'missing' : entry.source === undefined ? 'unchecked' : entry.source === englishHash(t.en) ? 'current' : 'outdated';
    return { ...t, key, state, entry };
  });
}

/** The status of one edition's string translations against the data. */
export function translationStatus(data: SiteData, translations: Translations): TranslationStatus {
  const states = textStates(data, translations);
  const keys = new Set(states.map((s) => s.key));
  const seenPlaces = new Set<string>();
  const missing = states.filter((s) => s.state === 'missing' && !(isPlaceField(s.at) && (seenPlaces.has(s.en) || !seenPlaces.add(s.en)))).map(({ en, key, at }) => ({ en, key, at }));
  const outdated = states.filter((s) => s.state === 'outdated' || s.state === 'unchecked').map(({ en, key, at, entry, state }) => ({ en, key, at, text: entry!.text, file: entry!.file, unchecked: state === 'unchecked' }));
  const orphaned = [...translations.texts].filter(([key]) => !keys.has(key)).map(([key, e]) => ({ key, file: e.file }));
  return { lang: translations.lang, total: states.length, current: states.filter((s) => s.state === 'current').length, missing, outdated, orphaned };
}

/**
 * The data an edition renders: every record's words in its language. A missing translation shows the English, marked
 * as English; an outdated one shows, by the edition's choice (edition.yaml), the English marked as English or the
 * older translation marked as possibly out of date (src/render/untranslated.ts).
 */
export function editionData(data: SiteData, translations: Translations | undefined): SiteData {
  if (!translations) return mapDataText(data, (en) => markUntranslated(en));
  const showOld = translations.settings.whenOutdated === 'translation';
  return mapDataText(data, (en, at) => {
    if (isPlaceField(at)) return translations.places.get(en) ?? markUntranslated(en);
    const entry = translations.texts.get(textKey(at));
    if (!entry) return markUntranslated(en);
    if (entry.source === englishHash(en)) return entry.text;
    return showOld ? markOutdated(entry.text) : markUntranslated(en);
  });
}
