/** Messages: figure values and what they must agree with: numbers, ranges, units, kinds, signs and changes. */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

const NOT_A_NUMBER_HINTS: Record<string, Text> = {
  'unit-in-value': {
    zh: '请只写数字（可带“万”“亿”），单位由指标目录给出。',
    en: 'Write the number only (万 and 亿 are allowed); the unit comes from the indicator catalog.',
  },
  grouping: { zh: '请去掉千位分隔逗号，例如写 28504600。', en: 'Remove the thousands separators, e.g. write 28504600.' },
  'full-width': { zh: '请用半角数字和符号（0-9 . :）。', en: 'Use half-width digits and signs (0-9 . :).' },
  'percent-sign': {
    zh: '请去掉百分号，例如写 83.5；百分比由指标种类（rate）给出。',
    en: 'Drop the percent sign, e.g. write 83.5; the indicator kind (rate) says it is a percentage.',
  },
  empty: { zh: '请填写数值，或改用 unknown: { as_written: … } 记录原文无法辨认的数字。', en: 'Give the value, or use unknown: { as_written: … } for a figure the source does not state legibly.' },
  'not-a-number': {
    zh: '请写成精确的十进制数，例如 855、20.7万、2.7亿。',
    en: 'Write an exact decimal such as 855, 20.7万 or 2.7亿.',
  },
};

export const VALUE_MESSAGES = {
  'not-a-number': (p: MessageParams): Text => {
    const hint = NOT_A_NUMBER_HINTS[p.reason ?? 'not-a-number'] ?? NOT_A_NUMBER_HINTS['not-a-number']!;
    return { zh: `${q(p.found)} 不是数字。${hint.zh}`, en: `${qe(p.found)} is not a number. ${hint.en}` };
  },
  'value-one-of': (p: MessageParams): Text => ({
    zh: `每个数据须有且只有 value、range、unknown 其中之一（现有：${p.found || '无'}）。`,
    en: `A figure needs exactly one of value, range or unknown (found: ${p.found || 'none'}).`,
  }),
  'range-order': (p: MessageParams): Text => ({
    zh: `区间 ${q(p.found)} 的下限大于上限。请写成 [较小值, 较大值]。`,
    en: `The range ${qe(p.found)} has its low end above its high end. Write [low, high].`,
  }),
  'unknown-indicator': (p: MessageParams): Text => ({
    zh: `指标目录中没有 ${q(p.found)}。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}请改用已有指标，或在 data/indicators/ 中新增该指标。`,
    en: `The indicator catalog has no ${qe(p.found)}. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Use an existing indicator, or add it to data/indicators/.`,
  }),
  'unknown-bureau': (p: MessageParams): Text => ({
    zh: `data/bureaus.yaml 中没有机构 ${q(p.found)}。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}请先在 data/bureaus.yaml 中添加该机构。`,
    en: `data/bureaus.yaml has no bureau ${qe(p.found)}. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Add the bureau to data/bureaus.yaml first.`,
  }),
  'duplicate-indicator': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.key)} 已在 ${p.other} 中定义。每个指标只能定义一次：请删除其中一处。`,
    en: `The indicator ${qe(p.key)} is already defined in ${p.other}. Define each indicator once: delete one of them.`,
  }),
  'unit-mismatch': (p: MessageParams): Text => ({
    zh: `单位 ${q(p.found)} 与指标 ${q(p.indicator)} 的单位 ${q(p.expected)} 不符。unit 可以是目录中的单位，可带数值的数量级（2850.46万 配 万元）；量词不同（个/家）请写 measure_word，周期不同（元/人·年）请写 per。如确是另一种单位，请换算数值并删去 unit，或改用合适的指标。`,
    en: `The unit ${qe(p.found)} does not fit the indicator ${qe(p.indicator)}, whose unit is ${qe(p.expected)}. unit may be the catalog's unit, with the value's scale word (2850.46万 with 万元); a different measure word (个 for 家) goes in measure_word, a different period (元/人·年) in per. If it really is another unit, convert the value and remove unit, or use a fitting indicator.`,
  }),
  'kind-mismatch': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.indicator)} 的种类是 ${p.kind}，不能写 ${q(p.found)}。${p.kind === 'ratio' ? '比例请写成 1:0.81。' : '请写一个数字，或改用 ratio 种类的指标。'}`,
    en: `The indicator ${qe(p.indicator)} is of kind ${p.kind}; ${qe(p.found)} does not fit it. ${p.kind === 'ratio' ? 'Write a ratio such as 1:0.81.' : 'Write a single number, or use an indicator of kind ratio.'}`,
  }),
  'percent-over-100': (p: MessageParams): Text => ({
    zh: `比率 ${q(p.found)} 超过 100%。请核对原文；增幅请写在 change 中。`,
    en: `The rate ${qe(p.found)} is over 100%. Check the source; a growth rate belongs in change.`,
  }),
  'negative-count': (p: MessageParams): Text => ({
    zh: `数量 ${q(p.found)} 为负数。数量不能小于 0；减少量请写在 change 中（direction: down）。`,
    en: `The count ${qe(p.found)} is negative. A count cannot be below 0; a decrease belongs in change (direction: down).`,
  }),
  'negative-value': (p: MessageParams): Text => ({
    zh: `数值 ${q(p.found)} 为负数。请核对原文；减少量请写在 change 中（direction: down）。`,
    en: `The value ${qe(p.found)} is negative. Check the source; a decrease belongs in change (direction: down).`,
  }),
  'count-not-whole': (p: MessageParams): Text => ({
    zh: `数量 ${q(p.found)}（即 ${p.plain}）不是整数。请核对原文，或改用 average 种类的指标。`,
    en: `The count ${qe(p.found)} (that is ${p.plain}) is not a whole number. Check the source, or use an indicator of kind average.`,
  }),
  'change-mismatch': (p: MessageParams): Text => ({
    zh: `报告的变化 ${q(p.found)} 与数据不符：${p.basisZh}，实际变化为 ${p.computed}。请核对数值或增幅。`,
    en: `The reported change ${qe(p.found)} disagrees with the data: ${p.basisEn}, the change is ${p.computed}. Check the value or the change.`,
  }),
  'change-direction': (p: MessageParams): Text => ({
    zh: `change 写的是${p.found === 'up' ? '增长' : '下降'}，但从 ${p.from} 到 ${p.to} 是${p.found === 'up' ? '下降' : '增长'}。请核对 direction 或数值。`,
    en: `The change says ${p.found}, but ${p.from} to ${p.to} goes ${p.found === 'up' ? 'down' : 'up'}. Check direction or the values.`,
  }),
} satisfies Catalogue;
