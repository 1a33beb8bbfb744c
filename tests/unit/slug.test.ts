import { expect, it } from 'vitest';
import { isCleanSlug, slugFromFileName } from '../../src/model/slug.ts';

it('slugs a file name the one way pages, redirects and the content check all use', () => {
  expect(slugFromFileName('Burkina Faso')).toBe('burkina-faso');
  expect(slugFromFileName('Republic of Bélarus')).toBe('republic-of-belarus');
  expect(slugFromFileName("Côte d'Ivoire")).toBe('cote-d-ivoire');
  expect(slugFromFileName('São Tomé and Príncipe ')).toBe('sao-tome-and-principe');
  expect(slugFromFileName('north-korea')).toBe('north-korea');
  expect(slugFromFileName('2024-05-16-china-2')).toBe('2024-05-16-china-2');
  expect(isCleanSlug('north-korea')).toBe(true);
  for (const name of ['North-Korea', 'north korea', 'türkiye', 'north--korea', '-china', '']) expect(isCleanSlug(name), name).toBe(false);
});
