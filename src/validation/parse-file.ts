import { readFileSync, statSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { duplicateJsonKey } from './json-duplicate-keys.ts';

/** Why a file could not be read as data, with where in the file it went wrong. */
export interface ParseFailure {
  error: string;
  /** 1-based line in the file (not in the front matter block) where the problem is, when known. */
  line?: number;
  /** The field involved (a duplicated key's path), when known. */
  field?: string;
  /** The text of that line, trimmed, to show the editor what the parser tripped on. */
  text?: string;
}

/** A parse failure that knows its line in the file (front matter starts one line below the top). */
class ContentSyntaxError extends Error {
  readonly line: number | undefined;
  readonly field: string | undefined;
  constructor(message: string, line?: number, field?: string) {
    super(message);
    this.line = line;
    this.field = field;
  }
}

const YAML_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true } as const;

function parseYamlAt(text: string, firstLine: number): unknown {
  try {
    return parseYaml(text, YAML_OPTIONS) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0]?.line;
    // The library's message ends with its own (block-relative) position and a code excerpt: keep the reason only.
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const fileLine = line === undefined ? undefined : line + firstLine - 1;
    throw new ContentSyntaxError(`expected valid YAML (${fileLine ? `line ${fileLine}: ` : ''}${reason})`, fileLine);
  }
}

/**
 * Reads a content file's data the strict way. Astro parses YAML with js-yaml, which turns an unquoted
 * `2023-02-29` into 1 March 2023 without a word; YAML 1.2's core schema keeps it as the text the editor typed,
 * so the date check sees the typo. Astro's loaders use this too (src/validation/strict-glob.ts).
 * A UTF-8 byte-order mark (saved by some Windows editors) is ignored in every format.
 */
export function parseContentText(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (file.endsWith('.json')) {
    const data: unknown = JSON.parse(body);
    // JSON.parse keeps the last of two equal keys without a word; YAML files already reject them.
    const duplicate = duplicateJsonKey(body);
    if (duplicate) throw new ContentSyntaxError(`expected each key once in an object (line ${duplicate.line} repeats "${duplicate.key}": the last value would silently win)`, duplicate.line, duplicate.path);
    return data;
  }
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return parseYamlAt(body, 1);
  if (file.endsWith('.mdx') || file.endsWith('.md')) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(body);
    if (!match) throw new Error('expected front matter between two "---" lines at the top of the file');
    // The front matter starts on line 2, below the opening "---".
    return parseYamlAt(match[1]!, 2);
  }
  throw new Error(`expected a .yaml, .json or .mdx file`);
}

export type ParseResult = { data: unknown } | ParseFailure;

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
  const text = readFileSync(path, 'utf8');
  try {
    return { data: parseContentText(text, path) };
  } catch (error) {
    if (error instanceof ContentSyntaxError) {
      const failure: ParseFailure = { error: error.message };
      if (error.line !== undefined) {
        failure.line = error.line;
        const shown = text.replace(/^\uFEFF/, '').split(/\r?\n/)[error.line - 1]?.trim();
        if (shown) failure.text = shown;
      }
      if (error.field !== undefined) failure.field = error.field;
      return failure;
    }
    if (error instanceof SyntaxError) return { error: `expected valid JSON (${error.message})` };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
