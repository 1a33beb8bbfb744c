import { globSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test projects. `npm test` builds the site once (into dist/) and then runs them all; `built` and `browser` read
 * that one build, `builds` runs the few real builds that need other content or a second run (each into scratch
 * folders). Run one project with `npm run test:<name>` (see package.json).
 */
const PROJECTS = {
  /** Plain modules: schemas, geometry, views. No build, no content. */
  unit: 'tests/unit',
  /** The content checker on one fixture per rule, and the real content's integrity. */
  content: 'tests/content',
  /** The built site in dist/: HTML, links, previews, downloads, map layers. */
  built: 'tests/built',
  /** dist/ served on loopback, in Debian's Chromium. */
  browser: 'tests/browser',
  /** Slow: real `astro build`s of their own (editor flow, bad content, reproducibility). */
  builds: 'tests/build',
} as const;

// A test file outside every project would silently never run: refuse to start instead.
const stray = globSync('tests/**/*.test.ts').filter((file) => !Object.values(PROJECTS).some((dir) => file.startsWith(`${dir}/`)));
if (stray.length) throw new Error(`test files outside every Vitest project (add their folder to vitest.config.ts): ${stray.join(', ')}`);

/**
 * Vitest queues projects by name; the longest files go first instead (builds of their own, then the browser), so the
 * run does not end with one worker still building while the other sits idle.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const first = ['builds', 'browser'];
    const rank = (file: TestSpecification) => (first.includes(file.project.name) ? first.indexOf(file.project.name) : first.length);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Build and browser tests start processes of their own; two cores here.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // describe.concurrent blocks (the every-page browser checks) overlap their waits, two at a time on two cores.
    maxConcurrency: 2,
    projects: Object.entries(PROJECTS).map(([name, dir]) => ({
      extends: true,
      test: { name, include: [`${dir}/**/*.test.ts`] },
    })),
  },
});
