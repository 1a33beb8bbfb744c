/** Elements that hold no text a reader sees. */
const SKIP = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp', 'textarea']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'use', 'stop']);

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[e.toLowerCase()]!,
  );

/**
 * The page's visible text runs (and the attributes readers meet: alt, title, aria-label, placeholder, content of
 * the description), each with the language it is marked as: the nearest `lang` of its element or an ancestor.
 * A small tokenizer, enough for the markup Astro writes (no scripts or comments hold text we read).
 */
export function textRuns(html: string): { text: string; lang: string; where: string }[] {
  const runs: { text: string; lang: string; where: string }[] = [];
  const stack: { name: string; lang: string | undefined }[] = [];
  const langNow = () => [...stack].reverse().find((e) => e.lang)?.lang ?? '';
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
  let last = 0;
  let skipping = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = body.slice(last, m.index);
    if (!skipping && text.trim()) runs.push({ text: decode(text).trim(), lang: langNow(), where: stack.map((e) => e.name).join('>') });
    last = tag.lastIndex;
    const [, closing, rawName, attrs, selfClosing] = m;
    const name = rawName!.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
      continue;
    }
    const lang = /\slang="([^"]*)"/.exec(` ${attrs}`)?.[1];
    const own = lang ?? langNow();
    for (const [, attr, value] of attrs!.matchAll(/\s(alt|title|aria-label|placeholder|content)="([^"]*)"/g)) {
      if (attr === 'content' && !/name="description"|property="og:(title|description)"/.test(attrs!)) continue;
      if (value!.trim()) runs.push({ text: decode(value!).trim(), lang: own, where: `${[...stack.map((e) => e.name), name].join('>')}@${attr}` });
    }
    if (selfClosing || VOID.has(name)) continue;
    stack.push({ name, lang });
    if (SKIP.has(name)) skipping++;
  }
  return runs;
}

/** Common English words that no Ukrainian, Russian or German sentence holds. */
const ENGLISH_WORDS = /\b(the|and|of|with|from|has|have|was|were|which|since|voted|trips?|votes?|country|countries|member|members|page|map|not|this|that|their|its|on|in|to)\b/gi;

/**
 * English in a text run of another language: two or more distinct common English words (one could be a name or
 * an abbreviation), or a Latin-script sentence in a Cyrillic edition.
 */
export function looksEnglish(text: string, lang: string): boolean {
  const words = new Set((text.match(ENGLISH_WORDS) ?? []).map((w) => w.toLowerCase()));
  if (lang === 'de') {
    words.delete('in');
    words.delete('was');
  }
  return words.size >= 2;
}
