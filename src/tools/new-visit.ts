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
import { memberList, memberRedirects } from '../model/members.ts';

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
// Any UN member can host a trip: a written profile lends its capital and leader; a data page's member gets blanks.
const members = memberList(records);
const slug = members.some((m) => m.slug === given) ? given! : memberRedirects(members).get(given!.toLowerCase());
const member = members.find((m) => m.slug === slug);
if (!member) fail(`country "${given}": expected the page slug of a UN member, as in its URL /countries/<slug>/ (e.g. ${records.map((c) => c.slug).sort().slice(0, 4).join(', ')}, turkiye, brazil)`);
const profile = records.find((c) => c.slug === member!.slug);

const file = join(root, 'visits', `${start}-${member!.slug}.yaml`);
if (existsSync(file)) fail(`${file} already exists: for a second trip starting the same day, name it ${start}-${member!.slug}-2.yaml`);
const leader = profile?.leaders.find((l) => !l.until);
const city = profile
  ? `  - name: ${profile.capital.name}
    lat: ${profile.capital.lat}
    lon: ${profile.capital.lon}`
  : `  - name:   # the city visited
    lat:    # its centre, 4 decimals
    lon:`;

writeFileSync(
  file,
  `# yaml-language-server: $schema=../schemas/visit.schema.json
# Created by \`npm run new:visit\`. Check every line against your sources, then run \`npm run check:content\`.
country: ${member!.slug}
start: ${start}
end: ${start}  # last day on ${member!.name}'s soil, local time
cities:
${city}
kind:  # one of: ${VISIT_KINDS.join(', ')}
# event: Name of the summit or forum (leave out if none)
counterpart: ${leader ? `${leader.name} (${leader.role})` : ''}
# signed:
#   - What was signed, in your own words
sources:
  # - https://… (at least one; two independent sources that agree where possible)
`,
);
console.log(`✓ wrote ${file}\n  Next: fill in ${profile ? 'kind and sources' : 'the city, counterpart, kind and sources'}, check the dates and cities, then run npm run check:content`);
