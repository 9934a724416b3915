/**
 * Text tables (src/import/table.ts): rows written for this test, in the three ways a
 * table reaches the importer as text.
 */
import { describe, expect, it } from 'vitest';
import { cleanLabel, findTables } from '../../../src/import/table.ts';
import { importReport } from '../../../src/import/pipeline.ts';

const lines = (text: string): Array<{ line: number; text: string }> => text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
const cells = (text: string): string[][] => findTables(lines(text)).rows.map((row) => [row.label, ...row.cells.map((cell) => `${cell.value}|${cell.scale}|${cell.unit}|${cell.column?.name ?? ''}`)]);

describe('text tables', () => {
  it('reads `|` rows by position under their header: a blank unit cell stays blank', () => {
    expect(cells('项目 | 单位 | 本期 | 上年同期\n结婚登记 | 对 | 1,204 | 1,180\n街道 |  | 12 | 12')).toEqual([
      ['结婚登记', '1204||对|本期', '1180||对|上年同期'],
      ['街道', '12|||本期', '12|||上年同期'],
    ]);
  });

  it('takes the unit of a 单位：万元 line, and files year columns under their year', () => {
    const scan = findTables(lines('单位：万元\n指标 | 2022年 | 2023年\n救助资金 | 310.5 | 298'));
    expect(scan.rows[0]?.cells.map((cell) => `${cell.value}|${cell.scale}|${cell.unit}|${cell.column?.year}`)).toEqual(['310.5|万|元|2022', '298|万|元|2023']);
    expect([...scan.lines]).toEqual([1, 2, 3]);
  });

  it('reads space-separated rows by cell type: code cells skipped, a change column without % has no unit', () => {
    expect(cells('指标名称 单位 代码 数量 上期 环比\n(二)救助支出 万元 ABC0123 5,120.5 4,800.0 6.68\n   1.镇 ABC0124 31 30')).toEqual([
      ['救助支出', '5120.5|万|元|数量', '4800.0|万|元|上期', '6.68|||环比'],
      ['镇', '31|||数量', '30|||上期'],
    ]);
  });

  it('leaves prose alone: a sentence with numbers is not a row', () => {
    expect(findTables(lines('全区共有养老机构 12 家，床位 1,830 张。\n指标 数量')).rows).toEqual([]);
  });

  it('takes a unit from brackets after a row label or a column name', () => {
    expect(cells('项目 | 本期 | 金额（万元）\n养老床位（张） | 1,830 | \n救助资金 |  | 56.2')).toEqual([
      ['养老床位', '1830||张|本期'],
      ['救助资金', '56.2|万|元|金额（万元）'],
    ]);
  });

  it('reads a `|` row of prose cells cell by cell, and still drops a `|` list of place names as spam', () => {
    const text = '示例区民生实事进展表\n项目 | 内容 | 牵头单位 | 进展情况\n养老服务项目 | 新增12家示范型居家养老服务照料中心，实施适老化改造240户。 | 区民政局 | 已完成7家照料中心，改造198户。\n甲县| 乙市| 丙区| 视频| 丁市| 戊市|\n';
    const result = importReport(text, { bureau: 'x', year: 2023, sourceFile: 'x.txt', catalog: [], bureauKnown: true });
    expect(result.extraction.figures.map((figure) => `${figure.value}${figure.unit}`)).toEqual(['12家', '240户', '7家', '198户']);
    expect(result.cleaned.title?.text).toBe('示例区民生实事进展表');
    expect(result.cleaned.dropped.map((line) => line.reason)).toContain('place-list');
  });

  it('strips row numbering from labels', () => {
    expect(['(一)乡级区划', '其中:(1)儿童福利', 'A 孤儿保障', '2.社会救助'].map(cleanLabel)).toEqual(['乡级区划', '儿童福利', '孤儿保障', '社会救助']);
  });

  it('gives one figure per value cell, labelled by row and column, and a year column other than --year its report year', () => {
    const result = importReport('示例区民政统计\n指标\t2022年\t2023年\n养老床位（张）\t1,702\t1,830\n', { bureau: 'x', year: 2023, sourceFile: 'x.txt', catalog: [], bureauKnown: true });
    // This report's cell first: a row is split into one block per report (table-figures.ts).
    expect(result.extraction.figures.map((figure) => [figure.value, figure.unit, figure.asOf, figure.reportYear])).toEqual([['1830', '张', '2023', undefined], ['1702', '张', '2022', 2022]]);
    expect(result.files.review).toContain('belongs to the 2022 report: written to data/figures/x/2022.yaml');
  });
});
