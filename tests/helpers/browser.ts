import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startPreview } from './site.ts';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this closed network needs (no background connections). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/**
 * For a browser test file: serves dist/ and launches Chromium once for the file, closes both afterwards.
 * Read `site.browser` and `site.origin` inside tests (they are set in beforeAll).
 */
export function useBrowserAndSite(): { browser: Browser; origin: string } {
  const site = {} as { browser: Browser; origin: string; stop?: () => void };
  beforeAll(async () => {
    const preview = await startPreview();
    site.origin = preview.origin;
    site.stop = preview.stop;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    site.stop?.();
  });
  return site;
}
