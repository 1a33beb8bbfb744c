import { describe, expect, it } from 'vitest';
import { hasUntranslated, markOutdated, markUntranslated, markUpUntranslated, stripUntranslated } from '../../src/render/untranslated.ts';
import { englishHash } from '../../src/model/text-hash.ts';
import { translationStatus, editionData, isPlaceField, type Translations } from '../../src/validation/translations.ts';
import { dataTexts, englishOf, textKey } from '../../src/model/data-text.ts';
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
    expect(markUpUntranslated('<p>Привет</p>')).toEqual({ html: '<p>Привет</p>', marked: 0, outdated: 0 });
  });

  it('marks a translation that may be out of date', () => {
    const { html, outdated } = markUpUntranslated(`<p>${markOutdated('Старый перевод')}</p><meta content="${markOutdated('Старый')}">`);
    expect(outdated).toBe(1);
    expect(html).toBe('<p><span class="outdated">Старый перевод</span></p><meta content="Старый">');
  });
});

describe('an edition’s copy of the data', () => {
  const data = realSiteData();
  const texts = dataTexts(data);
  const visit = data.visits.find((v) => v.event)!;
  const key = (field: string) => textKey({ collection: 'visits', record: visit.id, field });
  const editionOf = (texts: Translations['texts'], whenOutdated: 'english' | 'translation' = 'english'): Translations => ({ lang: 'xx', settings: { whenOutdated }, texts, places: new Map(), prose: new Map() });
  const entry = (text: string, en: string | undefined, file = 'content/translations/xx/visits.yaml') => ({ text, file, ...(en === undefined ? {} : { source: englishHash(en) }) });

  it('takes each string’s translation, marks the English where there is none, and keeps every other field', () => {
    const copy = editionData(data, editionOf(new Map([[key('event'), entry('Перевод', visit.event!)]])));
    const translated = copy.visits.find((v) => v.id === visit.id)!;
    expect(translated.event).toBe('Перевод');
    expect(translated.counterpart).toBe(markUntranslated(visit.counterpart));
    expect(translated.start).toBe(visit.start);
    expect(translated.sources).toBe(visit.sources);
    expect(englishOf(translated)).toBe(visit);
    expect(data.visits.find((v) => v.id === visit.id)!.event).toBe(visit.event);
  });

  it('shows a translation made from other English as the edition chooses: the English, or the old translation marked', () => {
    const stale = new Map([[key('event'), entry('Старый перевод', 'An earlier version of the English')]]);
    expect(editionData(data, editionOf(stale, 'english')).visits.find((v) => v.id === visit.id)!.event).toBe(markUntranslated(visit.event!));
    expect(editionData(data, editionOf(stale, 'translation')).visits.find((v) => v.id === visit.id)!.event).toBe(markOutdated('Старый перевод'));
  });

  it('reports what is missing, outdated, not yet checked, and which keys no record has', () => {
    const all = new Map(texts.map((t) => [textKey(t.at), entry(`T:${t.en}`, t.en)]));
    all.delete(key('event'));
    all.set(key('counterpart'), entry('Старый', 'An earlier counterpart'));
    const resolution = textKey(texts.find((t) => t.at.collection === 'resolutions')!.at);
    all.set(resolution, entry('Без хэша', undefined));
    all.set('visits/2022-01-01-nowhere event', entry('Сирота', 'Gone'));
    const status = translationStatus(data, editionOf(all));
    // (Place names come from the places glossary, left empty here.)
    const missing = status.missing.filter((m) => !isPlaceField(m.at));
    expect(missing.map((m) => m.key)).toEqual([key('event')]);
    expect(missing[0]!.at).toMatchObject({ collection: 'visits', record: visit.id, field: 'event' });
    expect(status.outdated.map((o) => [o.key, o.unchecked])).toEqual([[key('counterpart'), false], [resolution, true]]);
    expect(status.orphaned).toEqual([{ key: 'visits/2022-01-01-nowhere event', file: 'content/translations/xx/visits.yaml' }]);
    expect(status.total).toBe(texts.length);
  });

  it('keys list items by their ids, not their position', () => {
    const keys = texts.map((t) => textKey(t.at));
    expect(keys).toContain('countries/ukraine leaders[volodymyr-zelensky].role');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists no symbol or code as words to translate', () => {
    expect(texts.some((t) => /^A\/RES\/[\d/]+$/.test(t.en))).toBe(false);
    expect(texts.some((t) => t.en === 'Votes after 2026-06-04')).toBe(true);
  });
});
