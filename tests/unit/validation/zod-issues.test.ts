/**
 * How Zod's issues become an editor's messages (src/lib/zod-issues.ts): real Zod schemas
 * parse real YAML, and each issue's code, position, field and parameters are written by
 * hand from the YAML below.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeIssue, type Issue } from '../../../src/lib/issues.ts';
import { parseYaml } from '../../../src/lib/yaml-source.ts';
import { fieldName, toIssues } from '../../../src/lib/zod-issues.ts';

const name = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const schema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id' }),
  name,
  level: z.enum(['city', 'county']),
  tags: z.array(z.string()).optional(),
  meta: z.strictObject({ source: z.string(), label: name.optional(), codes: z.record(z.string().regex(/^[a-z-]+$/), z.string()).optional() }).optional(),
  figures: z.record(z.string().regex(/^[a-z-]+$/), z.string()).optional(),
  date: z.string().refine((text) => /^\d{4}$/.test(text), { error: 'date' }).optional(),
  note: z.string().refine(() => false, { error: 'no catalogue wording' }).optional(),
  period: z.string().refine(() => false, { error: 'period' }).optional(),
  count: z.string().min(2).optional(),
  list: z.array(z.string()).min(1).optional(),
  title: z.strictObject({ zh: z.string(), en: z.string(), note: z.string() }).optional(),
});

const KEYS: Record<string, readonly string[]> = {
  '': Object.keys(schema.shape),
  name: ['zh', 'en'],
  meta: ['source', 'label', 'codes'],
  'meta.label': ['zh', 'en'],
  title: ['zh', 'en', 'note'],
};

function issuesOf(yaml: string): Issue[] {
  const loaded = parseYaml(yaml, 'data/test.yaml');
  expect(loaded.issues).toEqual([]);
  const result = schema.safeParse(loaded.data);
  expect(result.success).toBe(false);
  return toIssues(result.error!.issues, loaded.source, loaded.data, (path) => KEYS[path.map(String).join('.')] ?? []);
}

const only = (yaml: string): Issue => {
  const issues = issuesOf(yaml);
  expect(issues).toHaveLength(1);
  return issues[0]!;
};

const BASE = 'id: ok\nname: { zh: 名, en: Name }\nlevel: city\n';

describe('toIssues', () => {
  it('an unknown field points at its key, with the allowed keys and the closest one', () => {
    expect(only(`${BASE}levle: city\n`)).toEqual({
      file: 'data/test.yaml', line: 4, column: 1, field: 'levle', code: 'unknown-field',
      params: { key: 'levle', allowed: 'id, name, level, tags, meta, figures, date, note, period, count, list, title', suggestion: 'level' },
    });
  });

  it('an unknown field with nothing close has an empty suggestion', () => {
    expect(only(`${BASE}meta:\n  source: x\n  zzzzzzzz: y\n`)).toEqual({
      file: 'data/test.yaml', line: 6, column: 3, field: 'meta.zzzzzzzz', code: 'unknown-field',
      params: { key: 'zzzzzzzz', allowed: 'source, label, codes', suggestion: '' },
    });
  });

  it('an extra key in a { zh, en } name is an unquoted comma, one issue per key', () => {
    const issues = issuesOf('id: ok\nname: { zh: 每千人床位, en: Beds per 1, 000 people, x: y }\nlevel: city\n');
    expect(issues.map((issue) => [issue.code, issue.field, issue.line, issue.column, issue.params])).toEqual([
      ['unquoted-comma', 'name.000 people', 2, 36, { key: '000 people' }],
      ['unquoted-comma', 'name.x', 2, 48, { key: 'x' }],
    ]);
  });

  it('a missing field, and a missing translation, name what is missing', () => {
    expect(only('name: { zh: 名, en: Name }\nlevel: city\n')).toMatchObject({ line: 1, column: 1, field: 'id', code: 'missing-field', params: { key: 'id' } });
    expect(only('id: ok\nname: { zh: 名 }\nlevel: city\n')).toMatchObject({
      // no `en` key to point at: the issue points at the `name` key
      line: 2, column: 1, field: 'name.en', code: 'missing-translation', params: { key: 'name', lang: 'en' },
    });
    expect(only('id: ok\nname: { en: Name }\nlevel: city\n')).toMatchObject({ field: 'name.zh', code: 'missing-translation', params: { key: 'name', lang: 'zh' } });
  });

  it('an empty translation is a missing translation; an empty other field is missing', () => {
    expect(only('id: ok\nname: { zh: "", en: Name }\nlevel: city\n')).toMatchObject({
      line: 2, column: 13, field: 'name.zh', code: 'missing-translation', params: { key: 'name', lang: 'zh' },
    });
    expect(only(`${BASE}count: "1"\n`)).toMatchObject({ line: 4, column: 8, field: 'count', code: 'missing-field', params: { key: 'count' } });
  });

  it('a list with too few items is a missing field, not a missing translation', () => {
    expect(only(`${BASE}list: []\n`)).toMatchObject({ field: 'list', code: 'missing-field', params: { key: 'list' } });
  });

  it('a field left empty (only comments below it) says what it should hold', () => {
    expect(only(`${BASE}meta:\n  # nothing yet\n`)).toEqual({
      // at the empty value, just after `meta:`
      file: 'data/test.yaml', line: 4, column: 6, field: 'meta', code: 'empty-field',
      params: { key: 'meta', expectedZh: '字段映射（键: 值）', expectedEn: 'a mapping (key: value)' },
    });
    expect(only(`${BASE}tags:\n`)).toMatchObject({ code: 'empty-field', params: { key: 'tags', expectedZh: '列表 [ … ]', expectedEn: 'a list [ … ]' } });
  });

  it('a wrong type names what was expected and what was found', () => {
    expect(only(`${BASE}tags: just one\n`)).toEqual({
      file: 'data/test.yaml', line: 4, column: 7, field: 'tags', code: 'wrong-type',
      params: { expectedZh: '列表 [ … ]', expectedEn: 'a list [ … ]', foundZh: '文字 “just one”', foundEn: 'the text "just one"' },
    });
    expect(only(`${BASE}meta: [a, b]\n`).params).toEqual({
      expectedZh: '字段映射（键: 值）', expectedEn: 'a mapping (key: value)', foundZh: '列表 [ … ]', foundEn: 'a list [ … ]',
    });
    expect(only('id: { a: b }\nname: { zh: 名, en: Name }\nlevel: city\n').params).toEqual({
      expectedZh: '文字', expectedEn: 'text', foundZh: '字段映射（键: 值）', foundEn: 'a mapping (key: value)',
    });
  });

  it('an option not in the list names the allowed ones; a missing enum field is missing', () => {
    expect(only('id: ok\nname: { zh: 名, en: Name }\nlevel: town\n')).toEqual({
      file: 'data/test.yaml', line: 3, column: 8, field: 'level', code: 'invalid-option', params: { found: 'town', options: 'city, county' },
    });
    expect(only('id: ok\nname: { zh: 名, en: Name }\n')).toMatchObject({ field: 'level', code: 'missing-field', params: { key: 'level' } });
  });

  it('a bad record key is a bad id at the key, not its value', () => {
    expect(only(`${BASE}figures:\n  good: "1"\n  Bad_Id: "2"\n`)).toEqual({
      file: 'data/test.yaml', line: 6, column: 3, field: 'figures.Bad_Id', code: 'bad-id', params: { found: 'Bad_Id' },
    });
  });

  it('format errors named with a message code use that code and the text found', () => {
    expect(only('id: Not OK\nname: { zh: 名, en: Name }\nlevel: city\n')).toEqual({
      file: 'data/test.yaml', line: 1, column: 5, field: 'id', code: 'bad-id', params: { found: 'Not OK' },
    });
    expect(only(`${BASE}date: 20x3\n`)).toMatchObject({ line: 4, column: 7, field: 'date', code: 'bad-date', params: { found: '20x3' } });
    expect(only(`${BASE}period: 2023\n`)).toMatchObject({ code: 'bad-period', params: { found: '2023' } });
  });

  it('a custom error without catalogue wording still names its place and Zod\'s words', () => {
    const issue = only(`${BASE}note: hello\n`);
    expect(issue).toEqual({
      file: 'data/test.yaml', line: 4, column: 7, field: 'note', code: 'wrong-type',
      params: { expectedZh: 'no catalogue wording', expectedEn: 'no catalogue wording', foundZh: 'hello', foundEn: 'hello' },
    });
    expect(describeIssue(issue).en).toBe('Expected no catalogue wording here, found hello.');
  });

  it('reports every issue of a file at once, in order', () => {
    const issues = issuesOf('id: Bad Id\nname: { zh: 名 }\nlevel: town\n');
    expect(issues.map((issue) => `${issue.line}:${issue.column} ${issue.field} ${issue.code}`)).toEqual([
      '1:5 id bad-id',
      '2:1 name.en missing-translation',
      '3:8 level invalid-option',
    ]);
  });
});

describe('nested fields', () => {
  it('an extra key beside zh and en and more is an unknown field, not an unquoted comma', () => {
    expect(only(`${BASE}title: { zh: 名, en: Name, note: n, extra: x }\n`)).toMatchObject({
      field: 'title.extra', code: 'unknown-field', params: { key: 'extra', allowed: 'zh, en, note', suggestion: '' },
    });
  });

  it('a missing translation of a nested name names the whole path of the name', () => {
    expect(only(`${BASE}meta:\n  source: s\n  label: { zh: 名 }\n`)).toMatchObject({
      line: 6, column: 3, field: 'meta.label.en', code: 'missing-translation', params: { key: 'meta.label', lang: 'en' },
    });
  });

  it('a bad key of a nested record names that key', () => {
    expect(only(`${BASE}meta:\n  source: s\n  codes:\n    Bad: x\n`)).toEqual({
      file: 'data/test.yaml', line: 7, column: 5, field: 'meta.codes.Bad', code: 'bad-id', params: { found: 'Bad' },
    });
  });
});

describe('fieldName', () => {
  it('joins a path with dots, numbers included', () => {
    expect(fieldName(['figures', 'beds', 'targets', 0, 'value'])).toBe('figures.beds.targets.0.value');
    expect(fieldName([])).toBe('');
  });
});
