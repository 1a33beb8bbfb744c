import { resolve } from 'node:path';
import type { SiteData } from '../../src/model/records.ts';
import { checkContent, toSiteData } from '../../src/validation/check-content.ts';
import { editionData } from '../../src/validation/translations.ts';
import type { SiteLocale } from '../../src/i18n/locale.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The real content folder. */
export const CONTENT_DIR = resolve(ROOT, 'content');

/** The real content, checked and shaped exactly as the pages receive it (the same toSiteData as src/collections.ts). */
export function realSiteData(): SiteData {
  return siteDataFrom(CONTENT_DIR, ROOT);
}

/** The real content as an edition renders it: its records' words translated (English marked where missing). */
export function realEditionData(locale: SiteLocale): SiteData {
  const checked = checkContent(CONTENT_DIR, ROOT);
  if (!locale.pathPrefix) return toSiteData(checked);
  return editionData(toSiteData(checked), checked.translations.find((t) => t.lang === locale.htmlLang));
}

/** A content tree (e.g. a fixture), checked and shaped as the pages receive it. */
export function siteDataFrom(contentDir: string, projectRoot: string = contentDir): SiteData {
  return toSiteData(checkContent(contentDir, projectRoot));
}

/** Absolute end point of compact relative path data (`m x y dx dy …`), for checking where a route lands. */
export function pathEnd(d: string): [number, number] {
  const numbers = [...d.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
  let x = 0;
  let y = 0;
  for (let i = 0; i < numbers.length; i += 2) {
    x += numbers[i]!;
    y += numbers[i + 1]!;
  }
  return [x, y];
}
