/**
 * The colour tokens every map, legend and share card uses, as hex values per colour scheme. src/styles/global.css
 * declares the same custom properties (`--<token>`) for the pages; tests/unit/palette.test.ts fails when the two
 * disagree, so this table is the one to read when a colour is needed outside CSS (share cards, contrast checks).
 */
export const PALETTE = {
  text: { light: '#1b1b1f', dark: '#ecebe6' },
  'text-muted': { light: '#55565e', dark: '#b3b1a9' },
  surface: { light: '#fdfcfa', dark: '#16171a' },
  rule: { light: '#d8d5cc', dark: '#3b3c42' },
  accent: { light: '#a3231f', dark: '#ff8a7a' },
  'map-land': { light: '#e4e1d8', dark: '#34353b' },
  'map-border': { light: '#fdfcfa', dark: '#16171a' },
  'map-route': { light: '#1b1b1f', dark: '#ecebe6' },
  /**
   * Votes: blue / vermilion / yellow / neutral grey, apart in hue along the blue–yellow axis that every common
   * colour-vision deficiency keeps, and in lightness where hues merge (checked under simulated deuteranopia,
   * protanopia and tritanopia). Profiles' vote strips print white (light) or near-black (dark) letters on them.
   */
  'vote-yes': { light: '#0072b2', dark: '#56b4e9' },
  'vote-no': { light: '#c2410c', dark: '#e0603a' },
  'vote-abstain': { light: '#dcb813', dark: '#e8d04a' },
  'vote-absent': { light: '#6e6e6e', dark: '#7d7d7d' },
  /** Could not vote under Article 19: the absent grey, hatched (a texture, so it is never read as a chosen absence). */
  'vote-article19': { light: '#6e6e6e', dark: '#7d7d7d' },
  /** The hatching of "not in our record" (drawn over map-land). */
  'vote-unknown': { light: '#7c8190', dark: '#9a9eab' },
  /** Trip counts: one hue, each step ≥ 1.5:1 from the next and from unvisited land (tests/unit/palette.test.ts). */
  'trips-1': { light: '#ed9a81', dark: '#943b1f' },
  'trips-2': { light: '#e36139', dark: '#c84f2a' },
  'trips-3': { light: '#b33d1a', dark: '#de8164' },
  'trips-4': { light: '#762911', dark: '#ecb4a3' },
  icc: { light: '#5a3d99', dark: '#b59cf0' },
  'icc-light': { light: '#c9bce9', dark: '#5a4a86' },
  /** Former states parties: a hue of their own, never the fill of states that never joined. */
  'icc-withdrawn': { light: '#c98a4b', dark: '#9c7440' },
  /**
   * Russia's "unfriendly" list, one hue by when a state was put on it: the longer listed, the stronger (darkest in
   * light, lightest in dark), each step ≥ 1.5:1 from the next and from unlisted land. A state taken off the list
   * is hatched in its own colour (tests/unit/palette.test.ts).
   */
  'unfriendly-original': { light: '#741d48', dark: '#f2a5cb' },
  'unfriendly-2022': { light: '#cb4d8c', dark: '#c85b92' },
  'unfriendly-later': { light: '#e197bc', dark: '#8d3d65' },
  'unfriendly-removed': { light: '#a56987', dark: '#bd85a1' },
  /**
   * Bloc membership: full members strongest, looser ties lighter (teal), observers a green of their own, a
   * member on its way out amber, former members warm grey; every class ≥ 1.5:1 from land and from members. A
   * member whose participation is frozen is hatched in the members' colour.
   */
  'bloc-member': { light: '#12635e', dark: '#41cfc6' },
  'bloc-suspended': { light: '#12635e', dark: '#41cfc6' },
  'bloc-associate': { light: '#339891', dark: '#368f89' },
  'bloc-partner': { light: '#58bfb9', dark: '#2a625e' },
  'bloc-observer': { light: '#90bd52', dark: '#4a6029' },
  'bloc-leaving': { light: '#c7891c', dark: '#c58a23' },
  'bloc-former': { light: '#a09385', dark: '#60574f' },
} as const satisfies Record<string, { light: string; dark: string }>;

export type Token = keyof typeof PALETTE;
export type Scheme = 'light' | 'dark';

/** A token's colour in one scheme, e.g. `tokenHex('vote-yes')` → `#0072b2`. */
export const tokenHex = (token: Token, scheme: Scheme = 'light'): string => PALETTE[token][scheme];

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
