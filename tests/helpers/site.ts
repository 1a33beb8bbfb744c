import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/** What a build reads: a change to any of these after the build makes dist/ stale. */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs'];

/** Newest (or oldest) modification time of the files under a path, with the file that has it. */
function extremeMtime(path: string, pick: 'newest' | 'oldest', accept: (file: string) => boolean = () => true): { file: string; mtime: number } | undefined {
  if (!existsSync(path)) return undefined;
  if (!statSync(path).isDirectory()) return accept(path) ? { file: path, mtime: statSync(path).mtimeMs } : undefined;
  let best: { file: string; mtime: number } | undefined;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (!accept(file)) continue;
    const mtime = statSync(file).mtimeMs;
    if (!best || (pick === 'newest' ? mtime > best.mtime : mtime < best.mtime)) best = { file, mtime };
  }
  return best;
}

let distChecked = false;

/**
 * The built site must exist and be built from the sources as they are now: `npm test` builds it first. A test run
 * against an older dist/ would pass or fail for the wrong reasons, so it stops with what to do instead.
 * "Built" is the oldest page in dist/ (Astro writes every page anew on each build).
 */
export function requireDist(): void {
  if (distChecked) return;
  const rebuild = 'run `npm run build` first (npm test does it for you)';
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`dist/ is missing: ${rebuild}`);
  const built = extremeMtime(DIST, 'oldest', (file) => file.endsWith('.html'))!;
  const changed = SOURCES.map((source) => extremeMtime(join(ROOT, source), 'newest'))
    .filter((found) => found !== undefined)
    .sort((a, b) => b.mtime - a.mtime)[0];
  if (changed && changed.mtime > built.mtime) {
    const at = (ms: number) => new Date(ms).toISOString();
    throw new Error(`dist/ is older than the sources: ${relative(ROOT, changed.file)} changed at ${at(changed.mtime)}, after the build at ${at(built.mtime)}; ${rebuild}`);
  }
  distChecked = true;
}

/** Paths of every page in the built sitemap, e.g. `/countries/china/`. */
export function sitemapPaths(): string[] {
  requireDist();
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) =>
    [...readFileSync(join(DIST, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  ).sort();
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Parses a Netlify / Cloudflare Pages `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (!rules.length || colon < 0) throw new Error(`_headers: cannot read "${line}"`);
    rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a rule's path matches a request path: `*` matches anything (also nothing, and across `/`), `:name` one segment. */
export function ruleMatches(rulePath: string, pathname: string): boolean {
  const pattern = rulePath
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`).test(pathname);
}

/**
 * The headers a host sends for a path: every matching rule applies, in file order, and a header set by several
 * rules is sent once with the values joined by ", " (Cloudflare Pages and Netlify both do this).
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const merged = new Map<string, string>();
  for (const rule of rules.filter((r) => ruleMatches(r.path, pathname))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      merged.set(key, merged.has(key) ? `${merged.get(key)}, ${value}` : value);
    }
  }
  return merged;
}

/** The rules of the built dist/_headers. */
export function distHeaderRules(): HeaderRule[] {
  requireDist();
  return parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
}

/**
 * Serves dist/ on loopback the way a static host does (directory index, 404.html for unknown paths, the headers
 * of dist/_headers applied as Netlify and Cloudflare Pages apply them).
 * Plain node:http rather than `astro preview`, so tests start in milliseconds and depend on nothing but dist/.
 */
export async function startPreview(): Promise<{ origin: string; stop: () => void }> {
  requireDist();
  const rules = distHeaderRules();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(DIST, normalize(pathname));
    if (!file.startsWith(DIST)) file = join(DIST, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found && existsSync(`${file}/index.html`)) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const path = found ? file : join(DIST, '404.html');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    // Text is sent gzipped when the browser accepts it, as every static host sends it (so Lighthouse's transfer
    // sizes and timings are what a reader gets); images and fonts as they are.
    const compress = /^(text\/|application\/(json|xml|atom\+xml|javascript)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = readFileSync(path);
    response.writeHead(found ? 200 : 404, {
      ...Object.fromEntries(headersForPath(rules, pathname)),
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    response.end(compress ? gzipSync(body) : body);
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${address.port}`, stop: () => server.close() };
}
