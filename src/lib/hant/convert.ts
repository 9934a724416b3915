/**
 * Simplified → Traditional Chinese for the zh-Hant edition (docs/architecture.md, "The
 * Traditional edition"): opencc-js's "cn → tw" conversion, phrase-aware (OpenCC's
 * STPhrases, then STCharacters, then the Taiwan variant glyphs 為/群/床/線), WITHOUT the
 * regional vocabulary of "twp" (信息 → 資訊, 软件 → 軟體), so official and statutory terms
 * keep their wording.
 *
 * The site's exceptions (data/hant-exceptions.yaml) are kept exactly as written: the text is
 * cut at every occurrence (longest term first) and only the pieces between are converted.
 *
 * Figures are sacred: OpenCC never touches ASCII, and every conversion is checked to keep
 * the text's digit runs (with signs, points, separators) identical; a change throws.
 */
import { ConverterFactory } from 'opencc-js/core';
import STPhrases from 'opencc-js/dict/STPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';

/** Text in, the same text in Traditional characters out. */
export type ToTraditional = (text: string) => string;

const cnToTw = ConverterFactory([STPhrases, STCharacters], [TWVariants]);

const HAN = /\p{Script=Han}/u;
/**
 * 余 right after a number is "more than" (130余天 → 130餘天). OpenCC leaves a lone 余 as it
 * is, because it is also a surname; after a numeral it never is.
 */
const MORE_THAN = /(?<=[0-9０-９十百千萬億])余/gu;
const CACHED_LENGTH = 200;
const NUMBERS = /[-+]?[0-9０-９][0-9０-９.,，．:]*/gu;

/** Thrown when a conversion would change a number: a bug in a dictionary, never silently published. */
export class FigureChangedError extends Error {}

/**
 * A converter keeping `keep` (terms in Simplified, as written in the site) unconverted.
 * Short results are cached: pages repeat the same strings (names, navigation) many times.
 */
export function traditionalConverter(keep: readonly string[] = []): ToTraditional {
  const terms = [...new Set(keep.filter(Boolean))].sort((a, b) => b.length - a.length);
  const split = terms.length > 0 ? new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'u') : undefined;
  const cache = new Map<string, string>();
  return (text) => {
    if (!HAN.test(text)) return text;
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    // With a capturing group, split() puts the kept terms at the odd indices.
    const pieces = split ? text.split(split) : [text];
    const converted = pieces.map((piece, index) => (index % 2 === 1 ? piece : cnToTw(piece).replace(MORE_THAN, '餘'))).join('');
    assertSameNumbers(text, converted);
    // Only short texts repeat (names, navigation, labels); long ones would only fill memory.
    if (text.length <= CACHED_LENGTH) cache.set(text, converted);
    return converted;
  };
}

function assertSameNumbers(before: string, after: string): void {
  const a = before.match(NUMBERS) ?? [];
  const b = after.match(NUMBERS) ?? [];
  if (a.length !== b.length || a.some((number, index) => number !== b[index])) {
    throw new FigureChangedError(`Traditional conversion changed a number: "${before}" → "${after}"`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
