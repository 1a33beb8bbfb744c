// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/validation/integration.ts';

export default defineConfig({
  // Canonical URLs, share previews and the sitemap need the public origin. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://putin-allies.example.org',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentCheck(), mdx(), sitemap()],
});
