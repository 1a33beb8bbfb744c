/**
 * `npm run bench:dev`: how long after saving a content file the open page in `astro dev` shows the change.
 * Edits a visit's counterpart, waits for the text to appear in Chromium, then restores the file.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/site.ts';

const port = 4399;
const file = join(ROOT, 'content/visits/2024-06-19-north-korea.yaml');
const original = readFileSync(file, 'utf8');
const dev = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore' });
const browser = await launchBrowser();
try {
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/countries/north-korea/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  const page = await browser.newPage();
  await page.goto(`${origin}/countries/north-korea/`, { waitUntil: 'networkidle' });
  const times: number[] = [];
  for (let run = 1; run <= 3; run++) {
    const marker = `Edit check ${run} ${Date.now()}`;
    const started = performance.now();
    writeFileSync(file, original.replace(/^counterpart: .*$/m, `counterpart: "${marker}"`));
    await page.waitForFunction((text) => document.body.innerText.includes(text), marker, { timeout: 60_000, polling: 50 });
    times.push(performance.now() - started);
    writeFileSync(file, original);
    await page.waitForFunction((text) => !document.body.innerText.includes(text), marker, { timeout: 60_000, polling: 50 });
  }
  console.log(`Content edit → open page updated in astro dev: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}`);
} finally {
  writeFileSync(file, original);
  await browser.close();
  dev.kill();
}
