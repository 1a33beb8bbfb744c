import { createHash } from 'node:crypto';

/**
 * The hash a translation records of the English it was made from: the first 10 hex digits of the text's SHA-256,
 * after trimming. Ten digits tell any two versions of one sentence apart; a translator never types it (npm run
 * i18n:checked writes it).
 */
export const englishHash = (english: string): string => createHash('sha256').update(english.trim()).digest('hex').slice(0, 10);
