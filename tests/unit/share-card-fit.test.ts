import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/i18n/editions.ts';
import { renderContext } from '../../src/render/context.ts';
import { cardContent, cardKeys } from '../../src/outputs/card-content.ts';
import { CARD_FONT_FAMILY, CARD_FONT_SUBSETS, cardFonts, cardLayout, renderCard } from '../../src/outputs/share-card.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { realEditionData } from '../helpers/content.ts';

describe('share cards in every edition', () => {
  it.each(EDITIONS.map((e) => [e.locale.tag, e.locale] as const))('%s: every card’s text fits its column, the title in the largest size that leaves the rest room', async (_, locale) => {
    const data = realEditionData(locale);
    const ctx = renderContext(locale);
    const cards = cardKeys(data).map((key) => ({ key, card: cardContent(ctx, data, key)! }));
    const overflowing = cards.map(({ key, card }) => ({ key, title: card.title, ...cardLayout(card) })).filter((c) => c.overflow > 0);
    expect(overflowing).toEqual([]);
    // The longest title is drawn: a PNG of the card's size.
    const longest = cards.reduce((a, b) => (b.card.title.length > a.card.title.length ? b : a));
    const png = await renderCard(longest.card);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it('a title too long for any size is reported as overflowing', () => {
    const card = { kicker: 'K', title: 'Word '.repeat(300), facts: [{ label: 'label', value: '1' }], footer: 'footer' };
    expect(cardLayout(card).overflow).toBeGreaterThan(0);
  });

  it('names a member in the edition’s words', () => {
    const uk = EDITIONS.find((e) => e.locale.htmlLang === 'uk')!.locale;
    const data = realEditionData(uk);
    expect(cardContent(renderContext(uk), data, 'china')!.title).toBe('Китай');
  });
});

describe('the card font covers every edition’s words', () => {
  /** Each subset's unicode-range, from the font package's own stylesheet. */
  const css = readFileSync(join(import.meta.dirname, '../../node_modules/@fontsource/source-sans-3/700.css'), 'utf8');
  const ranges = (subset: string) => {
    const block = css.split('@font-face').find((b) => b.includes(`source-sans-3-${subset}-700-normal.woff2`))!;
    return /unicode-range: ([^;]+);/.exec(block)![1]!.split(',').map((r) => r.trim().replace('U+', '').split('-').map((h) => parseInt(h, 16)) as [number, number?]);
  };
  const covered = CARD_FONT_SUBSETS.flatMap((s) => ranges(s));
  const inFont = (c: string) => covered.some(([a, b = a]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b);

  it.each(EDITIONS.map((e) => [e.locale.tag, e.locale] as const))('%s: every character of every card is in one of the subsets the cards load', (_, locale) => {
    const data = realEditionData(locale);
    const ctx = renderContext(locale);
    const missing = new Set<string>();
    for (const key of cardKeys(data)) {
      const card = cardContent(ctx, data, key)!;
      for (const c of [card.kicker, card.title, card.badge ?? '', card.footer, ...card.facts.flatMap((f) => [f.label, f.value])].join('')) if (!inFont(c)) missing.add(c);
    }
    expect([...missing]).toEqual([]);
  });

  it('draws Cyrillic with the Cyrillic subset, not the Latin one’s missing-glyph box', async () => {
    const draw = (fonts: ReturnType<typeof cardFonts>, family: string) => satori({ type: 'div', props: { style: { display: 'flex', fontFamily: family, fontSize: 40 }, children: 'Жовтень' } } as never, { width: 300, height: 60, fonts });
    const latinOnly = cardFonts().filter((f) => f.name.endsWith('latin'));
    expect(await draw(cardFonts(), CARD_FONT_FAMILY)).not.toBe(await draw(latinOnly, `'${latinOnly[0]!.name}'`));
  });
});
