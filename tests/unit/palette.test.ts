import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRIP_BINS } from '../../src/lib/geo/trip-map.ts';
import { ICC_CLASSES } from '../../src/lib/layers/icc-layer.ts';
import { contrast, PALETTE, type Token } from '../../src/lib/layers/palette.ts';
import { VOTE_CLASSES } from '../../src/lib/layers/vote-layer.ts';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

/** `--name: #hex` declarations of global.css, split by colour scheme (inside a dark-scheme media block or not). */
function declaredTokens(): { light: Map<string, string>; dark: Map<string, string> } {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  const darkOpen = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/g;
  const darkRanges: [number, number][] = [];
  for (const m of css.matchAll(darkOpen)) {
    let depth = 1;
    let i = m.index! + m[0].length;
    for (; depth > 0 && i < css.length; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    darkRanges.push([m.index!, i]);
  }
  for (const m of css.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\b/gi)) {
    const inDark = darkRanges.some(([a, b]) => m.index! > a && m.index! < b);
    (inDark ? dark : light).set(m[1]!, m[2]!.toLowerCase());
  }
  return { light, dark };
}

const usedTokens: Token[] = [...new Set<Token>([...VOTE_CLASSES, ...ICC_CLASSES, ...TRIP_BINS].map((c) => c.token))];

describe('colour tokens', () => {
  const declared = declaredTokens();
  it.each(Object.keys(PALETTE) as Token[])('--%s has the same value in global.css as in the palette, in both schemes', (token) => {
    expect(declared.light.get(token), `light --${token}`).toBe(PALETTE[token].light);
    expect(declared.dark.get(token), `dark --${token}`).toBe(PALETTE[token].dark);
  });

  it('has a t-<token> fill class in global.css for every token a map class uses', () => {
    for (const token of usedTokens) expect(css, token).toContain(`.t-${token} { --fill: var(--${token}); }`);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });
});
