// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import contentCheck from './src/validation/integration.ts';
import { profileRedirectConfig } from './src/validation/redirect-config.ts';
import staticHostFiles from './src/build/static-host-files.ts';
import { dropKnownUpstreamWarnings } from './src/build/known-warnings.ts';
import { LOCALES, ROOT_LOCALE } from './src/i18n/editions.ts';

const redirects = profileRedirectConfig(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  // Canonical URLs, share previews and the sitemap need the public origin. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://putin-allies.example.org',
  // Tests that run builds of their own (tests/build/) point these at scratch folders, so parallel builds never share
  // Astro's data store (node_modules/.astro) or overwrite dist/, which the built-output and browser tests read.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Pages render four at a time: share cards rasterise off the main thread (src/outputs/share-card.ts) while others lay out.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Aliases, ISO3 codes and former slugs of every profile redirect to its canonical URL, forever.
  redirects,
  integrations: [
    contentCheck(),
    mdx(),
    // Embeds are framed copies of /map/ pages (their rel=canonical); only canonical pages belong in the sitemap,
    // each with its translations as alternates (every page exists in every edition under the edition's prefix).
    sitemap({
      filter: (page) => !LOCALES.some((l) => new URL(page).pathname.startsWith(`${l.pathPrefix}/embed/`) || new URL(page).pathname === `${l.pathPrefix}/404/`),
      i18n: { defaultLocale: ROOT_LOCALE.htmlLang, locales: Object.fromEntries(LOCALES.map((l) => [l.pathPrefix.slice(1) || l.htmlLang, l.htmlLang])) },
    }),
    staticHostFiles(redirects),
  ],
  vite: {
    // Share cards are laid out on worker threads (src/outputs/card-workers.ts), which run the worker's source file.
    define: { __CARD_WORKER_ENTRY__: JSON.stringify(fileURLToPath(new URL('./src/outputs/card-worker.ts', import.meta.url))) },
    build: {
      // Scripts stay external files (never inlined) so the CSP can forbid inline script outright.
      assetsInlineLimit: 0,
      // A clean build prints no warnings (tests/built/quiet-build.test.ts); one known upstream warning is dropped.
      rolldownOptions: { onLog: dropKnownUpstreamWarnings },
    },
  },
});
