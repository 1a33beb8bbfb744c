import { launchBrowser } from './helpers/browser.ts';
import { startPreview } from './helpers/site.ts';
const pages = (process.argv[2] ?? '/').split(',');
const preview = await startPreview();
const browser = await launchBrowser();
for (const path of pages) {
  for (const [w, h] of [[375, 812], [1440, 900]]) {
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
      const page = await ctx.newPage();
      await page.goto(preview.origin + path);
      const name = `${path.replace(/\//g, '_') || 'home'}-${w}-${scheme}`;
      await page.screenshot({ path: `/tmp/numbers-shots/${name}.png`, fullPage: process.env.FULL === '1' });
      await ctx.close();
    }
  }
}
await browser.close();
preview.stop();
