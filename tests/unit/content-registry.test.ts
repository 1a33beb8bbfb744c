import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_NAMES, REGISTRY, contentRoot } from '../../src/content-registry.ts';
import { generateJsonSchemas } from '../../src/tools/json-schemas.ts';
import { checkContent, contentVersion, toSiteData } from '../../src/validation/check-content.ts';
import { parseCount } from '../../src/validation/parse-file.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = contentRoot(ROOT);

/** Every file the registry declares, as paths. */
function registeredFiles(): string[] {
  return CONTENT_NAMES.flatMap((name) => {
    const spec = REGISTRY[name];
    if (spec.kind === 'file') return [join(CONTENT, spec.file)];
    return readdirSync(join(CONTENT, spec.folder)).filter((f) => f.endsWith(spec.extension)).map((f) => join(CONTENT, spec.folder, f));
  });
}

describe('content registry', () => {
  it('parses each content file once, however often the content is checked', () => {
    const files = registeredFiles();
    checkContent(CONTENT, ROOT);
    const before = parseCount();
    checkContent(CONTENT, ROOT);
    checkContent(CONTENT, ROOT);
    expect(parseCount()).toBe(before);
    expect(files.length).toBeGreaterThan(70);
  });

  it('turns checked content into the pages’ data: every registry entry, folders sorted the registry’s way', () => {
    const data = toSiteData(checkContent(CONTENT, ROOT));
    expect(Object.keys(data).sort()).toEqual([...CONTENT_NAMES].sort());
    for (const name of CONTENT_NAMES) {
      const spec = REGISTRY[name];
      if (spec.kind !== 'folder') continue;
      const records = data[name] as unknown[];
      const sorted = [...records].sort(spec.order as (a: unknown, b: unknown) => number);
      expect(records).toEqual(sorted);
    }
    expect(data.countries.every((c) => typeof c.slug === 'string')).toBe(true);
    expect(data.visits.every((v) => typeof v.id === 'string')).toBe(true);
  });

  it('refuses to hand pages content that has problems', () => {
    const checked = checkContent(CONTENT, ROOT);
    expect(() => toSiteData({ ...checked, problems: [{ file: 'content/x.yaml', field: 'a', value: 1, expected: 'expected 2' }] })).toThrow(/content\/x\.yaml: field "a"/);
  });

  it('generates one JSON Schema per registry entry', () => {
    expect([...generateJsonSchemas().keys()].sort()).toEqual(CONTENT_NAMES.map((n) => REGISTRY[n].jsonSchema).sort());
  });

  it('changes the content version when a file is saved, and only then', () => {
    const a = contentVersion(CONTENT);
    expect(contentVersion(CONTENT)).toBe(a);
    expect(a.split(/[|\n]/).length).toBeGreaterThanOrEqual(registeredFiles().length);
  });
});
