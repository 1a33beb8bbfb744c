import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { englishHash } from '../model/text-hash.ts';
import { proseTranslationSchema } from '../schemas/translation.ts';
import { parseContentFile } from './parse-file.ts';
import type { Problem } from './problem.ts';

/** The start of the content check's message for a translation whose English is gone (`npm run i18n:status` lists those). */
export const ORPHANED = 'expected a translation of words the records have:';

/**
 * Translated prose: a written profile's body (`content/translations/<lang>/countries/<slug>.mdx`) or the explainer
 * (`content/translations/<lang>/explainer.mdx`). The translation keeps the English file's blocks — paragraphs,
 * headings, the footnotes — one for one, and its front matter lists, per block, the hash of the English block it was
 * made from. Comparing those with the English as it is now says which blocks are current, outdated (the English block
 * changed), missing (an English block with no translation) or orphaned (a translated block whose English is gone).
 */
export type BlockState = 'current' | 'outdated' | 'missing' | 'orphaned';

export interface ProseTranslation {
  /** The translation's path from the project root. */
  file: string;
  /** The English file's path under content/ (`countries/iran.mdx`). */
  english: string;
  /** Per English block, in order, and per orphaned translated block: its state, with both texts where they exist. */
  blocks: { state: BlockState; en?: string; text?: string; englishIndex?: number }[];
  /** Whether every block is current: the translation can be shown as it is. */
  current: boolean;
}

/** The blocks of an MDX body (after any front matter): separated by blank lines. */
export function proseBlocks(source: string): string[] {
  const body = source.replace(/^\uFEFF/, '').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return body.trim().split(/\r?\n[ \t]*\r?\n/).map((b) => b.trim()).filter(Boolean);
}

/** The English prose files that can be translated, by path under content/. */
export function englishProseFiles(contentRoot: string): string[] {
  const profiles = existsSync(join(contentRoot, 'countries')) ? readdirSync(join(contentRoot, 'countries')).filter((f) => f.endsWith('.mdx')).sort().map((f) => `countries/${f}`) : [];
  return [...(existsSync(join(contentRoot, 'explainer.mdx')) ? ['explainer.mdx'] : []), ...profiles];
}

/** Index pairs of the longest common subsequence of two lists of hashes. */
function commonBlocks(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const len = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Pairs the English blocks with the translated ones by the hashes the translation recorded: equal hashes are the
 * same English (current); between two such anchors, blocks pair in order (outdated), and what is left over is missing
 * (English) or orphaned (translation).
 */
export function alignProse(english: readonly string[], translated: readonly string[], sections: readonly string[]): ProseTranslation['blocks'] {
  const hashes = english.map(englishHash);
  const anchors = [...commonBlocks(hashes, sections), [english.length, translated.length] as [number, number]];
  const blocks: ProseTranslation['blocks'] = [];
  let i = 0;
  let j = 0;
  for (const [ai, aj] of anchors) {
    while (i < ai && j < aj) blocks.push({ state: 'outdated', en: english[i]!, text: translated[j++]!, englishIndex: i++ });
    while (i < ai) blocks.push({ state: 'missing', en: english[i]!, englishIndex: i++ });
    while (j < aj) blocks.push({ state: 'orphaned', text: translated[j++]! });
    if (ai < english.length) blocks.push({ state: 'current', en: english[ai]!, text: translated[aj]!, englishIndex: ai });
    i = ai + 1;
    j = aj + 1;
  }
  return blocks;
}

const all = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => m[0]).sort().join(' ');
/** What a block must carry over from its English unchanged: footnote references and definitions, link targets, components. */
const PLACEHOLDERS: [string, RegExp][] = [
  ['footnote references', /\[\^\w+\](?!:)/g],
  ['footnote definitions', /^\[\^\w+\]:/gm],
  ['link targets', /\]\([^)\s]*\)/g],
  ['components', /<(?:Fact|ShiftChart)\b[^>]*\/>/g],
];

/** Reads and checks one edition's translated prose; reports structure problems (orphaned blocks, broken placeholders). */
export function loadProseTranslations(contentRoot: string, projectRoot: string, lang: string, problems: Problem[]): Map<string, ProseTranslation> {
  const dir = join(contentRoot, 'translations', lang);
  const out = new Map<string, ProseTranslation>();
  const files = [
    ...(existsSync(join(dir, 'explainer.mdx')) ? ['explainer.mdx'] : []),
    ...(existsSync(join(dir, 'countries')) ? readdirSync(join(dir, 'countries')).sort().map((f) => `countries/${f}`) : []),
  ];
  for (const english of files) {
    const path = join(dir, english);
    const file = relative(projectRoot, path);
    const englishPath = join(contentRoot, english);
    if (!english.endsWith('.mdx') || !existsSync(englishPath)) {
      problems.push({ file, field: '', value: english, expected: `expected the translation of an English file: content/${english} does not exist (delete this translation, or rename it after the profile)` });
      continue;
    }
    const parsed = parseContentFile(path);
    if ('error' in parsed) {
      problems.push({ file, field: parsed.field ?? '', value: parsed.text, expected: parsed.error });
      continue;
    }
    const result = proseTranslationSchema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.'), value: issue.input, expected: issue.message });
      continue;
    }
    const translated = proseBlocks(readFileSync(path, 'utf8'));
    const { sections } = result.data;
    if (sections.length !== translated.length) {
      problems.push({ file, field: 'sections', value: `${sections.length} hashes`, expected: `expected one hash per block of the translation (it has ${translated.length} blocks, separated by blank lines)` });
      continue;
    }
    const blocks = alignProse(proseBlocks(readFileSync(englishPath, 'utf8')), translated, sections);
    for (const [index, block] of blocks.entries()) {
      if (block.state === 'orphaned') {
        problems.push({ file, field: `block ${translated.indexOf(block.text!) + 1}`, value: block.text!.slice(0, 80), expected: `${ORPHANED} this block's English is gone (delete it, or translate the new English block in its place and run npm run i18n:checked)` });
      }
      if (block.state === 'current') {
        for (const [what, re] of PLACEHOLDERS) {
          if (all(block.en!, re) !== all(block.text!, re)) problems.push({ file, field: `block ${index + 1}`, value: all(block.text!, re) || '(none)', expected: `expected the ${what} of the English block: ${all(block.en!, re) || '(none)'}` });
        }
      }
    }
    const references = new Set(translated.join('\n').match(/\[\^\w+\](?!:)/g) ?? []);
    const definitions = new Set((translated.join('\n').match(/^\[\^\w+\]:/gm) ?? []).map((d) => d.slice(0, -1)));
    for (const r of references) if (!definitions.has(r)) problems.push({ file, field: r, value: r, expected: `expected a definition of footnote ${r} in the translation` });
    out.set(english, { file, english, blocks, current: blocks.every((b) => b.state === 'current') });
  }
  return out;
}
