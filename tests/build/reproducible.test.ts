import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const outDirs: string[] = [];
afterAll(() => outDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every file under a folder with the SHA-256 of its bytes. */
function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function build(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'repro-'));
  outDirs.push(outDir);
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(result.stderr || result.stdout);
  return outDir;
}

describe('reproducible builds', () => {
  it('two builds in a row produce byte-identical output', () => {
    const first = digests(build());
    const second = digests(build());
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
    expect(differing).toEqual([]);
  }, 600_000);
});
