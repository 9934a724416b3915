/**
 * Reading one number expression in running Chinese text: the digits, the scale word
 * (万/亿), the unit, and qualifier words on either side ("约有50万名", "3800余名",
 * "20.34万余人次", "最高2400元"). What the expression means (figure or not, target or
 * actual) is decided elsewhere; this module only says what is written.
 *
 * Values stay strings as written (thousands separators and spaces removed). Exact
 * arithmetic, where needed, goes through the lead's src/lib/decimal.ts.
 */
import type { Qualifier } from './types.ts';

/**
 * A number as written: "2,850.46", "20.7", "855", and blanked digits "20_0" / "20_".
 * Not preceded by a letter, digit, underscore or point (so "s224672" and the "7" of "20.7"
 * are not separate numbers).
 */
export const NUMBER_TOKEN = /(?<![\d_.A-Za-z])(?:\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|[\d_]*\d[\d_]*(?:\.\d+)?)/g;

export interface NumberToken {
  start: number;
  end: number;
  written: string;
  /** Digits without separators: "2,400" → "2400". */
  digits: string;
  blanked: boolean;
}

export function scanNumbers(text: string): NumberToken[] {
  return [...text.matchAll(NUMBER_TOKEN)].map((match) => {
    const written = match[0];
    const start = match.index ?? 0;
    return { start, end: start + written.length, written, digits: written.replace(/,/g, ''), blanked: written.includes('_') };
  });
}

/**
 * Units, longest first so 人次 wins over 人 and 个百分点 over 个. The units that make a
 * number a date, an age, a rating or an ordinal are here too (年 月 日 号 岁 星级 …):
 * traps.ts turns those away.
 */
export const UNITS = [
  '个工作日', '个百分点', '百分点', '个小时', '工作日', '个月', '平方米', '人次', '户次', '平米', '公里', '千米', '小时', '分钟', '周岁', '星级',
  // Commodity measure words (relief goods): 棉被500床, 大米60袋, 食用油80桶.
  '公斤', '千克', '床', '袋', '箱', '桶', '盒', '吨',
  '元', '%', '‰', '个', '家', '张', '人', '名', '户', '对', '件', '条', '次', '所', '处', '座', '亩', '天',
  '项', '起', '位', '支', '辆', '台', '套', '间', '栋', '倍', '册', '场', '批', '届', '期', '岁', '年', '月',
  '日', '号', '星',
] as const;

const UNIT_PATTERN = UNITS.join('|');

/**
 * A unit may be "per" something, in up to three parts: 元/月, 元/人·月, 元/人/月, 元/张/年,
 * 元/人·餐. Each part is a measure word (a closed class of what a rate is counted per),
 * so a following noun is never taken into the unit.
 */
const PER_PART = '(?:人次|人|户|月|年|季度|季|张|床|位|天|日|周|次|餐|份|小时|平方米|亩|件|个)';
const PER_UNIT = String.raw`(?:\s*\/\s*${PER_PART}(?:\s*[·•]\s*${PER_PART})?){0,3}`;

/**
 * After the digits: [余|多] [万|亿] [余|多] [unit] [以上|左右]. Spaces are allowed
 * between parts ("1110 万元", "800 多万元"), as .doc conversions insert them.
 */
const SUFFIX = new RegExp(
  String.raw`^(\s*(余|多))?(\s*(万亿|万|亿))?(\s*(余|多))?(\s*(${UNIT_PATTERN})${PER_UNIT})?(\s*(以上|左右|上下))?`,
);

export interface Suffix {
  scale: '' | '万' | '亿';
  unit: string;
  /** 余/多/以上 → over, 左右/上下 → about. */
  qualifier?: Qualifier;
  /** Characters the suffix takes after the digits. */
  length: number;
}

export function readSuffix(after: string): Suffix {
  const match = SUFFIX.exec(after);
  if (!match) return { scale: '', unit: '', length: 0 };
  const overWord = match[2] ?? match[6];
  const trailing = match[10];
  let qualifier: Qualifier | undefined;
  if (overWord || trailing === '以上') qualifier = 'over';
  if (trailing === '左右' || trailing === '上下') qualifier = 'about';
  // 万亿 is not a scale the data format knows; treat it as not a figure we can write.
  const scale = (match[4] === '万亿' ? '' : (match[4] ?? '')) as Suffix['scale'];
  const unitText = (match[7] ?? '').trim();
  // Keep a trailing 余/多 only when a unit or a scale word follows or precedes it:
  // "3800余名" and "800多万" are qualified, but in "20多" alone 多 may start a word.
  let length = match[0].length;
  if (!scale && !unitText && !trailing) length = 0;
  return { scale, unit: unitText, ...(qualifier && length > 0 && { qualifier }), length };
}

/** Qualifier words written before the number, and how far back they reach. */
const PREFIX_QUALIFIERS: ReadonlyArray<{ pattern: RegExp; qualifier: Qualifier }> = [
  // 不低于/不少于/不超过 negate the comparison: checked before the bare words below.
  { pattern: /(至少|不少于|不低于)\s*$/, qualifier: 'at-least' },
  { pattern: /(不超过|不多于|不高于)\s*$/, qualifier: 'up-to' },
  { pattern: /((?<!不)超过|(?<!不)多于|逾|(?<![通经不越度])过)\s*$/, qualifier: 'over' },
  { pattern: /(将近|接近|近)\s*$/, qualifier: 'nearly' },
  { pattern: /(大约|约)\s*$/, qualifier: 'about' },
  { pattern: /(不到|不足|(?<!不)少于|(?<!不)低于)\s*$/, qualifier: 'under' },
  { pattern: /(最高|最多)\s*$/, qualifier: 'up-to' },
];

export interface Prefix {
  qualifier?: Qualifier;
  /** Characters before the digits the qualifier takes (0 when it is not adjacent). */
  length: number;
  /** The qualifier word when it is separated from the number ("约有", "超过全市总量的"). */
  detachedWord?: string;
}

/**
 * The qualifier before a number. Adjacent ("约50万") it becomes part of the expression;
 * separated by 有 ("约有50万名") or by "…的" ("超过全市总量的50%") it still qualifies the
 * number but stays in the prose.
 */
export function readPrefix(before: string): Prefix {
  for (const { pattern, qualifier } of PREFIX_QUALIFIERS) {
    const adjacent = pattern.exec(before);
    if (adjacent) return { qualifier, length: adjacent[0].length };
  }
  for (const { pattern, qualifier } of PREFIX_QUALIFIERS) {
    const source = pattern.source.replace(/\\s\*\$$/, '');
    const detached = new RegExp(`(${source})(有|[\\u4e00-\\u9fff]{1,8}的)\\s*$`).exec(before);
    if (detached) return { qualifier, length: 0, detachedWord: detached[1] ?? '' };
  }
  return { length: 0 };
}

/** Characters that follow a number without being its measure word: qualifiers, scale, dates, times of day, floors, particles. */
const NOT_MEASURE_WORD = /[多余约近万亿年月日号岁第等之的是为和与及或至到比较以上下左右前后内外中共达超时点分秒楼层届期]/;

/**
 * An open class of measure words: a single Chinese character right after the digits that
 * closes the phrase (followed by punctuation, 、, 和/及 or the end) is read as its measure
 * word even when it is not in UNITS ("捐赠帐篷40顶，…"). The caller marks such a unit
 * for review: it is proposed, not dropped.
 */
export function readOpenMeasureWord(after: string): string | undefined {
  const match = /^([\u4e00-\u9fff])(?=$|[\s，,。；;、：:！!？?）)”和及])/.exec(after);
  if (!match || NOT_MEASURE_WORD.test(match[1] ?? '')) return undefined;
  return match[1];
}

export type Period = 'month' | 'year' | 'quarter' | 'day';
const PERIOD_WORDS: Record<string, Period> = { 月: 'month', 年: 'year', 季: 'quarter', 季度: 'quarter', 天: 'day', 日: 'day' };

/**
 * The period a money standard is stated for: from its unit (元/月, 元/人/年, 元/人·月) or
 * from the words just before it in its clause (每人每年, 每月, 月人均, 年标准). Undefined when
 * neither says.
 */
export function periodOf(unit: string, before: string): Period | undefined {
  const fromUnit = /\/[^/]*?(季度|月|年|季|天|日)$|·(月|年|季度|季|天|日)$/.exec(unit);
  if (fromUnit) return PERIOD_WORDS[fromUnit[1] ?? fromUnit[2] ?? ''];
  if (!unit.startsWith('元') || unit.includes('/')) return undefined;
  const words = [...before.matchAll(/每(?:人|户|床|张|名)?每?(季度|月|年|季|天|日)|(月|年|季度)(?:人均|均|标准|发放)|按(月|年|季度)/g)].pop();
  if (!words) return undefined;
  return PERIOD_WORDS[words[1] ?? words[2] ?? words[3] ?? ''];
}
