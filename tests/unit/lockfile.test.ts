import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

// CI installs with `npm ci`, which refuses a lockfile that no longer satisfies package.json (a range bumped by
// hand, a platform's optional binding missing). A dry run on a copy, away from our node_modules, checks exactly
// that in a few seconds; it reads the registry's metadata at most, never downloads tarballs.
it('package-lock.json satisfies `npm ci`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(root, file), join(dir, file));
    const result = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', timeout: 90_000 });
    expect(result.status, `npm ci --dry-run refused the lockfile:\n${result.stderr}`).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
