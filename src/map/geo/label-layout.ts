/** A rectangle in map units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Advance widths (em), Latin and Cyrillic, of DejaVu Sans, the widest of the fonts `system-ui` resolves to (Linux; macOS and Windows
 * fonts are narrower), so a box measured here holds the text wherever it renders. Bold is about 10% wider.
 */
const WIDE = /[MWmw@%ЖШЩЮЫМФжшщюымф]/;
const NARROW = /[iljtfrI.,:;'’()\-–іїІЇ]/;
function charWidth(c: string): number {
  if (c === ' ') return 0.32;
  if (WIDE.test(c)) return 0.9;
  if (NARROW.test(c)) return 0.36;
  if (/[A-ZА-ЯЁЄҐ]/.test(c)) return 0.72;
  if (/[0-9]/.test(c)) return 0.64;
  return 0.6;
}

/** The width of a line of text in map units, at a font size in map units. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * size * (bold ? 1.1 : 1);
}

/** Words into lines no wider than `max` (map units); a single long word gets a line of its own. */
export function wrapText(text: string, size: number, max: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export const intersects = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
export const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

/** Directions a label may sit in from its anchor, in order of preference (right of a point first, as maps do). */
export const DIRECTIONS = {
  E: [1, 0],
  W: [-1, 0],
  NE: [1, -1],
  SE: [1, 1],
  NW: [-1, -1],
  SW: [-1, 1],
  N: [0, -1],
  S: [0, 1],
} as const;
export type Direction = keyof typeof DIRECTIONS;

export interface LabelRequest {
  id: string;
  /** The point labelled. */
  anchor: [number, number];
  /** The label's size. */
  w: number;
  h: number;
  /** Gaps between the anchor and the label to try, nearest first; beyond the first, a leader line is drawn. */
  gaps: readonly number[];
  directions?: readonly Direction[];
  /** The label must stay inside this box (the map's frame, or an inset). */
  within: Box;
  /**
   * What a free position costs beyond its distance (what it covers that a reader needs to see); the cheapest free
   * position wins. Without it, the nearest free position does.
   */
  cost?: (box: Box) => number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /**
   * Where the text is tied to its box: the side and edge facing the anchor. Text is laid out here at its largest
   * size (the phone's); drawn smaller on a wide screen, it shrinks towards the anchor, never away from it.
   */
  align: { h: 'start' | 'middle' | 'end'; v: 'top' | 'middle' | 'bottom' };
  /** The point the text is tied to (x for `align.h`, y for `align.v`). */
  at: [number, number];
  /** From the anchor to the nearest point of the label, when the label had to move away from its anchor. */
  leader: [number, number, number, number] | null;
}

type Align = PlacedLabel['align'];

/**
 * The boxes for a label `gap` units from its anchor in a direction: the nearest edge or corner at that gap and,
 * straight above, below or beside the anchor, also slid along that edge (a long label need not be centred on
 * its point), each with how its text is tied to it.
 */
function candidates(r: LabelRequest, gap: number, [dx, dy]: readonly [number, number]): { box: Box; align: Align }[] {
  const [ax, ay] = r.anchor;
  const round = (v: number) => Math.round(v * 10) / 10;
  const h: Align['h'] = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const v: Align['v'] = dy > 0 ? 'top' : dy < 0 ? 'bottom' : 'middle';
  const x = dx > 0 ? ax + gap : dx < 0 ? ax - gap - r.w : ax - r.w / 2;
  const y = dy > 0 ? ay + gap : dy < 0 ? ay - gap - r.h : ay - r.h / 2;
  const out = [{ box: { x: round(x), y: round(y), w: r.w, h: r.h }, align: { h, v } }];
  const slide = 12;
  if (dx === 0 && r.w > 2 * slide) {
    out.push({ box: { x: round(ax - slide), y: round(y), w: r.w, h: r.h }, align: { h: 'start', v } });
    out.push({ box: { x: round(ax + slide - r.w), y: round(y), w: r.w, h: r.h }, align: { h: 'end', v } });
  }
  if (dy === 0 && r.h > 2 * slide) {
    out.push({ box: { x: round(x), y: round(ay - slide), w: r.w, h: r.h }, align: { h, v: 'top' } });
    out.push({ box: { x: round(x), y: round(ay + slide - r.h), w: r.w, h: r.h }, align: { h, v: 'bottom' } });
  }
  return out;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/**
 * Greedy label placement: each request in turn takes the nearest (or, with a cost, the cheapest) candidate
 * position that stays inside its frame and overlaps no obstacle (markers, insets) and no label placed before it. Deterministic, so builds are
 * reproducible. A request with no free position takes its first candidate and is reported in `collisions`; the
 * tests fail on any collision, so a new trip that crowds the map is caught before it is published.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[]): { placed: PlacedLabel[]; collisions: string[] } {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const collisions: string[] = [];
  for (const r of requests) {
    const directions = r.directions ?? (Object.keys(DIRECTIONS) as Direction[]);
    let best: { box: Box; gap: number; align: Align; score: number } | undefined;
    for (const gap of r.gaps) {
      if (best && (!r.cost || gap >= best.score)) break;
      for (const d of directions) {
        for (const { box, align } of candidates(r, gap, DIRECTIONS[d])) {
          if (!inside(box, r.within) || taken.some((t) => intersects(box, t))) continue;
          const score = gap + (r.cost?.(box) ?? 0);
          if (!best || score < best.score) best = { box, gap, align, score };
        }
      }
    }
    if (!best) {
      collisions.push(r.id);
      best = { ...candidates(r, r.gaps[0]!, DIRECTIONS[directions[0]!])[0]!, gap: r.gaps[0]!, score: 0 };
    }
    const { box, gap, align } = best;
    const at: [number, number] = [
      align.h === 'start' ? box.x : align.h === 'end' ? box.x + box.w : box.x + box.w / 2,
      align.v === 'top' ? box.y : align.v === 'bottom' ? box.y + box.h : box.y + box.h / 2,
    ].map((v) => Math.round(v * 10) / 10) as [number, number];
    taken.push(box);
    const [ax, ay] = r.anchor;
    const near: [number, number] = [clamp(ax, box.x, box.x + box.w), clamp(ay, box.y, box.y + box.h)];
    const leader = gap > r.gaps[0]! ? ([ax, ay, Math.round(near[0] * 10) / 10, Math.round(near[1] * 10) / 10] as [number, number, number, number]) : null;
    placed.push({ id: r.id, box, align, at, leader });
  }
  return { placed, collisions };
}
