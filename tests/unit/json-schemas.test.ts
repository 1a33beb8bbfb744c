import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, generateJsonSchemas, withFieldReference } from '../../src/tools/json-schemas.ts';

const root = resolve(import.meta.dirname, '../..');

describe('generated editor support', () => {
  it.each([...generateJsonSchemas()])('%s is up to date with src/schemas (run `npm run schemas`)', (file, text) => {
    expect(readFileSync(join(root, JSON_SCHEMA_DIR, file), 'utf8')).toBe(text);
  });

  it('the content guide’s field reference is up to date (run `npm run schemas`)', () => {
    const guide = readFileSync(join(root, 'content/README.md'), 'utf8');
    expect(guide).toBe(withFieldReference(guide));
  });

  it('every visit file points the YAML language server at the visit schema', () => {
    for (const file of readdirSync(join(root, 'content/visits'))) {
      expect(readFileSync(join(root, 'content/visits', file), 'utf8').split('\n')[0], file).toBe('# yaml-language-server: $schema=../schemas/visit.schema.json');
    }
  });
});
