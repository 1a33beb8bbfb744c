import { en, type Messages } from './en.ts';
import { SITE_LOCALE, type SiteLocale } from './locale.ts';

/** The site's locale, for a component that takes its words and its `lang` from this one module. */
export { SITE_LOCALE };

/** One messages module per locale tag. */
const MESSAGES: Record<string, Messages> = { 'en-GB': en };

/** The UI strings for a locale (the site's by default). */
export function messages(locale: SiteLocale = SITE_LOCALE): Messages {
  const found = MESSAGES[locale.tag];
  if (!found) throw new Error(`no UI strings for locale ${locale.tag}: add a module to src/i18n/ and register it in messages.ts`);
  return found;
}
