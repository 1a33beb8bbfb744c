import { resolve } from 'node:path';

/** Where each collection lives under the content root, and the one file type it holds. */
export const COLLECTION_FOLDERS = {
  countries: { folder: 'countries', extension: '.mdx' },
  visits: { folder: 'visits', extension: '.yaml' },
  resolutions: { folder: 'resolutions', extension: '.json' },
} as const;

export type CollectionName = keyof typeof COLLECTION_FOLDERS;

/** The dataset-wide settings file (as-of date, citation). */
export const DATASET_FILE = 'dataset.yaml';

/** Every state that is or was a party to the Rome Statute (for the ICC map layer and profile cross-checks). */
export const ICC_STATES_FILE = 'icc-states-parties.json';

/**
 * The content root: `content/` at the project root, or `CONTENT_DIR` (the tests point it at fixtures
 * to prove that bad content stops the real build).
 */
export function contentRoot(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
}
