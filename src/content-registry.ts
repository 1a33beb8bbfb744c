/**
 * The content registry: every collection and single data file, declared once — where it lives, its format, its
 * schema, how a file becomes a record, and the order records come in. The loader (src/validation/check-content.ts),
 * the build integration, `npm run check`, the dev watcher, `new:visit`, JSON Schema generation, the pages
 * (src/collections.ts) and the tests all read this one table.
 *
 * Adding a collection: declare it here, write its schema in src/schemas/, add its pages. Nothing else.
 */
import { resolve } from 'node:path';
import type { z } from 'zod';
import { countrySchema } from './schemas/country.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { assemblyVotesSchema } from './schemas/assembly-votes.ts';
import { blocsSchema } from './schemas/blocs.ts';
import { iccStatesSchema } from './schemas/icc-states.ts';
import { resolutionSchema } from './schemas/resolution.ts';
import { unfriendlyStatesSchema } from './schemas/unfriendly-states.ts';
import { visitSchema } from './schemas/visit.ts';
import { byDate, bySlug, byStart } from './model/order.ts';

/** A folder holding one file per entry; the file name (without extension) is the entry's id. */
export interface FolderSpec<S extends z.ZodType, R> {
  kind: 'folder';
  folder: string;
  extension: '.mdx' | '.yaml' | '.json';
  schema: S;
  /** What one file is, for messages, the content guide and the JSON Schema title. */
  title: string;
  /** The generated JSON Schema's file name in content/schemas/. */
  jsonSchema: string;
  /** The plain record pages receive. */
  toRecord: (id: string, data: z.output<S>) => R;
  /** The one order records come in everywhere (Astro's collection order is not stable). */
  order: (a: R, b: R) => number;
}

/** A single required file (settings, a reference list). */
export interface FileSpec<S extends z.ZodType, R> {
  kind: 'file';
  file: string;
  schema: S;
  title: string;
  jsonSchema: string;
  /** Shown when the file is missing: what it should hold. */
  holds: string;
  toRecord: (data: z.output<S>) => R;
}

const folder = <S extends z.ZodType, R>(spec: Omit<FolderSpec<S, R>, 'kind'>): FolderSpec<S, R> => ({ kind: 'folder', ...spec });
const file = <S extends z.ZodType, R>(spec: Omit<FileSpec<S, R>, 'kind'>): FileSpec<S, R> => ({ kind: 'file', ...spec });

export const REGISTRY = {
  visits: folder({
    folder: 'visits',
    extension: '.yaml',
    schema: visitSchema,
    title: 'A visit: content/visits/<start>-<country>.yaml',
    jsonSchema: 'visit.schema.json',
    toRecord: (id, data) => ({ ...data, id }),
    order: byStart,
  }),
  countries: folder({
    folder: 'countries',
    extension: '.mdx',
    schema: countrySchema,
    title: 'A country profile’s front matter: content/countries/<slug>.mdx',
    jsonSchema: 'country.schema.json',
    toRecord: (id, data) => ({ ...data, slug: id }),
    order: bySlug,
  }),
  resolutions: folder({
    folder: 'resolutions',
    extension: '.json',
    schema: resolutionSchema,
    title: 'A UN General Assembly resolution: content/resolutions/<symbol>.json',
    jsonSchema: 'resolution.schema.json',
    toRecord: (id, data) => ({ ...data, id }),
    order: byDate,
  }),
  assemblyVotes: folder({
    folder: 'assembly-votes',
    extension: '.json',
    schema: assemblyVotesSchema,
    title: 'The recorded votes of one General Assembly regular session: content/assembly-votes/session-<n>.json',
    jsonSchema: 'assembly-votes.schema.json',
    toRecord: (id, data) => ({ ...data, id }),
    order: (a, b) => a.session - b.session,
  }),
  dataset: file({
    file: 'dataset.yaml',
    schema: datasetSchema,
    title: 'Dataset settings: content/dataset.yaml',
    jsonSchema: 'dataset.schema.json',
    holds: 'a dataset file with asOf, title and citation',
    toRecord: (data) => data,
  }),
  iccStates: file({
    file: 'icc-states-parties.json',
    schema: iccStatesSchema,
    title: 'Rome Statute states parties: content/icc-states-parties.json',
    jsonSchema: 'icc-states-parties.schema.json',
    holds: 'a list of Rome Statute states parties with sources',
    toRecord: (data) => data,
  }),
  unfriendlyStates: file({
    file: 'unfriendly-states.json',
    schema: unfriendlyStatesSchema,
    title: 'Russia’s list of “unfriendly” states and territories: content/unfriendly-states.json',
    jsonSchema: 'unfriendly-states.schema.json',
    holds: 'Russia’s list of unfriendly states (order No. 430-r and its amendments) with sources',
    toRecord: (data) => data,
  }),
  blocs: file({
    file: 'blocs.json',
    schema: blocsSchema,
    title: 'Bloc memberships: content/blocs.json',
    jsonSchema: 'blocs.schema.json',
    holds: 'the memberships of the blocs around Russia (CSTO, EAEU, CIS, SCO, BRICS, Union State) with sources',
    toRecord: (data) => data,
  }),
};

export type Registry = typeof REGISTRY;
/** Any registry entry, for code that walks the whole table (records differ per entry, hence `any`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySpec = FolderSpec<any, any> | FileSpec<any, any>;
export type ContentName = keyof Registry;
export type FolderName = { [K in ContentName]: Registry[K] extends FolderSpec<z.ZodType, any> ? K : never }[ContentName];
export type FileName = Exclude<ContentName, FolderName>;

/** The record type of a registry entry. */
export type RecordOf<K extends ContentName> = Registry[K] extends FolderSpec<any, infer R> ? R : Registry[K] extends FileSpec<any, infer R> ? R : never;

/** Everything the pages need, as plain sorted data: folders become sorted record lists, files single records. */
export type SiteData = { [K in ContentName]: Registry[K] extends FolderSpec<any, infer R> ? R[] : RecordOf<K> };

export const CONTENT_NAMES = Object.keys(REGISTRY) as ContentName[];

/**
 * The content root: `content/` at the project root, or `CONTENT_DIR` (the tests point it at fixtures
 * to prove that bad content stops the real build).
 */
export function contentRoot(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
}
