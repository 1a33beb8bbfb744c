import { resolve } from 'node:path';
import type { SiteData } from '../../src/lib/records.ts';
import { byDate, byName, byStart } from '../../src/lib/records.ts';
import { checkContent } from '../../src/validation/check-content.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The real content, checked and shaped as the pages receive it (what src/collections.ts builds from Astro). */
export function realSiteData(): SiteData {
  const checked = checkContent(resolve(ROOT, 'content'), ROOT);
  if (checked.problems.length) throw new Error(`content has problems: ${JSON.stringify(checked.problems[0])}`);
  return {
    dataset: checked.dataset!,
    iccStates: checked.iccStates!,
    countries: checked.countries.map((e) => ({ ...e.data, slug: e.id })).sort(byName),
    visits: checked.visits.map((e) => ({ ...e.data, id: e.id })).sort(byStart),
    resolutions: checked.resolutions.map((e) => ({ ...e.data, id: e.id })).sort(byDate),
  };
}

/** Absolute end point of compact relative path data (`m x y dx dy …`), for checking where a route lands. */
export function pathEnd(d: string): [number, number] {
  const numbers = [...d.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
  let x = 0;
  let y = 0;
  for (let i = 0; i < numbers.length; i += 2) {
    x += numbers[i]!;
    y += numbers[i + 1]!;
  }
  return [x, y];
}
