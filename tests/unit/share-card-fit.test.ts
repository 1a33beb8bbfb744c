import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/i18n/editions.ts';
import { renderContext } from '../../src/render/context.ts';
import { cardContent, cardKeys } from '../../src/outputs/card-content.ts';
import { cardLayout, renderCard } from '../../src/outputs/share-card.ts';
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
