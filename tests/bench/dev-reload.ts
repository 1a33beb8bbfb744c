/**
 * `npm run bench:dev`: how long after saving a content file the open page in `astro dev` shows the change, for
 * each kind of content file — a visit (YAML), a profile (MDX), a resolution (JSON), dataset.yaml and the ICC list.
 * Each case edits the file, waits for the change in Chromium, restores the file and waits for the original again.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/site.ts';

interface Case {
  label: string;
  file: string;
  page: string;
  /** The edited file's text and a string that shows on the page only after the edit. */
  edit: (original: string, run: number) => { text: string; marker: string };
}

const CASES: Case[] = [
  {
    label: 'visit (YAML)',
    file: 'content/visits/2024-06-19-north-korea.yaml',
    page: '/countries/north-korea/',
    edit: (original, run) => {
      const marker = `Edit check ${run} ${Date.now()}`;
      return { text: original.replace(/^counterpart: .*$/m, `counterpart: "${marker}"`), marker };
    },
  },
  {
    label: 'profile (MDX)',
    file: 'content/countries/north-korea.mdx',
    page: '/countries/north-korea/',
    edit: (original, run) => {
      const marker = `Edit check ${run} ${Date.now()}`;
      return { text: `${original.trimEnd()}\n\n${marker}\n`, marker };
    },
  },
  {
    label: 'resolution (JSON)',
    file: 'content/resolutions/a-res-es-11-1.json',
    page: '/map/votes/a-res-es-11-1/',
    edit: (original, run) => {
      const marker = `Edit check ${run} ${Date.now()}`;
      const data = JSON.parse(original) as { summary: string };
      return { text: `${JSON.stringify({ ...data, summary: marker }, null, 2)}\n`, marker };
    },
  },
  {
    label: 'dataset.yaml',
    file: 'content/dataset.yaml',
    page: '/data/',
    edit: (original, run) => {
      const marker = `Edit check ${run} ${Date.now()}`;
      return { text: original.replace(/^citation: .*$/m, `citation: "${marker}"`), marker };
    },
  },
  {
    label: 'ICC list (JSON)',
    file: 'content/icc-states-parties.json',
    page: '/map/icc/',
    // France (no profile, so no profile's ICC dates to keep in step) flips to "withdrawal pending" on the layer.
    edit: (original) => {
      const data = JSON.parse(original) as { states: { iso3: string; withdrawal?: unknown }[] };
      const states = data.states.map((s) => (s.iso3 === 'FRA' ? { ...s, withdrawal: { notified: '2025-01-01', effective: '2027-01-01' } } : s));
      return { text: `${JSON.stringify({ ...data, states }, null, 2)}\n`, marker: 'France: State party, withdrawal pending' };
    },
  },
];

const port = 4399;
const dev = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore' });
const browser = await launchBrowser();
const originals = new Map(CASES.map((c) => [c.file, readFileSync(join(ROOT, c.file), 'utf8')]));
try {
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/countries/north-korea/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  const page = await browser.newPage();
  // A save can reload the page more than once (Astro's own reload and ours): retry across navigations.
  const has = async (text: string): Promise<boolean> => {
    for (let i = 0; ; i++) {
      try {
        return await page.evaluate((t) => document.documentElement.innerHTML.includes(t), text);
      } catch (error) {
        if (i > 20) throw error;
        await page.waitForLoadState('load');
      }
    }
  };
  const settle = () => new Promise((r) => setTimeout(r, 1500));
  for (const c of CASES) {
    const path = join(ROOT, c.file);
    const original = originals.get(c.file)!;
    await page.goto(`${origin}${c.page}`, { waitUntil: 'networkidle' });
    const times: number[] = [];
    for (let run = 1; run <= 3; run++) {
      const { text, marker } = c.edit(original, run);
      if (await has(marker)) throw new Error(`${c.label}: "${marker}" is on ${c.page} before the edit`);
      const started = performance.now();
      writeFileSync(path, text);
      await page.waitForFunction((t) => document.documentElement.innerHTML.includes(t), marker, { timeout: 60_000, polling: 50 });
      times.push(performance.now() - started);
      writeFileSync(path, original);
      await page.waitForFunction((t) => !document.documentElement.innerHTML.includes(t), marker, { timeout: 60_000, polling: 50 });
      await settle();
    }
    console.log(`${c.label} edit → ${c.page} updated in astro dev: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}`);
  }
} finally {
  for (const [file, text] of originals) writeFileSync(join(ROOT, file), text);
  await browser.close();
  dev.kill();
}
