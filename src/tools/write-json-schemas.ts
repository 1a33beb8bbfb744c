/** `npm run schemas`: regenerate content/schemas/*.json and the field reference in content/README.md. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_DIR, generateJsonSchemas, withFieldReference } from './json-schemas.ts';

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const [file, text] of generateJsonSchemas()) {
  writeFileSync(join(JSON_SCHEMA_DIR, file), text);
  console.log(`wrote ${JSON_SCHEMA_DIR}/${file}`);
}
const guide = 'content/README.md';
writeFileSync(guide, withFieldReference(readFileSync(guide, 'utf8')));
console.log(`updated the field reference in ${guide}`);
