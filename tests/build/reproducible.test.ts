import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extraBuild } from '../helpers/build.ts';
import { ALL_EDITIONS } from '../../src/i18n/editions.ts';
import { DIST, requireDist } from '../helpers/site.ts';

requireDist();
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

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

describe('reproducible builds', () => {
  // dist/ is the build `npm test` made (with whatever cache node_modules/.astro held); the second build starts from an
  // empty cache in a scratch folder, so a difference from either the cache or the run itself shows up here.
  it('a fresh build produces output byte-identical to dist/', async () => {
    // Every edition, like dist/: reproducibility is about the whole site.
    const build = await extraBuild('reproducible', { SITE_EDITIONS: ALL_EDITIONS.map((e) => e.locale.htmlLang).join(',') });
    cleanups.push(build.cleanup);
    if (build.status !== 0) throw new Error(build.output);
    const first = digests(DIST);
    const second = digests(build.outDir);
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
    expect(differing).toEqual([]);
  }, 600_000);
});
