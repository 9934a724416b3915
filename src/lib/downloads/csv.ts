/**
 * The CSV download: UTF-8 with a BOM, RFC 4180 quoting, CRLF, formula-guarded text, and
 * every cell written so that a spreadsheet opening it shows it as written (rules in
 * ./cells.ts and docs/data-downloads.md, "CSV").
 */
import { cellKind, exactSpreadsheetNumber, startsLikeNumber } from './cells.ts';
import { COLUMNS, type Column, type DownloadRow } from './columns.ts';

/** UTF-8 byte order mark: without it Excel reads a CSV as the local ANSI code page and garbles Chinese. */
export const BOM = '\uFEFF';
const CRLF = '\r\n';

/** An exact decimal as the data model writes one: "855", "-3", "2850.46万". Only digits, a sign, a point, 万/亿. */
const WRITTEN_NUMBER = /^-?\d+(\.\d+)?(万亿|万|亿)?$/;
/** Characters with which a spreadsheet starts a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Protects a cell against formula injection: a text starting with = + - @ (or tab, CR) gets a
 * leading apostrophe so a spreadsheet shows it as text instead of running it. A number
 * (the whole cell an exact decimal such as "-3" or "-2.5万") is never altered: it cannot call
 * anything, and its digits are sacred.
 */
export function guardFormula(cell: string): string {
  if (!FORMULA_START.test(cell) || WRITTEN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

/** RFC 4180: a field with a comma, a double quote, CR or LF is quoted, its quotes doubled. */
export function quoteCsvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One CSV cell: formula-guarded, then quoted as needed. */
export function csvCell(cell: string): string {
  return quoteCsvField(guardFormula(cell));
}

/** A whole CSV file: BOM, header, rows, every record ended by CRLF (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((record) => record.map(csvCell).join(','));
  return `${BOM}${lines.map((line) => `${line}${CRLF}`).join('')}`;
}

/** Excel's limit for a text constant in a formula; a longer cell is left as it is. */
const FORMULA_TEXT_LIMIT = 255;

/**
 * One cell as the CSV writes it so that a spreadsheet opening it shows it as written
 * (rules: docs/data-downloads.md "CSV"): a formula-looking text is guarded; a number a
 * spreadsheet holds exactly (a year, a decimal of ≤ 15 significant digits) is bare; any
 * other cell that starts like a number (a ratio `1:0.81`, a period `2017-05`, a code
 * `099901`, `7.6%`, `2.0`, a 20-digit amount) becomes the text formula `="…"`, which Excel
 * and LibreOffice show as the text inside. Returns the cell before RFC 4180 quoting.
 */
export function spreadsheetCsvCell(column: Column, cell: string): string {
  const guarded = guardFormula(cell);
  if (guarded !== cell || !startsLikeNumber(cell)) return guarded;
  const kind = cellKind(column);
  if (kind === 'year' || (kind === 'decimal' && exactSpreadsheetNumber(cell) !== undefined)) return cell;
  if (cell.length > FORMULA_TEXT_LIMIT || /[\r\n]/.test(cell)) return cell;
  return `="${cell.replaceAll('"', '""')}"`;
}

/** Download rows as CSV, columns in the documented order, each cell as a spreadsheet must show it. */
export function rowsToCsv(rows: readonly DownloadRow[]): string {
  const records = [COLUMNS.map(csvCell), ...rows.map((row) => COLUMNS.map((column) => quoteCsvField(spreadsheetCsvCell(column, row[column]))))];
  return `${BOM}${records.map((record) => `${record.join(',')}${CRLF}`).join('')}`;
}
