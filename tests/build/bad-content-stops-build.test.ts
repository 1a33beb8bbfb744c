import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CASES } from '../content/rules.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const root = resolve(import.meta.dirname, '../..');
const astro = join(root, 'node_modules/.bin/astro');

/** Runs the real `astro build` against a content tree; output goes to a scratch folder, never to dist/. */
function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'dist-'));
  const result = spawnSync(astro, ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  rmSync(outDir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build refuses bad content', () => {
  it.each(RULE_CASES)('$fixture: exits non-zero and says what to fix', ({ fixture, expect: needles }) => {
    const tree = fixtureTree(fixture);
    try {
      const { status, output } = build(tree);
      expect(status, output).not.toBe(0);
      for (const needle of needles) expect(output).toContain(needle);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
