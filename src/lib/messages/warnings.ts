/** Messages: Warnings (non-blocking; shown on their page by `npm run dev`, never in a build) */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

export const WARNING_MESSAGES = {
  'unchecked-change': (p: MessageParams): Text => ({
    zh: `变化 ${q(p.found)} 无法核对：${p.previousYear} 年的报告中没有同一指标的实际数值，也没有写 from（上年数值）。如原文给出了上年数值，请加上 from: …。`,
    en: `The change ${qe(p.found)} cannot be checked: no ${p.previousYear} report gives an actual value for this indicator, and there is no "from" (last year's value). If the source states last year's value, add from: ….`,
  }),
  'figure-not-in-narrative': (p: MessageParams): Text => ({
    zh: `数据 ${q(p.found)} 没有被任何叙述引用，读者只能在数据表中看到它。如正文谈到它，请在那里写 <Figure id="${p.found}" />。`,
    en: `No narrative cites the figure ${qe(p.found)}, so readers meet it only in the table of figures. If the text talks about it, write <Figure id="${p.found}" /> there.`,
  }),
} satisfies Catalogue;
