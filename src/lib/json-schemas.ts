/**
 * JSON Schemas for editors, generated from the Zod schemas (Zod 4's z.toJSONSchema), so
 * VS Code's YAML extension completes fields and flags mistakes as an editor types.
 *
 * One difference is deliberate: Annals reads YAML as text (failsafe), but the editor's
 * YAML server reads `855` as a number and `true` as a boolean. The schemas therefore also
 * accept numbers where a figure is written and booleans for flags; the real validator
 * still decides exactness.
 */
import { z } from 'astro/zod';
import { bureausFileSchema } from '../schemas/bureau.ts';
import { hantExceptionsFileSchema } from '../schemas/hant-exceptions.ts';
import { indicatorCatalogFileSchema } from '../schemas/indicator.ts';
import { reportDataSchema } from '../schemas/report-data.ts';

type JsonSchema = { [key: string]: unknown };

// Fields an editor may write unquoted that YAML 1.2 core then reads as numbers (855, 2019).
const NUMERIC_FIELDS = new Set(['value', 'from', 'points', 'amount', 'year', 'as_of', 'date', 'index_no', 'doc_no']);
const BOOLEAN_FIELDS = new Set(['fictional', 'undated']);

function widen(node: unknown, key?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => widen(item));
  if (node === null || typeof node !== 'object') return node;
  const schema = node as JsonSchema;
  const result: JsonSchema = {};
  for (const [name, child] of Object.entries(schema)) {
    if (name === 'properties' && child && typeof child === 'object') {
      result.properties = Object.fromEntries(Object.entries(child).map(([property, value]) => [property, widen(value, property)]));
    } else if (name === 'prefixItems' && key === 'range') {
      result.prefixItems = (child as unknown[]).map((item) => ({ anyOf: [widen(item), { type: 'number' }] }));
    } else {
      result[name] = widen(child);
    }
  }
  if (key && NUMERIC_FIELDS.has(key) && result.type === 'string') {
    return { anyOf: [{ ...result }, { type: 'number' }] };
  }
  if (key && BOOLEAN_FIELDS.has(key) && Array.isArray(result.enum)) {
    return { type: 'boolean', description: result.description };
  }
  return result;
}

function generate(schema: z.ZodType, title: string, description: string): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return { ...(widen(json) as JsonSchema), title, description };
}

/** File name (under schemas/) → JSON Schema. */
export function jsonSchemas(): Record<string, JsonSchema> {
  return {
    'indicators.schema.json': generate(indicatorCatalogFileSchema, 'Annals indicator catalog', 'data/indicators/*.yaml: indicator id → name, topic, kind, unit. See docs/data-format.md.'),
    'bureaus.schema.json': generate(bureausFileSchema, 'Annals bureaus', 'data/bureaus.yaml: bureau id → names, level, region code. See docs/data-format.md.'),
    'hant-exceptions.schema.json': generate(hantExceptionsFileSchema, 'Annals Traditional edition exceptions', 'data/hant-exceptions.yaml: terms the Traditional edition keeps as written. See docs/data-format.md.'),
    'report.schema.json': generate(reportDataSchema, 'Annals report data', 'data/figures/<bureau>/<year>.yaml: disclosure, source and figures of one report. See docs/data-format.md.'),
  };
}

/** Which schema a data file should reference, relative to that file. */
export function schemaFor(relativePath: string): string | undefined {
  if (relativePath === 'data/bureaus.yaml') return '../schemas/bureaus.schema.json';
  if (relativePath === 'data/hant-exceptions.yaml') return '../schemas/hant-exceptions.schema.json';
  if (/^data\/indicators\/[^/]+\.yaml$/.test(relativePath)) return '../../schemas/indicators.schema.json';
  if (/^data\/figures\/[^/]+\/\d{4}\.yaml$/.test(relativePath)) return '../../../schemas/report.schema.json';
  return undefined;
}

export const SCHEMA_COMMENT = '# yaml-language-server: $schema=';
