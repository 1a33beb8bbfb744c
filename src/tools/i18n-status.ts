/**
 * `npm run i18n:status`: for each edition, which of the records' English strings have no translation yet (shown in
 * English, marked, until they do) and which translation entries no longer match any English string (orphaned: the
 * English was edited or removed; update the entry's `en` after checking its `text`, or delete it). Exit code 0
 * either way: it reports, the content check decides.
 */
import { contentRoot } from '../content-registry.ts';
import { ALL_EDITIONS } from '../i18n/editions.ts';
import { checkContent, toSiteData } from '../validation/check-content.ts';
import { formatReport } from '../validation/problem.ts';
import { translationStatus } from '../validation/translations.ts';

const checked = checkContent(contentRoot());
if (checked.problems.length) {
  console.error(formatReport(checked.problems));
  process.exit(1);
}
const data = toSiteData(checked);
for (const edition of ALL_EDITIONS.slice(1)) {
  const lang = edition.locale.htmlLang;
  const translations = checked.translations.find((t) => t.lang === lang)!;
  const status = translationStatus(data, translations);
  const done = status.total - status.missing.length;
  console.log(`\n${edition.locale.languageName} (${lang}): ${done} of ${status.total} strings of the records translated; ${status.missing.length} missing, ${status.orphaned.length} orphaned`);
  for (const m of status.missing) console.log(`  missing   ${m.at.collection}/${m.at.record} ${m.at.field}: ${JSON.stringify(m.en.length > 90 ? `${m.en.slice(0, 87)}...` : m.en)}`);
  for (const o of status.orphaned) console.log(`  orphaned  ${o.file} [${o.index}]: ${JSON.stringify(o.en.length > 90 ? `${o.en.slice(0, 87)}...` : o.en)}`);
}
console.log('\nThe written profiles’ prose (their MDX bodies) and the explainer are shown in English, marked, in every other edition until they are translated.');
