import { launchBrowser } from './helpers/browser.ts';
import { startPreview } from './helpers/site.ts';
const [path, selector, tag, maxH] = process.argv.slice(2);
const preview = await startPreview();
const browser = await launchBrowser();
for (const [w, h] of [[375, 812], [1440, 900]]) {
  for (const scheme of ['light', 'dark'] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(preview.origin + path);
    const box = (await page.locator(selector!).first().boundingBox())!;
    await page.screenshot({ path: `/tmp/numbers-shots/${tag}-${w}-${scheme}.png`, fullPage: true, clip: { x: 0, y: Math.max(0, box.y - 10), width: w, height: process.env.FIXED ? Number(maxH) : Math.min(Number(maxH ?? 1200), box.height + 20) } });
    await ctx.close();
  }
}
await browser.close();
preview.stop();
