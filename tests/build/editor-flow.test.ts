import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, toSiteData } from '../../src/validation/check-content.ts';
import { translationStatus } from '../../src/validation/translations.ts';
import { renderContext } from '../../src/render/context.ts';
import { RU, UK_UA } from '../../src/i18n/locale.ts';
import { spawnSync } from 'node:child_process';
import { formatReport } from '../../src/validation/problem.ts';
import { extraBuild } from '../helpers/build.ts';

/**
 * What the content guide promises an editor: add a trip to a new country and see it on the list, the profile and
 * the map; make a typical mistake and get told exactly what to fix. Runs on a copy of the real content.
 */
const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/editor-flow');
/** The English edits an editor makes after translation: a body sentence, and words of a front-matter summary. */
const BODY_SENTENCE = ['Mongolia has to stay on workable terms with both giants', 'Mongolia must keep workable relations with both giants'] as const;
const SUMMARY_WORDS = ['instead of arresting him', 'rather than arresting him'] as const;
let content: string;
let out: string;
let cleanup = () => {};

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'editor-content-'));
  cpSync(join(root, 'content'), content, { recursive: true });
  cpSync(fixture, content, { recursive: true });
  // An English correction after the translations were made: a sentence of Mongolia's body and its summary.
  const mongolia = join(content, 'countries/mongolia.mdx');
  const before = readFileSync(mongolia, 'utf8');
  const after = before.replace(BODY_SENTENCE[0], BODY_SENTENCE[1]).replace(SUMMARY_WORDS[0], SUMMARY_WORDS[1]);
  if (after === before || after.includes(BODY_SENTENCE[0])) throw new Error('the fixture sentence is no longer in mongolia.mdx: update BODY_SENTENCE');
  writeFileSync(mongolia, after);
  // Russian shows outdated translations with a note; Ukrainian (as in the real content) shows the English.
  writeFileSync(join(content, 'translations/ru/edition.yaml'), 'whenOutdated: translation\n');
  // English and two more editions: the new trip's words have no translation yet, which those editions must show.
  const build = await extraBuild('editor-flow', { CONTENT_DIR: content, SITE_EDITIONS: 'en,ru,uk' });
  cleanup = build.cleanup;
  out = build.outDir;
  if (build.status !== 0) throw new Error(build.output);
}, 600_000);
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  cleanup();
});

describe('an editor adds a trip to a new country', () => {
  it('the country list shows it with its trip', () => {
    const list = readFileSync(join(out, 'countries/index.html'), 'utf8');
    expect(list).toMatch(/<a href="\/countries\/hungary\/"[^>]*>Hungary<\/a>/);
  });
  it('the profile lists the trip', () => {
    const profile = readFileSync(join(out, 'countries/hungary/index.html'), 'utf8');
    expect(profile).toContain('Editor workflow test summit');
    expect(profile).toContain('20–21 October 2025');
  });
  it('the map shades it and routes Moscow to Budapest', () => {
    const map = readFileSync(join(out, 'map/index.html'), 'utf8');
    expect(map).toMatch(/<a href="\/countries\/hungary\/"[^>]*data-country="HUN"[^>]*aria-label="Hungary: 1 trip, 2025"/);
    expect(map).toMatch(/<g class="marker"[^>]*data-country="HUN"[^>]*data-city="Budapest"/);
    expect(map).toContain('id="trip-2025-10-20-hungary"');
    expect(map).toContain('(ICC state party)');
  });
});

describe('the other editions before anyone translates the new trip', () => {
  const ru = renderContext(RU);
  it('show its words in English, marked as English, with a notice at the foot of the page', () => {
    const profile = readFileSync(join(out, 'ru/countries/hungary/index.html'), 'utf8');
    expect(profile).toContain('<span lang="en" class="untranslated">Editor workflow test summit</span>');
    expect(profile).toContain(`<p class="untranslated-notice">${ru.t.untranslated.notice}</p>`);
    expect(profile).not.toMatch(/[\uE000\uE001]/);
    const feed = readFileSync(join(out, 'ru/feed.xml'), 'utf8');
    expect(feed).toMatch(/<title xml:lang="en">[^<]*Editor workflow test summit<\/title>/);
    const timeline = readFileSync(join(out, 'ru/timeline/2025/index.html'), 'utf8');
    expect(timeline).toContain('<span lang="en" class="untranslated">Editor workflow test summit</span>');
  });
  it('keep the English edition as it was, with nothing marked', () => {
    const profile = readFileSync(join(out, 'countries/hungary/index.html'), 'utf8');
    expect(profile).not.toContain('class="untranslated');
    expect(profile).not.toContain('untranslated-notice');
  });
  it('report the new strings as missing in every edition', () => {
    const checked = checkContent(content, content);
    const data = toSiteData(checked);
    for (const t of checked.translations) {
      const missing = translationStatus(data, t).missing.filter((m) => m.at.record === '2025-10-20-hungary').map((m) => `${m.at.field}: ${m.en}`);
      expect(missing, t.lang).toEqual(['event: Editor workflow test summit', 'counterpart: Test Leader (Prime Minister)', 'cities[0].name: Budapest']);
    }
  });
});

describe('an English sentence corrected after its translation', () => {
  const ru = renderContext(RU);
  const uk = renderContext(UK_UA);
  it('is reported outdated in every edition: the summary string and the body block, not missing or orphaned', () => {
    const checked = checkContent(content, content);
    const data = toSiteData(checked);
    for (const t of checked.translations) {
      const status = translationStatus(data, t);
      expect(status.outdated.map((o) => o.key), t.lang).toEqual(['countries/mongolia summary']);
      expect(status.orphaned, t.lang).toEqual([]);
      const prose = t.prose.get('countries/mongolia.mdx')!;
      expect(prose.current, t.lang).toBe(false);
      expect(prose.blocks.filter((b) => b.state !== 'current').map((b) => [b.state, b.en?.slice(0, 40)]), t.lang).toEqual([['outdated', 'Landlocked between Russia and China, Mon']]);
    }
  });
  it('shows the older translation under a note where the edition chooses it (ru)', () => {
    const page = readFileSync(join(out, 'ru/countries/mongolia/index.html'), 'utf8');
    expect(page).toContain(`<p class="untranslated-notice">${ru.t.untranslated.proseOutdated} <a href="/countries/mongolia/" hreflang="en" lang="ru">${ru.t.untranslated.readEnglish}</a></p>`);
    expect(page).toContain('Монголия');
    expect(page).toMatch(/<p class="lead"[^>]*><span class="outdated">Монголия[^<]+<\/span><\/p>/);
    expect(page).toContain(`<p class="untranslated-notice">${ru.t.untranslated.outdated}</p>`);
  });
  it('shows the current English, marked, where the edition chooses it (uk)', () => {
    const page = readFileSync(join(out, 'uk/countries/mongolia/index.html'), 'utf8');
    expect(page).toContain(`<div class="prose body" lang="en"><p class="untranslated-notice" lang="uk">${uk.t.untranslated.proseUpdating}</p>`);
    expect(page).toContain(BODY_SENTENCE[1]);
    expect(page).toContain(`<span lang="en" class="untranslated">An ICC member that gave Putin a ceremonial welcome in September 2024 ${SUMMARY_WORDS[1]}`);
  });
  it('leaves every other profile current', () => {
    const page = readFileSync(join(out, 'ru/countries/china/index.html'), 'utf8');
    expect(page).not.toContain('untranslated-notice');
    expect(page).not.toContain('class="outdated"');
  });
  it('counts as current again once a translator marks it checked', () => {
    const copy = mkdtempSync(join(tmpdir(), 'editor-checked-'));
    try {
      cpSync(content, copy, { recursive: true });
      const run = spawnSync(process.execPath, [join(root, 'src/tools/i18n-checked.ts'), 'ru', 'countries/mongolia'], { cwd: root, env: { ...process.env, CONTENT_DIR: copy }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('checked  ');
      const checked = checkContent(copy, copy);
      const ru = checked.translations.find((t) => t.lang === 'ru')!;
      expect(translationStatus(toSiteData(checked), ru).outdated).toEqual([]);
      expect(ru.prose.get('countries/mongolia.mdx')!.current).toBe(true);
      expect(translationStatus(toSiteData(checked), checked.translations.find((t) => t.lang === 'uk')!).outdated.length).toBe(1);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('typical mistakes get a precise message', () => {
  const visit = () => readFileSync(join(fixture, 'visits/2025-10-20-hungary.yaml'), 'utf8');
  const check = (file: string, text: string) => {
    writeFileSync(join(content, 'visits', file), text);
    try {
      return formatReport(checkContent(content, content).problems);
    } finally {
      rmSync(join(content, 'visits', file));
      cpSync(join(fixture, 'visits'), join(content, 'visits'), { recursive: true });
    }
  };
  it('a misspelled country', () => {
    rmSync(join(content, 'visits/2025-10-20-hungary.yaml'));
    const report = check('2025-10-20-hungry.yaml', visit().replace('country: hungary', 'country: hungry'));
    expect(report).toContain('visits/2025-10-20-hungry.yaml: field "country": value "hungry" — expected the page slug of a UN member, as in its URL /countries/<slug>/');
    expect(report).toContain('hungary');
  });
  it('a date in the wrong format', () => {
    rmSync(join(content, 'visits/2025-10-20-hungary.yaml'));
    const report = check('2025-10-20-hungary.yaml', visit().replace('start: 2025-10-20', 'start: 20/10/2025'));
    expect(report).toContain('field "start": value "20/10/2025" — expected a real calendar date written as YYYY-MM-DD');
  });
  it('an http source', () => {
    rmSync(join(content, 'visits/2025-10-20-hungary.yaml'));
    const report = check('2025-10-20-hungary.yaml', visit().replace('- https://www.reuters.com/world/europe/', '- http://www.reuters.com/world/europe/'));
    expect(report).toContain('field "sources[0]": value "http://www.reuters.com/world/europe/" — expected an absolute https:// URL');
  });
});
