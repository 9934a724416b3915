/**
 * The XLSX writer (src/lib/downloads/xlsx.ts) read back with exceljs, an independent
 * reader: each cell's value, type and number format, the decimals a number shows (from the
 * written figure), the column widths, the frozen header and the About sheet. Expected
 * values written by hand from the rows below.
 */
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLUMNS, type Column, type DownloadRow } from '../../../../src/lib/downloads/columns.ts';
import { exactSpreadsheetNumber } from '../../../../src/lib/downloads/cells.ts';
import { ABOUT_SHEET, figureCell, FIGURES_SHEET, restamp, rowsToXlsx, type XlsxMetadata } from '../../../../src/lib/downloads/xlsx.ts';

function row(cells: Partial<DownloadRow>): DownloadRow {
  return { ...(Object.fromEntries(COLUMNS.map((column) => [column, ''])) as DownloadRow), ...cells };
}

const ROWS: DownloadRow[] = [
  // A scale word: "20.70万" has 2 decimals in its mantissa, less 4 places of 万: the plain 207000 shows none.
  row({ figure_id: 'eldercare-beds', year: '2022', value_as_written: '20.70万', value: '207000', unit_zh: '元/人·月', as_of: '2022-12-31', region_code: '099901', bureau_en: 'x'.repeat(80) }),
  // A trailing zero the plain value drops: 83.50 shows two decimals.
  row({ figure_id: 'operation-rate', year: '2022', value_as_written: '83.50', value: '83.5', as_of: '2017-05', change_from: '12.250' }),
  // A range whose ends keep their written decimals: 4000.0 and 6000.
  row({ figure_id: 'bed-subsidy', year: '', value_as_written: '4000.0—6000', range_low: '4000', range_high: '6000', ratio_numerator: '1', ratio_denominator: '0.81', ratio: '1:0.81' }),
  // Beyond 15 significant digits: text, every digit kept.
  row({ figure_id: 'paid-total', year: '2023', value_as_written: '12345678901234567890', value: '12345678901234567890' }),
];

const METADATA: XlsxMetadata = {
  title: { zh: '示例区2022年报告数据', en: 'Figures of the 2022 report of Example District' },
  siteUrl: 'https://annals.test/',
  generated: { date: '2023-03-17', basis: 'SOURCE_DATE_EPOCH' },
};

let figures: ExcelJS.Worksheet;
let about: ExcelJS.Worksheet;
let book: ExcelJS.Workbook;

// Written again before every test, not once in beforeAll: mutation testing (Stryker) switches
// the mutant on per test, so a workbook made in a hook would never carry the mutant.
beforeEach(async () => {
  book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await rowsToXlsx(ROWS, METADATA)) as unknown as ExcelJS.Buffer);
  figures = book.getWorksheet(FIGURES_SHEET)!;
  about = book.getWorksheet(ABOUT_SHEET)!;
});

/** The cell of a column in sheet row `r` (1 = header). */
const cell = (r: number, column: Column): ExcelJS.Cell => figures.getRow(r).getCell(COLUMNS.indexOf(column) + 1);

describe('the figures sheet', () => {
  it('is the first sheet, named in both languages, with the About sheet second', () => {
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['数据 Figures', '说明 About']);
    expect(figures.rowCount).toBe(5);
  });

  it('has the columns as a bold header, frozen', () => {
    expect(figures.getRow(1).values).toEqual([undefined, ...COLUMNS]);
    expect(cell(1, 'figure_id').font?.bold).toBe(true);
    expect(figures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('types numbers with the decimals the source wrote', () => {
    expect([cell(2, 'value').value, cell(2, 'value').numFmt]).toEqual([207000, '0']);
    expect([cell(3, 'value').value, cell(3, 'value').numFmt]).toEqual([83.5, '0.00']);
    expect([cell(4, 'range_low').value, cell(4, 'range_low').numFmt]).toEqual([4000, '0.0']);
    expect([cell(4, 'range_high').value, cell(4, 'range_high').numFmt]).toEqual([6000, '0']);
    // change_from and the ratio terms take their decimals from their own plain text.
    expect([cell(3, 'change_from').value, cell(3, 'change_from').numFmt]).toEqual([12.25, '0.000']);
    expect([cell(4, 'ratio_denominator').value, cell(4, 'ratio_denominator').numFmt]).toEqual([0.81, '0.00']);
    expect([cell(4, 'ratio_numerator').value, cell(4, 'ratio_numerator').numFmt]).toEqual([1, '0']);
  });

  it('keeps years as numbers, full dates as dates, and everything else as text', () => {
    expect([cell(2, 'year').value, cell(2, 'year').numFmt]).toEqual([2022, '0']);
    expect(cell(4, 'year').value).toBeNull();
    expect(cell(2, 'as_of').value).toEqual(new Date(Date.UTC(2022, 11, 31)));
    expect(cell(2, 'as_of').numFmt).toBe('yyyy-mm-dd');
    expect([cell(3, 'as_of').value, cell(3, 'as_of').numFmt]).toEqual(['2017-05', '@']);
    expect([cell(2, 'region_code').value, cell(2, 'region_code').numFmt]).toEqual(['099901', '@']);
    expect([cell(4, 'ratio').value, cell(4, 'ratio').numFmt]).toEqual(['1:0.81', '@']);
    expect([cell(5, 'value').value, cell(5, 'value').numFmt]).toEqual(['12345678901234567890', '@']);
    expect([cell(2, 'value_as_written').value, cell(2, 'value_as_written').numFmt]).toEqual(['20.70万', '@']);
    // Text that cannot be misread carries no format of its own.
    expect(cell(2, 'figure_id').value).toBe('eldercare-beds');
    expect(cell(2, 'figure_id').numFmt).toBeUndefined();
    expect(cell(2, 'note_zh').value).toBeNull();
  });

  it('sizes each column to its longest cell plus 2, CJK counted double, between 6 and 60', () => {
    const width = (column: Column): number | undefined => figures.getColumn(COLUMNS.indexOf(column) + 1).width;
    expect(width('figure_id')).toBe(16); // "eldercare-beds", 14 + 2
    expect(width('value_as_written')).toBe(22); // "12345678901234567890", 20 + 2
    expect(width('unit_zh')).toBe(10); // 元/人·月: 元 人 月 double, / · single: 8 + 2
    expect(width('bureau_en')).toBe(60); // 80 characters, capped
    expect(width('per')).toBe(6); // "per", 3 + 2, raised to 6
    expect(width('range_low')).toBe(11); // the header "range_low", 9 + 2
  });
});

describe('the About sheet', () => {
  const text = (r: number, c: number): unknown => about.getRow(r).getCell(c).value;

  it('gives the title, source, licence, site and generated date in both languages', () => {
    expect([text(1, 1), text(1, 2), text(1, 3)]).toEqual(['项目 Item', '中文', 'English']);
    expect(about.getRow(1).getCell(1).font?.bold).toBe(true);
    expect([text(2, 1), text(2, 2), text(2, 3)]).toEqual(['标题 Title', '示例区2022年报告数据', 'Figures of the 2022 report of Example District']);
    expect(text(3, 1)).toBe('来源 Source');
    expect(String(text(3, 2))).toMatch(/^民政年报：各民政部门公开发布的年度工作报告与数据/);
    expect(String(text(4, 3))).toMatch(/^Figures are excerpted from government information/);
    expect([text(5, 1), text(5, 2), text(5, 3)]).toEqual(['网站 Site', 'https://annals.test/', 'https://annals.test/']);
    expect([text(6, 1), text(6, 2), text(6, 3)]).toEqual(['生成日期 Generated', '2023-03-17', 'SOURCE_DATE_EPOCH']);
    expect(about.getRow(2).getCell(2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // Only the header rows are bold; every About cell is stored as text ("@"), short labels unwrapped.
    expect(about.getRow(2).getCell(1).font?.bold).toBeUndefined();
    expect(about.getRow(2).getCell(1).alignment).toBeUndefined();
    expect([about.getRow(2).getCell(1).numFmt, about.getRow(2).getCell(2).numFmt]).toEqual(['@', '@']);
    expect(about.getRow(8).getCell(4).font?.bold).toBe(true);
    expect(cell(2, 'figure_id').font?.bold).toBeUndefined();
  });

  it('defines every column with its cell type, after an empty row', () => {
    expect(about.getRow(7).cellCount).toBe(0);
    expect([text(8, 1), text(8, 2), text(8, 3), text(8, 4)]).toEqual(['列 Column', '中文说明', 'Definition', '单元格类型 Cell type']);
    expect(about.rowCount).toBe(8 + COLUMNS.length);
    expect([text(9, 1), text(9, 2), text(9, 3), text(9, 4)]).toEqual(['figure_id', '数据标识，在本报告内唯一，也是报告页上的锚点', "The figure's id, unique within its report; also its anchor on the report page", '文本 text']);
    const byColumn = (column: Column) => about.getRow(9 + COLUMNS.indexOf(column));
    expect(byColumn('year').getCell(4).value).toBe('数字 number');
    expect(byColumn('value').getCell(4).value).toBe('数字（超过15位有效数字时为文本）number (text beyond 15 significant digits)');
    expect(byColumn('as_of').getCell(4).value).toBe('日期（仅完整日期）或文本 date (full dates only) or text');
    expect(byColumn('region_code').getCell(3).value).toBe("The publisher's administrative region code (text, leading zeros kept)");
    expect([1, 2, 3, 4].map((c) => about.getColumn(c).width)).toEqual([22, 60, 60, 40]);
  });
});

describe('restamp', () => {
  it('clamps a date before 1980, the first year a zip can stamp (DOS date 1980-01-01 = 33)', async () => {
    const zip = restamp(await rowsToXlsx([], METADATA), '1975-01-01');
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(33);
  });

  it('stamps the central directory too, every entry', async () => {
    const zip = await rowsToXlsx([], METADATA);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let end = zip.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
    let header = view.getUint32(end + 16, true);
    const entries = view.getUint16(end + 10, true);
    expect(entries).toBeGreaterThan(5);
    for (let entry = 0; entry < entries; entry += 1) {
      expect(view.getUint32(header, true)).toBe(0x02014b50);
      expect([view.getUint16(header + 12, true), view.getUint16(header + 14, true)]).toEqual([0, 22129]);
      const local = view.getUint32(header + 42, true);
      expect([view.getUint16(local + 10, true), view.getUint16(local + 12, true)]).toEqual([0, 22129]);
      header += 46 + view.getUint16(header + 28, true) + view.getUint16(header + 30, true) + view.getUint16(header + 32, true);
    }
  });

  it('refuses a zip whose central directory points at something else', async () => {
    const zip = await rowsToXlsx([], METADATA);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let end = zip.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
    view.setUint32(view.getUint32(end + 16, true), 0, true);
    expect(() => restamp(zip, '2023-03-17')).toThrow('XLSX: unexpected zip header');
  });
});

describe('figureCell and exact numbers, edge cases', () => {
  it('takes a year only from the year column, and only as four digits', () => {
    expect(figureCell('value_as_written', '2022')).toEqual({ value: '2022', type: String, format: '@' });
    expect(figureCell('year', '20221')).toEqual({ value: '20221', type: String, format: '@' });
    expect(figureCell('year', 'x2022')).toEqual({ value: 'x2022', type: String });
  });

  it('takes a date only from a date column', () => {
    expect(figureCell('note_zh', '2022-12-31')).toEqual({ value: '2022-12-31', type: String, format: '@' });
  });

  it('compares a decimal with the double digit for digit: leading and trailing zeros, signs, exponents', () => {
    expect(exactSpreadsheetNumber('007')).toBe(7);
    expect(exactSpreadsheetNumber('1.00')).toBe(1);
    expect(exactSpreadsheetNumber('0.0500')).toBe(0.05);
    expect(exactSpreadsheetNumber('-2.50')).toBe(-2.5);
    expect(exactSpreadsheetNumber('-0.0')).toBe(-0);
    expect(exactSpreadsheetNumber('100')).toBe(100);
    // One significant digit, but the double prints as 1e+21: not the same text, so not a number.
    expect(exactSpreadsheetNumber('1000000000000000000000')).toBeUndefined();
  });
});
