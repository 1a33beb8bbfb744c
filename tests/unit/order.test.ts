import { en } from '../helpers/context.ts';
import { fileUnder } from '../../src/render/format.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/render/format.ts';
import { byCodePoint, byNumericCode } from '../../src/model/order.ts';
import { initial } from '../../src/views/country-list.ts';
import { memberList } from '../../src/model/members.ts';
import { realSiteData } from '../helpers/content.ts';
import { ROOT } from '../helpers/site.ts';

const UK = [...'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ'];
const RU = [...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ'];
const DE = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

describe('sorting and filing names for readers', () => {
  it('sorts names by the locale’s collation', () => {
    expect(['Cuba', 'Côte d’Ivoire', 'Costa Rica'].sort(compareText('en-GB'))).toEqual(['Costa Rica', 'Côte d’Ivoire', 'Cuba']);
    // Ё sorts as Е (by the next letters), not after Я as its code point would.
    expect(['Ёлка', 'Ель', 'Жук', 'Дом', 'Яма'].sort(compareText('ru'))).toEqual(['Дом', 'Ёлка', 'Ель', 'Жук', 'Яма']);
    expect(['Ізраїль', 'Йорданія', 'Індія', 'Іран', 'Ґана'].sort(compareText('uk'))).toEqual(['Ґана', 'Ізраїль', 'Індія', 'Іран', 'Йорданія']);
  });

  it('files a name under its letter of the locale’s alphabet, by collation rather than by stripping accents', () => {
    expect(fileUnder('Côte d’Ivoire', DE, 'en-GB')).toBe('C');
    expect(fileUnder('Türkiye', DE, 'en-GB')).toBe('T');
    // Й and Ґ, Ї are letters of their own in Ukrainian; Ё files with Е in Russian; Ö with O in German.
    expect(fileUnder('Йорданія', UK, 'uk')).toBe('Й');
    expect(fileUnder('Ґана', UK, 'uk')).toBe('Ґ');
    expect(fileUnder('Їжак', UK, 'uk')).toBe('Ї');
    expect(fileUnder('Ёмкость', RU, 'ru')).toBe('Е');
    expect(fileUnder('Йемен', RU, 'ru')).toBe('Й');
    expect(fileUnder('Österreich', DE, 'de')).toBe('O');
    expect(fileUnder('Ägypten', DE, 'de')).toBe('A');
  });

  it('files every member of the English list as before: under the letter of its accent-free first letter', () => {
    for (const m of memberList(realSiteData().countries)) expect(initial(en, m.name), m.name).toBe(m.name.normalize('NFKD').charAt(0).toUpperCase());
  });
});

describe('stored orders depend on no language', () => {
  it('orders ids, dates and codes by code point, and codes with numbers numerically', () => {
    expect(['b', 'B', 'a-1', 'a'].sort(byCodePoint)).toEqual(['B', 'a', 'a-1', 'b']);
    expect(['A/RES/ES-11/10', 'A/RES/ES-11/9', 'A/RES/ES-11/1'].sort(byNumericCode)).toEqual(['A/RES/ES-11/1', 'A/RES/ES-11/9', 'A/RES/ES-11/10']);
  });

  it('no module sorts with localeCompare, whose order follows the machine’s default language unless told', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : []));
    const found = ['model', 'render', 'views', 'map', 'outputs', 'scripts', 'validation', 'tools', 'build']
      .flatMap((dir) => files(join(ROOT, 'src', dir)))
      .concat(files(join(ROOT, 'src/components')), files(join(ROOT, 'src/pages')), [join(ROOT, 'src/collections.ts')])
      .filter((f) => readFileSync(f, 'utf8').includes('localeCompare('))
      .map((f) => relative(ROOT, f));
    expect(found).toEqual([]);
  });
});
