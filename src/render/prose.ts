import { formatDate } from './format.ts';

/**
 * A piece of running text a page renders (src/components/layout/ProseSegments.astro): plain words, a date (shown as
 * `<time>`), a bold label, a computed explainer fact by name (shown as `<Fact>`, its list items linked), a link, or
 * a code name (a field or file name, shown as `<code>`).
 */
export type ProseSegment = { text: string } | { date: string } | { strong: string } | { fact: string } | { link: string; href: string } | { code: string };

/** What fills a `{slot}`: plain words, one segment, or several. */
export type ProseSlot = string | ProseSegment | readonly ProseSegment[];

/**
 * A UI string with `{slot}` placeholders (src/i18n/en.ts) as segments, each slot filled from `slots`; neighbouring
 * words merge into one text segment. A placeholder with no slot is a mistake in the strings and throws.
 */
export function fillProse(template: string, slots: Readonly<Record<string, ProseSlot>> = {}): ProseSegment[] {
  const out: ProseSegment[] = [];
  const push = (s: ProseSegment) => {
    const last = out.at(-1);
    if ('text' in s && last && 'text' in last) out[out.length - 1] = { text: last.text + s.text };
    else if (!('text' in s) || s.text) out.push(s);
  };
  template.split(/(\{[^{}]+\})/).forEach((part, i) => {
    if (i % 2 === 0) return push({ text: part });
    const name = part.slice(1, -1);
    const slot = slots[name];
    if (slot === undefined) throw new Error(`no value for {${name}} in “${template}”`);
    if (typeof slot === 'string') push({ text: slot });
    else if (Array.isArray(slot)) (slot as readonly ProseSegment[]).forEach(push);
    else push(slot as ProseSegment);
  });
  return out;
}

/** A UI string with `{slot}` placeholders filled with words: `fillText('{n} of {total}', { n: '3', total: '10' })`. */
export function fillText(template: string, slots: Readonly<Record<string, string>>): string {
  return fillProse(template, slots).map((s) => ('text' in s ? s.text : '')).join('');
}

/**
 * A UI string whose code names are set in backticks (`` `region` is the continent… ``), as segments: each name a
 * code segment, the rest filled as by fillProse.
 */
export function fillCodeProse(template: string, slots: Readonly<Record<string, ProseSlot>> = {}): ProseSegment[] {
  return template.split('`').flatMap((part, i): ProseSegment[] => (i % 2 ? [{ code: part }] : fillProse(part, slots)));
}

/** Several filled templates in a row, as one run of segments, joined by `separator`. */
export function joinProse(parts: readonly (readonly ProseSegment[])[], separator = ' '): ProseSegment[] {
  return fillProse(parts.map((_, i) => `{${i}}`).join(separator), Object.fromEntries(parts.map((p, i) => [String(i), p])));
}

/** The segments as plain text (a description, a test): dates formatted for the locale, facts through `fact`. */
export function proseText(segments: readonly ProseSegment[], tag: string, fact: (name: string) => string = (name) => `{${name}}`): string {
  return segments
    .map((s) => ('text' in s ? s.text : 'date' in s ? formatDate(s.date, tag) : 'strong' in s ? s.strong : 'link' in s ? s.link : 'code' in s ? s.code : fact(s.fact)))
    .join('');
}
