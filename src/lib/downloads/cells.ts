/**
 * What a spreadsheet may do to each download column, and how the CSV and XLSX keep every
 * cell as written. The rules (docs/data-downloads.md, "What a spreadsheet sees"):
 *
 * - Decimal columns (value, range ends, change_from, ratio terms) are numbers only where a
 *   spreadsheet holds them exactly: IEEE doubles keep 15 significant decimal digits
 *   (Excel's documented limit), so a longer one is text with every digit.
 * - `as_of` and `source_date` are dates only when the source gives a full YYYY-MM-DD; a
 *   year or month (`2017-05`) is a period and stays text.
 * - Every other column is text: codes keep leading zeros, ratios (`1:0.81`) never become times.
 */
import type { Column } from './columns.ts';

export type CellKind = 'text' | 'decimal' | 'year' | 'date';

const KINDS: Partial<Record<Column, CellKind>> = {
  year: 'year',
  value: 'decimal',
  range_low: 'decimal',
  range_high: 'decimal',
  change_from: 'decimal',
  ratio_numerator: 'decimal',
  ratio_denominator: 'decimal',
  as_of: 'date',
  source_date: 'date',
};

/** The kind of a column; "text" unless listed above. */
export function cellKind(column: Column): CellKind {
  return KINDS[column] ?? 'text';
}

/** Excel keeps 15 significant digits of a number (Microsoft, "Excel specifications and limits"). */
export const SPREADSHEET_DIGITS = 15;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Significant digits of a plain decimal: "0.0500" → 1 ("5"), "120300" → 4 ("1203"). */
export function significantDigits(plain: string): number {
  const digits = plain.replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

/**
 * The number a spreadsheet should store for a plain decimal ("207000", "-2.5"), or undefined
 * when it cannot hold it exactly: more than 15 significant digits, or a decimal string that
 * does not come back the same from the nearest double (compared digit for digit).
 */
export function exactSpreadsheetNumber(plain: string): number | undefined {
  if (!PLAIN_DECIMAL.test(plain) || significantDigits(plain) > SPREADSHEET_DIGITS) return undefined;
  const number = Number(plain);
  return sameDecimal(String(number), plain) ? number : undefined;
}

/** Whether two decimal strings are the same number ("2.50" = "2.5", "1e+21" never equals a plain one). */
function sameDecimal(a: string, b: string): boolean {
  const normal = (text: string) => {
    if (!PLAIN_DECIMAL.test(text)) return text;
    const negative = text.startsWith('-');
    const [whole = '', fraction = ''] = text.replace('-', '').split('.');
    const body = `${whole.replace(/^0+(?=\d)/, '')}${fraction.replace(/0+$/, '') ? `.${fraction.replace(/0+$/, '')}` : ''}`;
    return `${negative && body !== '0' ? '-' : ''}${body}`;
  };
  return normal(a) === normal(b);
}

/** Digits after the point of a plain decimal, for a number format that shows them all ("2.50" → 2). */
export function decimalsOf(plain: string): number {
  const dot = plain.indexOf('.');
  return dot === -1 ? 0 : plain.length - dot - 1;
}

/** A number format showing exactly `decimals` places, no grouping: 0 → "0", 2 → "0.00". */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A full YYYY-MM-DD date as its UTC midnight, or undefined for a year, month or range. */
export function fullDate(text: string): Date | undefined {
  const match = FULL_DATE.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : undefined;
}

/**
 * Whether a spreadsheet's detection may read the text as a number, date, time, percentage or
 * fraction: it starts like a number (an optional sign or point, then a digit). Text starting
 * with a letter or a Chinese character is left alone by Excel and LibreOffice.
 */
export function startsLikeNumber(text: string): boolean {
  return /^[-+.]?\d/.test(text);
}
