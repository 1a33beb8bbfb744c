/**
 * A stacked bar's segments in whole pixels of a fixed-width drawing, so that nothing in it is stretched: each
 * segment's edges are its cumulative count scaled to the width and rounded, neighbours are kept apart by a gap cut
 * from both sides of the edge (never more than a third of the narrowest segment, so no class is hidden), and every
 * class with a count keeps at least one pixel. The SVG is then scaled uniformly (its viewBox in these pixels).
 */
export interface BarRect<K> {
  key: K;
  count: number;
  x: number;
  width: number;
}

export function stackedBar<K>(parts: readonly { key: K; count: number }[], width: number, gap = 2): BarRect<K>[] {
  const shown = parts.filter((p) => p.count > 0);
  const total = shown.reduce((sum, p) => sum + p.count, 0);
  if (total === 0) return [];
  let cumulative = 0;
  const edges = [0, ...shown.map((p) => Math.round(((cumulative += p.count) / total) * width))];
  const narrowest = Math.min(...shown.map((_, i) => edges[i + 1]! - edges[i]!));
  const half = Math.min(gap, Math.floor(narrowest / 3)) / 2;
  return shown.map((p, i) => {
    const left = edges[i]! + (i > 0 ? half : 0);
    const right = edges[i + 1]! - (i < shown.length - 1 ? half : 0);
    return { key: p.key, count: p.count, x: left, width: Math.max(1, right - left) };
  });
}
