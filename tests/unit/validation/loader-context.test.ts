/**
 * What src/lib/load/context.ts decides and loader-details.test.ts leaves open: the files the
 * loader reports as read (the dev server watches exactly these), the fields an unknown key is
 * told it may use where a path only looks like another level (a figure named `source`, a
 * localized text inside a source, the eleventh alternative), a folder that cannot be listed,
 * and a bad id kept out of the loaded entries. Copies of tests/fixtures/basic and in-memory
 * YAML; every expected value is written by hand.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/lib/issues.ts';
import { LoadContext } from '../../../src/lib/load/context.ts';
import { parseYaml } from '../../../src/lib/yaml-source.ts';
import { bureausFileSchema, bureauSchema } from '../../../src/schemas/bureau.ts';
import { changedSites } from '../../helpers/changed-site.ts';

const TODAY = '2024-06-15';
const DATA_2022 = 'data/figures/example-district/2022.yaml';

const sites = changedSites({ buildDate: TODAY });
const { site } = sites;
const at = (issue: Issue): string => `${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.field}`;

describe('the files the loader reports as read (what the dev server watches)', () => {
  it('every data file and narrative of the sample site, each once, and nothing else', () => {
    const result = site(() => {});
    expect(result.issues).toEqual([]);
    const read = result.files.map((file) => file.slice(sites.copy().root.length + 1).split('\\').join('/')).sort();
    expect(read).toEqual([
      'content/reports/example-district/2022/en.mdx',
      'content/reports/example-district/2022/zh.mdx',
      'content/reports/example-district/2023/zh.mdx',
      'data/bureaus.yaml',
      'data/figures/example-district/2022.yaml',
      'data/figures/example-district/2023.yaml',
      'data/hant-exceptions.yaml',
      'data/indicators/catalog.yaml',
    ]);
  });
});

describe('unknown fields where a path only looks like another level', () => {
  const FIGURE = 'indicator, value, range, unknown, qualifier, status, method, as_of, unit, change, source, alternatives, revisions, per, measure_word, label, note, where';
  const ALTERNATIVE = 'value, source, note';
  const REVISION = 'value, date, reason';
  const SOURCE = 'title, publisher, date, url, kind, via';

  it('figures named disclosure and source are figures; a localized text inside disclosure, a source or a revision allows zh and en', () => {
    const result = site((copy) => copy.write(DATA_2022, [
      'bureau: example-district',
      'year: 2022',
      'disclosure:',
      '  topic:',
      '    zh: 综合政务',
      '    en: General',
      '    fr: Général',
      'source:',
      '  title: 示例区民政局2022年工作总结（虚构）',
      '  publisher:',
      '    zh: 示例区民政局',
      '    en: Example',
      '    fr: Exemple',
      'figures:',
      '  disclosure: { indicator: eldercare-beds, value: 20.7万, valeu: 1 }',
      '  source: { indicator: eldercare-beds, value: 20.7万, valeu: 1 }',
      '  dibao-standard:',
      '    value: 855',
      '    source:',
      '      title: 另一来源',
      '      publisher:',
      '        fr: Un bureau',
      '    alternatives:',
      '      - value: 850',
      '        note:',
      '          fr: Flash',
      '    revisions:',
      '      - value: 850',
      '        date: 2023-01',
      '        reason:',
      '          fr: Corrigé',
      '    label:',
      '      fr: Norme',
      '',
    ].join('\n')));
    const unknown = result.issues.filter((issue) => issue.code === 'unknown-field' || issue.code === 'unquoted-comma');
    // An unknown key where only zh and en are allowed is told it is the tail of a text
    // split at an unquoted comma (zod-issues.ts); anywhere else it is an unknown field.
    expect(unknown.map((issue) => [at(issue), issue.params['allowed']])).toEqual([
      [`unquoted-comma ${DATA_2022}:7:5 disclosure.topic.fr`, undefined],
      [`unquoted-comma ${DATA_2022}:13:5 source.publisher.fr`, undefined],
      [`unknown-field ${DATA_2022}:15:58 figures.disclosure.valeu`, FIGURE],
      [`unknown-field ${DATA_2022}:16:54 figures.source.valeu`, FIGURE],
      [`unquoted-comma ${DATA_2022}:22:9 figures.dibao-standard.source.publisher.fr`, undefined],
      [`unquoted-comma ${DATA_2022}:26:11 figures.dibao-standard.alternatives.0.note.fr`, undefined],
      [`unquoted-comma ${DATA_2022}:31:11 figures.dibao-standard.revisions.0.reason.fr`, undefined],
      [`unquoted-comma ${DATA_2022}:33:7 figures.dibao-standard.label.fr`, undefined],
    ]);
  });

  it('the eleventh alternative and revision (index 10) are still an alternative, its source and a revision', () => {
    const ten = (item: string) => `[${Array.from({ length: 10 }, () => item).join(', ')}`;
    const result = site((copy) => copy.write(DATA_2022, [
      'bureau: example-district',
      'year: 2022',
      'source:',
      '  title: 示例区民政局2022年工作总结（虚构）',
      'figures:',
      '  dibao-standard:',
      '    value: 855',
      `    alternatives: ${ten('{ value: 850 }')}, { value: 850, nots: x, source: { title: 快报, urll: x } }]`,
      `    revisions: ${ten('{ value: 850, date: 2023-01 }')}, { value: 850, date: 2023-01, reson: x }]`,
      '',
    ].join('\n')));
    const unknown = result.issues.filter((issue) => issue.code === 'unknown-field');
    expect(unknown.map((issue) => [issue.field, issue.params['allowed']]).sort()).toEqual([
      ['figures.dibao-standard.alternatives.10.nots', ALTERNATIVE],
      ['figures.dibao-standard.alternatives.10.source.urll', SOURCE],
      ['figures.dibao-standard.revisions.10.reson', REVISION],
    ]);
  });

  it('a localized text inside an indicator or a bureau allows zh and en only', () => {
    const result = site((copy) => {
      copy.replace('data/indicators/catalog.yaml', '  name: { zh: 养老床位, en: Eldercare beds }\n', '  name: { zh: 养老床位, en: Eldercare beds, fr: Lits }\n');
      copy.replace('data/bureaus.yaml', '  short: { zh: 示例区, en: Example District }\n', '  short: { zh: 示例区, en: Example District, fr: District }\n');
    });
    expect(result.issues.map(at)).toEqual([
      'unquoted-comma data/indicators/catalog.yaml:2:41 eldercare-beds.name.fr',
      'unquoted-comma data/bureaus.yaml:3:43 example-district.short.fr',
    ]);
  });
});

describe('a folder that cannot be listed', () => {
  it('data/figures as a plain file: unreadable-file at 1:1 of it, with the reason', () => {
    const result = site((copy) => {
      copy.remove('data/figures');
      copy.write('data/figures', 'not a folder\n');
    });
    expect(result.issues.filter((issue) => issue.code === 'unreadable-file')).toEqual([
      { file: 'data/figures', line: 1, column: 1, field: '', code: 'unreadable-file', params: { found: 'data/figures', reason: 'ENOTDIR' } },
    ]);
  });
});

describe('validating a file of id → entry', () => {
  const BUREAU = '  name: { zh: 样例镇（虚构）, en: Sample Town (fictional) }\n  short: { zh: 样例镇, en: Sample Town }\n  level: county\n';

  it('a bad id with a valid entry: bad-id at the key, its id in params, and the entry broken, not loaded', () => {
    const context = new LoadContext('/site', TODAY);
    const loaded = parseYaml(`sample-town:\n${BUREAU}Bad_Town:\n${BUREAU}`, 'data/bureaus.yaml');
    const { entries, broken } = context.validateRecord(bureauSchema, bureausFileSchema, loaded);
    expect(Object.keys(entries)).toEqual(['sample-town']);
    expect([...broken]).toEqual(['Bad_Town']);
    expect(context.issues).toEqual([
      { file: 'data/bureaus.yaml', line: 5, column: 1, field: 'Bad_Town', code: 'bad-id', params: { found: 'Bad_Town' } },
    ]);
  });

  it('a good id with an invalid entry: broken, not loaded', () => {
    const context = new LoadContext('/site', TODAY);
    const loaded = parseYaml(`sample-town:\n${BUREAU.replace('county', 'galaxy')}`, 'data/bureaus.yaml');
    const { entries, broken } = context.validateRecord(bureauSchema, bureausFileSchema, loaded);
    expect(entries).toEqual({});
    expect([...broken]).toEqual(['sample-town']);
    expect(context.issues.map(at)).toEqual(['invalid-option data/bureaus.yaml:4:10 sample-town.level']);
  });
});

describe('a symbolic link where the loader lists files', () => {
  it('is reported by its own name at 1:1, with no field', async () => {
    const { symlinkSync } = await import('node:fs');
    const result = site((copy) => symlinkSync('/etc/hostname', join(copy.root, 'data/figures/example-district/2024.yaml')));
    expect(result.issues).toEqual([
      { file: 'data/figures/example-district/2024.yaml', line: 1, column: 1, field: '', code: 'symlink', params: { found: 'data/figures/example-district/2024.yaml' } },
    ]);
  });
});
