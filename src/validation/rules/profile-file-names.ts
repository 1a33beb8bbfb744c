import { basename } from 'node:path';
import { isCleanSlug, slugFromFileName } from '../../model/slug.ts';
import type { Problem } from '../problem.ts';

/**
 * A profile's file name is its URL (/countries/<slug>/). Upper case, spaces or accents would publish the page
 * at a cleaned URL while links and redirects used the raw name, so such names are refused with the right one.
 */
export function profileFileNameProblems(files: readonly string[]): Problem[] {
  return files.flatMap((file) => {
    const name = basename(file).replace(/\.[^.]+$/, '');
    if (isCleanSlug(name)) return [];
    const slug = slugFromFileName(name);
    const rename = slug ? `rename it to ${slug}${file.slice(file.lastIndexOf('.'))}` : 'name it after the country in lower-case English words joined by hyphens';
    return [{ file, field: '', value: basename(file), expected: `expected a file name that is a URL slug (lower-case letters, digits and hyphens; no spaces or accents): ${rename}` }];
  });
}
