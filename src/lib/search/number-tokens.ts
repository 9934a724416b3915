/**
 * Exact number matching through Pagefind's word index.
 *
 * Pagefind drops punctuation from words, at indexing and in queries, and matches a query
 * word as a prefix: "8.5" becomes "85" and finds 855, "2.1" finds 21 and 211. So each
 * figure record also carries a *number token* for every number it contains, and a query's
 * decimals are replaced by the same tokens before Pagefind sees them. A token spells the
 * canonical decimal in letters ("8.5" → "nqipfq"): letters survive Pagefind's word
 * splitting whole, and the final "q", used nowhere else in the spelling, means a token
 * can only be a prefix of itself (so 8.5 never finds 8.55). No stemmer changes a word
 * ending in "q". Values are compared, not spellings: "8.50" and "8.5" are one token, and
 * "20.7万" is the token of 207000, as is a figure written 207000.
 *
 * Pure string code (the browser uses it), so it repeats decimal.ts's scale words rather
 * than pulling decimal.js into the search page.
 */
import type { ExactNumber } from '../decimal.ts';
import type { Figure } from '../model.ts';

/** Powers of ten of the scale words, as in decimal.ts. */
const SCALE_EXPONENT: Record<string, number> = { '万': 4, '亿': 8, '万亿': 12 };

/** "0820.50" → "820.5", "7.0" → "7", "-0.0" → "0". Input: optional "-", digits, optional fraction. */
export function canonicalDecimal(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = text.replace(/^-/u, '').split('.');
  const integer = whole.replace(/^0+(?=\d)/u, '') || '0';
  const decimals = fraction.replace(/0+$/u, '');
  const body = decimals ? `${integer}.${decimals}` : integer;
  return negative && body !== '0' ? `-${body}` : body;
}

/** Moves the decimal point `exponent` places right, exactly: ("20.7", 4) → "207000". */
export function scaleDecimal(text: string, exponent: number): string {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = text.replace(/^-/u, '').split('.');
  const digits = whole + fraction.padEnd(exponent, '0');
  const point = whole.length + exponent;
  return canonicalDecimal(`${negative ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`);
}

const DIGIT_LETTERS = 'abcdefghij';

/** The index word for a number: "8.5" → "nqipfq", "-3" → "nqmdq". Input is canonicalised first. */
export function numberToken(decimal: string): string {
  const spelled = [...canonicalDecimal(decimal)].map((char) => (char === '.' ? 'p' : char === '-' ? 'm' : DIGIT_LETTERS[Number(char)])).join('');
  return `nq${spelled}q`;
}

/** A decimal in a normalised query, with an optional scale word: "20.7万", "0.21", "83.5". */
const QUERY_DECIMAL = /(?<![\d.])(\d+\.\d+)(万亿|万|亿)?(?![\d.])/gu;

/**
 * Replaces every decimal of a normalised query (see normalize.ts) by its number token, so
 * Pagefind matches exactly the figures that contain that value: "重庆 20.7万" →
 * "重庆 nqcahaaaq ". Integers are left alone: they also find pages (years, 索引号, text).
 */
export function tokenizeDecimals(query: string): string {
  return query
    .replace(QUERY_DECIMAL, (_match, decimal: string, scale?: string) => ` ${numberToken(scaleDecimal(decimal, scale ? (SCALE_EXPONENT[scale] ?? 0) : 0))} `)
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The number tokens in a query that tokenizeDecimals has rewritten. */
export function numberTokensIn(query: string): string[] {
  return query.match(/(?<![a-z])nq[a-jmp]+q(?![a-z])/gu) ?? [];
}

function numberForms(number: ExactNumber): string[] {
  return [canonicalDecimal(number.mantissa), canonicalDecimal(number.plain)];
}

/**
 * Every number a figure shows, as canonical decimals: the value as written and expanded
 * ("20.7", "207000"), both ends of a range, both terms of a ratio, the earlier value and
 * the reported change ("7.6" of "增长7.6%"). Deduplicated, in order of appearance.
 */
export function figureNumbers(figure: Pick<Figure, 'value' | 'change'>): string[] {
  const value = figure.value;
  const forms: string[] = [];
  if (value.type === 'number') forms.push(...numberForms(value.number));
  if (value.type === 'range') forms.push(...numberForms(value.low), ...numberForms(value.high));
  if (value.type === 'ratio') forms.push(canonicalDecimal(value.ratio.left), canonicalDecimal(value.ratio.right));
  if (figure.change?.from) forms.push(...numberForms(figure.change.from));
  for (const reported of figure.change?.reported?.match(/\d+(?:\.\d+)?/gu) ?? []) forms.push(canonicalDecimal(reported));
  return [...new Set(forms)];
}
