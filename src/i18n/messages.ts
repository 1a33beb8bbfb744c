import type { Messages } from './en.ts';
import { editionOf } from './editions.ts';
import type { SiteLocale } from './locale.ts';

/** The UI strings of a locale's edition (a page takes them from its render context: src/render/context.ts). */
export function messages(locale: SiteLocale): Messages {
  return editionOf(locale).messages;
}
