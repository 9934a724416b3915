/**
 * Table rows into the importer's stream (src/import/table-figures.ts): the block text a
 * draft narrative shows, where each cell sits in it, how a row's block is placed among the
 * prose blocks, and the figure each value cell becomes. Rows are written by hand as
 * table.ts hands them over; every expected text, offset, label and note is written out.
 */
import { describe, expect, it } from 'vitest';
import { mergeBlocks, tableBlocks, tableFigures } from '../../../src/import/table-figures.ts';
import type { TableColumn, TableRow } from '../../../src/import/table.ts';
import type { Block } from '../../../src/import/types.ts';

const column = (name: string, extra: Partial<TableColumn> = {}): TableColumn => ({ name, rate: false, percentSign: false, ...extra });

/** 救助资金 this quarter, the same quarter last year, and the change without % (line 12). */
const fundsRow: TableRow = {
  line: 12,
  label: '城乡居民最低生活保障资金',
  cells: [
    { written: '5,120.5', value: '5120.5', scale: '万', unit: '元', column: column('本期') },
    { written: '4,800.0', value: '4800.0', scale: '万', unit: '元', column: column('上年同期') },
    { written: '6.68', value: '6.68', scale: '', unit: '', column: column('同比', { rate: true }) },
  ],
};
/** Two year columns (line 13): their names hold digits, so the text leaves them out. */
const bedsRow: TableRow = {
  line: 13,
  label: '养老床位',
  cells: [
    { written: '1,702', value: '1702', scale: '', unit: '张', column: column('2022年', { year: 2022 }) },
    { written: '1,830', value: '1830', scale: '', unit: '张', column: column('2023年', { year: 2023 }) },
  ],
};
/** Cells with no header column (line 14): one with no unit, one in %. */
const bareRow: TableRow = {
  line: 14,
  label: '街道',
  cells: [
    { written: '12', value: '12', scale: '', unit: '' },
    { written: '3.5%', value: '3.5', scale: '', unit: '%' },
  ],
};
const FUNDS_TEXT = '城乡居民最低生活保障资金：本期5,120.5，上年同期4,800.0，同比6.68。';

describe('tableBlocks', () => {
  it('writes a row as "label：column value，column value。" and records each cell\'s span', () => {
    const [block] = tableBlocks([fundsRow], 2023);
    expect(block).toEqual({
      kind: 'paragraph',
      text: FUNDS_TEXT,
      anchors: [{ start: 0, line: 12 }],
      section: {},
      table: {
        label: '城乡居民最低生活保障资金',
        cells: [
          { start: 15, end: 22, cell: fundsRow.cells[0] },
          { start: 27, end: 34, cell: fundsRow.cells[1] },
          { start: 37, end: 41, cell: fundsRow.cells[2] },
        ],
      },
    });
    expect(FUNDS_TEXT.slice(15, 22)).toBe('5,120.5');
  });

  it('leaves out column names with digits and cells without a column name; an earlier year column is a block of its own, after the report year\'s', () => {
    const blocks = tableBlocks([bedsRow, bareRow], 2023);
    expect(blocks.map((block) => block.text)).toEqual(['养老床位：1,830。', '养老床位：1,702。', '街道：12，3.5%。']);
    expect(blocks.map((block) => block.table?.cells.map(({ start, end }) => [start, end]))).toEqual([[[5, 10]], [[5, 10]], [[3, 5], [6, 10]]]);
    expect(blocks.map((block) => block.anchors)).toEqual([[{ start: 0, line: 13 }], [{ start: 0, line: 13 }], [{ start: 0, line: 14 }]]);
    expect(blocks.map((block) => block.otherReport)).toEqual([undefined, 2022, undefined]);
  });
});

describe('mergeBlocks', () => {
  const prose = (line: number, heading: string, planSection?: Block['planSection']): Block => ({
    kind: 'paragraph', text: `第${line}行`, anchors: [{ start: 0, line }], section: { l1: heading }, ...(planSection && { planSection }),
  });
  const plan = { heading: '二、2024年工作打算', year: '2024' };

  it('puts each row after the prose at or before its line, with that block\'s section and plan section', () => {
    const blocks = [prose(1, '一、总体情况'), prose(7, '二、2024年工作打算', plan), prose(20, '三、其他')];
    const [funds, beds, , bare] = tableBlocks([{ ...fundsRow, line: 7 }, bedsRow, { ...bareRow, line: 30 }], 2023);
    const merged = mergeBlocks(blocks, [funds!, beds!, bare!]);
    expect(merged.map((block) => [block.text.slice(0, 4), block.anchors[0]?.line, block.section, block.planSection])).toEqual([
      ['第1行', 1, { l1: '一、总体情况' }, undefined],
      ['第7行', 7, { l1: '二、2024年工作打算' }, plan],
      ['城乡居民', 7, { l1: '二、2024年工作打算' }, plan],
      ['养老床位', 13, { l1: '二、2024年工作打算' }, plan],
      ['第20行', 20, { l1: '三、其他' }, undefined],
      ['街道：1', 30, { l1: '三、其他' }, undefined],
    ]);
    expect('planSection' in merged[5]!).toBe(false);
    // The inputs are left as they were.
    expect(blocks.map((block) => block.text)).toEqual(['第1行', '第7行', '第20行']);
    expect(bare!.section).toEqual({});
  });

  it('a row above all prose comes first, with no section; a section is copied, not shared', () => {
    const blocks = [prose(5, '一、总体情况')];
    const [beds] = tableBlocks([{ ...bedsRow, line: 2 }], 2023);
    const [funds] = tableBlocks([{ ...fundsRow, line: 9 }], 2023);
    const merged = mergeBlocks(blocks, [beds!, funds!]);
    expect(merged.map((block) => [block.text.slice(0, 4), block.section])).toEqual([
      ['养老床位', {}],
      ['第5行', { l1: '一、总体情况' }],
      ['城乡居民', { l1: '一、总体情况' }],
    ]);
    expect(merged[2]!.section).not.toBe(blocks[0]!.section);
  });

  it('with no prose, rows keep their order', () => {
    const merged = mergeBlocks([], tableBlocks([bedsRow, bareRow], 2023));
    expect(merged.map((block) => [block.anchors[0]?.line, block.section])).toEqual([[13, {}], [13, {}], [14, {}]]);
  });
});

describe('tableFigures', () => {
  const shared = { block: 4, shape: 'number', status: 'actual' };

  it('one figure per cell: the first column names the row, other columns add their name; a rate column without % gets a note', () => {
    const [block] = tableBlocks([fundsRow], 2023);
    expect(tableFigures(block!, 4, 2023)).toEqual([
      {
        ...shared, line: 12, start: 15, end: 22, written: '5,120.5', value: '5120.5', scale: '万', unit: '元', kind: 'amount',
        clause: FUNDS_TEXT, sentence: FUNDS_TEXT, context: '城乡居民最低生活保障资金：本期【5,120.5】，上年同期4,800.0，同比6',
        label: '城乡居民最低生活保障资金', notes: [],
      },
      {
        ...shared, line: 12, start: 27, end: 34, written: '4,800.0', value: '4800.0', scale: '万', unit: '元', kind: 'amount',
        clause: FUNDS_TEXT, sentence: FUNDS_TEXT, context: '民最低生活保障资金：本期5,120.5，上年同期【4,800.0】，同比6.68。',
        label: '城乡居民最低生活保障资金（上年同期）', notes: [],
      },
      {
        ...shared, line: 12, start: 37, end: 41, written: '6.68', value: '6.68', scale: '', unit: '', kind: 'rate',
        clause: FUNDS_TEXT, sentence: FUNDS_TEXT, context: '本期5,120.5，上年同期4,800.0，同比【6.68】。',
        label: '城乡居民最低生活保障资金（同比）', notes: ['Column “同比” is a change or share printed without %: check its unit.'],
      },
    ]);
  });

  it('year columns: the label stays the row\'s, as_of is the year, and another year than the report\'s is filed under it', () => {
    const [own, earlier] = tableBlocks([bedsRow], 2023);
    expect(tableFigures(own!, 0, 2023)).toEqual([
      {
        line: 13, block: 0, start: 5, end: 10, written: '1,830', value: '1830', scale: '', unit: '张', shape: 'number', status: 'actual',
        asOf: '2023', asOfReason: 'table column 2023年', kind: 'count',
        clause: '养老床位：1,830。', sentence: '养老床位：1,830。', context: '养老床位：【1,830】。',
        label: '养老床位', notes: [],
      },
    ]);
    expect(Object.keys(tableFigures(own!, 0, 2023)[0]!)).not.toContain('reportYear');
    expect(tableFigures(earlier!, 1, 2023)).toEqual([
      {
        line: 13, block: 1, start: 5, end: 10, written: '1,702', value: '1702', scale: '', unit: '张', shape: 'number', status: 'actual',
        asOf: '2022', asOfReason: 'table column 2022年', reportYear: 2022, kind: 'count',
        clause: '养老床位：1,702。', sentence: '养老床位：1,702。', context: '养老床位：【1,702】。',
        label: '养老床位', notes: [],
      },
    ]);
  });

  it('cells without a column: no unit gives a note and a count, % gives a rate', () => {
    const [block] = tableBlocks([bareRow], 2023);
    expect(tableFigures(block!, 1, 2023).map(({ label, kind, notes, asOf }) => ({ label, kind, notes, asOf }))).toEqual([
      { label: '街道', kind: 'count', notes: ['The table gives no unit for this row: check what it counts.'], asOf: undefined },
      { label: '街道', kind: 'rate', notes: [], asOf: undefined },
    ]);
    expect(Object.keys(tableFigures(block!, 1, 2023)[0]!)).not.toContain('asOf');
  });

  it('a prose block gives no table figures', () => {
    expect(tableFigures({ kind: 'paragraph', text: '共有12家。', anchors: [{ start: 0, line: 3 }], section: {} }, 0, 2023)).toEqual([]);
  });
});
