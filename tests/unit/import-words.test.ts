import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers/site.ts';

// The UI strings are the edition's: a module that read them when imported would hold one language's words for good.
vi.mock('../../src/i18n/editions.ts', async (actual) => ({
  ...(await actual<typeof import('../../src/i18n/editions.ts')>()),
  editionOf: () => {
    throw new Error('an edition’s strings or names were read while a module was imported');
  },
}));

describe('words are looked up when a page is rendered, not when a module is imported', () => {
  const modules = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

  it.each(['model', 'render', 'views', 'map', 'outputs'].flatMap((dir) => modules(join(ROOT, 'src', dir))).map((f) => [f.slice(ROOT.length + 1)]))('%s', async (file) => {
    await expect(import(join(ROOT, file))).resolves.toBeTruthy();
  });
});
