import { describe, expect, it } from 'vitest';
import { hasUntranslated, markUntranslated, markUpUntranslated, stripUntranslated } from '../../src/render/untranslated.ts';
import { translationStatus, editionData, type Translations } from '../../src/validation/translations.ts';
import { dataTexts, englishOf } from '../../src/model/data-text.ts';
import { realSiteData } from '../helpers/content.ts';

const en = (s: string) => markUntranslated(s);

describe('English shown in another edition', () => {
  it('is marked up as English in running text, as a tspan in SVG text, and left plain where no markup can go', () => {
    const html = `<html lang="ru"><head><title>${en('Summit')} · Кто</title><meta name="description" content="${en('Summit')}"></head><body><main><p>Саммит: ${en('SCO summit')}.</p><svg><text>${en('Tianjin')}</text><title>${en('China')}</title></svg><select><option>${en('Iran')}</option></select></main></body></html>`;
    const { html: out, marked } = markUpUntranslated(html);
    expect(marked).toBe(2);
    expect(out).toContain('<title>Summit · Кто</title>');
    expect(out).toContain('content="Summit"');
    expect(out).toContain('<p>Саммит: <span lang="en" class="untranslated">SCO summit</span>.</p>');
    expect(out).toContain('<text><tspan lang="en" class="untranslated">Tianjin</tspan></text>');
    expect(out).toContain('<title>China</title></svg>');
    expect(out).toContain('<option>Iran</option>');
    expect(hasUntranslated(out)).toBe(false);
    expect(stripUntranslated(`a ${en('b')}`)).toBe('a b');
  });

  it('leaves a page with nothing to mark as it is', () => {
    expect(markUpUntranslated('<p>Привет</p>')).toEqual({ html: '<p>Привет</p>', marked: 0 });
  });
});

describe('an edition’s copy of the data', () => {
  const data = realSiteData();
  const texts = dataTexts(data);
  const visit = data.visits.find((v) => v.event)!;

  it('takes each string’s translation, marks the English where there is none, and keeps every other field', () => {
    const translations: Translations = { lang: 'xx', texts: new Map([[visit.event!, 'Перевод']]), entries: [] };
    const copy = editionData(data, translations);
    const translated = copy.visits.find((v) => v.id === visit.id)!;
    expect(translated.event).toBe('Перевод');
    expect(translated.counterpart).toBe(markUntranslated(visit.counterpart));
    expect(translated.start).toBe(visit.start);
    expect(translated.sources).toBe(visit.sources);
    expect(englishOf(translated)).toBe(visit);
    expect(data.visits.find((v) => v.id === visit.id)!.event).toBe(visit.event);
  });

  it('reports what is missing and which entries no longer match any English string', () => {
    const all = new Map(texts.map((t) => [t.en, `T:${t.en}`]));
    all.delete(visit.event!);
    const translations: Translations = { lang: 'xx', texts: all, entries: [{ en: 'A sentence the records no longer have', file: 'content/translations/xx/visits.yaml', index: 3 }] };
    const status = translationStatus(data, translations);
    expect(status.missing.map((m) => m.en)).toEqual([visit.event]);
    expect(status.missing[0]!.at).toMatchObject({ collection: 'visits', record: visit.id, field: 'event' });
    expect(status.orphaned).toEqual([{ en: 'A sentence the records no longer have', file: 'content/translations/xx/visits.yaml', index: 3 }]);
    expect(status.total).toBe(new Set(texts.map((t) => t.en)).size);
  });

  it('lists no symbol or code as words to translate', () => {
    expect(texts.some((t) => /^A\/RES\/[\d/]+$/.test(t.en))).toBe(false);
    expect(texts.some((t) => t.en === 'Votes after 2026-06-04')).toBe(true);
  });
});
