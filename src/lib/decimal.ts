/**
 * Exact decimals as Chinese reports write them: `855`, `20.7万`, `2.7亿`, `2850.46万`.
 *
 * A value keeps what was written (for Chinese display, where the scale word is part of
 * the official figure) and its exact expansion as a plain decimal string (for English
 * display, downloads and arithmetic). Nothing here ever goes through a JS float.
 */
import Decimal from 'decimal.js';

/** Significant digits decimal.js works with; a value needing more is refused, never rounded. */
export const PRECISION = 64;

/** Decimal with enough precision that no figure a bureau reports is ever rounded. */
export const ExactDecimal = Decimal.clone({ precision: PRECISION, toExpNeg: -64, toExpPos: 64 });
export type ExactDecimal = InstanceType<typeof ExactDecimal>;

export const SCALE_WORDS = { '': 0, '万': 4, '亿': 8, '万亿': 12 } as const;
export type ScaleWord = keyof typeof SCALE_WORDS;

export interface ExactNumber {
  /** The number before the scale word, as written: "20.7" */
  mantissa: string;
  /** "" | "万" | "亿" | "万亿" */
  scale: ScaleWord;
  /** The full value as a plain decimal string, no exponent, no grouping: "207000" */
  plain: string;
}

export interface ExactRatio {
  left: string;
  right: string;
}

const NUMBER_PATTERN = /^(-?)(\d+)(\.\d+)?(万亿|万|亿)?$/;
const RATIO_PATTERN = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/;

export type ParseFailure =
  | 'empty'
  | 'unit-in-value'
  | 'grouping'
  | 'full-width'
  | 'percent-sign'
  | 'not-a-number'
  | 'too-precise';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };

/** Why a written value is not a number, so the error message can say how to fix it. */
function diagnose(text: string): ParseFailure {
  if (text.trim() === '') return 'empty';
  if (/[０-９．：]/.test(text)) return 'full-width';
  if (/%|％/.test(text)) return 'percent-sign';
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?(万|亿)?$/.test(text)) return 'grouping';
  if (/^-?\d+(\.\d+)?(万|亿)?\D+$/.test(text)) return 'unit-in-value';
  return 'not-a-number';
}

/**
 * Parses "20.7万" into its exact parts. Leading zeros ("007") are refused as typos. A value
 * with more than PRECISION significant digits ('too-precise') is refused: decimal.js would
 * round it in any comparison, and a figure is never rounded.
 */
export function parseExactNumber(written: string): ParseResult<ExactNumber> {
  const text = written.trim();
  const match = NUMBER_PATTERN.exec(text);
  if (!match) return { ok: false, reason: diagnose(text) };
  const [, sign = '', whole = '', fraction = '', scale = ''] = match;
  if (whole.length > 1 && whole.startsWith('0')) return { ok: false, reason: 'not-a-number' };
  if (significantDigits(`${whole}${fraction.slice(1)}`) > PRECISION) return { ok: false, reason: 'too-precise' };
  const mantissa = `${sign}${whole}${fraction}`;
  const plain = shiftPoint(sign, whole, fraction.slice(1), SCALE_WORDS[scale as ScaleWord]);
  return { ok: true, value: { mantissa, scale: scale as ScaleWord, plain } };
}

/**
 * Digits from the first to the last non-zero one: what decimal.js must hold ("0.0500" → 1).
 * Index scans, not /0+$/, which backtracks quadratically on long runs of zeros.
 */
function significantDigits(digits: string): number {
  const first = digits.search(/[1-9]/);
  if (first === -1) return 0;
  let last = digits.length - 1;
  while (digits[last] === '0') last -= 1;
  return last - first + 1;
}

/**
 * Multiplies by 10^places by moving the decimal point in the text, so nothing is rounded and
 * the written precision stays: "20.7" × 10^4 → "207000", "1.234560" × 10^4 → "12345.60".
 */
function shiftPoint(sign: string, whole: string, fraction: string, places: number): string {
  const digits = `${whole}${fraction.padEnd(places, '0')}`;
  const point = whole.length + places;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point);
  const unsigned = rest ? `${integer}.${rest}` : integer;
  // "-0" and "-0.0" are zero: no sign, as decimal.js would print them.
  return /[1-9]/.test(unsigned) ? `${sign}${unsigned}` : unsigned;
}

export function parseExactRatio(written: string): ParseResult<ExactRatio> {
  const text = written.trim();
  const match = RATIO_PATTERN.exec(text);
  if (!match) return { ok: false, reason: /：/.test(text) ? 'full-width' : 'not-a-number' };
  return { ok: true, value: { left: match[1] ?? '', right: match[2] ?? '' } };
}


export function toDecimal(value: ExactNumber | string | number): ExactDecimal {
  return new ExactDecimal(typeof value === 'object' ? value.plain : value);
}

/** Number of digits after the decimal point of a written decimal ("7.6" → 1). */
export function decimalPlaces(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Groups an exact plain decimal for English: "28504600" → "28,504,600", "0.21" stays. */
export function groupThousands(plain: string): string {
  const negative = plain.startsWith('-');
  const unsigned = negative ? plain.slice(1) : plain;
  const [whole = '', fraction] = unsigned.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
