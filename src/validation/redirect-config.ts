import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { profileRedirects } from '../lib/redirects.ts';
import { COLLECTION_FOLDERS, contentRoot } from './content-layout.ts';
import { parseContentFile } from './parse-file.ts';

/**
 * Astro's `redirects` for profile aliases, read from the countries' front matter when the config loads.
 * Malformed files are skipped here: the content check reports them before anything is built.
 */
export function profileRedirectConfig(projectRoot: string): Record<string, string> {
  const dir = join(contentRoot(projectRoot), COLLECTION_FOLDERS.countries.folder);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  } catch {
    return {};
  }
  const countries = files.flatMap((file) => {
    const parsed = parseContentFile(join(dir, file));
    if ('error' in parsed) return [];
    const data = parsed.data as { iso3?: unknown; aliases?: unknown };
    if (typeof data.iso3 !== 'string') return [];
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    return [{ slug: file.replace(/\.mdx$/, ''), iso3: data.iso3, aliases }];
  });
  return Object.fromEntries([...profileRedirects(countries)].map(([from, to]) => [`/countries/${from}/`, `/countries/${to}/`]));
}
