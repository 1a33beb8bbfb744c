import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { INVASION_DATE } from '../schemas/common.ts';
import { countrySchema, type Country } from '../schemas/country.ts';
import { datasetSchema, type Dataset } from '../schemas/dataset.ts';
import { iccStatesSchema, type IccStates } from '../schemas/icc-states.ts';
import { resolutionSchema, type Resolution } from '../schemas/resolution.ts';
import { UN_MEMBERS } from '../schemas/un-members.ts';
import { visitSchema, type Visit } from '../schemas/visit.ts';
import { COLLECTION_FOLDERS, DATASET_FILE, ICC_STATES_FILE, type CollectionName } from './content-layout.ts';
import { parseContentFile } from './parse-file.ts';
import { fieldPath, valueAt, type Problem } from './problem.ts';

export interface Loaded<T> {
  /** Entry id: the file name without extension (a country's slug, a visit's `<start>-<country>`). */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
}

export interface CheckedContent {
  dataset: Dataset | undefined;
  iccStates: IccStates | undefined;
  countries: Loaded<Country>[];
  visits: Loaded<Visit>[];
  resolutions: Loaded<Resolution>[];
}

const require = createRequire(import.meta.url);

/** ids of the shapes in world-atlas's 1:110m countries object (zero-padded ISO numeric strings). */
export function worldAtlasIds(): Set<string> {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as {
    objects: { countries: { geometries: { id?: string }[] } };
  };
  return new Set(topology.objects.countries.geometries.flatMap((g) => (g.id ? [g.id] : [])));
}

/** Turn a Zod failure into problems that name the file, the field, the value written and what was expected. */
function zodProblems(file: string, raw: unknown, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: fieldPath([...issue.path, key]),
        value: valueAt(raw, [...issue.path, key]),
        expected: 'no such field: check the spelling against the content guide',
      }));
    }
    if (issue.code === 'invalid_key') {
      // A record key failed (e.g. a vote keyed by an unknown ISO3 code): show the key, not the value under it.
      return [{ file, field: fieldPath(issue.path), value: issue.path.at(-1), expected: issue.issues[0]?.message ?? issue.message }];
    }
    const value = 'input' in issue && issue.input !== undefined ? issue.input : valueAt(raw, issue.path);
    const expected = value === undefined && issue.code === 'invalid_type' ? `this required field, ${issue.message}` : issue.message;
    return [{ file, field: fieldPath(issue.path), value, expected }];
  });
}

/** Lists a collection folder, reporting a missing or empty folder and files that would otherwise be ignored. */
function listFolder(root: string, projectRoot: string, name: CollectionName, problems: Problem[]): string[] {
  const { folder, extension } = COLLECTION_FOLDERS[name];
  const dir = join(root, folder);
  const shown = relative(projectRoot, dir) || dir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push({ file: shown, field: '', value: undefined, expected: `expected a folder holding the ${name} collection (one ${extension} file per entry)` });
    return [];
  }
  const files = readdirSync(dir).sort();
  const entries = files.filter((f) => f.endsWith(extension));
  for (const other of files.filter((f) => !f.endsWith(extension) && f !== '.gitkeep')) {
    problems.push({ file: relative(projectRoot, join(dir, other)), field: '', value: other, expected: `expected only ${extension} files in ${shown}/ (this file would be ignored)` });
  }
  if (entries.length === 0) {
    problems.push({ file: shown, field: '', value: `${files.length} ${extension} files`, expected: `expected at least one ${extension} file: an empty ${name} collection would publish an empty site` });
  }
  return entries.map((f) => join(dir, f));
}

function loadCollection<T>(paths: string[], projectRoot: string, schema: z.ZodType<T>, problems: Problem[]): Loaded<T>[] {
  const loaded: Loaded<T>[] = [];
  for (const path of paths) {
    const file = relative(projectRoot, path);
    const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
    const parsed = parseContentFile(path);
    if ('error' in parsed) {
      problems.push({ file, field: '', value: undefined, expected: parsed.error });
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (result.success) loaded.push({ id, file, data: result.data });
    else problems.push(...zodProblems(file, parsed.data, result.error));
  }
  return loaded;
}

/** A single required file (the dataset settings, the ICC list). */
function loadSingle<T>(path: string, projectRoot: string, schema: z.ZodType<T>, what: string, problems: Problem[]): T | undefined {
  if (!existsSync(path)) {
    problems.push({ file: relative(projectRoot, path), field: '', value: undefined, expected: `expected ${what}` });
    return undefined;
  }
  return loadCollection([path], projectRoot, schema, problems)[0]?.data;
}

/** Two entries may not share a value of `key` (e.g. two countries claiming ISO3 "PRK"). */
function checkUnique<T>(entries: Loaded<T>[], key: keyof T & string, problems: Problem[]): void {
  const seen = new Map<unknown, string>();
  for (const entry of entries) {
    const value = entry.data[key];
    const first = seen.get(value);
    if (first) problems.push({ file: entry.file, field: key, value, expected: `expected a value no other entry uses (${first} has it too)` });
    else seen.set(value, entry.file);
  }
}

/** Rules that span files: references, uniqueness, the map's shapes, and dates against the as-of date. */
function checkIntegrity(content: CheckedContent, problems: Problem[]): void {
  const { dataset, countries, visits, resolutions } = content;
  checkUnique(countries, 'iso3', problems);
  checkUnique(countries, 'isoNumeric', problems);
  checkUnique(resolutions, 'symbol', problems);

  const shapes = worldAtlasIds();
  const members = new Map<string, string>(UN_MEMBERS.map((m) => [m.iso3, m.isoNumeric]));
  for (const { file, data } of countries) {
    if (!data.pointOnly && !shapes.has(data.isoNumeric)) {
      problems.push({ file, field: 'isoNumeric', value: data.isoNumeric, expected: 'expected the id of a country shape in world-atlas 1:110m, or pointOnly: true to draw this country as a point' });
    }
    const memberNumeric = members.get(data.iso3);
    if (memberNumeric && memberNumeric !== data.isoNumeric) {
      problems.push({ file, field: 'isoNumeric', value: data.isoNumeric, expected: `expected "${memberNumeric}", the ISO numeric code of ${data.iso3}` });
    }
  }

  if (content.iccStates) {
    const listed = new Map(content.iccStates.states.map((s) => [s.iso3, s]));
    for (const { file, data } of countries) {
      const entry = listed.get(data.iso3);
      if (data.icc.party && !entry) {
        problems.push({ file, field: 'icc.party', value: true, expected: `expected false: ${data.iso3} is not in ${ICC_STATES_FILE}` });
      } else if (!data.icc.party && entry) {
        problems.push({ file, field: 'icc.party', value: false, expected: `expected true: ${ICC_STATES_FILE} lists ${data.iso3} (in force ${entry.inForce})` });
      } else if (entry && data.icc.inForce !== entry.inForce) {
        problems.push({ file, field: 'icc.inForce', value: data.icc.inForce, expected: `expected "${entry.inForce}", as in ${ICC_STATES_FILE}` });
      } else if (entry && data.icc.withdrawal?.effective !== entry.withdrawal?.effective) {
        problems.push({ file, field: 'icc.withdrawal', value: data.icc.withdrawal, expected: `expected ${JSON.stringify(entry.withdrawal ?? null)}, as in ${ICC_STATES_FILE}` });
      }
    }
  }

  const urlTaken = new Map<string, string>(countries.map((c) => [c.id, c.file]));
  for (const { file, data } of countries) {
    for (const alias of data.aliases ?? []) {
      const owner = urlTaken.get(alias);
      if (owner) problems.push({ file, field: 'aliases', value: alias, expected: `expected a slug no other profile or alias uses (${owner} has it)` });
      else urlTaken.set(alias, file);
    }
  }

  const bySlug = new Map(countries.map((c) => [c.id, c.data]));
  for (const { id, file, data } of visits) {
    const host = bySlug.get(data.country);
    if (!host) {
      problems.push({ file, field: 'country', value: data.country, expected: `expected the slug of a file in content/countries/ (known: ${[...bySlug.keys()].sort().join(', ')})` });
    } else if ((data.kind === 'occupied-territory') !== (host.relationship === 'invaded')) {
      problems.push({ file, field: 'kind', value: data.kind, expected: data.kind === 'occupied-territory' ? 'expected occupied-territory only for a country whose relationship is "invaded"' : 'expected occupied-territory for a visit to occupied Ukrainian territory' });
    }
    if (data.start < INVASION_DATE) {
      problems.push({ file, field: 'start', value: data.start, expected: `expected a date on or after ${INVASION_DATE}, the start of the full-scale invasion` });
    }
    if (dataset && data.end > dataset.asOf) {
      problems.push({ file, field: 'end', value: data.end, expected: `expected a date on or before the dataset's as-of date (${dataset.asOf} in ${DATASET_FILE}); a planned trip is not a trip yet` });
    }
    if (!new RegExp(`^${data.start}-${data.country}(?:-\\d+)?$`).test(id)) {
      problems.push({ file, field: '', value: `${id}.yaml`, expected: `expected a file name of the form ${data.start}-${data.country}.yaml (start date, then country slug)` });
    }
  }

  for (const { id, file, data } of resolutions) {
    const expectedId = data.symbol.toLowerCase().replace(/\//g, '-');
    if (id !== expectedId) problems.push({ file, field: 'symbol', value: data.symbol, expected: `expected the symbol matching the file name (file should be ${expectedId}.json)` });
  }
}

/** Validates every content file under `root`; returns the parsed records and every problem found. */
export function checkContent(root: string, projectRoot: string = process.cwd()): CheckedContent & { problems: Problem[] } {
  const problems: Problem[] = [];
  const dataset = loadSingle(join(root, DATASET_FILE), projectRoot, datasetSchema, 'a dataset file with asOf, title and citation', problems);
  const content: CheckedContent = {
    dataset,
    iccStates: loadSingle(join(root, ICC_STATES_FILE), projectRoot, iccStatesSchema, 'a list of Rome Statute states parties with sources', problems),
    countries: loadCollection(listFolder(root, projectRoot, 'countries', problems), projectRoot, countrySchema, problems),
    visits: loadCollection(listFolder(root, projectRoot, 'visits', problems), projectRoot, visitSchema, problems),
    resolutions: loadCollection(listFolder(root, projectRoot, 'resolutions', problems), projectRoot, resolutionSchema, problems),
  };
  checkIntegrity(content, problems);
  return { ...content, problems };
}
