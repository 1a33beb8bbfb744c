import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_CASES } from '../content/rules.ts';
import { extraBuild } from '../helpers/build.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

/**
 * Every rule is checked in-process against its fixture in tests/content/rules.test.ts, through the same checker the
 * build integration runs. Here two real `astro build`s prove that the integration stops the build and prints the
 * checker's report: one for a rule a single file breaks (a schema rule), one for a rule across files.
 */
const BUILD_CASES = ['wrong-type', 'dangling-visit-country'].map((fixture) => {
  const found = RULE_CASES.find((c) => c.fixture === fixture);
  if (!found) throw new Error(`tests/content/rules.ts has no case for the fixture ${fixture}`);
  return found;
});

describe('astro build refuses bad content', () => {
  it.each(BUILD_CASES)('$fixture ($rule): exits non-zero and says what to fix', async ({ fixture, expect: needles }) => {
    const tree = fixtureTree(fixture);
    const build = await extraBuild(`bad-${fixture}`, { CONTENT_DIR: tree });
    try {
      expect(build.status, build.output).not.toBe(0);
      for (const needle of needles) expect(build.output).toContain(needle);
    } finally {
      build.cleanup();
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
