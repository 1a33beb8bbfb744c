import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ExtraBuild {
  /** Exit status of `astro build` (null when it was killed by the timeout). */
  status: number | null;
  /** Everything it printed, stdout then stderr. */
  output: string;
  /** The built site (a scratch folder, never dist/). */
  outDir: string;
  /** Removes the scratch output and cache folders. */
  cleanup: () => void;
}

/**
 * Runs a real `astro build` of its own, for the tests that need one besides the build `npm test` made.
 * Each gets a scratch cache and output folder (ASTRO_CACHE_DIR / ASTRO_OUT_DIR, read by astro.config.mjs), so builds
 * running in parallel never share Astro's data store in node_modules/.astro, nor touch dist/.
 * Vitest's own variables are dropped so the build runs exactly as `npm run build` does (NODE_ENV=test would not).
 */
export function extraBuild(name: string, env: Record<string, string> = {}): ExtraBuild {
  const outDir = mkdtempSync(join(tmpdir(), `${name}-dist-`));
  const cacheDir = mkdtempSync(join(tmpdir(), `${name}-cache-`));
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'),
  );
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...inherited, FORCE_COLOR: '0', NO_COLOR: '1', ...env, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}${result.error ? `\n${result.error.message}` : ''}`,
    outDir,
    cleanup: () => {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}
