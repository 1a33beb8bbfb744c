import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/** The built site must exist: `npm test` builds it first. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it for you)');
}

/** Paths of every page in the built sitemap, e.g. `/countries/china/`. */
export function sitemapPaths(): string[] {
  requireDist();
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) =>
    [...readFileSync(join(DIST, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  ).sort();
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Serves dist/ with `astro preview` on loopback; resolves once it answers. */
export async function startPreview(): Promise<{ origin: string; stop: () => void }> {
  requireDist();
  const port = await freePort();
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return { origin, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('astro preview did not start');
}
