import { describe, expect, it } from 'vitest';
import { stackedBar } from '../../src/views/bar-geometry.ts';

describe('stackedBar: a stacked bar in whole pixels', () => {
  it('gives each segment its share of the width, less the gaps, with no stretching', () => {
    const rects = stackedBar([{ key: 'a', count: 6 }, { key: 'b', count: 3 }, { key: 'c', count: 1 }], 224);
    expect(rects.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    // Edges at 134.4 → 134 and 201.6 → 202; 1 px cut from each side of an inner edge.
    expect(rects.map((r) => [r.x, r.width])).toEqual([[0, 133], [135, 66], [203, 21]]);
  });

  it('never hides a class: one vote in many keeps a visible width', () => {
    const rects = stackedBar([{ key: 'a', count: 139 }, { key: 'b', count: 1 }], 160);
    expect(rects).toHaveLength(2);
    expect(rects[1]!.width).toBeGreaterThanOrEqual(1);
    expect(rects[0]!.x + rects[0]!.width).toBeLessThanOrEqual(rects[1]!.x);
  });

  it('leaves out empty classes and draws nothing for no votes', () => {
    expect(stackedBar([{ key: 'a', count: 0 }, { key: 'b', count: 4 }], 100)).toEqual([{ key: 'b', count: 4, x: 0, width: 100 }]);
    expect(stackedBar([{ key: 'a', count: 0 }], 100)).toEqual([]);
  });
});
