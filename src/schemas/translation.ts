import { z } from 'zod';
import { text } from './common.ts';

/**
 * `content/translations/<locale>/<group>.yaml`: an edition's translations of the records' words (src/model/data-text.ts
 * lists which fields those are). Each entry pairs the exact English string with its translation; an English string
 * with no entry is shown in English, marked as such, and listed by `npm run i18n:status`. Entries are keyed by the
 * English itself, so an edit to the English leaves the old entry unmatched (reported as orphaned) until a translator
 * updates it: a stale translation is never shown as current.
 */
export const translationEntry = z.strictObject({
  en: text.describe('The English string exactly as the record has it.'),
  text: text.describe('Its translation.'),
  record: text
    .optional()
    .describe('Only for this record (a profile’s slug, a visit’s id): where one English string needs another translation in one place, such as a role a woman holds (“Prime Minister” → “Ministerpräsidentin”).'),
});
export const translationFileSchema = z.array(translationEntry).describe('Translations of the records’ English strings, one entry per string.');
export type TranslationEntry = z.output<typeof translationEntry>;

/** The groups an edition's translations are filed in, by where their English comes from. */
export const TRANSLATION_GROUPS = ['visits', 'resolutions', 'lists', 'places', 'profiles'] as const;
