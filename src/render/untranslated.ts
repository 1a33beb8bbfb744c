/**
 * Words an edition shows in English because no translation exists yet (a record's text added after the last
 * translation pass, a written profile not yet translated). The translated copy of the data wraps each such string in
 * two private-use characters; every output then decides how to show it: an HTML page marks it up as English
 * (`lang="en"`, see `markUpUntranslated`), while outputs that cannot mark part of a text (attributes, image cards,
 * the feed's titles) drop the marks. So English inside another edition is never silent in the page's text.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
/** A translation made from an earlier version of the English, shown by the edition's choice (edition.yaml). */
const OLD_OPEN = '\uE002';
const OLD_CLOSE = '\uE003';
const MARKS = /[\uE000-\uE003]/g;

/** English shown in place of a missing translation. */
export const markUntranslated = (english: string): string => `${OPEN}${english}${CLOSE}`;

/** A translation shown although its English has changed since: marked on the page as possibly out of date. */
export const markOutdated = (translation: string): string => `${OLD_OPEN}${translation}${OLD_CLOSE}`;

/** The text without the marks, for outputs that cannot mark part of a text. */
export const stripUntranslated = (text: string): string => text.replace(MARKS, '');

/** Whether the text holds English shown in place of a translation. */
export const hasUntranslated = (text: string): boolean => text.includes(OPEN);

/** Whether the text holds a translation that may be out of date. */
export const hasOutdated = (text: string): boolean => text.includes(OLD_OPEN);

/** Elements whose content is text only (no child elements), where a mark can only be dropped. */
const RAW = ['title', 'desc', 'script', 'style', 'textarea', 'option'];

/** The innermost of `names` open at `at` in `html` (its last opening tag not closed before `at`), if any. */
function openElement(html: string, at: number, names: readonly string[]): string | undefined {
  let best: { name: string; pos: number } | undefined;
  for (const name of names) {
    const open = Math.max(html.lastIndexOf(`<${name}>`, at), html.lastIndexOf(`<${name} `, at));
    if (open < 0 || html.lastIndexOf(`</${name}>`, at) > open) continue;
    if (!best || open > best.pos) best = { name, pos: open };
  }
  return best?.name;
}

/**
 * An edition's HTML page with every marked string shown for what it is: English in running text as a
 * `<span lang="en">` (in SVG text a `<tspan>`), a translation that may be out of date as a `<span class="outdated">`;
 * in attributes and text-only elements the plain words. Also counts each kind, so the page can carry its notices.
 */
export function markUpUntranslated(html: string): { html: string; marked: number; outdated: number } {
  if (!html.includes(OPEN) && !html.includes(OLD_OPEN)) return { html, marked: 0, outdated: 0 };
  let out = '';
  let from = 0;
  let marked = 0;
  let outdated = 0;
  const next = (i: number) => {
    const a = html.indexOf(OPEN, i);
    const b = html.indexOf(OLD_OPEN, i);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  };
  for (let at = next(0); at >= 0; at = next(from)) {
    const old = html[at] === OLD_OPEN;
    const end = html.indexOf(old ? OLD_CLOSE : CLOSE, at);
    if (end < 0) break;
    out += html.slice(from, at);
    const words = html.slice(at + 1, end);
    const inTag = html.lastIndexOf('<', at) > html.lastIndexOf('>', at);
    if (inTag || openElement(html, at, RAW)) out += words;
    else {
      const tag = openElement(html, at, ['svg']) ? 'tspan' : 'span';
      out += old ? `<${tag} class="outdated">${words}</${tag}>` : `<${tag} lang="en" class="untranslated">${words}</${tag}>`;
      if (old) outdated++;
      else marked++;
    }
    from = end + 1;
  }
  return { html: stripUntranslated(out + html.slice(from)), marked, outdated };
}
