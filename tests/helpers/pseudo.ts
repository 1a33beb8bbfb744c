/**
 * A pseudo-locale: every UI string accented and made ~40% longer, its {slots}, `code` and <tags> kept, so that
 * English left in a view's output, or a layout that does not hold longer words, shows without a translation.
 */
const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', c: 'ç', n: 'ñ', s: 'š', t: 'ţ', h: 'ĥ', d: 'ð', g: 'ĝ', r: 'ŕ', w: 'ŵ', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', C: 'Ç', N: 'Ñ', S: 'Š', T: 'Ţ', H: 'Ĥ', D: 'Ð', G: 'Ĝ', R: 'Ŕ', W: 'Ŵ' };
/** Accents letters outside `{slots}` and `code` spans, and pads the text by about 40%. */
export function pseudo(text: string): string {
  const accented = text.split(/(\{[^{}]*\}|`[^`]*`|<[^>]*>)/).map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c))).join('');
  return accented.trim() ? `${accented}${'·'.repeat(Math.ceil(text.length * 0.4))}` : accented;
}
export function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return pseudo(value);
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const out = (value as (...a: unknown[]) => unknown)(...args);
      if (typeof out !== 'string') return pseudoValue(out);
      // The arguments are data (names, counts, dates) and keep their letters; only the template's words change.
      const shown = args.filter((a): a is string | number => typeof a === 'string' || typeof a === 'number').map(String).filter(Boolean);
      const marks: string[] = [];
      let marked = out;
      for (const a of [...shown].sort((x, y) => y.length - x.length)) marked = marked.split(a).join(`{${marks.push(a) - 1}}`);
      return pseudo(marked).replace(/\{(\d+)\}/g, (_, i: string) => marks[Number(i)]!);
    };
  }
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string' && [...v].length === 1) ? value : value.map(pseudoValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoValue(v)]));
  return value;
}
