import type { Page } from 'playwright-core';

/** A legend entry of a breakdown bar: its class, the count it states and the colour its chip shows, as RGB. */
interface LegendEntry {
  stance: string;
  count: number;
  rgb: [number, number, number] | null;
}

/** A CSS colour (any syntax the page computes, color-mix included) as the RGB a canvas paints for it; null if transparent. */
async function legendOf(page: Page, index: number): Promise<LegendEntry[]> {
  return page.evaluate((i) => {
    const box = document.querySelectorAll('.breakdown:has(.key)')[i]!;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    return [...box.querySelectorAll('.key li')].map((li) => {
      const chip = li.querySelector('.chip')!;
      const stance = [...chip.classList].find((c) => c.startsWith('stance-'))!.slice('stance-'.length);
      const count = Number(/(\d+)\s*$/.exec(li.textContent ?? '')![1]);
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = getComputedStyle(chip).backgroundColor;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return { stance, count, rgb: a! > 0 ? ([r!, g!, b!] as [number, number, number]) : null };
    });
  }, index);
}

/** The rows of a PNG screenshot, decoded by the page's own image decoder: each row an array of RGB triples. */
async function pixelRows(page: Page, png: Buffer, rows: number[]): Promise<[number, number, number][][]> {
  return page.evaluate(
    async ({ bytes, rows }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(bitmap, 0, 0);
      return rows.map((y) => {
        const data = ctx.getImageData(0, Math.min(y, bitmap.height - 1), bitmap.width, 1).data;
        return Array.from({ length: bitmap.width }, (_, x) => [data[x * 4]!, data[x * 4 + 1]!, data[x * 4 + 2]!] as [number, number, number]);
      });
    },
    { bytes: [...png], rows },
  );
}

const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/**
 * Checks every breakdown bar with a legend on the page against that legend, in rendered pixels: the bar is
 * screenshotted in Chromium, its middle row classified by the legend's chip colours, and each class must cover its
 * share of the bar's width (within the gaps between segments and one pixel of rounding), a class with a count never
 * vanishing; an unrecorded class must show its outline over the rest. Returns one line per bar that misdraws.
 */
export async function barProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const bars = page.locator('.breakdown:has(.key) svg.bar');
  const n = await bars.count();
  for (let i = 0; i < n; i++) {
    const legend = await legendOf(page, i);
    const bar = bars.nth(i);
    const png = await bar.screenshot({ animations: 'disabled' });
    const box = (await bar.boundingBox())!;
    // The middle row for the fills; the two rows at each edge for the unrecorded segment's dashed outline (the
    // element's box may start between device pixels, so its outline can fall in the first or the second row).
    const edge = Math.round(box.height) - 1;
    const [middle, ...edges] = await pixelRows(page, png, [Math.floor(box.height / 2), 0, 1, edge - 1, edge]);
    const width = middle!.length;
    const total = legend.reduce((sum, e) => sum + e.count, 0);
    const coloured = legend.filter((e) => e.rgb);
    const measured = new Map(coloured.map((e) => [e.stance, 0]));
    for (const px of middle!) {
      const nearest = coloured.map((e) => ({ e, d: distance(px, e.rgb!) })).sort((a, b) => a.d - b.d)[0];
      if (nearest && nearest.d < 24) measured.set(nearest.e.stance, measured.get(nearest.e.stance)! + 1);
    }
    const gaps = 2 * (legend.length - 1);
    for (const e of coloured) {
      const expected = (e.count / total) * width;
      const got = measured.get(e.stance)!;
      if (got < 1 || Math.abs(got - expected) > 4) problems.push(`bar ${i + 1}: "${e.stance}: ${e.count}" of ${total} should fill about ${expected.toFixed(0)} of ${width} px; it fills ${got}`);
    }
    const unknown = legend.find((e) => !e.rgb);
    if (unknown) {
      const expected = (unknown.count / total) * width;
      const rest = width - [...measured.values()].reduce((a, b) => a + b, 0);
      if (Math.abs(rest - expected) > gaps + 4) problems.push(`bar ${i + 1}: "${unknown.stance}: ${unknown.count}" of ${total} should leave about ${expected.toFixed(0)} px outlined; ${rest} px are left`);
      const background = middle!.at(-2)!;
      const outline = edges.flatMap((row) => row.slice(Math.round(width - expected + 2), width - 2)).filter((px) => distance(px, background) > 24).length;
      if (outline < 1) problems.push(`bar ${i + 1}: the unrecorded segment shows no outline`);
    }
  }
  return problems;
}
