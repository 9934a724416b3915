/**
 * Issue 12, tables: a table with the years down the side (a row per year, a column per
 * indicator) in every shape a table reaches the importer (`|`, tab and space rows of text;
 * HTML, Word, PDF and Excel tables with a merged group header), and the figures of a year
 * other than --year filed into that year's report. All documents are fictional, written
 * for this test (tests/fixtures/import-tables/, made by make-fixtures.sh).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportInput } from '../../../src/import/formats/read-input.ts';
import { draftFiles, importReport } from '../../../src/import/pipeline.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import-tables');
const options = { bureau: 'example', year: 2023, sourceFile: 'x.txt', catalog: [], bureauKnown: true };
/** label=value+scale+unit@as_of→report, one string per figure. */
const figuresOf = (text: string): string[] =>
  importReport(text, options).extraction.figures.map((figure) => `${figure.label}=${figure.value}${figure.scale}${figure.unit}@${figure.asOf ?? ''}${figure.reportYear ? `→${figure.reportYear}` : ''}`);

describe('tables with the years down the side, as text', () => {
  it('`|` rows: a blank first header cell, a unit row, bare years', () => {
    const text = ['示例镇婚姻登记情况（虚构）', '| 结婚登记 | 离婚登记 | 收养登记', '单位 | 对 | 对 | 件', '2022 | 1,204 | 388 | 6', '2023 | 1,180 | 402 | 9'].join('\n');
    expect(figuresOf(text)).toEqual([
      '结婚登记=1204对@2022→2022',
      '离婚登记=388对@2022→2022',
      '收养登记=6件@2022→2022',
      '结婚登记=1180对@2023',
      '离婚登记=402对@2023',
      '收养登记=9件@2023',
    ]);
  });

  it('tab rows: units in brackets, a rate column, a blank cell left out', () => {
    const text = ['年度\t社区养老服务站（个）\t入住率（%）\t志愿者（人）', '2021年\t36\t62.5\t', '2023年\t41\t70.1\t8,830'].join('\n');
    expect(figuresOf(text)).toEqual([
      '社区养老服务站=36个@2021→2021',
      '入住率=62.5%@2021→2021',
      '社区养老服务站=41个@2023',
      '入住率=70.1%@2023',
      '志愿者=8830人@2023',
    ]);
  });

  it('space-separated rows under a 单位：万元 line, years written 年末', () => {
    const text = ['单位：万元', '年份 临时救助资金 医疗救助资金', '2022年末 86.4 120.75', '2023年末 91 133.2'].join('\n');
    expect(figuresOf(text)).toEqual(['临时救助资金=86.4万元@2022→2022', '医疗救助资金=120.75万元@2022→2022', '临时救助资金=91万元@2023', '医疗救助资金=133.2万元@2023']);
  });

  it('is a kind, not a case: prose about years is not a table, and year rows with no header naming their columns give no figure', () => {
    const prose = importReport('示例区概况（虚构）\n2022年，全区新增养老床位120张。\n2023年，全区新增养老床位95张。', options);
    expect(prose.cleaned.tables).toEqual([]);
    expect(prose.extraction.figures.map((figure) => [figure.value, figure.unit, figure.reportYear])).toEqual([['120', '张', undefined], ['95', '张', undefined]]);
    expect(figuresOf('示例区概况（虚构）\n2021年 | 14\n2022年 | 15\n2023年 | 17')).toEqual([]);
  });
});

describe('tables with the years down the side, in each document format', () => {
  /** years.html: rows 2021年–2023年; 养老服务 over 养老机构（家）/养老床位（张）, 城乡低保 over 人数（人）/资金（万元）. */
  const byYear = (labels: [string, string, string, string]) => [
    `${labels[0]}=14家@2021→2021`, `${labels[1]}=1506张@2021→2021`, `${labels[2]}=4210人@2021→2021`, `${labels[3]}=2130.5万元@2021→2021`,
    `${labels[0]}=15家@2022→2022`, `${labels[1]}=1620张@2022→2022`, `${labels[2]}=4080人@2022→2022`, `${labels[3]}=2245.8万元@2022→2022`,
    `${labels[0]}=17家@2023`, `${labels[1]}=1745张@2023`, `${labels[2]}=3960人@2023`, `${labels[3]}=2318.2万元@2023`,
  ];
  const read = async (name: string): Promise<string> => {
    const input = await readImportInput(join(FIXTURES, name));
    expect(input.issues).toEqual([]);
    return input.text ?? '';
  };

  it.each(['years.html', 'years.docx', 'years.xlsx'])('%s: the merged group header names a short column (城乡低保 + 人数)', async (name) => {
    expect(figuresOf(await read(name))).toEqual(byYear(['养老机构', '养老床位', '城乡低保人数', '城乡低保资金']));
  });

  it('years.pdf: the same figures; a PDF shows no merges, so the group header is lost and short columns keep their own names', async () => {
    expect(figuresOf(await read('years.pdf'))).toEqual(byYear(['养老机构', '养老床位', '人数', '资金']));
  });
});

describe('figures of another year go into that year\'s report', () => {
  const TEXT = ['示例县民政事业统计公报（虚构）', '年份 | 养老床位（张） | 低保人数（人）', '2022年 | 1,620 | 4,080', '2023年 | 1,745 | 3,960', '项目 | 2022年 | 2023年', '婚姻登记（对） | 812 | 790'].join('\n');
  const catalog = [{ id: 'eldercare-beds', name: { zh: '养老床位', en: 'Eldercare beds' }, topic: 'eldercare', kind: 'count' as const, unit: { zh: '张', en: 'beds' }, file: 'data/indicators/eldercare.yaml' }];

  it('writes a draft for the other year, with its figures and a narrative of its rows; this year\'s narrative shows only its own cells', () => {
    const result = importReport(TEXT, { ...options, catalog });
    expect(draftFiles(result).map((file) => file.path)).toEqual([
      'data/figures/example/2023.yaml',
      'data/figures/example/2023.review.md',
      'content/reports/example/2023/zh.mdx',
      'data/figures/example/2022.yaml',
      'content/reports/example/2022/zh.mdx',
    ]);
    const [other] = result.otherReports;
    expect(other?.files.figures).toContain('year: 2022\n');
    expect(other?.files.figures).toContain('  eldercare-beds:\n    value: 1620\n    as_of: 2022    # table row 2022年\n    unit: 张\n');
    expect(other?.assignment.figures.map((figure) => `${figure.id}=${figure.occurrences[0]?.value}`)).toEqual(['eldercare-beds=1620', 'dibao-people=4080', 'marriage-couples=812']);
    expect(result.assignment.figures.map((figure) => `${figure.id}=${figure.occurrences[0]?.value}`)).toEqual(['eldercare-beds=1745', 'dibao-people=3960', 'marriage-couples=790']);
    expect(other?.files.narrative).toContain('2022年：养老床位（张）<Figure id="eldercare-beds" />，低保人数（人）<Figure id="dibao-people" />。');
    expect(other?.files.narrative).toContain('婚姻登记：<Figure id="marriage-couples" />。');
    expect(result.files.narrative).not.toMatch(/1,620|4,080|812/);
    expect(result.files.review).toContain('- [ ] line 3: “1,620” (table row 2022年) belongs to the 2022 report: written to data/figures/example/2022.yaml as `eldercare-beds` (a new draft; its narrative draft content/reports/example/2022/zh.mdx lists the table\'s rows). Check it there.');
    expect(result.files.review).toContain('- [ ] line 6: “812” (table column 2022年) belongs to the 2022 report: written to data/figures/example/2022.yaml as `marriage-couples`');
  });

  it('never changes an existing report of that year: compares its figures instead, and says what to add', () => {
    const existing = 'bureau: example\nyear: 2022\nsource: { title: 示例 }\nfigures:\n  eldercare-beds:\n    value: 1620\n  people:\n    indicator: dibao-people\n    value: "4,100"\n';
    const siteFile = (path: string): string | undefined => (path === 'data/figures/example/2022.yaml' ? existing : undefined);
    const result = importReport(TEXT, { ...options, catalog, siteFile });
    expect(draftFiles(result).map((file) => file.path)).toEqual(['data/figures/example/2023.yaml', 'data/figures/example/2023.review.md', 'content/reports/example/2023/zh.mdx']);
    const review = result.files.review ?? '';
    expect(review).toContain('“1,620” (table row 2022年) belongs to the 2022 report: data/figures/example/2022.yaml already has it (`eldercare-beds`): not written again.');
    expect(review).toContain('“4,080” (table row 2022年) belongs to the 2022 report: data/figures/example/2022.yaml has `people` = 4,100 for indicator `dibao-people`, the table says 4080. That file was not changed');
    expect(review).toContain('“812” (table column 2022年) belongs to the 2022 report: data/figures/example/2022.yaml exists and was not changed: add `marriage-couples: { value: 812, unit: 对 }` to its figures.');
  });

  it('writes the figures but not the narrative when only the narrative of that year exists', () => {
    const siteFile = (path: string): string | undefined => (path === 'content/reports/example/2022/en.mdx' ? '---\ntitle: x\n---\n' : undefined);
    const result = importReport(TEXT, { ...options, catalog, siteFile });
    expect(draftFiles(result).map((file) => file.path)).toContain('data/figures/example/2022.yaml');
    expect(draftFiles(result).map((file) => file.path)).not.toContain('content/reports/example/2022/zh.mdx');
  });
});

describe('a later year than the report\'s', () => {
  it('is this report\'s target (a plan column), not a report of a year still to come', () => {
    const result = importReport('指标 | 2023年 | 2025年目标\n养老床位（张） | 1,745 | 2,000\n', options);
    expect(result.extraction.figures.map((figure) => [figure.value, figure.status, figure.asOf, figure.reportYear])).toEqual([['1745', 'actual', '2023', undefined], ['2000', 'target', '2025', undefined]]);
    expect(result.otherReports).toEqual([]);
  });
});
