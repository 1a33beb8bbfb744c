import { describe, expect, it } from 'vitest';
import { englishHash } from '../../src/model/text-hash.ts';
import { alignProse, proseBlocks } from '../../src/validation/prose-translations.ts';

const states = (english: string[], translated: string[], sections: string[]) => alignProse(english, translated, sections).map((b) => [b.state, b.en ?? null, b.text ?? null]);

describe('a translated text against its English, block by block', () => {
  const en = ['One.', 'Two.', 'Three.'];
  const tr = ['Раз.', 'Два.', 'Три.'];
  const made = en.map(englishHash);

  it('is current where each block was translated from the English as it is', () => {
    expect(states(en, tr, made).every(([s]) => s === 'current')).toBe(true);
  });
  it('is outdated where an English block changed since', () => {
    expect(states(['One.', 'Two, revised.', 'Three.'], tr, made)).toEqual([
      ['current', 'One.', 'Раз.'],
      ['outdated', 'Two, revised.', 'Два.'],
      ['current', 'Three.', 'Три.'],
    ]);
  });
  it('finds a new English block missing and a deleted one orphaned, without shifting the rest', () => {
    expect(states(['One.', 'New.', 'Two.', 'Three.'], tr, made).map(([s]) => s)).toEqual(['current', 'missing', 'current', 'current']);
    expect(states(['One.', 'Three.'], tr, made).map(([s]) => s)).toEqual(['current', 'orphaned', 'current']);
  });
  it('splits a body into blocks at blank lines, after its front matter', () => {
    expect(proseBlocks('---\nsections: []\n---\n\nA\nstill A\n\n\nB\n')).toEqual(['A\nstill A', 'B']);
  });
});
