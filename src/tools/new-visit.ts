/**
 * `npm run new:visit -- <country> <start-date>`: writes content/visits/<start-date>-<country>.yaml, prefilled
 * from the country's profile (capital as the first city, current leader as counterpart). Kind and sources are
 * left for the editor: `npm run check:content` names anything still missing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDate } from '../schemas/common.ts';
import { VISIT_KINDS } from '../schemas/visit.ts';
import { checkContent } from '../validation/check-content.ts';
import { contentRoot } from '../content-registry.ts';
import { siteRedirects } from '../lib/redirects.ts';

const [given, start] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(`✗ ${message}\n  Usage: npm run new:visit -- <country-slug> <YYYY-MM-DD>   e.g. npm run new:visit -- india 2026-09-12`);
  process.exit(1);
};
if (!given || !start) fail('expected a country and a start date');
if (!isoDate.safeParse(start).success) fail(`start date "${start}": expected a real calendar date written as YYYY-MM-DD`);

const root = contentRoot();
const { countries } = checkContent(root);
const records = countries.map((c) => ({ ...c.data, slug: c.id }));
const slug = records.some((c) => c.slug === given) ? given! : siteRedirects(records).get(given!.toLowerCase());
const country = records.find((c) => c.slug === slug);
if (!country) fail(`country "${given}": expected the slug of a file in content/countries/ (known: ${records.map((c) => c.slug).sort().join(', ')}). For a new host, add its profile first.`);

const file = join(root, 'visits', `${start}-${country!.slug}.yaml`);
if (existsSync(file)) fail(`${file} already exists: for a second trip starting the same day, name it ${start}-${country!.slug}-2.yaml`);
const leader = country!.leaders.find((l) => !l.until);

writeFileSync(
  file,
  `# yaml-language-server: $schema=../schemas/visit.schema.json
# Created by \`npm run new:visit\`. Check every line against your sources, then run \`npm run check:content\`.
country: ${country!.slug}
start: ${start}
end: ${start}  # last day on ${country!.name}'s soil, local time
cities:
  - name: ${country!.capital.name}
    lat: ${country!.capital.lat}
    lon: ${country!.capital.lon}
kind:  # one of: ${VISIT_KINDS.join(', ')}
# event: Name of the summit or forum (leave out if none)
counterpart: ${leader ? `${leader.name} (${leader.role})` : ''}
# signed:
#   - What was signed, in your own words
sources:
  # - https://… (at least one; two independent sources that agree where possible)
`,
);
console.log(`✓ wrote ${file}\n  Next: fill in kind and sources, check the dates and cities, then run npm run check:content`);
