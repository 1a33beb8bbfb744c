import { renderAsync } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { stripUntranslated } from '../render/untranslated.ts';
import { wrapText } from '../map/geo/label-layout.ts';
import sharp from 'sharp';
import { tokenHex } from '../map/layers/palette.ts';

/** Share cards are 1200×630 PNGs: the size every major link-preview parser crops to. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);
/** The font's subsets the editions' scripts need: Latin (English, German) and Cyrillic (Ukrainian, Russian). */
export const CARD_FONT_SUBSETS = ['latin', 'cyrillic'] as const;
const SUBSETS = CARD_FONT_SUBSETS;
const font = (subset: (typeof SUBSETS)[number], weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`));

type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: CardFont[] | undefined;
/** Bundled fonts only (no system fonts), so every machine renders byte-identical cards. Read on the first card. */
export function cardFonts(): CardFont[] {
  // One family per subset, listed in the card's font-family: satori takes each glyph from the first family that has it.
  fonts ??= SUBSETS.flatMap((subset) => ([400, 700] as const).map((weight) => ({ name: `Source Sans 3 ${subset}`, data: font(subset, weight), weight, style: 'normal' as const })));
  return fonts;
}

/** Every subset's family, in order: a glyph comes from the first that has it. */
export const CARD_FONT_FAMILY = SUBSETS.map((subset) => `'Source Sans 3 ${subset}'`).join(', ');

/** Cards use the light scheme of the site's colour tokens. */
const INK = tokenHex('text');
const MUTED = tokenHex('text-muted');
const ACCENT = tokenHex('accent');
const PAPER = tokenHex('surface');
const RULE = tokenHex('rule');
const LAND = tokenHex('map-land');

export interface CardContent {
  kicker: string;
  title: string;
  /** A short label under the title (the relationship). */
  badge?: string;
  facts: { label: string; value: string }[];
  footer: string;
  /** An SVG map (viewBox, paths) drawn on the right. */
  map?: { width: number; height: number; land: string; highlight?: string | null; routes: string[]; marker?: [number, number]; moscow?: [number, number] };
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

function mapImage(map: NonNullable<CardContent['map']>, width: number): Node {
  const height = Math.round((width * map.height) / map.width);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${width}" height="${height}">`,
    `<path d="${map.land}" fill="${LAND}"/>`,
    map.highlight ? `<path d="${map.highlight}" fill="${ACCENT}"/>` : '',
    ...map.routes.map((d) => `<path d="${d}" fill="none" stroke="${INK}" stroke-width="1.2"/>`),
    map.moscow ? `<circle cx="${map.moscow[0]}" cy="${map.moscow[1]}" r="3" fill="${INK}"/>` : '',
    map.marker ? `<circle cx="${map.marker[0]}" cy="${map.marker[1]}" r="5" fill="none" stroke="${ACCENT}" stroke-width="2.5"/>` : '',
    '</svg>',
  ].join('');
  return el('img', { width, height }, undefined, { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, width, height });
}

/** The card's text column: its width beside the map (or alone), and the height its content must fit in. */
const COLUMN = { withMap: 620, alone: 1072, height: CARD_HEIGHT - 12 - 2 * 52 };
/** The title's sizes, largest first: the largest whose lines leave the rest room is used. */
const TITLE_SIZES = [76, 60, 52, 44, 38] as const;
const FACT_VALUE_WIDTH = 150;

/**
 * Source Sans 3's advance widths against the map labels' DejaVu Sans measure (src/map/geo/label-layout.ts), bold,
 * Latin and Cyrillic: 0.79–0.80 measured on country names from the font files (fontkit's advance widths, once);
 * 0.82 leaves a margin.
 */
const SOURCE_SANS_TO_DEJAVU = 0.82;

/**
 * How the card's text column is set, measured with the map labels' advance widths scaled to the card's font: the
 * title's size, and by how much the column's content overruns its height at that size (≤ 0 when it fits). Titles
 * run longer in other languages (`Центрально-Африканська Республіка`), so the size follows the words.
 */
export function cardLayout(card: CardContent): { titleSize: number; overflow: number } {
  const width = card.map ? COLUMN.withMap : COLUMN.alone;
  const block = (text: string, size: number, w: number, bold: boolean, lineHeight: number) => wrapText(text, size, w / SOURCE_SANS_TO_DEJAVU, bold).length * size * lineHeight;
  const rest =
    26 * 1.2 + 14 +
    (card.badge ? 18 + 28 * 1.2 + 8 : 0) +
    card.facts.reduce((sum, f) => sum + 22 + Math.max(40 * 1.2, block(f.label, 26, width - FACT_VALUE_WIDTH, false, 1.2)), 0) +
    block(card.footer, 22, width, false, 1.2);
  const at = (size: number) => ({ titleSize: size, overflow: Math.ceil(rest + block(card.title, size, width, true, 1.05) - COLUMN.height) });
  const first = card.title.length > 22 ? 1 : 0;
  for (const size of TITLE_SIZES.slice(first)) {
    const layout = at(size);
    if (layout.overflow <= 0) return layout;
  }
  return at(TITLE_SIZES.at(-1)!);
}

/** Renders a card to PNG bytes: satori lays out the text (turning it into paths), resvg rasterises. */
export async function renderCard(marked: CardContent): Promise<Buffer> {
  // A card is an image: English shown for a missing translation cannot be marked up in it (src/render/untranslated.ts).
  const card = JSON.parse(stripUntranslated(JSON.stringify(marked))) as CardContent;
  const inner = COLUMN.height;
  const { titleSize } = cardLayout(card);
  const left = el('div', { display: 'flex', flexDirection: 'column', width: card.map ? COLUMN.withMap : COLUMN.alone, justifyContent: 'space-between', height: inner }, [
    el('div', { display: 'flex', flexDirection: 'column' }, [
      el('div', { fontSize: 26, fontWeight: 700, color: ACCENT, letterSpacing: 2, textTransform: 'uppercase' }, card.kicker),
      el('div', { fontSize: titleSize, fontWeight: 700, color: INK, lineHeight: 1.05, marginTop: 14 }, card.title),
      ...(card.badge
        ? [el('div', { display: 'flex', marginTop: 18 }, [el('div', { fontSize: 28, fontWeight: 700, color: PAPER, background: INK, borderRadius: 999, padding: '4px 20px' }, card.badge)])]
        : []),
    ]),
    el(
      'div',
      { display: 'flex', flexDirection: 'column' },
      card.facts.map((f) =>
        el('div', { display: 'flex', alignItems: 'baseline', borderTop: `2px solid ${RULE}`, padding: '10px 0' }, [
          el('div', { fontSize: 40, fontWeight: 700, color: INK, width: FACT_VALUE_WIDTH }, f.value),
          el('div', { fontSize: 26, color: MUTED, flex: 1 }, f.label),
        ]),
      ),
    ),
    el('div', { fontSize: 22, color: MUTED }, card.footer),
  ]);
  const children: Node[] = [left];
  if (card.map) children.push(el('div', { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', width: 412, height: inner, marginLeft: 40 }, [mapImage(card.map, 412)]));
  const root = el('div', { display: 'flex', width: CARD_WIDTH, height: CARD_HEIGHT, background: PAPER, padding: '52px 64px', borderTop: `12px solid ${ACCENT}`, fontFamily: CARD_FONT_FAMILY }, children);
  const svg = await satori(root as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
  // Rasterised (resvg) and PNG-encoded (sharp) on worker threads, so the main thread only lays out: with the build's
  // page concurrency (astro.config.mjs) one card is drawn and compressed while the next is laid out. resvg's own
  // asPng() compresses on the main thread at a high level; zlib level 3 is ~3× faster for a slightly smaller file on
  // these flat-colour cards (54 KB on average against 57 KB), and the pixels are the same.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: 3 })
    .toBuffer();
}
