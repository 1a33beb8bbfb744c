/**
 * The one slug function: a content file's name (without extension) → the id and URL segment it publishes under.
 * Accents are dropped (`côte` → `cote`), letters lowered, every other run of characters becomes one hyphen.
 * Pages (the content loaders' ids), Astro's redirects, `_redirects` and the content check all derive from it,
 * and the check rejects a file whose name is not already its own slug, so a URL never differs from its file.
 */
export function slugFromFileName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when a file name is already the slug it publishes under. */
export function isCleanSlug(name: string): boolean {
  return name !== '' && slugFromFileName(name) === name;
}
