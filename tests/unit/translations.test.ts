import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { EDITIONS } from '../../src/i18n/editions.ts';

/** The `{slot}` names of a string, sorted. */
const slots = (s: string) => [...s.matchAll(/\{[^{}]+\}/g)].map((m) => m[0]).sort();
const isPlural = (v: unknown): v is { other: string } & Record<string, string> => typeof v === 'object' && v !== null && 'other' in v && typeof (v as { other: unknown }).other === 'string';

/** What a template gets in the tests: a string that is also a name entry, each part marked with its position. */
const argument = (i: number) => Object.assign(new String(`§${i}§`), { listed: `§${i}§`, subject: `§${i}§`, in: `§${i}§`, to: `§${i}§`, possessive: `§${i}§`, agreement: 'm' as const });

/** Every difference in shape between the English strings and an edition's: missing keys, slots, unused arguments. */
function differences(english: unknown, other: unknown, path = ''): string[] {
  if (typeof english === 'string') {
    if (typeof other !== 'string') return [`${path}: missing`];
    return slots(english).join() === slots(other).join() ? [] : [`${path}: slots ${slots(other).join()} instead of ${slots(english).join()}`];
  }
  if (isPlural(english)) {
    if (!isPlural(other)) return [`${path}: not a plural`];
    const want = slots(english.other).filter((s) => s !== '{n}').join();
    return Object.entries(other).flatMap(([form, text]: [string, string]) => (slots(text).filter((s) => s !== '{n}').join() === want ? [] : [`${path}.${form}: slots ${slots(text).join()} (English: ${slots(english.other).join()})`]));
  }
  if (typeof english === 'function') {
    if (typeof other !== 'function') return [`${path}: missing`];
    const args = [...Array(english.length)].map((_, i) => argument(i));
    const out = String((other as (...a: unknown[]) => unknown)(...args));
    return [
      ...args.flatMap((_, i) => (out.includes(`§${i}§`) ? [] : [`${path}: argument ${i} unused`])),
      ...(/undefined|NaN|\[object/.test(out) ? [`${path}: writes ${out}`] : []),
    ];
  }
  if (Array.isArray(english)) return Array.isArray(other) ? [] : [`${path}: not a list`];
  if (typeof english === 'object' && english !== null) {
    if (typeof other !== 'object' || other === null) return [`${path}: missing`];
    return Object.keys(english).flatMap((k) => differences((english as Record<string, unknown>)[k], (other as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return [];
}

describe('every edition’s strings have the English shape', () => {
  it('the check finds what it should: a dropped slot, an unused argument, a missing key', () => {
    expect(differences({ a: 'x {n}', f: (a: string, b: string) => `${a}${b}`, p: { one: '{n} x', other: '{n} xs' } }, { a: 'y', f: (a: string) => `${a}`, p: { one: 'one', other: '{n} ys {m}' } })).toEqual([
      '.a: slots  instead of {n}',
      '.f: argument 1 unused',
      '.p.other: slots {m},{n} (English: {n})',
    ]);
    expect(differences({ a: 'x' }, {})).toEqual(['.a: missing']);
  });

  it.each(EDITIONS.map((e) => [e.locale.tag, e] as const))('%s: the same {slots} in every string (a plural form may add {n}), every template uses every argument', (_, edition) => {
    expect(differences(en, edition.messages)).toEqual([]);
  });

  it.each(EDITIONS.slice(1).map((e) => [e.locale.tag, e] as const))('%s: every plural slot has each form its language’s plural rules select', (_, edition) => {
    const categories = new Intl.PluralRules(edition.locale.tag).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (isPlural(value)) {
        if (path.endsWith('.ordinal')) return;
        for (const c of categories) if (!(c in value) && c !== 'other') missing.push(`${path}.${c}`);
      } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(edition.messages, '');
    expect(missing).toEqual([]);
  });
});
