/**
 * `npm run schemas`: writes schemas/*.schema.json from the Zod schemas and makes every
 * data file reference its schema in its first line. A test fails when either is stale.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { jsonSchemas, SCHEMA_COMMENT, schemaFor } from '../lib/json-schemas.ts';

const root = process.cwd();
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(root, 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}

for (const file of readdirSync(join(root, 'data'), { recursive: true, encoding: 'utf8' })) {
  const path = relative(root, join(root, 'data', file)).split(sep).join('/');
  const schema = schemaFor(path);
  if (!schema) continue;
  const text = readFileSync(join(root, path), 'utf8');
  const lines = text.split('\n');
  const header = `${SCHEMA_COMMENT}${schema}`;
  if (lines[0] === header) continue;
  if (lines[0]?.startsWith(SCHEMA_COMMENT)) lines[0] = header;
  else lines.unshift(header);
  writeFileSync(join(root, path), lines.join('\n'));
  console.log(`linked ${path}`);
}
