import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRIP_BINS } from '../../src/map/geo/trip-map.ts';
import { BLOC_CLASSES } from '../../src/map/layers/bloc-layer.ts';
import { ICC_CLASSES } from '../../src/map/layers/icc-layer.ts';
import { contrast, PALETTE, type Token } from '../../src/map/layers/palette.ts';
import { UNFRIENDLY_CLASSES } from '../../src/map/layers/unfriendly-layer.ts';
import { VOTE_CLASSES } from '../../src/map/layers/vote-layer.ts';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

/** `--name: light-dark(#light, #dark)` declarations of global.css (a plain `--name: #hex` is the same in both schemes). */
function declaredTokens(): { light: Map<string, string>; dark: Map<string, string> } {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const m of css.matchAll(/--([a-z0-9-]+):\s*(?:light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)|(#[0-9a-f]{6})\b)/gi)) {
    light.set(m[1]!, (m[2] ?? m[4])!.toLowerCase());
    dark.set(m[1]!, (m[3] ?? m[4])!.toLowerCase());
  }
  return { light, dark };
}

/**
 * Colour-vision deficiencies as Chromium's DevTools emulation (Emulation.setEmulatedVisionDeficiency) draws them:
 * Machado, Oliveira & Fernandes (2009) matrices at full severity, applied to linear RGB.
 */
const DEFICIENCIES = {
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
} as const;
const linear = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
const simulate = (hex: string, m: readonly (readonly number[])[]) => {
  const c = linear(hex);
  return m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)));
};
/** CIELAB (D65) of a linear RGB colour. */
const lab = ([r, g, b]: number[]) => {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
/** Colour difference ΔE*ab (CIE 1976): about 2 is just noticeable, 20 and more reads as another colour. */
const deltaE = (a: number[], b: number[]) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

const usedTokens: Token[] = [...new Set<Token>([...VOTE_CLASSES, ...ICC_CLASSES, ...TRIP_BINS, ...UNFRIENDLY_CLASSES, ...BLOC_CLASSES].map((c) => c.token))];

describe('colour tokens', () => {
  const declared = declaredTokens();
  it.each(Object.keys(PALETTE) as Token[])('--%s has the same value in global.css as in the palette, in both schemes', (token) => {
    expect(declared.light.get(token), `light --${token}`).toBe(PALETTE[token].light);
    expect(declared.dark.get(token), `dark --${token}`).toBe(PALETTE[token].dark);
  });

  it('has a t-<token> fill class in global.css for every token a map class uses', () => {
    for (const token of usedTokens) expect(css, token).toMatch(new RegExp(`\\.t-${token} \\{ --fill: (var\\(--${token}\\)|url\\(#hatch-${token}\\));`));
  });

  it.each(['light', 'dark'] as const)('%s: every trip class stands apart from unvisited land and from the next class (≥ 1.5:1)', (scheme) => {
    const land = PALETTE['map-land'][scheme];
    const bins = TRIP_BINS.map((b) => PALETTE[b.token][scheme]);
    const figures = bins.map((c) => contrast(c, land));
    for (const [i, ratio] of figures.entries()) expect(ratio, `trips-${i + 1} vs land: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(1.5);
    for (let i = 1; i < bins.length; i++) {
      const ratio = contrast(bins[i - 1]!, bins[i]!);
      expect(ratio, `trips-${i} vs trips-${i + 1}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(1.5);
    }
  });

  it.each(['light', 'dark'] as const)('%s: ICC "withdrew" has its own fill, apart from "not a party" (unvisited land)', (scheme) => {
    const byId = new Map(ICC_CLASSES.map((c) => [c.id, c.token]));
    expect(new Set(ICC_CLASSES.map((c) => c.token)).size).toBe(ICC_CLASSES.length);
    const ratio = contrast(PALETTE[byId.get('withdrawn')!][scheme], PALETTE[byId.get('non-party')!][scheme]);
    expect(ratio).toBeGreaterThanOrEqual(1.5);
  });

  it.each(['light', 'dark'] as const)('%s: the unfriendly list’s dates step ≥ 1.5:1 from each other and from unlisted land', (scheme) => {
    const steps = (['unfriendly-later', 'unfriendly-2022', 'unfriendly-original'] as const).map((t) => PALETTE[t][scheme]);
    let previous: string = PALETTE['map-land'][scheme];
    for (const [i, colour] of steps.entries()) {
      expect(contrast(previous, colour), `step ${i}`).toBeGreaterThanOrEqual(1.5);
      previous = colour;
    }
  });

  it.each(['light', 'dark'] as const)('%s: every bloc tie stands apart from land (≥ 1.5:1) and from full members', (scheme) => {
    const land = PALETTE['map-land'][scheme];
    const member = PALETTE['bloc-member'][scheme];
    for (const c of BLOC_CLASSES.filter((x) => x.id !== 'none')) expect(contrast(PALETTE[c.token][scheme], land), c.id).toBeGreaterThanOrEqual(1.5);
    for (const c of BLOC_CLASSES.filter((x) => !['none', 'member', 'suspended'].includes(x.id))) expect(contrast(PALETTE[c.token][scheme], member), c.id).toBeGreaterThanOrEqual(1.5);
  });

  it('gives every vote class its own token, and unknown votes none of the cast votes’ or the land’s', () => {
    const tokens = VOTE_CLASSES.map((c) => c.token);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens).not.toContain('map-land');
  });

  it.each(['light', 'dark'] as const)('%s: yes, no, abstained, did not vote and land stay apart under simulated deuteranopia, protanopia and tritanopia (ΔE ≥ 20)', (scheme) => {
    // "Not in our record" and "could not vote (Article 19)" are hatchings over land, told apart by their texture
    // (and its direction), not by their colour.
    const tokens = [...VOTE_CLASSES.filter((c) => c.id !== 'unknown' && c.id !== 'article19').map((c) => c.token), 'map-land' as const];
    for (const [name, matrix] of Object.entries(DEFICIENCIES)) {
      for (const [i, a] of tokens.entries()) {
        for (const b of tokens.slice(i + 1)) {
          const d = deltaE(simulate(PALETTE[a][scheme], matrix), simulate(PALETTE[b][scheme], matrix));
          expect(d, `${name}: ${a} / ${b} ΔE ${d.toFixed(1)}`).toBeGreaterThanOrEqual(20);
        }
      }
    }
  });

  it('draws "not in our record" and "could not vote" as hatchings, not as fills a deficiency could confuse with a cast vote', () => {
    expect(VOTE_CLASSES.find((c) => c.id === 'unknown')!.token).toBe('vote-unknown');
    expect(css).toMatch(/\.t-vote-unknown \{ --fill: url\(#hatch-vote-unknown\);/);
    expect(VOTE_CLASSES.find((c) => c.id === 'article19')!.token).toBe('vote-article19');
    expect(css).toMatch(/\.t-vote-article19 \{ --fill: url\(#hatch-vote-article19\);/);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });
});
