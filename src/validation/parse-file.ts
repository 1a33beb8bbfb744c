import { readFileSync, statSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';

/**
 * Reads a content file's data the strict way. Astro parses YAML with js-yaml, which turns an unquoted
 * `2023-02-29` into 1 March 2023 without a word; YAML 1.2's core schema keeps it as the text the editor typed,
 * so the date check sees the typo. Astro's loaders use this too (src/validation/strict-glob.ts).
 */
export function parseContentText(text: string, file: string): unknown {
  if (file.endsWith('.json')) return JSON.parse(text);
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return parseYaml(text, { version: '1.2', schema: 'core', uniqueKeys: true }) ?? {};
  if (file.endsWith('.mdx') || file.endsWith('.md')) {
    const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
    if (!match) throw new Error('expected front matter between two "---" lines at the top of the file');
    return parseYaml(match[1]!, { version: '1.2', schema: 'core', uniqueKeys: true }) ?? {};
  }
  throw new Error(`expected a .yaml, .json or .mdx file`);
}

export type ParseResult = { data: unknown } | { error: string };

/** Files already parsed, keyed by absolute path, valid while the file's size and modification time are unchanged. */
interface ParseCache {
  entries: Map<string, { stamp: string; result: ParseResult }>;
  /** How many times a file was actually read and parsed (a test and `CONTENT_PARSE_STATS` read it). */
  parses: number;
}

// Kept on globalThis because Astro loads the config (where the content check runs) and the content loaders as
// separate module instances in one process: one shared cache is what makes each file parsed once per build.
const CACHE_KEY = Symbol.for('who-stands-with-putin.parsed-content');
const cache: ParseCache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= { entries: new Map(), parses: 0 }) as ParseCache;

/** The number of real parses so far in this process. */
export const parseCount = (): number => cache.parses;

/** Parses a file (once while it is unchanged), turning syntax errors into a one-line reason with the line number. */
export function parseContentFile(path: string): ParseResult {
  const stat = statSync(path, { throwIfNoEntry: false });
  const stamp = stat ? `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}` : 'missing';
  const hit = cache.entries.get(path);
  if (hit && hit.stamp === stamp) return hit.result;
  cache.parses += 1;
  const result = parseUncached(path);
  cache.entries.set(path, { stamp, result });
  return result;
}

function parseUncached(path: string): ParseResult {
  try {
    return { data: parseContentText(readFileSync(path, 'utf8'), path) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      return { error: `expected valid YAML${line ? ` (syntax error on line ${line}` : ' ('}${error.code ? `: ${error.code}` : ''})` };
    }
    if (error instanceof SyntaxError) return { error: `expected valid JSON (${error.message})` };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
