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
  /** Translations for one record only, by record and English string (`scopedKey`): they win over `texts` there. */
  scoped?: ReadonlyMap<string, string>;
  /** Where each entry is written: `content/translations/ru/visits.yaml`, entry index. */
  entries: readonly { en: string; file: string; index: number; record?: string | undefined }[];
}

/** The key of a translation for one record only. */
export const scopedKey = (record: string, en: string) => `${record}\u0000${en}`;

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
    const scoped = new Map<string, string>();
    const entries: { en: string; file: string; index: number; record?: string | undefined }[] = [];
    if (!existsSync(dir)) return { lang, texts, scoped, entries };
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
        for (const issue of result.error.issues) {
          problems.push({ file, field: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''), value: 'input' in issue ? issue.input : undefined, expected: issue.message });
        }
        continue;
      }
      result.data.forEach((entry, index) => {
        if (entry.record) {
          scoped.set(scopedKey(entry.record, entry.en), entry.text);
          entries.push({ en: entry.en, file, index, record: entry.record });
          return;
        }
        const earlier = texts.get(entry.en);
        if (earlier !== undefined && earlier !== entry.text) {
          problems.push({ file, field: `[${index}].text`, value: entry.text, expected: `one translation per English string in an edition: “${entry.en.slice(0, 60)}” is already translated differently (${entries.find((e) => e.en === entry.en)?.file})` });
        }
        texts.set(entry.en, entry.text);
        entries.push({ en: entry.en, file, index });
      });
    }
    return { lang, texts, scoped, entries };
  });
}

/** What an edition lacks: English strings of the records with no translation, and entries no record has (orphaned). */
export interface TranslationStatus {
  lang: string;
  total: number;
  missing: { en: string; at: DataTextAt }[];
  orphaned: { en: string; file: string; index: number }[];
}

/** The status of one edition's translations against the data: every translatable string of the records. */
export function translationStatus(data: SiteData, translations: Translations): TranslationStatus {
  const wanted = dataTexts(data);
  const english = new Set(wanted.map((t) => t.en));
  const inRecord = new Set(wanted.map((t) => scopedKey(t.at.record, t.en)));
  const seen = new Set<string>();
  const translated = (t: (typeof wanted)[number]) => translations.texts.has(t.en) || Boolean(translations.scoped?.has(scopedKey(t.at.record, t.en)));
  const missing = wanted.filter((t) => !translated(t) && !seen.has(t.en) && seen.add(t.en));
  const orphaned = translations.entries.filter((e) => (e.record ? !inRecord.has(scopedKey(e.record, e.en)) : !english.has(e.en)));
  return { lang: translations.lang, total: english.size, missing, orphaned };
}

/**
 * The data an edition renders: every record's words in its language, English where a translation is missing,
 * marked so that pages show it as English (src/render/untranslated.ts).
 */
export function editionData(data: SiteData, translations: Translations | undefined): SiteData {
  const texts = translations?.texts ?? new Map<string, string>();
  const scoped = translations?.scoped ?? new Map<string, string>();
  return mapDataText(data, (en, at) => scoped.get(scopedKey(at.record, en)) ?? texts.get(en) ?? markUntranslated(en));
}
