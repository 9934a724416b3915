/**
 * Two mistakes editors make when copying a value from the document, recognised so the
 * message can give the exact YAML to write instead:
 * - a qualifier word typed into the value: `约855` → `value: 855, qualifier: about`;
 * - a range typed as one value: `4000-6000`, `4000～6000`, `4000至6000` → `range: [4000, 6000]`.
 *
 * The words are those of src/lib/format.ts and the `qualifier` description in
 * src/schemas/report-data.ts (余/多/超过 over · 不到 under · 约 about · 近 nearly ·
 * 最高 up-to · 至少 at-least), with their usual variants.
 */
import type { Qualifier } from '../schemas/report-data.ts';
import { parseExactNumber } from './decimal.ts';

export type ValueHint =
  | { kind: 'qualifier'; word: string; qualifier: Qualifier; number: string }
  | { kind: 'range'; low: string; high: string };

/** Words before the number, longest first so 将近 wins over 近. */
const LEADING: ReadonlyArray<readonly [string, Qualifier]> = [
  ['大约', 'about'], ['约', 'about'],
  ['超过', 'over'], ['多于', 'over'], ['逾', 'over'],
  ['不到', 'under'], ['不足', 'under'], ['少于', 'under'],
  ['将近', 'nearly'], ['接近', 'nearly'], ['近', 'nearly'],
  ['最高', 'up-to'], ['最多', 'up-to'],
  ['至少', 'at-least'],
];

/** Words after the number: at the end (855余, 3000以上) or before the scale word (20余万). */
const TRAILING: ReadonlyArray<readonly [string, Qualifier]> = [
  ['余', 'over'], ['多', 'over'],
  ['以上', 'over'],
  ['左右', 'about'],
  ['以下', 'up-to'],
];

const SCALE = '(万亿|万|亿)?';
const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** Hyphen, full-width hyphen, tildes, en and em dashes, horizontal bar, 至 and 到. */
const RANGE = new RegExp(`^(${NUMBER})${SCALE}\\s*(?:-|－|~|～|〜|–|—|―|至|到)\\s*(${NUMBER})${SCALE}$`);

/** The fix for a value that is not a number, when it is one of the known mistakes. */
export function hintForValue(written: string): ValueHint | undefined {
  const text = written.trim();
  for (const [word, qualifier] of LEADING) {
    if (text.startsWith(word)) return qualifierHint(text.slice(word.length), word, qualifier);
  }
  for (const [word, qualifier] of TRAILING) {
    const at = new RegExp(`^(${NUMBER})${word}${SCALE}$|^(${NUMBER}${SCALE})${word}$`).exec(text);
    if (at) return qualifierHint(at[1] ? `${at[1]}${at[2] ?? ''}` : (at[3] ?? ''), word, qualifier);
  }
  const range = RANGE.exec(text);
  if (range) {
    const [, low = '', lowScale = '', high = '', highScale = ''] = range;
    // 2-3万 means 2万 to 3万: a scale word written once belongs to both ends.
    const lowWritten = `${low}${lowScale || highScale}`;
    const highWritten = `${high}${highScale}`;
    if (parseExactNumber(lowWritten).ok && parseExactNumber(highWritten).ok) return { kind: 'range', low: lowWritten, high: highWritten };
  }
  return undefined;
}

function qualifierHint(rest: string, word: string, qualifier: Qualifier): ValueHint | undefined {
  const number = rest.trim();
  return parseExactNumber(number).ok ? { kind: 'qualifier', word, qualifier, number } : undefined;
}
