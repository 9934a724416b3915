/**
 * The XLSX download: the same rows as the CSV, every cell typed on purpose (rules in
 * ./cells.ts), and an "About" sheet with the column definitions, source and licence in
 * both languages. Written with write-excel-file at build time (a static endpoint, never
 * page JS). Byte-identical for the same input: the workbook carries no clock time and the
 * zip entries are stamped with the download's generated date.
 */
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import type { Localized } from '../../schemas/common.ts';
import { decimalPlaces, parseExactNumber, SCALE_WORDS } from '../decimal.ts';
import { COLUMNS, RANGE_SEPARATOR, type Column, type DownloadRow } from './columns.ts';
import { DATA_LICENCE, DATA_SOURCE, type GeneratedDate } from './metadata.ts';
import { COLUMN_DEFINITIONS } from './column-definitions.ts';
import { cellKind, decimalsOf, exactSpreadsheetNumber, fullDate, numberFormat, startsLikeNumber } from './cells.ts';

export const FIGURES_SHEET = '数据 Figures';
export const ABOUT_SHEET = '说明 About';

/** Excel's text format: the cell is shown exactly as stored, never re-detected. */
const TEXT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * One figure cell. Text (format "@" when it starts like a number) unless the column is a year, a decimal a spreadsheet
 * holds exactly (format with the same number of decimals as the plain value, so "83.5"
 * shows 83.5) or a full YYYY-MM-DD date (shown as yyyy-mm-dd). Empty fields stay empty.
 */
export function figureCell(column: Column, text: string, decimals = decimalsOf(text)): Cell {
  if (text === '') return null;
  const kind = cellKind(column);
  if (kind === 'year' && /^\d{4}$/.test(text)) return { value: Number(text), type: Number, format: '0' };
  if (kind === 'decimal') {
    const number = exactSpreadsheetNumber(text);
    if (number !== undefined) return { value: number, type: Number, format: numberFormat(decimals) };
  }
  if (kind === 'date') {
    const date = fullDate(text);
    if (date) return { value: date, type: Date, format: DATE_FORMAT };
  }
  // The Text format keeps a cell that looks like a number text even when someone edits it;
  // other text cannot be misread, and a style on every cell costs build time.
  return startsLikeNumber(text) ? { value: text, type: String, format: TEXT } : { value: text, type: String };
}

/**
 * Decimals a number cell shows: as many as the source wrote. The plain value drops trailing
 * zeros ("83.50" → 83.5), so the value and range ends take them from the written figure
 * (mantissa decimals less the scale word's places: "20.70万" → 0, "83.50" → 2).
 */
function writtenDecimals(row: DownloadRow, column: Column): number {
  const ends = row.value_as_written.split(RANGE_SEPARATOR);
  const written = { value: row.value_as_written, range_low: ends[0], range_high: ends[1] }[column as string];
  const parsed = written === undefined ? undefined : parseExactNumber(written);
  const plain = decimalsOf(row[column]);
  return parsed?.ok ? Math.max(plain, decimalPlaces(parsed.value.mantissa) - SCALE_WORDS[parsed.value.scale]) : plain;
}

/** Display width of a text in character cells: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

/** Readable widths: the longest cell of each column (header included), between 6 and 60 characters. */
function columnWidths(rows: readonly (readonly string[])[]): { width: number }[] {
  const widths = rows[0]?.map(() => 6) ?? [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 6, displayWidth(cell) + 2)));
  return widths.map((width) => ({ width: Math.min(width, 60) }));
}

const text = (value: string, bold = false): Cell => ({ value, type: String, format: TEXT, ...(bold && { fontWeight: 'bold' as const }) });
/** A long About-sheet text, wrapped within its column so the next column stays readable. */
const prose = (value: string): Cell => ({ value, type: String, format: TEXT, wrap: true, alignVertical: 'top' });

export interface XlsxMetadata {
  title: Localized;
  siteUrl: string;
  generated: GeneratedDate;
}

/** The About sheet: what the file is, its source and licence, then one row per column. */
function aboutSheet(metadata: XlsxMetadata): Row[] {
  const kinds = { text: '文本 text', decimal: '数字（超过15位有效数字时为文本）number (text beyond 15 significant digits)', year: '数字 number', date: '日期（仅完整日期）或文本 date (full dates only) or text' };
  return [
    [text('项目 Item', true), text('中文', true), text('English', true)],
    [text('标题 Title'), prose(metadata.title.zh), prose(metadata.title.en)],
    [text('来源 Source'), prose(DATA_SOURCE.zh), prose(DATA_SOURCE.en)],
    [text('许可 Licence'), prose(DATA_LICENCE.zh), prose(DATA_LICENCE.en)],
    [text('网站 Site'), text(metadata.siteUrl), text(metadata.siteUrl)],
    [text('生成日期 Generated'), text(metadata.generated.date), text(metadata.generated.basis)],
    [],
    [text('列 Column', true), text('中文说明', true), text('Definition', true), text('单元格类型 Cell type', true)],
    ...COLUMNS.map((column) => [text(column), prose(COLUMN_DEFINITIONS[column].zh), prose(COLUMN_DEFINITIONS[column].en), prose(kinds[cellKind(column)])]),
  ];
}

/**
 * Stamps every zip entry with one fixed time, so two builds give the same bytes (the library
 * stamps entries with the clock). Patches the DOS time and date fields in place, in each
 * central directory header and the local header it points to (PKWARE APPNOTE 4.3.7, 4.3.12,
 * 4.3.16): re-zipping with a library would deflate everything a second time, which doubled
 * the cost of the XLSX files in a build. A zip it cannot walk is an error, never passed on.
 */
export function restamp(zip: Uint8Array, date: string): Uint8Array {
  const [year = 1980, month = 1, day = 1] = date.split('-').map(Number);
  const dosDate = ((Math.max(year, 1980) - 1980) << 9) | (month << 5) | day;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('XLSX: no end of central directory');
  let header = view.getUint32(end + 16, true);
  for (let entry = view.getUint16(end + 10, true); entry > 0; entry -= 1) {
    const local = view.getUint32(header + 42, true);
    if (view.getUint32(header, true) !== 0x02014b50 || view.getUint32(local, true) !== 0x04034b50) throw new Error('XLSX: unexpected zip header');
    for (const [time, day] of [[header + 12, header + 14], [local + 10, local + 12]] as const) {
      view.setUint16(time, 0, true);
      view.setUint16(day, dosDate, true);
    }
    header += 46 + view.getUint16(header + 28, true) + view.getUint16(header + 30, true) + view.getUint16(header + 32, true);
  }
  return zip;
}

/** The workbook's bytes: sheet 1 the rows (header frozen), sheet 2 the About sheet. */
export async function rowsToXlsx(rows: readonly DownloadRow[], metadata: XlsxMetadata): Promise<Uint8Array> {
  const strings = [[...COLUMNS], ...rows.map((row) => COLUMNS.map((column) => row[column]))];
  const figures: Row[] = [COLUMNS.map((column) => text(column, true)), ...rows.map((row) => COLUMNS.map((column) => figureCell(column, row[column], writtenDecimals(row, column))))];
  const buffer = await writeXlsxFile([
    { data: figures, sheet: FIGURES_SHEET, columns: columnWidths(strings), stickyRowsCount: 1 },
    { data: aboutSheet(metadata), sheet: ABOUT_SHEET, columns: [{ width: 22 }, { width: 60 }, { width: 60 }, { width: 40 }] },
  ]).toBuffer();
  return restamp(new Uint8Array(buffer), metadata.generated.date);
}
