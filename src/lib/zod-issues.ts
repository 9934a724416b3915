/**
 * Turns Zod's issues into Annals issues: located in the YAML, and worded from the
 * message catalogue rather than Zod's English defaults.
 */
import type { z } from 'astro/zod';
import type { Issue } from './issues.ts';
import type { MessageCode, MessageParams } from './messages.ts';
import { locate, type YamlSource } from './yaml-source.ts';
import { closest } from './suggest.ts';

type ZodIssue = z.core.$ZodIssue;

/** Our schemas name their format errors with a message code (`{ error: 'date' }`). */
const FORMAT_CODES: Record<string, MessageCode> = {
  id: 'bad-id',
  date: 'bad-date',
  period: 'bad-period',
  'period-order': 'period-order',
  timestamp: 'bad-timestamp',
  year: 'bad-year',
  url: 'bad-url',
  'region-code': 'bad-region-code',
  'change-reported': 'bad-change',
  'change-empty': 'change-empty',
  'change-points': 'bad-change-points',
  'source-kind': 'unknown-source-kind',
  'figures-empty': 'figures-empty',
};

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文字', en: 'text' },
  object: { zh: '字段映射（键: 值）', en: 'a mapping (key: value)' },
  record: { zh: '字段映射（键: 值）', en: 'a mapping (key: value)' },
  array: { zh: '列表 [ … ]', en: 'a list [ … ]' },
  tuple: { zh: '列表 [ … ]', en: 'a list [ … ]' },
};

function describeFound(input: unknown): { zh: string; en: string } {
  if (Array.isArray(input)) return TYPE_NAMES.array!;
  if (input !== null && typeof input === 'object') return TYPE_NAMES.object!;
  return { zh: `文字 “${String(input)}”`, en: `the text "${String(input)}"` };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * @param shapeKeys the allowed keys of the object at a path, for "unknown field" messages
 */
export function toIssues(
  zodIssues: readonly ZodIssue[],
  source: YamlSource,
  data: unknown,
  shapeKeys: (path: readonly PropertyKey[]) => readonly string[],
): Issue[] {
  return zodIssues.flatMap((zodIssue) => toIssue(zodIssue, source, data, shapeKeys));
}

function toIssue(
  zodIssue: ZodIssue,
  source: YamlSource,
  data: unknown,
  shapeKeys: (path: readonly PropertyKey[]) => readonly string[],
): Issue[] {
  const path = zodIssue.path;
  const found = valueAt(data, path);
  const make = (code: MessageCode, params: MessageParams, at = path, key = false): Issue => ({
    file: source.file,
    ...locate(source, at, key),
    field: fieldName(at),
    code,
    params,
  });

  switch (zodIssue.code) {
    case 'unrecognized_keys': {
      const allowed = shapeKeys(path);
      // `{ en: Beds per 1,000 people }`: an unquoted comma in flow style splits the text,
      // and its tail arrives as an unknown key. Say that, not "unknown field".
      if (allowed.length === 2 && allowed.includes('zh') && allowed.includes('en')) {
        return zodIssue.keys.map((key) => make('unquoted-comma', { key }, [...path, key], true));
      }
      return zodIssue.keys.map((key) =>
        make('unknown-field', { key, allowed: allowed.join(', '), suggestion: closest(key, allowed) ?? '' }, [...path, key], true),
      );
    }
    case 'invalid_type': {
      if (found === undefined) {
        const last = String(path.at(-1) ?? '');
        if (last === 'zh' || last === 'en') return [make('missing-translation', { key: fieldName(path.slice(0, -1)), lang: last })];
        return [make('missing-field', { key: last })];
      }
      // `figures:` followed only by comments arrives as "" under the failsafe schema.
      if (found === '') return [make('empty-field', { key: String(path.at(-1) ?? ''), expectedZh: (TYPE_NAMES[zodIssue.expected] ?? { zh: zodIssue.expected }).zh, expectedEn: (TYPE_NAMES[zodIssue.expected] ?? { en: zodIssue.expected }).en })];
      const expected = TYPE_NAMES[zodIssue.expected] ?? { zh: zodIssue.expected, en: zodIssue.expected };
      const foundName = describeFound(found);
      return [make('wrong-type', { expectedZh: expected.zh, expectedEn: expected.en, foundZh: foundName.zh, foundEn: foundName.en })];
    }
    case 'invalid_value':
      // Zod 4 reports a missing enum field (`level:` left out) as an invalid value.
      if (found === undefined) return [make('missing-field', { key: String(path.at(-1) ?? '') })];
      if (FORMAT_CODES[zodIssue.message]) return [make(FORMAT_CODES[zodIssue.message]!, { found: String(found), options: zodIssue.values.map(String).join(', ') })];
      return [make('invalid-option', { found: String(found ?? ''), options: zodIssue.values.map(String).join(', ') })];
    case 'invalid_key': {
      return [make('bad-id', { found: String(path.at(-1) ?? '') }, path, true)];
    }
    case 'too_small': {
      const last = String(path.at(-1) ?? '');
      if ((last === 'zh' || last === 'en') && typeof found !== 'object') {
        return [make('missing-translation', { key: fieldName(path.slice(0, -1)), lang: last })];
      }
      return [make('missing-field', { key: last })];
    }
    case 'invalid_format':
    case 'custom': {
      const code = FORMAT_CODES[zodIssue.message];
      if (code) return [make(code, { found: String(found ?? '') })];
      break;
    }
  }
  // Anything the catalogue has no wording for yet still names its place and Zod's words.
  return [make('wrong-type', { expectedZh: zodIssue.message, expectedEn: zodIssue.message, foundZh: String(found), foundEn: String(found) })];
}
