/** Messages (facts): impossible facts, values that cannot be held exactly, values that belong in another field */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

export const FACT_MESSAGES = {
  'year-out-of-range': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 中的年份 ${p.year} 不在允许范围内：${p.max ? `年份须在 ${p.min} 年至 ${p.max} 年（明年）之间` : `目标的年份不能早于 ${p.min} 年`}。请核对原文。`,
    en: `The year ${p.year} in ${qe(p.found)} is out of range: ${p.max ? `years must be from ${p.min} to ${p.max} (next year)` : `a target's year cannot be before ${p.min}`}. Check the source.`,
  }),
  'date-after-build': (p: MessageParams): Text => ({
    zh: `日期 ${q(p.found)} 晚于今天（${p.today}）。文件不可能在将来发布：请核对日期。`,
    en: `The date ${qe(p.found)} is after today (${p.today}). A document cannot be published in the future: check the date.`,
  }),
  'actual-after-date': (p: MessageParams): Text => {
    const limitZh = p.limitKind === 'published' ? `报告的发布日期 ${p.limit}` : `今天（${p.limit}）`;
    const limitEn = p.limitKind === 'published' ? `the report's publication date ${p.limit}` : `today (${p.limit})`;
    const whatZh = p.defaulted ? `数据 ${q(p.figure)} 没有写 as_of，时点即报告年份 ${p.found}，` : `数据 ${q(p.figure)} 的时点 ${q(p.found)} `;
    const whatEn = p.defaulted ? `The figure ${qe(p.figure)} has no as_of, so it is dated by the report year ${p.found}, which is` : `The figure ${qe(p.figure)} is dated ${qe(p.found)},`;
    return {
      zh: `${whatZh}晚于${limitZh}。实际值不可能来自将来：请核对 as_of 或年份；计划或目标请写 status: target。`,
      en: `${whatEn} after ${limitEn}. An actual figure cannot come from the future: check as_of or the year; for a plan or goal write status: target.`,
    };
  },
  'parent-self': (p: MessageParams): Text => ({
    zh: `机构 ${q(p.found)} 的上级（parent）是它自己。请写它真正的上级机构，或删除 parent。`,
    en: `The bureau ${qe(p.found)} names itself as its parent. Name the bureau above it, or remove parent.`,
  }),
  'parent-cycle': (p: MessageParams): Text => ({
    zh: `上级机构形成了循环：${p.cycle}。机构不能是自己的上级的上级：请改正其中一个 parent。`,
    en: `The parents form a cycle: ${p.cycle}. A bureau cannot be above itself: correct one of these parents.`,
  }),
  'too-precise': (p: MessageParams): Text => ({
    zh: `数值 ${q(p.found)} 的有效数字超过 ${p.precision} 位，无法精确保存；数字绝不四舍五入，所以不予接受。请核对原文；原文确实如此时，请改用 unknown: { as_written: … } 记录原文。`,
    en: `The value ${qe(p.found)} has more than ${p.precision} significant digits and cannot be held exactly; figures are never rounded, so it is refused. Check the source; if it really says this, record it with unknown: { as_written: … }.`,
  }),
  'qualifier-in-value': (p: MessageParams): Text => ({
    zh: `数值 ${q(p.found)} 里写了限定词“${p.word}”。请只写数字，把“${p.word}”写成 qualifier：value: ${p.number}, qualifier: ${p.qualifier}。`,
    en: `The value ${qe(p.found)} contains the qualifier ${p.word}. Write the number alone and the qualifier separately: value: ${p.number}, qualifier: ${p.qualifier}.`,
  }),
  'range-in-value': (p: MessageParams): Text => ({
    zh: `数值 ${q(p.found)} 是一个区间。请把 value 改为 range，写成 range: [${p.low}, ${p.high}]。`,
    en: `The value ${qe(p.found)} is a range. Replace value with range: write range: [${p.low}, ${p.high}].`,
  }),
  'bad-build-date': (p: MessageParams): Text => ({
    zh: `环境变量 ANNALS_BUILD_DATE 的值 ${q(p.found)} 不是日期。请写成 YYYY-MM-DD，例如 2024-03-01，或不设置它（即以今天为准）。`,
    en: `The environment variable ANNALS_BUILD_DATE is ${qe(p.found)}, which is not a date. Write YYYY-MM-DD, e.g. 2024-03-01, or leave it unset (today is used).`,
  }),
  'feed-updated-future': (p: MessageParams): Text => ({
    zh: `提示：订阅源（feed.xml）的更新时间将是 ${p.found}，晚于今天（${p.today}），因为这份报告没有更早的发布日期。请填写 source.date（原文发布日期）。`,
    en: `Note: the feed's <updated> would be ${p.found}, later than today (${p.today}), because this report states no earlier publication date. Give source.date (the document's publication date).`,
  }),
} satisfies Catalogue;
