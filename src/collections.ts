/**
 * The one place pages get data. Site data comes from the content registry's loader (src/validation/check-content.ts),
 * the same code `npm run check`, the build integration and the tests run, so each file is parsed once per build and
 * pages cannot see content the check did not. Only MDX bodies come through astro:content, to be rendered: the
 * profiles' and their translations (the `prose` collection). Everything leaves here as plain, explicitly sorted data, so the model and views stay free of Astro.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { contentRoot } from './content-registry.ts';
import type { SiteData } from './model/records.ts';
import { checkContent, contentVersion, toSiteData } from './validation/check-content.ts';
import { byCodePoint } from './model/order.ts';
import type { SiteLocale } from './i18n/locale.ts';
import { editionData, type Translations } from './validation/translations.ts';

let cached: { version: string; data: SiteData; translations: readonly Translations[]; editions: Map<string, SiteData> } | undefined;

/**
 * All site data; for an edition other than the root one, with the records' words in its language (English where a
 * translation is missing, marked so the page shows it as English: src/render/untranslated.ts). A build reads it once; the dev server reads it again whenever a content file changed
 * (any file in content/, including dataset.yaml and the ICC list), so a saved edit shows on the next reload.
 */
export function siteData(locale?: SiteLocale): Promise<SiteData> {
  const root = contentRoot();
  const version = import.meta.env.DEV || !cached ? contentVersion(root) : cached.version;
  if (cached?.version !== version) {
    const checked = checkContent(root);
    cached = { version, data: toSiteData(checked), translations: checked.translations, editions: new Map() };
  }
  if (!locale?.pathPrefix) return Promise.resolve(cached.data);
  const { data, translations, editions } = cached;
  let translated = editions.get(locale.tag);
  if (!translated) {
    translated = editionData(data, translations.find((t) => t.lang === locale.htmlLang));
    editions.set(locale.tag, translated);
  }
  return Promise.resolve(translated);
}

/** Country entries (for rendering profile bodies), sorted by slug. */
export async function countryEntries(): Promise<CollectionEntry<'countries'>[]> {
  return (await getCollection('countries')).sort((a, b) => byCodePoint(a.id, b.id));
}

/**
 * How an edition shows a written text (`countries/iran.mdx`, `explainer.mdx`): its translation, when every block is
 * current; when the English changed since, the older translation with a note or the English, by the edition's choice
 * (content/translations/<lang>/edition.yaml); the English when there is no translation yet.
 */
export type EditionProse =
  | { state: 'current' | 'outdated'; Content: Awaited<ReturnType<typeof render>>['Content'] }
  | { state: 'updating' | 'untranslated' };

export async function editionProse(locale: SiteLocale, english: string): Promise<EditionProse> {
  await siteData();
  const translations = cached!.translations.find((t) => t.lang === locale.htmlLang);
  const status = translations?.prose.get(english);
  if (!translations || !status) return { state: 'untranslated' };
  if (!status.current && translations.settings.whenOutdated === 'english') return { state: 'updating' };
  const entry = await getEntry('prose', `${locale.htmlLang}/${english.replace(/\.mdx$/, '')}`);
  if (!entry) throw new Error(`${status.file}: checked, but not in the prose collection`);
  const { Content } = await render(entry);
  return { state: status.current ? 'current' : 'outdated', Content };
}
