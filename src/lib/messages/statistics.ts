/** Messages: Statistics as published (issue 11): sources, alternatives, revisions, status, changes, units */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

export const STATISTICS_MESSAGES = {
  'unknown-source-kind': (p: MessageParams): Text => ({
    zh: `来源种类 ${q(p.found)} 无法识别。请写 official-bulletin（官方公报）、yearbook（统计年鉴）、news-report（转引官方来源的新闻报道）或 other（其他）之一。`,
    en: `The source kind ${qe(p.found)} is not known. Write one of official-bulletin, yearbook, news-report (a news report quoting an official source) or other.`,
  }),
  'bad-change-points': (p: MessageParams): Text => ({
    zh: `点数变化 ${q(p.found)} 不是数字。请只写点数，例如“提高2个百分点”写 points: "2"，方向写在 direction。`,
    en: `The point change ${qe(p.found)} is not a number. Write the points only, e.g. "up 2 percentage points" is points: "2", with the sign in direction.`,
  }),
  'points-kind': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.indicator)} 的种类是 ${p.kind}，不能有点数变化（points: ${p.found}）。百分点只用于 rate，千分点只用于 per-thousand；数量的增减请写 amount（例如 amount: 3.2万），相对变化写 reported（例如 "7.6%"）。`,
    en: `The indicator ${qe(p.indicator)} is of kind ${p.kind}, so it cannot have a point change (points: ${p.found}). Percentage points are for rate, per-mille points for per-thousand; write an absolute change as amount (e.g. amount: 3.2万) and a relative one as reported (e.g. "7.6%").`,
  }),
  'amount-kind': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.indicator)} 的种类是 ${p.kind}，不能有绝对量变化（amount: ${p.found}）。${p.kind === 'ratio' ? '比例的变化请写在 note 中。' : '比率的变化请写成点数：points（百分点或千分点）。'}`,
    en: `The indicator ${qe(p.indicator)} is of kind ${p.kind}, so it cannot have an absolute change (amount: ${p.found}). ${p.kind === 'ratio' ? 'Describe a change of a ratio in note.' : 'Write a change of a rate in points (percentage or per-mille points).'}`,
  }),
  'method-missing': (p: MessageParams): Text => ({
    zh: `数据 ${q(p.figure)} 标为 derived（推算），但没有说明如何计算。请加上 method: { zh: …, en: … }，例如“由各季度数据相加”。`,
    en: `The figure ${qe(p.figure)} is marked derived but does not say how it was computed. Add method: { zh: …, en: … }, e.g. "sum of the quarterly figures".`,
  }),
  'method-without-status': (p: MessageParams): Text => ({
    zh: `method 只用于 derived（推算）或 estimated（估计）的数据，这里的 status 是 ${q(p.found)}。请改正 status，或删除 method。`,
    en: `method belongs to a derived or estimated figure, but status is ${qe(p.found)}. Correct status, or delete method.`,
  }),
  'per-kind': (p: MessageParams): Text => ({
    zh: `per（计算周期）只用于金额标准（amount）或平均数（average），指标 ${q(p.indicator)} 的种类是 ${p.kind}。请删除 per。`,
    en: `per (the period) is for money standards (amount) and averages (average), but the indicator ${qe(p.indicator)} is of kind ${p.kind}. Delete per.`,
  }),
  'measure-word-kind': (p: MessageParams): Text => ({
    zh: `measure_word（量词）只用于数量（count）指标，指标 ${q(p.indicator)} 的种类是 ${p.kind}。请删除 measure_word。`,
    en: `measure_word is for count indicators, but the indicator ${qe(p.indicator)} is of kind ${p.kind}. Delete measure_word.`,
  }),
  'alternative-same': (p: MessageParams): Text => ({
    zh: `其他来源的数值 ${q(p.found)} 与公布值 ${q(p.value)} 相同，不是不同的数值。请删除这一条；如需注明该来源也给出同一数值，请写在 note 中。`,
    en: `The alternative value ${qe(p.found)} equals the published value ${qe(p.value)}, so it is no alternative. Delete the entry; to say that source gives the same value, write it in note.`,
  }),
  'revision-before-report': (p: MessageParams): Text => ({
    zh: `修订日期 ${p.found} 早于报告（或该数据来源）的发布日期 ${p.published}：尚未发布的数值不能被修订。请检查日期：date 是更正的日期。`,
    en: `The revision date ${p.found} is before the publication date of the report (or of the figure's source), ${p.published}: a value cannot be corrected before it is published. Check the date: date is the day of the correction.`,
  }),
  'revision-order': (p: MessageParams): Text => ({
    zh: `修订日期 ${p.found} 早于上一条修订的日期 ${p.previous}。revisions 请按时间从早到晚排列。`,
    en: `The revision date ${p.found} is before the previous revision's date, ${p.previous}. List revisions oldest first.`,
  }),
  'unit-scale': (p: MessageParams): Text => ({
    zh: `单位 ${q(p.found)} 含有数量级“${p.scale}”，但数值 ${q(p.value)} 没有。请把数量级写进数值：value: ${p.value}${p.scale}（单位可写 ${q(p.found)} 或 ${q(p.unit)}）。`,
    en: `The unit ${qe(p.found)} holds the scale word ${p.scale}, but the value ${qe(p.value)} does not. Write the scale word in the value: value: ${p.value}${p.scale} (the unit may then be ${qe(p.found)} or ${qe(p.unit)}).`,
  }),
  'change-points-mismatch': (p: MessageParams): Text => ({
    zh: `点数变化 ${q(p.found)} 与数值不符：${p.basisZh}，相差 ${p.computed} 个点。请核对原文的点数、方向（direction）和两个数值。`,
    en: `The point change ${qe(p.found)} does not match the values: ${p.basisEn}, a difference of ${p.computed} points. Check the source's points, the direction and both values.`,
  }),
  'change-amount-mismatch': (p: MessageParams): Text => ({
    zh: `增减量 ${q(p.found)} 与数值不符：${p.basisZh}，相差 ${p.computed}。请核对原文的增减量、方向（direction）和两个数值。`,
    en: `The absolute change ${qe(p.found)} does not match the values: ${p.basisEn}, a difference of ${p.computed}. Check the source's amount, the direction and both values.`,
  }),
  'unchecked-changes-summary': (p: MessageParams): Text => ({
    zh: `${p.count} 项变化无法核对（上一年没有可比的报告数值，页面注明变化的比较基准）：${p.list}`,
    en: `${p.count} changes could not be checked (no earlier report value to compare; pages say what each is relative to): ${p.list}`,
  }),
} satisfies Catalogue;
