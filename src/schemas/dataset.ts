import { z } from 'zod';
import { isoDate, text } from './common.ts';

/** `content/dataset.yaml`: facts about the dataset as a whole. */
export const datasetSchema = z.strictObject({
  /** The date up to which every record was checked against sources. Visits after it are rejected. */
  asOf: isoDate.describe('The date up to which every record was checked. Shown on every page; visits after it are rejected.'),
  title: text.describe('The dataset’s title.'),
  /** How readers should cite the data. */
  citation: text.describe('Suggested citation shown on /data/.'),
});

export type Dataset = z.output<typeof datasetSchema>;
