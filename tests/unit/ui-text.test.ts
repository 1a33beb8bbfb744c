import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { fill, plural } from '../../src/scripts/ui-text.ts';

describe('the words scripts write (src/scripts/ui-text.ts)', () => {
  it('takes the plural form of every CLDR category the language has, not just one and other', () => {
    const trips = { one: '{n} поездка', few: '{n} поездки', many: '{n} поездок', other: '{n} поездки' };
    expect([1, 2, 5, 11, 21, 22, 1.5].map((n) => plural(trips, n, 'ru'))).toEqual(['1 поездка', '2 поездки', '5 поездок', '11 поездок', '21 поездка', '22 поездки', '1,5 поездки']);
    const events = en.t.scripts.timelineFilter.events;
    expect(plural(events, 1, 'en-GB')).toBe(events.one!.replace('{n}', '1'));
    expect(plural(events, 1234, 'en-GB')).toBe(events.other.replace('{n}', '1,234'));
  });

  it('writes numbers in the page’s language', () => {
    expect(fill('{n} of {total}', { n: 1234, total: 'all' }, 'de')).toBe('1.234 of all');
    expect(fill('{n}', { n: 1234 }, 'uk')).toBe('1\u00a0234');
  });
});
