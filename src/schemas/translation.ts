import { z } from 'zod';
import { text } from './common.ts';

/** A hash of the English a translation was made from (src/model/text-hash.ts). */
export const sourceHash = z
  .string({ error: 'expected the hash of the English this translation was made from (npm run i18n:checked writes it)' })
  .regex(/^[0-9a-f]{10}$/, { error: 'expected 10 hex digits, the hash of the English this was translated from (npm run i18n:checked writes it)' });

/**
 * One translated string of the records: `content/translations/<lang>/{visits,resolutions,lists,profiles}.yaml` map
 * each string's key — the record and field, list items by their ids (`countries/ukraine leaders[volodymyr-zelensky].role`;
 * `npm run i18n:status` prints every key) — to its translation and the hash of the English it was made from. When the
 * English changes, the hash no longer matches and the translation is reported outdated, never shown as current.
 */
export const translationEntry = z.strictObject({
  text: text.describe('The translation.'),
  source: sourceHash.optional().describe('The hash of the English it was made from; absent until `npm run i18n:checked` records it (reported as not yet checked).'),
});
export const translationFileSchema = z.record(z.string().regex(/^[a-zA-Z]+\/\S+ \S+$/, { error: 'expected a key such as "countries/ukraine leaders[volodymyr-zelensky].role" (npm run i18n:status lists them)' }), translationEntry);
export type TranslationEntry = z.output<typeof translationEntry>;

/**
 * `content/translations/<lang>/places.yaml`: a glossary of place names (cities Putin visited, capitals), English name →
 * the language's. A name has no older version to go out of date: a renamed place is a new entry.
 */
export const placesFileSchema = z.record(text, text.describe('The place’s name in the edition’s language.'));

/**
 * `content/translations/<lang>/edition.yaml`: what an edition shows where a translation is outdated (its English
 * changed since): the English, marked as English (`english`), or the earlier translation with a visible note that it
 * may be out of date (`translation`). Missing translations always show the English.
 */
export const editionSettingsSchema = z.strictObject({
  whenOutdated: z.enum(['english', 'translation'], { error: 'expected "english" (show the current English, marked) or "translation" (show the older translation with a note)' }),
});
export type EditionSettings = z.output<typeof editionSettingsSchema>;

/** The groups an edition's string translations are filed in, by where their English comes from. */
export const TRANSLATION_GROUPS = ['visits', 'resolutions', 'lists', 'profiles'] as const;

/** The front matter of a translated prose file (a profile's body, the explainer): one hash per block of the English. */
export const proseTranslationSchema = z.strictObject({
  sections: z
    .array(sourceHash)
    .min(1, { error: 'expected one hash per block of the translation' })
    .describe('For each block of this translation (paragraph, heading, footnotes), the hash of the English block it was made from.'),
});
