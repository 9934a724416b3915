/**
 * Finds numbers typed into a narrative's prose, where a <Figure id="…" /> belongs.
 *
 * Three kinds, each with its own reason in the message (docs/data-format.md):
 * - digits, half- or full-width (855, ８５５元, 20.7万, 41%); four-digit years (2022,
 *   ２０２２年) and calendar days (3月13日) are not figures;
 * - a year-like number followed by a unit rather than 年 (惠及1998户): a count, not a date;
 * - Chinese numerals used as a quantity: before a measure word (二千户, 三万余人, 五成),
 *   a magnitude such as 二千 or 三万 on its own, or a percentage (百分之八十五). Ordinals
 *   (第一), a lone 一 (一户一策, 一站式), a rate's base (每千名老人), dates, durations and
 *   ages (十一月, 七日, 六十岁以上) and the FIXED_TERMS of fixed-terms.ts are not.
 */
import { parseExactNumber } from './decimal.ts';
import { CHINESE_NUMERALS, FIXED_TERMS, MEASURE_WORDS } from './fixed-terms.ts';

export type TypedNumberKind = 'digits' | 'full-width' | 'year-like' | 'chinese';

export interface TypedNumber {
  /** UTF-16 offset of the number in the text given. */
  index: number;
  /** The number as written, with its scale word or percent sign: "855", "20.7万", "二千". */
  found: string;
  kind: TypedNumberKind;
  /** Its exact value as a plain decimal ("2000"), to find the figure it repeats; absent if unclear. */
  value?: string;
}

const MEASURE = MEASURE_WORDS.join('|');
const DIGIT_NUMBER = /(?<![\w.-])\d[\d,.\u200B]*(?:\s*[%％万亿])?/g;
const DAY = /^\s*[月日号]/;
/** What turns a year-like number into a count: a measure word, a scale word, a unit. */
const UNIT_AFTER_YEAR = new RegExp(`^\\s*(?:[%％万亿]|${MEASURE}|(?:yuan|households?|beds|person-times|persons|residents|recipients)\\b)`, 'i');
const NUMERAL_RUN = new RegExp(`[${CHINESE_NUMERALS}]+`, 'g');
const MEASURE_AFTER = new RegExp(`^([余多几]?)(?:${MEASURE})`);
const DATE_OR_AGE_AFTER = /^[余多几]?[岁年月日天周号时]/;
const MAGNITUDE = /[一二两兩三四五六七八九][十百千万萬亿億]/;

export function findTypedNumbers(text: string): TypedNumber[] {
  return [...findDigits(text), ...findChineseNumerals(text)].sort((a, b) => a.index - b.index);
}

function findDigits(text: string): TypedNumber[] {
  const normal = asciiDigits(text);
  const found: TypedNumber[] = [];
  for (const match of normal.matchAll(DIGIT_NUMBER)) {
    const index = match.index;
    const number = /^\d[\d,.\u200B]*?(?=[.,]*(?:\s*[%％万亿])?$)/.exec(match[0])?.[0] ?? match[0];
    const suffix = /[%％万亿]$/.exec(match[0])?.[0] ?? '';
    const after = normal.slice(index + number.length);
    if (/^\d{1,2}$/.test(number) && DAY.test(after)) continue;
    let kind: TypedNumberKind = normal.slice(index, index + number.length) === text.slice(index, index + number.length) ? 'digits' : 'full-width';
    if (/^(?:19|20)\d\d$/.test(number) && !suffix) {
      if (!UNIT_AFTER_YEAR.test(after)) continue;
      kind = 'year-like';
    }
    const written = text.slice(index, index + match[0].length).replace(/[.,]+$/, '');
    const parsed = parseExactNumber(number.replace(/[,\u200B]/g, '') + (suffix === '万' || suffix === '亿' ? suffix : ''));
    found.push({ index, found: written.replace(/\s+(?=[%％万亿]$)/, ''), kind, ...(parsed.ok && { value: parsed.value.plain }) });
  }
  return found;
}

function findChineseNumerals(text: string): TypedNumber[] {
  const found: TypedNumber[] = [];
  for (const match of text.matchAll(NUMERAL_RUN)) {
    const run = match[0];
    const index = match.index;
    const before = text.slice(Math.max(0, index - 3), index);
    const after = text.slice(index + run.length);
    // An ordinal (第一), a vague 数十, a rate's base (每千名老人), or digits' scale word (20.7万, counted above).
    if (/[第数几每\p{Nd}]$/u.test(before)) continue;
    // A quoted name (“四项服务”, “五个一”), and 千名老人 or 百户, a rate's base without 每.
    if (/[“「『‘"]$/.test(before) || /^[百千万萬]$/.test(run)) continue;
    const measure = MEASURE_AFTER.exec(after);
    const quantity =
      before === '百分之' ||
      (measure !== null && run !== '一') ||
      (MAGNITUDE.test(run) && !DATE_OR_AGE_AFTER.test(after));
    if (!quantity) continue;
    const written = run + (measure ? measure[0] : (/^[余多]/.exec(after)?.[0] ?? ''));
    if (insideFixedTerm(text, index, index + written.length)) continue;
    const value = chineseNumeralValue(run);
    found.push({ index, found: written, kind: 'chinese', ...(value !== undefined && { value }) });
  }
  return found;
}

/** Whether [start, end) lies within an occurrence of a fixed term (checked in place, not searched for). */
function insideFixedTerm(text: string, start: number, end: number): boolean {
  return FIXED_TERMS.some((term) => {
    for (let at = Math.max(0, end - term.length); at <= start; at += 1) {
      if (text.startsWith(term, at)) return true;
    }
    return false;
  });
}

const DIGIT_VALUES: Record<string, bigint> = { 零: 0n, 〇: 0n, 一: 1n, 二: 2n, 两: 2n, 兩: 2n, 三: 3n, 四: 4n, 五: 5n, 六: 6n, 七: 7n, 八: 8n, 九: 9n };
const SMALL_UNITS: Record<string, bigint> = { 十: 10n, 百: 100n, 千: 1000n };

/**
 * The exact value of a Chinese numeral ("两千三百" → "2300", "一万零五" → "10005"), or
 * undefined when it is not a well-formed number. Written here rather than taken from a
 * package: the one we tried (nzh 1.0.14) reads 两千三百 as 300 and returns floats.
 */
export function chineseNumeralValue(run: string): string | undefined {
  let total = 0n;
  let section = 0n;
  let digit = 0n;
  for (const char of run) {
    if (char in DIGIT_VALUES) digit = DIGIT_VALUES[char]!;
    else if (char in SMALL_UNITS) {
      section += (digit || 1n) * SMALL_UNITS[char]!;
      digit = 0n;
    } else if (char === '万' || char === '萬') {
      total += (section + digit || 1n) * 10_000n;
      section = digit = 0n;
    } else if (char === '亿' || char === '億') {
      total = (total + section + digit || 1n) * 100_000_000n;
      section = digit = 0n;
    } else return undefined;
  }
  return String(total + section + digit);
}

const digitValues = new Map<number, number>();

/**
 * The text with every decimal digit of any script (full-width ８, Arabic-Indic ٨…) as an
 * ASCII digit, at the same UTF-16 offsets, so positions still point into the original.
 */
function asciiDigits(text: string): string {
  if (!/[^\x00-\x7F]/.test(text)) return text;
  return text.replace(/(?![0-9])\p{Nd}/gu, (char) => {
    const point = char.codePointAt(0)!;
    let value = digitValues.get(point);
    if (value === undefined) {
      // Unicode lays out digits in runs of 0–9 from the start of each contiguous block.
      let zero = point;
      while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
      value = (point - zero) % 10;
      digitValues.set(point, value);
    }
    return String(value) + (char.length === 2 ? '\u200B' : '');
  });
}
