/**
 * The loader's own rules (src/lib/load/{reports,narratives,context}.ts) that the message
 * catalogue's one-case-per-code tests leave open: every wrong place for a data file or a
 * narrative, the fields a misspelt key is told it may use at each level, which report a
 * problem is blamed on (and which it is not), a typed number pointed at the figure to
 * cite, and what a loaded report and narrative hold. Copies of tests/fixtures/basic; every
 * expected code, position, field and parameter is written by hand.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIssue, type Issue } from '../../../src/lib/issues.ts';
import { changedSites } from '../../helpers/changed-site.ts';
import type { FixtureCopy } from '../../helpers/fixture.ts';

const TODAY = '2024-06-15';
const DATA_2022 = 'data/figures/example-district/2022.yaml';
const DATA_2023 = 'data/figures/example-district/2023.yaml';
const ZH_2022 = 'content/reports/example-district/2022/zh.mdx';
const EN_2022 = 'content/reports/example-district/2022/en.mdx';

const sites = changedSites({ buildDate: TODAY });
const { site } = sites;
/** Writes a file, making its folders. */
function put(copy: FixtureCopy, file: string, text: string): void {
  mkdirSync(dirname(join(copy.root, file)), { recursive: true });
  copy.write(file, text);
}
const at = (issue: Issue): string => `${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.field}`;

const REPORT_2024 = 'bureau: example-district\nyear: 2024\nsource:\n  title: 示例区民政局2024年工作总结（虚构）\nfigures:\n  eldercare-beds: { value: 22万 }\n';

describe('data files in the wrong place', () => {
  it('directly in data/figures, or one folder too deep: bad-data-path at 1:1 of the file, nothing else read from it', () => {
    const result = site((copy) => {
      put(copy, 'data/figures/2024.yaml', REPORT_2024);
      put(copy, 'data/figures/example-district/old/2024.yaml', REPORT_2024);
    });
    expect(result.issues).toEqual([
      { file: 'data/figures/2024.yaml', line: 1, column: 1, field: '', code: 'bad-data-path', params: { found: 'data/figures/2024.yaml' } },
      { file: 'data/figures/example-district/old/2024.yaml', line: 1, column: 1, field: '', code: 'bad-data-path', params: { found: 'data/figures/example-district/old/2024.yaml' } },
    ]);
  });

  it('a name that only starts or ends like a year, or a folder named like a data file: bad-data-path; other files are not read', () => {
    const result = site((copy) => {
      put(copy, 'data/figures/example-district/x2024.yaml', REPORT_2024);
      put(copy, 'data/figures/example-district/2024.yaml.yaml', REPORT_2024);
      put(copy, 'data/figures/example-district/2024.yaml/2024.yaml', REPORT_2024);
      put(copy, 'data/figures/example-district/notes.txt', 'year: 2024\n');
    });
    expect(result.issues.map(at)).toEqual([
      'bad-data-path data/figures/example-district/2024.yaml.yaml:1:1 ',
      'bad-data-path data/figures/example-district/2024.yaml/2024.yaml:1:1 ',
      'bad-data-path data/figures/example-district/x2024.yaml:1:1 ',
    ]);
  });

  it('with the only bureau broken, a report naming another bureau is still unknown-bureau', () => {
    const result = site((copy) => {
      copy.replace('data/bureaus.yaml', 'level: district', 'level: galaxy');
      put(copy, 'data/figures/other-town/2024.yaml', REPORT_2024.replace('bureau: example-district', 'bureau: other-town'));
      put(copy, 'content/reports/other-town/2024/zh.mdx', '---\ntitle: 示例\n---\n');
    });
    expect(result.issues.map(at)).toEqual([
      'invalid-option data/bureaus.yaml:4:10 example-district.level',
      'unknown-bureau data/figures/other-town/2024.yaml:1:9 bureau',
    ]);
  });

  it('a report filed under another bureau\'s folder: path-mismatch at `bureau`, and the report is not placed', () => {
    const result = site((copy) => {
      copy.replace('data/bureaus.yaml', '  fictional: true\n', '  fictional: true\nsample-town:\n  name: { zh: 样例镇（虚构）, en: Sample Town (fictional) }\n  short: { zh: 样例镇, en: Sample Town }\n  level: county\n');
      put(copy, 'data/figures/example-district/2024.yaml', REPORT_2024.replace('bureau: example-district', 'bureau: sample-town'));
    });
    expect(result.issues).toEqual([
      {
        file: 'data/figures/example-district/2024.yaml', line: 1, column: 9, field: 'bureau', code: 'path-mismatch',
        params: { field: 'bureau', found: 'sample-town', expected: 'example-district' },
      },
    ]);
  });

  it('a bureau whose own entry is broken is not called unknown by its reports', () => {
    const result = site((copy) => copy.replace('data/bureaus.yaml', 'level: district', 'level: galaxy'));
    expect(result.issues.map(at)).toEqual(['invalid-option data/bureaus.yaml:4:10 example-district.level']);
  });
});

describe('an empty bureaus file', () => {
  it('empty, or comments only: one empty-data issue at the file, naming bureaus in zh and en', () => {
    for (const text of ['', '# 机构\n', '{}\n']) {
      const result = site((copy) => copy.write('data/bureaus.yaml', text));
      expect(result.issues, JSON.stringify(text)).toEqual([
        { file: 'data/bureaus.yaml', line: 1, column: 1, field: '', code: 'empty-data', params: { found: 'data/bureaus.yaml', whatZh: '机构', whatEn: 'bureaus' } },
      ]);
      expect(describeIssue(result.issues[0]!)).toEqual({
        zh: 'data/bureaus.yaml 中没有任何机构。请至少添加一个（见 docs/data-format.md），或检查站点根目录。',
        en: 'data/bureaus.yaml holds no bureaus. Add at least one (see docs/data-format.md), or check the site root.',
      });
    }
  });
});

describe('a bureaus file that is not a mapping of bureaus', () => {
  it('plain text: one wrong-type issue at 1:1, and no report is blamed for its bureau', () => {
    const result = site((copy) => copy.write('data/bureaus.yaml', 'just text\n'));
    expect(result.issues).toEqual([
      {
        file: 'data/bureaus.yaml', line: 1, column: 1, field: '', code: 'wrong-type',
        params: { expectedZh: '字段映射（键: 值）', expectedEn: 'a mapping (key: value)', foundZh: '文字 “just text”', foundEn: 'the text "just text"' },
      },
    ]);
  });

  it('an unquoted comma in a bureau\'s name is told as such, not as an unknown field', () => {
    const result = site((copy) => copy.replace('data/bureaus.yaml', 'en: Example District Civil Affairs Bureau (fictional) }', 'en: Example District Civil Affairs Bureau, fictional }'));
    expect(result.issues.map((issue) => [at(issue), issue.params])).toEqual([['unquoted-comma data/bureaus.yaml:2:70 example-district.name.fictional', { key: 'fictional' }]]);
  });
});

describe('unknown fields, with the fields allowed at that level', () => {
  it('in a report: top level, disclosure, source, a figure, its source, alternatives, revisions, change and unknown', () => {
    const result = site((copy) => copy.write(DATA_2022, [
      'bureau: example-district',
      'year: 2022',
      'yeer: 2022',
      'disclosure:',
      '  index_no: EX-2023-0001',
      '  topik: { zh: 综合政务, en: General }',
      'source:',
      '  title: 示例区民政局2022年工作总结（虚构）',
      '  dat: 2023-03-17',
      'figures:',
      '  eldercare-beds:',
      '    value: 20.7万',
      '    valeu: 1',
      '    source:',
      '      title: 另一来源',
      '      titel: x',
      '    alternatives:',
      '      - value: 20.6万',
      '        nots: x',
      '        source:',
      '          title: 快报',
      '          urll: x',
      '    revisions:',
      '      - value: 20.5万',
      '        date: 2023-01',
      '        reson: x',
      '    change:',
      '      reported: "5%"',
      '      form: 1',
      '  dibao-standard:',
      '    unknown:',
      '      as_written: "8_5"',
      '      extra: 1',
      '',
    ].join('\n')));
    expect(result.issues.filter((issue) => issue.code !== 'unknown-field')).toEqual([]);
    const unknown = result.issues.filter((issue) => issue.code === 'unknown-field').sort((a, b) => a.line - b.line);
    const SOURCE = 'title, publisher, date, url, kind, via';
    expect(unknown.map((issue) => [`${issue.line}:${issue.column}`, issue.field, issue.params])).toEqual([
      ['3:1', 'yeer', { key: 'yeer', allowed: 'bureau, year, year_note, undated, disclosure, source, figures', suggestion: 'year' }],
      ['6:3', 'disclosure.topik', { key: 'topik', allowed: 'index_no, topic, date, doc_no, validity, scope, manner', suggestion: 'topic' }],
      ['9:3', 'source.dat', { key: 'dat', allowed: SOURCE, suggestion: 'date' }],
      ['13:5', 'figures.eldercare-beds.valeu', {
        key: 'valeu',
        allowed: 'indicator, value, range, unknown, qualifier, status, method, as_of, unit, change, source, alternatives, revisions, per, measure_word, label, note, where',
        suggestion: 'value',
      }],
      ['16:7', 'figures.eldercare-beds.source.titel', { key: 'titel', allowed: SOURCE, suggestion: 'title' }],
      ['19:9', 'figures.eldercare-beds.alternatives.0.nots', { key: 'nots', allowed: 'value, source, note', suggestion: 'note' }],
      ['22:11', 'figures.eldercare-beds.alternatives.0.source.urll', { key: 'urll', allowed: SOURCE, suggestion: 'url' }],
      ['26:9', 'figures.eldercare-beds.revisions.0.reson', { key: 'reson', allowed: 'value, date, reason', suggestion: 'reason' }],
      ['29:7', 'figures.eldercare-beds.change.form', { key: 'form', allowed: 'reported, direction, from, points, amount, basis', suggestion: 'from' }],
      ['33:7', 'figures.dibao-standard.unknown.extra', { key: 'extra', allowed: 'as_written', suggestion: '' }],
    ]);
  });

  it('in an indicator and in a bureau (the catalog is read first)', () => {
    const result = site((copy) => {
      copy.replace('data/bureaus.yaml', '  level: district\n', '  level: district\n  levle: district\n');
      copy.replace('data/indicators/catalog.yaml', '  unit: { zh: 家, en: organizations }\n', '  unit: { zh: 家, en: organizations }\n  definiton: { zh: 登记的, en: Registered }\n');
    });
    expect(result.issues.map((issue) => [at(issue), issue.params])).toEqual([
      ['unknown-field data/indicators/catalog.yaml:41:3 social-orgs.definiton', { key: 'definiton', allowed: 'name, topic, kind, unit, definition', suggestion: 'definition' }],
      ['unknown-field data/bureaus.yaml:5:3 example-district.levle', { key: 'levle', allowed: 'name, short, level, region_code, parent, fictional, note', suggestion: 'level' }],
    ]);
  });
});

describe('a feed date warning is not added to an impossible date', () => {
  it('a source dated after today: date-after-build, and no feed-updated-future warning', () => {
    const result = site((copy) => copy.replace(DATA_2022, '  date: 2023-03-17\n', '  date: 2025-01-10\n'));
    expect(result.issues.map(at)).toEqual([`date-after-build ${DATA_2022}:13:9 source.date`]);
    expect(result.warnings.filter((warning) => warning.code === 'feed-updated-future')).toEqual([]);
  });
});

describe('the report\'s publication date, for revisions', () => {
  it('without a source date, the disclosure\'s day is the publication date a revision cannot precede', () => {
    const result = site((copy) => {
      copy.replace(DATA_2022, '  date: 2023-03-17\n', '');
      copy.replace(DATA_2022, 'dibao-paid: { value: 2850.46万 }', 'dibao-paid: { value: 2850.46万, revisions: [{ value: 2850.00万, date: 2023-02-01 }] }');
    });
    expect(result.issues.map((issue) => [at(issue), issue.params])).toEqual([
      [`revision-before-report ${DATA_2022}:16:71 figures.dibao-paid.revisions.0.date`, { found: '2023-02-01', published: '2023-03-17' }],
    ]);
  });
});

describe('narratives in the wrong place', () => {
  it('too shallow, too deep, or under a year that is not four digits', () => {
    const narrative = '---\ntitle: 示例\n---\n';
    const result = site((copy) => {
      put(copy, 'content/reports/example-district/zh.mdx', narrative);
      put(copy, 'content/reports/example-district/2022/old/zh.mdx', narrative);
      put(copy, 'content/reports/example-district/22/zh.mdx', narrative);
    });
    expect(result.issues.map((issue) => [at(issue), issue.params])).toEqual([
      ['bad-narrative-path content/reports/example-district/2022/old/zh.mdx:1:1 ', { found: 'content/reports/example-district/2022/old/zh.mdx' }],
      ['bad-narrative-path content/reports/example-district/22/zh.mdx:1:1 ', { found: 'content/reports/example-district/22/zh.mdx' }],
      ['bad-narrative-path content/reports/example-district/zh.mdx:1:1 ', { found: 'content/reports/example-district/zh.mdx' }],
    ]);
  });
});

describe('narrative lines at the limit', () => {
  it('10,000 characters and a CRLF pass; 10,001 are reported at column 10,001 with the length and the limit', () => {
    const atLimit = site((copy) => copy.write(EN_2022, `---\r\ntitle: Example\r\n---\r\n\r\n${'a'.repeat(10_000)}\r\n`));
    expect(atLimit.issues).toEqual([]);
    const over = site((copy) => copy.write(EN_2022, `---\ntitle: Example\n---\n\n${'a'.repeat(10_001)}\n`));
    expect(over.issues).toEqual([
      { file: EN_2022, line: 5, column: 10_001, field: '', code: 'line-too-long', params: { length: '10001', limit: '10000' } },
    ]);
  });
});

describe('a typed number names the figure to cite', () => {
  it('a figure\'s value, either end of a range, or else the data file to add it to', () => {
    const result = site((copy) => copy.write(EN_2022, '---\ntitle: Example\n---\n\nIt rose to 855 yuan. Subsidies: 4000 yuan. Or 6000 yuan. Helped 3028 people.\n'));
    expect(result.issues.map((issue) => [at(issue), issue.params['found'], issue.params['figure'], issue.params['dataFile']])).toEqual([
      [`number-in-narrative ${EN_2022}:5:12 `, '855', 'dibao-standard', DATA_2022],
      [`number-in-narrative ${EN_2022}:5:33 `, '4000', 'bed-subsidy', DATA_2022],
      [`number-in-narrative ${EN_2022}:5:47 `, '6000', 'bed-subsidy', DATA_2022],
      [`number-in-narrative ${EN_2022}:5:65 `, '3028', undefined, DATA_2022],
    ]);
  });

  it('a narrative with no report keeps the scanner\'s message as it is', () => {
    const result = site((copy) => {
      copy.remove(DATA_2023);
      copy.write('content/reports/example-district/2023/zh.mdx', '---\ntitle: 示例\n---\n\n床位900张。\n');
    });
    expect(result.issues.map((issue) => [at(issue), issue.params['dataFile'], issue.params['figure']])).toEqual([
      ['number-in-narrative content/reports/example-district/2023/zh.mdx:5:3 ', undefined, undefined],
      ['missing-data content/reports/example-district/2023/zh.mdx:1:1 ', undefined, undefined],
    ]);
  });
});

describe('problems blamed on the data, not the narrative', () => {
  it('a data file that fails validation: no missing-data for its narrative', () => {
    const result = site((copy) => copy.replace(DATA_2023, 'year: 2023', 'year: twenty'));
    expect(result.issues.map((issue) => issue.code)).not.toContain('missing-data');
    expect(result.issues.map((issue) => issue.file)).toEqual(result.issues.map(() => DATA_2023));
  });

  it('a <Figure> citing a figure whose entry is invalid: no unknown-figure', () => {
    const result = site((copy) => copy.replace(DATA_2022, 'dibao-paid: { value: 2850.46万 }', 'dibao-paid: { value: 2850.46万, qualifier: roughly }'));
    expect(result.issues.map(at)).toEqual([`invalid-option ${DATA_2022}:17:45 figures.dibao-paid.qualifier`]);
  });

  it('a <Chart> with no indicator is an unknown indicator "" ', () => {
    const result = site((copy) => copy.replace(ZH_2022, '## 养老服务', '<Chart />\n\n## 养老服务'));
    expect(result.issues.map((issue) => [at(issue), issue.params])).toEqual([[`unknown-indicator-ref ${ZH_2022}:10:1 Chart#`, { found: '' }]]);
  });

  it('a report with an English narrative only needs no Chinese one', () => {
    const result = site((copy) => copy.remove(ZH_2022));
    expect(result.issues).toEqual([]);
  });
});

describe('what a loaded report holds', () => {
  it('source, disclosure, year note, undated, data file, and each narrative\'s title, summary and cited figures', () => {
    const result = site((copy) => copy.replace(DATA_2023, 'year: 2023\n', 'year: 2023\nyear_note: { zh: 截至2023年底, en: As of the end of 2023 }\nundated: "true"\n'));
    expect(result.issues).toEqual([]);
    const [r2022, r2023] = result.site!.reports;
    expect({ ...r2022!, figures: r2022!.figures.map((figure) => figure.id) }).toEqual({
      bureauId: 'example-district',
      year: 2022,
      disclosure: {
        index_no: 'EX-2023-0001', topic: { zh: '综合政务', en: 'General government affairs' }, date: '2023-03-17 14:45', doc_no: '',
        validity: 'valid', scope: 'public', manner: 'proactive',
      },
      source: { title: '示例区民政局2022年工作总结（虚构）', date: '2023-03-17' },
      figures: ['eldercare-beds', 'dibao-standard', 'dibao-paid', 'orphans-supported', 'operation-rate', 'urban-rural-ratio', 'bed-subsidy', 'social-orgs'],
      narratives: {
        zh: {
          lang: 'zh', file: ZH_2022, title: '示例区民政局2022年工作总结', summary: '虚构的示例报告，用于测试。',
          figureRefs: ['dibao-standard', 'dibao-paid', 'urban-rural-ratio', 'eldercare-beds', 'operation-rate', 'bed-subsidy', 'orphans-supported'],
        },
        en: {
          lang: 'en', file: EN_2022, title: 'Example District Civil Affairs Bureau, 2022 summary', summary: 'A fictional example report used in tests.',
          figureRefs: ['dibao-standard', 'dibao-paid', 'eldercare-beds', 'social-orgs'],
        },
      },
      dataFile: DATA_2022,
    });
    // A dated report's figures default to its year; an undated report's get no as-of.
    expect(r2022!.figures.slice(0, 2).map((figure) => figure.asOf)).toEqual(['2022-12', '2022']);
    expect(r2023!.figures.map((figure) => figure.asOf)).toEqual(['', '']);
    expect({ ...r2023!, figures: r2023!.figures.length }).toEqual({
      bureauId: 'example-district',
      year: 2023,
      yearNote: { zh: '截至2023年底', en: 'As of the end of 2023' },
      undated: true,
      source: { title: '示例区民政局2023年工作总结（虚构）' },
      figures: 2,
      narratives: { zh: { lang: 'zh', file: 'content/reports/example-district/2023/zh.mdx', title: '示例区民政局2023年工作总结', figureRefs: ['eldercare-beds', 'dibao-standard'] } },
      dataFile: DATA_2023,
    });
  });
});
