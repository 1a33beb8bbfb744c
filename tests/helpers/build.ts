import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ExtraBuild {
  /** Exit status of `astro build` (null when it was killed, e.g. by the timeout). */
  status: number | null;
  /** Everything it printed, stdout and stderr interleaved. */
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
export async function extraBuild(name: string, env: Record<string, string> = {}): Promise<ExtraBuild> {
  // Inside the project on purpose: Astro puts a build's prerender chunks under its outDir only when that folder is
  // inside the working directory, and otherwise in <project>/.astro/.prerender/ — shared by parallel builds, which
  // then overwrite each other's chunks (astro/dist/prerender/utils.js, getOutDirWithinCwd). .tmp/ is git-ignored.
  mkdirSync(join(ROOT, '.tmp/builds'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, '.tmp/builds', `${name}-dist-`));
  const cacheDir = mkdtempSync(join(tmpdir(), `${name}-cache-`));
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'),
  );
  // One extra build at a time, across Vitest workers: every build of this project writes <project>/.astro/
  // (content-modules.mjs, which maps each MDX entry to its file), and a build whose CONTENT_DIR is a fixture would
  // point a parallel build's profiles at files that are not there ("UnknownContentCollectionError").
  const release = await buildLock();
  // Asynchronous, so the Vitest worker stays responsive while the build runs (a blocked worker cannot report).
  const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    // The English edition only, unless a test asks for more: these builds test the editor's flows, which the
    // editions share (their own checks read npm test's full build), at a quarter of the time.
    env: { ...inherited, FORCE_COLOR: '0', NO_COLOR: '1', SITE_EDITIONS: 'en', ...env, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
    timeout: 600_000,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolveExit(code));
  }).finally(release);
  return {
    status,
    output,
    outDir,
    cleanup: () => {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

const LOCK = join(ROOT, '.tmp/builds/lock');

/** A lock folder shared by the test workers (mkdir is atomic); a lock left by a dead process is taken over. */
async function buildLock(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = 0;
      try {
        owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8')) || 0;
      } catch {
        // Released, or its owner has not written its pid yet: try again.
      }
      if (owner && !isAlive(owner)) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
