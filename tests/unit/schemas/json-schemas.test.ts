/**
 * The editor-facing JSON Schemas stay in sync with the Zod schemas, every data file points
 * at its schema, and the schemas accept the sample data the way an editor's YAML server
 * reads it (YAML 1.2 core: numbers as numbers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, SCHEMA_COMMENT, schemaFor } from '../../../src/lib/json-schemas.ts';

const root = process.cwd();
const dataFiles = readdirSync(join(root, 'data'), { recursive: true, encoding: 'utf8' })
  .map((file) => relative(root, join(root, 'data', file)).split(sep).join('/'))
  .filter((path) => schemaFor(path) !== undefined)
  .sort();

describe('JSON Schemas for editors', () => {
  it.each(Object.entries(jsonSchemas()))('schemas/%s matches the Zod schemas (run `npm run schemas` after changing them)', (name, schema) => {
    expect(JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8'))).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it.each(dataFiles)('%s references its schema on its first line', (path) => {
    const firstLine = readFileSync(join(root, path), 'utf8').split('\n')[0];
    expect(firstLine).toBe(`${SCHEMA_COMMENT}${schemaFor(path)}`);
  });

  it.each(dataFiles)('%s is valid against its schema as an editor reads it', (path) => {
    const schemaName = schemaFor(path)!.split('/').at(-1)!;
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(jsonSchemas()[schemaName]!);
    const valid = validate(parse(readFileSync(join(root, path), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('flags what the validator flags, in the editor too: an unknown field and a wrong option', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(jsonSchemas()['report.schema.json']!);
    const bad = { bureau: 'x', year: 2022, source: { title: 't' }, figures: { a: { value: 855, qualifer: 'over', status: 'planned' } } };
    expect(validate(bad)).toBe(false);
    const messages = (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
    expect(messages).toEqual(expect.arrayContaining(['/figures/a additionalProperties', '/figures/a/status enum']));
  });
});
