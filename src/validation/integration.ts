import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from './check-content.ts';
import { contentRoot } from './content-layout.ts';
import { formatReport } from './problem.ts';

/**
 * Validates all content before Astro touches it. Astro 7 only logs a missing collection folder or a dangling
 * reference() and carries on; a build must stop instead, with a message an editor can act on.
 * In `astro dev` the problems are logged and the server keeps running so the editor can fix them live.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
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
