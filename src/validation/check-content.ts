import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { CONTENT_NAMES, REGISTRY, type AnySpec, type ContentName, type FileSpec, type FolderName, type FolderSpec, type Registry, type SiteData } from '../content-registry.ts';
import { INVASION_DATE } from '../schemas/common.ts';
import { UN_MEMBERS } from '../schemas/un-members.ts';
import { memberList, memberRedirects } from '../model/members.ts';
import { isCleanSlug, slugFromFileName } from '../model/slug.ts';
import { parseContentFile } from './parse-file.ts';
import { ORPHANED, loadTranslations, translationStatus, translationsRoot, type Translations } from './translations.ts';
import { ALL_EDITIONS } from '../i18n/editions.ts';

/** The languages with translations of the records: every edition but the root one (whose language the records are in). */
const TRANSLATED_LANGS = ALL_EDITIONS.slice(1).map((e) => e.locale.htmlLang);
import { fieldPath, formatReport, valueAt, type Problem } from './problem.ts';
import { datasetAsOfProblems } from './rules/dataset-as-of.ts';
import { overlappingVisitProblems } from './rules/overlapping-visits.ts';
import { profileFileNameProblems } from './rules/profile-file-names.ts';

export interface Loaded<T> {
  /** Entry id: the file name without extension (a country's slug, a visit's `<start>-<country>`). */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
}

/** What the checker read: every folder's valid entries (in file-name order) and every single file's data. */
export type CheckedContent = {
  [K in ContentName]: Registry[K] extends FolderSpec<infer S, any> ? Loaded<z.output<S>>[] : Registry[K] extends FileSpec<infer S, any> ? z.output<S> | undefined : never;
};

const require = createRequire(import.meta.url);

/** ids of the shapes in world-atlas's 1:110m countries object (zero-padded ISO numeric strings). */
let atlasIds: Set<string> | undefined;
export function worldAtlasIds(): Set<string> {
  if (atlasIds) return atlasIds;
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as {
    objects: { countries: { geometries: { id?: string }[] } };
  };
  atlasIds = new Set(topology.objects.countries.geometries.flatMap((g) => (g.id ? [g.id] : [])));
  return atlasIds;
}

/** A file's name without folder or extension. */
const fileStem = (path: string): string => basename(path).replace(/\.[^.]+$/, '');

/** The profile files present, whether or not they load (for the file-name rule and for visits to a broken profile). */
function listProfileFiles(root: string, projectRoot: string): string[] {
  const { folder, extension } = REGISTRY.countries;
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(extension)).sort().map((f) => relative(projectRoot, join(dir, f)));
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
function listFolder(root: string, projectRoot: string, name: FolderName, problems: Problem[]): string[] {
  const { folder, extension } = REGISTRY[name];
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
    // The id (a profile's URL slug) comes from the project's one slug function, as Astro's ids and the redirects do.
    const id = slugFromFileName(fileStem(path));
    const parsed = parseContentFile(path);
    if ('error' in parsed) {
      problems.push({ file, field: parsed.field ?? '', value: parsed.text, expected: parsed.error });
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

/**
 * Profiles that exist but were not loaded (a schema problem, or a file name that is not a slug), by the slug they
 * would publish under: a visit to one is reported as depending on an invalid profile, not as naming a missing one.
 */
function invalidProfilesBySlug(profileFiles: readonly string[], valid: ReadonlyMap<string, unknown>): Map<string, string> {
  const invalid = new Map<string, string>();
  for (const file of profileFiles) {
    const slug = slugFromFileName(fileStem(file));
    if (!valid.has(slug) && !invalid.has(slug)) invalid.set(slug, file);
  }
  return invalid;
}

/** Rules that span files: references, uniqueness, the map's shapes, and dates against the as-of date. */
function checkIntegrity(content: CheckedContent, profileFiles: readonly string[], problems: Problem[]): void {
  const { dataset, countries, visits, resolutions } = content;
  problems.push(...datasetAsOfProblems(dataset, REGISTRY.dataset.file));
  problems.push(...profileFileNameProblems(profileFiles));
  problems.push(...overlappingVisitProblems(visits));
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
        problems.push({ file, field: 'icc.party', value: true, expected: `expected false: ${data.iso3} is not in ${REGISTRY.iccStates.file}` });
      } else if (!data.icc.party && entry) {
        problems.push({ file, field: 'icc.party', value: false, expected: `expected true: ${REGISTRY.iccStates.file} lists ${data.iso3} (in force ${entry.inForce})` });
      } else if (entry && data.icc.inForce !== entry.inForce) {
        problems.push({ file, field: 'icc.inForce', value: data.icc.inForce, expected: `expected "${entry.inForce}", as in ${REGISTRY.iccStates.file}` });
      } else if (entry && data.icc.withdrawal?.effective !== entry.withdrawal?.effective) {
        problems.push({ file, field: 'icc.withdrawal', value: data.icc.withdrawal, expected: `expected ${JSON.stringify(entry.withdrawal ?? null)}, as in ${REGISTRY.iccStates.file}` });
      }
    }
  }

  const urlTaken = new Map<string, string>(countries.map((c) => [c.id, c.file]));
  // Every UN member without a written profile has a data page under its name's slug: a profile or an alias cannot take it.
  const dataPages = memberList(countries.map((c) => ({ slug: c.id, iso3: c.data.iso3 }))).filter((m) => !m.profiled);
  for (const m of dataPages) {
    const file = countries.find((c) => c.id === m.slug)?.file;
    if (file) problems.push({ file, field: 'iso3', value: countries.find((c) => c.id === m.slug)!.data.iso3, expected: `expected ${m.iso3}: /countries/${m.slug}/ is ${m.name}'s page (or rename the file after the country it profiles)` });
    else urlTaken.set(m.slug, `the data page of ${m.name}`);
  }
  for (const { file, data } of countries) {
    for (const alias of data.aliases ?? []) {
      const owner = urlTaken.get(alias);
      if (owner) problems.push({ file, field: 'aliases', value: alias, expected: `expected a slug no other profile or alias uses (${owner} has it)` });
      else urlTaken.set(alias, file);
    }
  }

  const bySlug = new Map(countries.filter((c) => isCleanSlug(fileStem(c.file))).map((c) => [c.id, c.data]));
  const invalidProfiles = invalidProfilesBySlug(profileFiles, bySlug);
  // A visit names its host by the page slug of any UN member: a written profile's file name, or the slug of a data
  // page (content/README.md lists how to find it), so that a trip is recorded without waiting for a profile.
  const pages = memberList(countries.filter((c) => isCleanSlug(fileStem(c.file))).map((c) => ({ slug: c.id, iso3: c.data.iso3 })));
  const memberSlugs = new Set(pages.map((m) => m.slug));
  const aliasOf = memberRedirects(pages);
  for (const { file, data } of visits) {
    const profile = bySlug.get(data.country);
    const invalidProfile = invalidProfiles.get(data.country);
    if (!profile && invalidProfile) {
      problems.push({ file, field: 'country', value: data.country, expected: `expected a valid profile: ${invalidProfile} exists but has problems (listed above); fix them and this visit is checked again` });
    } else if (!memberSlugs.has(data.country)) {
      const canonical = aliasOf.get(data.country);
      problems.push({
        file,
        field: 'country',
        value: data.country,
        expected: canonical
          ? `expected "${canonical}", the page slug of ${pages.find((m) => m.slug === canonical)!.name} ("${data.country}" only redirects to it)`
          : `expected the page slug of a UN member, as in its URL /countries/<slug>/ (written profiles: ${[...bySlug.keys()].sort().join(', ')}; any other member's, e.g. "turkiye", "brazil")`,
      });
    } else if ((data.kind === 'occupied-territory') !== (profile?.relationship === 'invaded')) {
      problems.push({ file, field: 'kind', value: data.kind, expected: data.kind === 'occupied-territory' ? 'expected occupied-territory only for a country whose relationship is "invaded"' : 'expected occupied-territory for a visit to occupied Ukrainian territory' });
    }
    if (data.start < INVASION_DATE) {
      problems.push({ file, field: 'start', value: data.start, expected: `expected a date on or after ${INVASION_DATE}, the start of the full-scale invasion` });
    }
    if (dataset && data.end > dataset.asOf) {
      problems.push({ file, field: 'end', value: data.end, expected: `expected a date on or before the dataset's as-of date (${dataset.asOf} in ${REGISTRY.dataset.file}); a planned trip is not a trip yet` });
    }
    if (!new RegExp(`^${data.start}-${data.country}(?:-\\d+)?$`).test(fileStem(file))) {
      problems.push({ file, field: '', value: basename(file), expected: `expected a file name of the form ${data.start}-${data.country}.yaml (start date, then country slug)` });
    }
  }

  for (const { file, data } of resolutions) {
    const expectedId = data.symbol.toLowerCase().replace(/\//g, '-');
    if (fileStem(file) !== expectedId) problems.push({ file, field: 'symbol', value: data.symbol, expected: `expected the symbol matching the file name (file should be ${expectedId}.json)` });
  }
}

/**
 * A stamp that changes whenever any registered content file is added, removed or saved: the dev server compares it
 * to decide whether to re-read the content.
 */
export function contentVersion(root: string): string {
  const translations = translationsRoot(root);
  const translationFiles = existsSync(translations) ? (readdirSync(translations, { recursive: true }) as string[]).sort().map((f) => join(translations, f)) : [];
  const stamp = (p: string) => {
    const stat = statSync(p, { throwIfNoEntry: false });
    return stat ? `${p}:${stat.size}:${stat.mtimeMs}` : `${p}:missing`;
  };
  return [...CONTENT_NAMES.map((name) => {
    const spec = REGISTRY[name];
    const paths = spec.kind === 'file' ? [join(root, spec.file)] : existsSync(join(root, spec.folder)) ? readdirSync(join(root, spec.folder)).sort().map((f) => join(root, spec.folder, f)) : [];
    return paths.map(stamp).join('|');
  }), translationFiles.map(stamp).join('|')].join('\n');
}

/** Validates every content file under `root`, each registry entry in turn; returns what was read and every problem found. */
export function checkContent(root: string, projectRoot: string = process.cwd()): CheckedContent & { problems: Problem[]; translations: Translations[] } {
  const problems: Problem[] = [];
  const content = Object.fromEntries(
    CONTENT_NAMES.map((name) => {
      const spec: AnySpec = REGISTRY[name];
      return [
        name,
        spec.kind === 'folder'
          ? loadCollection(listFolder(root, projectRoot, name as FolderName, problems), projectRoot, spec.schema, problems)
          : loadSingle(join(root, spec.file), projectRoot, spec.schema, spec.holds, problems),
      ];
    }),
  ) as CheckedContent;
  checkIntegrity(content, listProfileFiles(root, projectRoot), problems);
  const translations = loadTranslations(root, projectRoot, TRANSLATED_LANGS, problems);
  // A translation whose key no record has any more (the record, list item or field is gone) is an error, not a leftover.
  if (!problems.length) {
    const data = toSiteData({ ...content, problems });
    for (const t of translations) {
      for (const o of translationStatus(data, t).orphaned) problems.push({ file: o.file, field: o.key, value: o.key, expected: `${ORPHANED} no record has this key (it was renamed or removed); delete the entry, or move its translation to the new key` });
    }
  }
  return { ...content, problems, translations };
}

/**
 * The pages' data, from checked content: each folder's records built and sorted the registry's way, each file's
 * record as is. The pages (src/collections.ts) and the tests use this same function, so they cannot drift apart.
 * Throws when the content has problems or a required file is missing (the check reports them first).
 */
export function toSiteData(checked: CheckedContent & { problems: readonly Problem[] }): SiteData {
  if (checked.problems.length) throw new Error(formatReport(checked.problems));
  return Object.fromEntries(
    CONTENT_NAMES.map((name) => {
      const spec: AnySpec = REGISTRY[name];
      const value = checked[name];
      if (spec.kind === 'file') return [name, spec.toRecord(value)];
      return [name, (value as Loaded<unknown>[]).map((e) => spec.toRecord(e.id, e.data)).sort(spec.order)];
    }),
  ) as SiteData;
}
