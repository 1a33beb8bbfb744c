import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

/**
 * Which way imports may go in src/: data flows one way, from schemas and content through the model and views to
 * components and pages, never back. Read from the import statements of every TypeScript module (type-only imports
 * describe shapes, not a dependency at run time, and are left out of the cycle check).
 */
const SRC = join(ROOT, 'src');
const modules = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? modules(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : []));

type Import = { from: string; to: string; typeOnly: boolean };
const imports: Import[] = modules(SRC).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'([^']+)';/gm)].map((m) => {
    const names = m[2]!.trim();
    const allTypes = names.startsWith('{') && names.slice(1, -1).split(',').every((n) => !n.trim() || n.trim().startsWith('type '));
    const spec = m[3]!;
    return { from: relative(ROOT, file), to: spec.startsWith('.') ? relative(ROOT, normalize(join(dirname(file), spec))) : spec, typeOnly: Boolean(m[1]) || allTypes };
  });
});
/**
 * The folders of src/ below components and pages, each with what it may import (besides packages and Node), in
 * the order data flows: the model (joins and counts, no words) → the strings and names → the render helpers
 * (formatting, prose, URLs, the per-render context) → the maps → the views (words for pages) → the outputs
 * (downloads, the feed, share cards).
 */
const LAYERS: Record<string, readonly string[]> = {
  'src/schemas/': ['src/schemas/'],
  'src/model/': ['src/schemas/', 'src/model/', 'src/content-registry.ts'],
  'src/i18n/': ['src/schemas/', 'src/i18n/'],
  'src/render/': ['src/schemas/', 'src/i18n/', 'src/render/'],
  'src/map/': ['src/schemas/', 'src/model/', 'src/i18n/', 'src/render/', 'src/map/'],
  'src/views/': ['src/schemas/', 'src/model/', 'src/i18n/', 'src/render/', 'src/map/', 'src/views/'],
  'src/outputs/': ['src/schemas/', 'src/model/', 'src/i18n/', 'src/render/', 'src/map/', 'src/views/', 'src/outputs/'],
};
const under = (prefix: string) => (i: Import) => i.from.startsWith(prefix);
const broken = (rule: (i: Import) => boolean, allowed: (to: string) => boolean) => imports.filter(rule).filter((i) => !allowed(i.to)).map((i) => `${i.from} → ${i.to}`);

describe('imports go one way', () => {
  it('reads the imports of every module (multi-line ones too)', () => {
    expect(imports.length).toBeGreaterThan(500);
    expect(imports.some((i) => i.from === 'src/content-registry.ts' && i.to === 'src/model/order.ts')).toBe(true);
  });

  it('schemas are plain TypeScript: zod, Node and other schemas only (usable without Astro)', () => {
    expect(broken(under('src/schemas/'), (to) => to === 'zod' || to.startsWith('node:') || to.startsWith('src/schemas/'))).toEqual([]);
  });

  it('the content registry takes only schemas and the stored orders (src/model/order.ts), no view', () => {
    expect(broken((i) => i.from === 'src/content-registry.ts', (to) => to === 'zod' || to.startsWith('node:') || to.startsWith('src/schemas/') || to === 'src/model/order.ts')).toEqual([]);
  });

  it('the model, the strings, the render helpers, the map, the views and the outputs never reach into components, pages, Astro or the collections', () => {
    const pure = (i: Import) => Object.keys(LAYERS).some((dir) => i.from.startsWith(dir));
    expect(broken(pure, (to) => !to.startsWith('src/components/') && !to.startsWith('src/pages/') && !to.startsWith('astro') && to !== 'src/collections.ts')).toEqual([]);
  });

  it.each(Object.entries(LAYERS))('%s imports only from %j (and packages)', (dir, allowed) => {
    expect(broken(under(dir), (to) => !to.startsWith('src/') || allowed.some((a) => to.startsWith(a)))).toEqual([]);
  });

  it('the model holds no words and no Intl beyond the root collation (a stored order no language owns)', () => {
    const worded = modules(join(SRC, 'model'))
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return /\bIntl\.(?!Collator\b)/.test(text) || /new Intl\.Collator\((?!'und')/.test(text) || /i18n|render\//.test(text.match(/from '[^']+'/g)?.join(' ') ?? '');
      })
      .map((f) => relative(ROOT, f));
    expect(worded).toEqual([]);
  });

  it('scripts that run in the browser import only other scripts', () => {
    expect(broken(under('src/scripts/'), (to) => to.startsWith('src/scripts/'))).toEqual([]);
  });

  it('has no import cycle among the modules at run time', () => {
    const graph = new Map<string, string[]>();
    for (const i of imports.filter((x) => !x.typeOnly && x.from.endsWith('.ts') && x.to.startsWith('src/'))) graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (node: string) => {
      state.set(node, 'open');
      path.push(node);
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(node, 'done');
    };
    for (const node of graph.keys()) if (!state.has(node)) visit(node);
    expect(cycles).toEqual([]);
  });
});
