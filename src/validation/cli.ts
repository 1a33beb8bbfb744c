/** `npm run check:content`: validate all content without building. Exit code 1 when anything is wrong. */
import { CONTENT_NAMES, contentRoot } from '../content-registry.ts';
import { checkContent } from './check-content.ts';
import { formatReport } from './problem.ts';

const started = performance.now();
const checked = checkContent(contentRoot());
if (checked.problems.length) {
  console.error(formatReport(checked.problems));
  process.exit(1);
}
const counts = CONTENT_NAMES.flatMap((name) => {
  const value: unknown = checked[name];
  return Array.isArray(value) ? [`${value.length} ${name}`] : [];
});
console.log(`Content OK: ${counts.join(', ')} (${Math.round(performance.now() - started)} ms)`);
