import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/**
 * Builds a content tree for one fixture: the valid baseline (`tests/fixtures/valid-content`) with the fixture's
 * files laid over it, and anything its `fixture.json` lists under `remove` deleted. Returns the tree's path.
 */
export function fixtureTree(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `content-${name}-`));
  cpSync(join(FIXTURES, 'valid-content'), dir, { recursive: true });
  const fixture = join(FIXTURES, name);
  if (!existsSync(fixture)) throw new Error(`no fixture named ${name}`);
  cpSync(fixture, dir, { recursive: true, filter: (src) => !src.endsWith('fixture.json') });
  const manifest = join(fixture, 'fixture.json');
  if (existsSync(manifest)) {
    const { remove = [] } = JSON.parse(readFileSync(manifest, 'utf8')) as { remove?: string[] };
    for (const path of remove) rmSync(join(dir, path), { recursive: true, force: true });
  }
  return dir;
}
