import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dropKnownUpstreamWarnings, isAstroHeadInjectDirectiveWarning } from '../../src/build/known-warnings.ts';

const root = resolve(import.meta.dirname, '../..');
const LOG = join(root, '.tmp/build.log');

describe('a clean build is quiet', () => {
  // The log of the build `npm test` runs (tests/setup/build.sh), so a warning cannot hide among routine lines.
  it('prints no warning and no error', () => {
    const index = join(root, 'dist/index.html');
    expect(existsSync(LOG) && existsSync(index), 'no build log: run `npm test`, which builds with tests/setup/build.sh').toBe(true);
    expect(statSync(LOG).mtimeMs, '.tmp/build.log is older than dist/: run `npm test` to build and log again').toBeGreaterThanOrEqual(statSync(index).mtimeMs);
    // CI sets CI=true, and Astro's colour library then colours its output even through a pipe: compare plain text.
    const log = stripVTControlCharacters(readFileSync(LOG, 'utf8'));
    expect(log).toContain('[build] Complete!');
    const warnings = log.split('\n').filter((line) => /\[(WARN|ERROR)\]|^\s*(warn|warning|error)\b|\(!\)/i.test(line));
    expect(warnings).toEqual([]);
  });

  it('drops only the known upstream directive warning (withastro/astro#18087)', () => {
    const headInject = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message: 'The semantics of the module level directive "use astro:head-inject" in "content/countries/armenia.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      id: '/site/content/countries/armenia.mdx?astroPropagatedAssets',
    };
    const useClient = { ...headInject, message: headInject.message.replace('use astro:head-inject', 'use client') };
    const otherFile = { ...headInject, id: '/site/src/lib/x.ts', message: headInject.message.replace('content/countries/armenia.mdx?astroPropagatedAssets', 'src/lib/x.ts') };
    expect(isAstroHeadInjectDirectiveWarning(headInject)).toBe(true);
    expect(isAstroHeadInjectDirectiveWarning(useClient)).toBe(false);
    expect(isAstroHeadInjectDirectiveWarning(otherFile)).toBe(false);
    const passed: unknown[] = [];
    for (const log of [headInject, useClient, otherFile]) dropKnownUpstreamWarnings('warn', log, (_level, l) => passed.push(l));
    dropKnownUpstreamWarnings('info', headInject, (_level, l) => passed.push(l));
    expect(passed).toEqual([useClient, otherFile, headInject]);
  });
});
