import { en, type Messages } from './en.ts';
import type { SiteLocale } from './locale.ts';

/** One messages module per locale tag. */
const MESSAGES: Record<string, Messages> = { 'en-GB': en };

/** The UI strings of a locale's edition (a page takes them from its render context: src/render/context.ts). */
export function messages(locale: SiteLocale): Messages {
  const found = MESSAGES[locale.tag];
  if (!found) throw new Error(`no UI strings for locale ${locale.tag}: add a module to src/i18n/ and register it in messages.ts`);
  return found;
}
