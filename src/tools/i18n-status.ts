/**
 * `npm run i18n:status [lang]`: for each edition (or one), what its translations lack, per file: strings of the records
 * and blocks of the written prose that are missing (shown in English), outdated (the English changed after they were
 * translated, or their hash is not recorded yet) or orphaned (their English is gone: an error the content check
 * reports too). After updating a translation, `npm run i18n:checked` records the English it now matches.
 * Exit code 0 either way: it reports, the content check decides.
 */
import { contentRoot } from '../content-registry.ts';
import { ALL_EDITIONS } from '../i18n/editions.ts';
import { checkContent, toSiteData } from '../validation/check-content.ts';
import { englishProseFiles } from '../validation/prose-translations.ts';
import { formatReport } from '../validation/problem.ts';
import { GROUP_OF, ORPHANED, translationStatus } from '../validation/translations.ts';

const only = process.argv[2];
const checked = checkContent(contentRoot());
const orphanProblems = checked.problems.filter((p) => p.expected.startsWith(ORPHANED));
if (checked.problems.length > orphanProblems.length) {
  console.error(formatReport(checked.problems));
  process.exit(1);
}
const data = toSiteData({ ...checked, problems: [] });
const short = (s: string) => JSON.stringify(s.length > 100 ? `${s.slice(0, 97)}...` : s);
for (const edition of ALL_EDITIONS.slice(1)) {
  const lang = edition.locale.htmlLang;
  if (only && only !== lang) continue;
  const translations = checked.translations.find((t) => t.lang === lang)!;
  const status = translationStatus(data, translations);
  const prose = englishProseFiles(contentRoot()).map((english) => ({ english, t: translations.prose.get(english) }));
  const proseCurrent = prose.filter((p) => p.t?.current).length;
  console.log(`\n${edition.locale.languageName} (${lang}), outdated shown as: ${translations.settings.whenOutdated}`);
  console.log(`  strings of the records: ${status.current} of ${status.total} current; ${status.missing.length} missing, ${status.outdated.length} outdated, ${status.orphaned.length} orphaned`);
  console.log(`  written prose: ${proseCurrent} of ${prose.length} files current`);
  const byFile = new Map<string, string[]>();
  const add = (file: string, line: string) => byFile.set(file, [...(byFile.get(file) ?? []), line]);
  for (const m of status.missing) add(`content/translations/${lang}/${m.at.pattern === 'cities[].name' || m.at.pattern === 'capital.name' ? 'places' : GROUP_OF[m.at.collection]}.yaml`, `missing   ${m.key}\n            en: ${short(m.en)}`);
  for (const o of status.outdated) add(o.file, `${o.unchecked ? 'unchecked' : 'outdated '} ${o.key}\n            en now: ${short(o.en)}\n            text:   ${short(o.text)}`);
  for (const o of status.orphaned) add(o.file, `orphaned  ${o.key}`);
  for (const { english, t } of prose) {
    const file = `content/translations/${lang}/${english}`;
    if (!t) add(file, `missing   the whole translation of content/${english}`);
    else t.blocks.forEach((b) => b.state !== 'current' && add(file, `${b.state.padEnd(9)} block ${(b.englishIndex ?? -1) + 1} of the English: ${short(b.en ?? b.text ?? '')}`));
  }
  for (const [file, lines] of [...byFile].sort()) console.log(`\n  ${file}\n    ${lines.join('\n    ')}`);
}
