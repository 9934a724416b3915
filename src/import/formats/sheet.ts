/**
 * Spreadsheets → grids of cell texts, for both uses of a spreadsheet: a table to render as
 * `|` lines (Part of the text import) and a long table of figures (sheet-figures/).
 * .xlsx is read by ExcelJS, which also fills every cell of a merged range with the merge's
 * text; .csv by csv-parse (RFC 4180 quoting, a BOM dropped). Cells are texts as a person
 * sees them: a number cell is written with the decimals its number format shows
 * (`0.0` → 2.0), never through a binary float's digits beyond its shortest form.
 */
import Decimal from 'decimal.js';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { IMPORT_LIMITS } from './limits.ts';
import { renderTable } from './table-text.ts';

export interface SheetGrid {
  /** The sheet's name; "" for a CSV file, which has one unnamed sheet. */
  name: string;
  /** rows[r][c] is cell (r + 1, column c); texts trimmed, "" when empty. */
  rows: string[][];
}

export class TooManyCells extends Error {}

export async function readXlsx(bytes: Uint8Array): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  let cells = 0;
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const texts: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        texts[column - 1] = cellText(cell);
      });
      cells += texts.length;
      if (cells > IMPORT_LIMITS.sheetCells) throw new TooManyCells(`more than ${IMPORT_LIMITS.sheetCells} cells`);
      rows[number - 1] = Array.from(texts, (text) => text ?? '');
    });
    return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
  });
}

export function readCsv(text: string): SheetGrid[] {
  const records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const cells = records.reduce((sum, row) => sum + row.length, 0);
  if (cells > IMPORT_LIMITS.sheetCells) throw new TooManyCells(`more than ${IMPORT_LIMITS.sheetCells} cells`);
  return [{ name: '', rows: records.map((row) => row.map((cell) => cell.trim())) }];
}

/** Each sheet as lines: its name (when the workbook has several), then its rows as a `|` table. */
export function sheetsToLines(sheets: readonly SheetGrid[]): string[] {
  return sheets.flatMap((sheet) => [...(sheets.length > 1 && sheet.name ? [sheet.name] : []), ...renderTable(sheet.rows)]);
}

/** `C14` for row index 13, column index 2 (both from 0). */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, cell.numFmt);
  if (value instanceof Date) return dateText(value, cell.numFmt);
  if (typeof value === 'object' && 'result' in value) {
    const result = value.result;
    if (typeof result === 'number') return numberText(result, cell.numFmt);
    if (result instanceof Date) return dateText(result, cell.numFmt);
    return String(result ?? '').trim();
  }
  return cell.text.trim();
}

/** A number as its format shows it: `0.0` and `#,##0.00` fix the decimals (without grouping); General shows the shortest form. */
function numberText(value: number, format: string | undefined): string {
  const decimals = /0\.(0+)(?![0#])/.exec(format ?? '')?.[1]?.length;
  const exact = new Decimal(String(value));
  if (format?.includes('%')) return `${exact.times(100).toFixed(decimals ?? 0)}%`;
  return decimals ? exact.toFixed(decimals) : exact.toFixed();
}

/** A date cell as an ISO date: YYYY-MM when its format shows no day. */
function dateText(value: Date, format: string | undefined): string {
  const iso = value.toISOString().slice(0, 10);
  return format && !/d/i.test(format) && /m/i.test(format) ? iso.slice(0, 7) : iso;
}
