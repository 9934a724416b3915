/**
 * Numbers that are not figures. A report is full of digits that state nothing about the
 * bureau's work: dates and years, ages that define a group ("80岁以上老人"), star
 * ratings, ordinals, phone, ICP and document numbers, slogans ("1+2+6", “520”), names in
 * quotation marks (“365天服务不打烊”), "15分钟养老服务圈". Each trap has a name; the
 * tests hold one example of each.
 *
 * A trap looks at the text around the number, never at the number alone: 2022 is a year
 * in "2022年" and a count in "2022个".
 */

export interface TrapContext {
  text: string;
  start: number;
  end: number;
  /** The unit read after the number (or after the range it ends). */
  unit: string;
  scale: string;
  digits: string;
  quoted: boolean;
  /** The number ends the document (a capture cut off before its unit). */
  atEnd?: boolean;
}

export interface Trap {
  name: string;
  test: (context: TrapContext) => boolean;
}

const before = (context: TrapContext, length: number): string => context.text.slice(Math.max(0, context.start - length), context.start);
const after = (context: TrapContext, length: number): string => context.text.slice(context.end, context.end + length);

/** The sentence from its start up to the number. */
const sentenceBefore = (context: TrapContext): string => {
  const text = context.text.slice(0, context.start);
  return text.slice(Math.max(text.search(/[^。！？!?；;]*$/), 0));
};

/**
 * One named person: 王某/张某某, 李大爷/刘奶奶, 一位老人/一名村民, 他/她 (not 其他/他们; not 一个,
 * which counts places: 建成一个儿童之家).
 * Figures in the rest of such a sentence are about that person (an anecdote).
 */
const ONE_PERSON = /(?<=[\u4e00-\u9fff])(?<![在于对向从到为的一个等该这那有某全本])某(?![些种项类地市区县镇乡村街社单])|(大爷|大妈|大娘|大伯|奶奶|爷爷|阿姨|老汉|婆婆)|(一位|一名)[^，,。；;]{0,4}(老人|村民|居民|群众|患者|儿童|孩子|学生|老兵|妇女)|(?<![其吉])(他|她)(?![们人])/;

export const TRAPS: readonly Trap[] = [
  // “520”、‘1+2+6’、“365天服务不打烊”、《…2022年…》: a name or slogan, whatever its digits.
  { name: 'quoted-name', test: (c) => c.quoted },
  // 1+2+6, 5+N: a slogan made of digits.
  { name: 'slogan', test: (c) => /[+＋]\s*$/.test(before(c, 2)) || /^\s*[+＋]\s*[\dN]/.test(after(c, 3)) },
  // 〔2022〕15号, 赣ICP备05005744号: document and registration numbers.
  {
    name: 'document-number',
    test: (c) =>
      /[〔\[【][^〕\]】]*$/.test(before(c, 8)) ||
      /[〔\[【(（]\s*(19|20)\d{2}\s*[〕\]】)）]\s*第?\s*$/.test(before(c, 10)) ||
      /备$/.test(before(c, 1)),
  },
  // 5星级社区, 3A级: a grade, not a count; checked before codes because a letter follows the digit.
  { name: 'rating', test: (c) => c.unit === '星级' || c.unit === '星' || /^\s*A级?/.test(after(c, 3)) },
  // s224672--2023-0055, 0791-86221407, 2023-03-17: codes, phone numbers, ISO dates; a
  // leading zero (0791) never starts a quantity.
  {
    name: 'code-or-phone',
    test: (c) => /[A-Za-z-]$/.test(before(c, 1)) || /^-{1,2}\d/.test(after(c, 3)) || /^[A-Za-z]/.test(after(c, 1)) || /^0\d/.test(c.digits),
  },
  // 20个工作日, 9个月, 365天: durations (time limits, opening periods), not statistics. Hours
  // stay: 人均服务时长1.5小时 is an average.
  { name: 'duration', test: (c) => ['个工作日', '工作日', '个月', '天'].includes(c.unit) },
  // 村民王某…8万多元, 一位老人…: a sentence about one person is an anecdote, not a bureau figure.
  { name: 'anecdote', test: (c) => ONE_PERSON.test(sentenceBefore(c)) },
  // 2022年, 20_4 年, 2018年至2020年, 2023-03-17: years and ISO dates. Not a run of years
  // (连续7年, 近17年): that counts years of a series, a statistic.
  { name: 'year', test: (c) => (c.unit === '年' && !(/^\d{1,2}$/.test(c.digits) && /(连续|近|连)\s*$/.test(before(c, 3)))) || (/^(19|20)[\d_]{2}$/.test(c.digits) && !c.unit && !c.scale) },
  // 3月13日, 1-11月, 10 月底, 8月中旬: calendar dates and months.
  { name: 'date', test: (c) => ['月', '日', '号'].includes(c.unit) || (/月\s*$/.test(before(c, 2)) && /^\s*[日号]/.test(after(c, 2))) },
  // 60岁, 80岁以上, 90-99 岁: ages define who a figure is about; they are not figures.
  { name: 'age', test: (c) => c.unit === '岁' || c.unit === '周岁' },
  // 第2批, 第3届: ordinals.
  { name: 'ordinal', test: (c) => /第\s*$/.test(before(c, 2)) || c.unit === '届' || c.unit === '期' },
  // 08:10, 14:45: times of day.
  { name: 'time', test: (c) => /^:\d{2}(?!\d)/.test(after(c, 4)) && Number(c.digits) <= 23 && !c.digits.includes('.') },
  // 15分钟养老服务圈, 10分钟生活圈: a planning concept named after a walking time.
  { name: 'concept-name', test: (c) => c.unit === '分钟' && /^[^，,。；;]{0,10}圈/.test(after(c, 14).replace(/^分钟/, '')) },
  // A number with neither unit nor scale word: nothing says what it counts.
  // Except at the very end of a document cut off mid-sentence, right after a noun: the unit was lost.
  { name: 'bare-number', test: (c) => c.unit === '' && c.scale === '' && !/^\s*[:：]\s*\d/.test(after(c, 3)) && !(c.atEnd && /[\u4e00-\u9fff]$/.test(before(c, 1))) },
];

export function trapFor(context: TrapContext): string | undefined {
  return TRAPS.find((trap) => trap.test(context))?.name;
}

/**
 * Spans inside quotation marks or book-title marks. An opening mark with no closing one
 * (the source dropped it) reaches to the end of the sentence.
 */
export function quotedSpans(text: string): Array<{ start: number; end: number }> {
  const pairs: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '"': '"' };
  const spans: Array<{ start: number; end: number }> = [];
  let index = 0;
  while (index < text.length) {
    const open = text[index] ?? '';
    const close = pairs[open];
    if (!close) {
      index += 1;
      continue;
    }
    const closing = text.indexOf(close, index + 1);
    const sentenceEnd = text.slice(index + 1).search(/[。；;！!？?]/);
    const limit = sentenceEnd === -1 ? text.length : index + 1 + sentenceEnd;
    if (closing !== -1 && closing <= limit) {
      spans.push({ start: index, end: closing + 1 });
      index = closing + 1;
    } else {
      // Unclosed: only numbers *inside* it are names; stop at the sentence end.
      index += 1;
    }
  }
  return spans;
}

/**
 * Quantities written in Chinese numerals ("两家嵌入式养老服务设施", "六所福利院").
 * The importer extracts digits only; these are listed for the editor instead, except
 * slogans and names (“三问一说”, "一是", "四级网络", "五类老人").
 */
export function chineseNumeralQuantities(text: string): Array<{ start: number; written: string }> {
  const quoted = quotedSpans(text);
  const found: Array<{ start: number; written: string }> = [];
  const pattern = /(?<![第一二三四五六七八九十百千万统唯之逐])([两二三四五六七八九十百千]+|一)(家|个|所|名|人|户|张|处|座|次|对|件|条)(?![一二三四五六七八九十])/g;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (quoted.some((span) => start > span.start && start < span.end)) continue;
    // 一个/一次/一条 are articles more often than counts ("一条龙", "一次性"): skip 一.
    // A bare 千/百 is a denominator ("千名老人" = per thousand older people), not a count.
    if (match[1] === '一' || match[1] === '千' || match[1] === '百') continue;
    found.push({ start, written: match[0] });
  }
  return found;
}
