/**
 * `npm run i18n:checked -- <lang> <what>`: after a translator has checked translations against the English as it is
 * now (and updated them where it changed), records that English's hashes, so they count as current again.
 * <what> is a key or the start of one: `countries/iran` (the profile's front-matter strings and its body),
 * `countries/iran summary` (one string), `visits/2025-08-15-united-states`, `explainer`, or `all`.
 * Only what is outdated or not yet checked changes; prints each change. A translated body must have exactly one
 * block per English block (nothing missing or orphaned) before it can be marked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Scalar, parseDocument } from 'yaml';
import { contentRoot } from '../content-registry.ts';
import { ALL_EDITIONS } from '../i18n/editions.ts';
import { englishHash } from '../model/text-hash.ts';
import { checkContent, toSiteData } from '../validation/check-content.ts';
import { formatReport } from '../validation/problem.ts';
import { proseBlocks } from '../validation/prose-translations.ts';
import { translationStatus } from '../validation/translations.ts';

const [lang, what] = process.argv.slice(2);
const langs = ALL_EDITIONS.slice(1).map((e) => e.locale.htmlLang);
if (!lang || !what || !langs.includes(lang)) {
  console.error(`usage: npm run i18n:checked -- <${langs.join('|')}> <key, start of a key, explainer, or all>`);
  process.exit(2);
}
const root = contentRoot();
const checked = checkContent(root);
if (checked.problems.length) {
  console.error(formatReport(checked.problems));
  process.exit(1);
}
const data = toSiteData(checked);
const translations = checked.translations.find((t) => t.lang === lang)!;
const matches = (key: string) => what === 'all' || key === what || key.startsWith(`${what} `) || key.startsWith(`${what}/`) || key.startsWith(what);
let changed = 0;

// Strings of the records.
const byFile = new Map<string, { key: string; hash: string }[]>();
for (const o of translationStatus(data, translations).outdated.filter((o) => matches(o.key))) {
  byFile.set(o.file, [...(byFile.get(o.file) ?? []), { key: o.key, hash: englishHash(o.en) }]);
}
for (const [file, entries] of byFile) {
  const path = resolve(file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  for (const { key, hash } of entries) {
    const source = new Scalar(hash);
    source.type = Scalar.QUOTE_DOUBLE;
    doc.setIn([key, 'source'], source);
    console.log(`checked  ${file}  ${key}`);
    changed++;
  }
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

// Written prose.
let failed = false;
for (const [english, prose] of translations.prose) {
  const key = english.replace(/\.mdx$/, '');
  if (!matches(key) || prose.current) continue;
  const stray = prose.blocks.filter((b) => b.state === 'missing' || b.state === 'orphaned');
  if (stray.length) {
    console.error(`not marked  ${prose.file}: ${stray.map((b) => `${b.state} block ${(b.englishIndex ?? -1) + 1}`).join(', ')} — give the translation one block per English block first (npm run i18n:status shows them)`);
    failed = true;
    continue;
  }
  const path = resolve(prose.file);
  const hashes = proseBlocks(readFileSync(join(root, english), 'utf8')).map(englishHash);
  const text = readFileSync(path, 'utf8');
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  writeFileSync(path, `---\n# The hash of the English block each block below was translated from (npm run i18n:checked writes them).\nsections:\n${hashes.map((h) => `  - "${h}"`).join('\n')}\n---\n${body}`);
  console.log(`checked  ${prose.file}  (${prose.blocks.filter((b) => b.state === 'outdated').length} outdated blocks)`);
  changed++;
}
console.log(changed ? `\n${changed} marked as checked against the current English.` : `\nNothing outdated matches "${what}" in ${lang}.`);
process.exit(failed ? 1 : 0);
