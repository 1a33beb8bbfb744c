/** `npm run check:content`: validate all content without building. Exit code 1 when anything is wrong. */
import { checkContent } from './check-content.ts';
import { contentRoot } from './content-layout.ts';
import { formatReport } from './problem.ts';

const started = performance.now();
const { problems, countries, visits, resolutions } = checkContent(contentRoot());
if (problems.length) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(
  `Content OK: ${countries.length} countries, ${visits.length} visits, ${resolutions.length} resolutions (${Math.round(performance.now() - started)} ms)`,
);
