/**
 * The per-field length limits (src/lib/load/limits.ts, docs/data-format.md "Limits"): which
 * kind of limit every field name falls under, that a text of exactly the limit passes and one
 * more character is `too-long`, that zh/en and list indexes do not change a field's kind,
 * and a mapping key over the id limit. In-memory YAML through parseYaml; the table of field
 * names, kinds and limits is written by hand from the documented limits.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/yaml-source.ts';

/** Field name → [kind, limit], as docs/data-format.md lists them. */
const KINDS: Array<[string, string, number]> = [
  ['bureau', 'id', 80], ['indicator', 'id', 80], ['parent', 'id', 80],
  ...['value', 'range', 'from', 'reported', 'as_of', 'date', 'year', 'region_code', 'level', 'kind', 'status', 'qualifier',
    'direction', 'validity', 'scope', 'manner', 'undated', 'fictional', 'points', 'amount', 'basis', 'per']
    .map((name): [string, string, number] => [name, 'value', 100]),
  ...['measure_word', 'name', 'short', 'label', 'unit', 'publisher', 'via', 'where', 'index_no', 'doc_no', 'topic']
    .map((name): [string, string, number] => [name, 'name', 200]),
  ['as_written', 'as_written', 200],
  ['title', 'title', 300],
  ...['method', 'reason', 'note', 'definition', 'summary', 'year_note'].map((name): [string, string, number] => [name, 'text', 2000]),
  ['url', 'url', 2000],
  ['anything_else', 'other', 500],
];

const tooLong = (text: string) => parseYaml(text, 'data/x.yaml').issues.filter((issue) => issue.code === 'too-long');

describe('field length limits', () => {
  it('every field name: its limit passes, one character more is too-long with key, kind, length and limit', () => {
    const atLimit = KINDS.map(([name, , limit]) => `${name}: ${'x'.repeat(limit)}`).join('\n');
    expect(tooLong(atLimit)).toEqual([]);
    const over = KINDS.map(([name, , limit]) => `${name}: ${'x'.repeat(limit + 1)}`).join('\n');
    const found = tooLong(over).sort((a, b) => a.line - b.line);
    expect(found.map((issue) => [issue.line, issue.column, issue.field, issue.params])).toEqual(
      KINDS.map(([name, kind, limit], index) => [index + 1, name.length + 3, name, { key: name, kind, length: String(limit + 1), limit: String(limit) }]),
    );
  });

  it('zh, en and list indexes keep the field\'s kind; the key shown is the last part of the path', () => {
    const found = tooLong([
      'figures:',
      `  beds: { label: { zh: ${'床'.repeat(201)} }, range: [1, ${'9'.repeat(101)}] }`,
      `  dibao: { method: { en: ${'m'.repeat(2000)} }, note: { zh: ${'注'.repeat(2001)} } }`,
      '',
    ].join('\n'));
    expect(found.map((issue) => [issue.field, issue.params])).toEqual([
      ['figures.dibao.note.zh', { key: 'zh', kind: 'text', length: '2001', limit: '2000' }],
      ['figures.beds.range.1', { key: '1', kind: 'value', length: '101', limit: '100' }],
      ['figures.beds.label.zh', { key: 'zh', kind: 'name', length: '201', limit: '200' }],
    ]);
  });

  it('a mapping key over 80 characters: too-long as an id at the key, shown by its first 40 characters', () => {
    const key = `${'k'.repeat(40)}${'q'.repeat(41)}`;
    const found = tooLong(`figures:\n  ${key}: { value: 1 }\n  ${'k'.repeat(80)}: { value: 2 }\n`);
    expect(found).toEqual([{
      file: 'data/x.yaml', line: 2, column: 3, field: `figures.${'k'.repeat(40)}`, code: 'too-long',
      params: { key: `${'k'.repeat(40)}…`, kind: 'id', length: '81', limit: '80' },
    }]);
  });
});
