import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SiteData } from '../content-registry.ts';
import { dataTexts, mapDataText, type DataTextAt } from '../model/data-text.ts';
import { markUntranslated } from '../render/untranslated.ts';
import { TRANSLATION_GROUPS, translationFileSchema } from '../schemas/translation.ts';
import { parseContentFile } from './parse-file.ts';
import type { Problem } from './problem.ts';

/** One edition's translations of the records' words: English string → translation, and the file each came from. */
export interface Translations {
  /** The folder under content/translations/ (the edition's language, `ru`). */
  lang: string;
  texts: ReadonlyMap<string, string>;
  /** Where each entry is written: `content/translations/ru/visits.yaml`, entry index. */
  entries: readonly { en: string; file: string; index: number }[];
}

/** The folder holding the editions' translations. */
export const translationsRoot = (contentRoot: string) => join(contentRoot, 'translations');

/**
 * Reads `content/translations/<lang>/*.yaml` for each edition language in `langs`: each file a list of entries
 * (src/schemas/translation.ts). Reports a file outside the known groups, an invalid entry, and one English string
 * translated twice within an edition (the same string reads the same everywhere in one edition).
 */
export function loadTranslations(contentRoot: string, projectRoot: string, langs: readonly string[], problems: Problem[]): Translations[] {
  const root = translationsRoot(contentRoot);
  const present = existsSync(root) ? readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()) : [];
  for (const stray of present.filter((d) => !langs.includes(d))) {
    problems.push({ file: relative(projectRoot, join(root, stray)), field: '', value: stray, expected: `expected a folder per edition language (${langs.join(', ')}); add its edition to src/i18n/editions.ts or remove the folder` });
  }
  return langs.map((lang) => {
    const dir = join(root, lang);
    const texts = new Map<string, string>();
    const entries: { en: string; file: string; index: number }[] = [];
    if (!existsSync(dir)) return { lang, texts, entries };
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const file = relative(projectRoot, path);
      if (!TRANSLATION_GROUPS.some((g) => name === `${g}.yaml`)) {
        problems.push({ file, field: '', value: name, expected: `expected only the files ${TRANSLATION_GROUPS.map((g) => `${g}.yaml`).join(', ')} (this one would be ignored)` });
        continue;
      }
      const parsed = parseContentFile(path);
      if ('error' in parsed) {
        problems.push({ file, field: parsed.field ?? '', value: parsed.text, expected: parsed.error });
        continue;
      }
      const result = translationFileSchema.safeParse(parsed.data ?? []);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ file, field: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''), value: undefined, expected: issue.message });
        continue;
      }
      result.data.forEach((entry, index) => {
        const earlier = texts.get(entry.en);
        if (earlier !== undefined && earlier !== entry.text) {
          problems.push({ file, field: `[${index}].text`, value: entry.text, expected: `one translation per English string in an edition: “${entry.en.slice(0, 60)}” is already translated differently (${entries.find((e) => e.en === entry.en)?.file})` });
        }
        texts.set(entry.en, entry.text);
        entries.push({ en: entry.en, file, index });
      });
    }
    return { lang, texts, entries };
  });
}

/** What an edition lacks: English strings of the records with no translation, and entries no record has (orphaned). */
export interface TranslationStatus {
  lang: string;
  total: number;
  missing: { en: string; at: DataTextAt }[];
  orphaned: { en: string; file: string; index: number }[];
}

/**
 * The status of one edition's translations against the data. `skip` leaves out collections translated elsewhere
 * (the written profiles, translated with their bodies).
 */
export function translationStatus(data: SiteData, translations: Translations, skip: readonly string[] = ['countries']): TranslationStatus {
  const wanted = dataTexts(data).filter((t) => !skip.includes(t.at.collection));
  const english = new Set(dataTexts(data).map((t) => t.en));
  const seen = new Set<string>();
  const missing = wanted.filter((t) => !translations.texts.has(t.en) && !seen.has(t.en) && seen.add(t.en));
  return { lang: translations.lang, total: new Set(wanted.map((t) => t.en)).size, missing, orphaned: translations.entries.filter((e) => !english.has(e.en)) };
}

/**
 * The data an edition renders: every record's words in its language, English where a translation is missing,
 * marked so that pages show it as English (src/render/untranslated.ts).
 */
export function editionData(data: SiteData, translations: Translations | undefined): SiteData {
  const texts = translations?.texts ?? new Map<string, string>();
  return mapDataText(data, (en) => texts.get(en) ?? markUntranslated(en));
}
