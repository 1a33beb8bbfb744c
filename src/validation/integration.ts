import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from './check-content.ts';
import { contentRoot } from '../content-registry.ts';
import { parseCount } from './parse-file.ts';
import { formatReport } from './problem.ts';

/**
 * Validates all content before Astro touches it. Astro 7 only logs a missing collection folder or a dangling
 * reference() and carries on; a build must stop instead, with a message an editor can act on.
 * In `astro dev` the problems are logged and the server keeps running so the editor can fix them live.
 */
export default function contentCheck(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      // In `astro dev`, re-check everything whenever a content file changes, and print what to fix (or that
      // all is well again) in the terminal: Astro itself only logs the first parse failure it meets.
      'astro:server:setup': ({ server, logger }) => {
        const root = contentRoot(projectRoot);
        let timer: NodeJS.Timeout | undefined;
        let failing = false;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(root)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { problems } = checkContent(root, projectRoot);
            if (problems.length) logger.error(formatReport(problems));
            else if (failing) logger.info('Content check passed again.');
            failing = problems.length > 0;
            if (failing) return;
            // Pages read site data through src/collections.ts, which re-reads changed files on the next request.
            // Files outside Astro's collections (visits, resolutions, dataset.yaml, the ICC list) reload nothing by
            // themselves, and the dev server caches getStaticPaths() results: clear that cache the way Astro does
            // for its own collections (the "astro:content-changed" event of astro/dist/content/
            // vite-plugin-content-virtual-mod.js), then reload the open page.
            for (const [name, environment] of Object.entries(server.environments)) {
              if (name !== 'client') environment.hot.send('astro:content-changed', {});
            }
            server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          }, 150);
        });
      },
      // CONTENT_PARSE_STATS=1 prints how many content files were parsed: each once per build (see parse-file.ts).
      'astro:build:done': ({ logger }) => {
        if (process.env.CONTENT_PARSE_STATS) logger.info(`content files parsed: ${parseCount()}`);
      },
      'astro:config:setup': ({ command, config, logger }) => {
        projectRoot = fileURLToPath(config.root);
        const { problems } = checkContent(contentRoot(projectRoot), projectRoot);
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        const error = new Error(report);
        error.name = 'ContentCheckError';
        error.stack = report;
        throw error;
      },
    },
  };
}
