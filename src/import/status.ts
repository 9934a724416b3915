/**
 * Is a figure a result or a plan, and what date does it describe?
 *
 * Target (a plan, a goal) when, from the narrowest scope out:
 *   - its clause names a goal: "…40张床位目标";
 *   - its sentence speaks of the future: 将 + a verb (将兴建, 将全面完善), 计划, 力争, 拟,
 *     预计, 打算, 到2025年, 今年…要/将, 明年, 十三五期间;
 *   - it stands in a plan section ("二、2023年工作打算", "三、下一步的工作思路",
 *     "（三）意见和建议") or after a lead-in such as "我们将完成以下几项具体工作：";
 * unless its sentence reports something done (已, 完成了, 累计, 截至, "2022年底,完成…").
 *
 * 将 alone is not a future marker: "将低保标准提高至855元" uses 将 like 把 (it moves the
 * object before the verb), and that sentence reports a result. Only 将 followed by a verb
 * or an adverb from the list below marks the future.
 */
import type { Block, Status } from './types.ts';

const FUTURE_JIANG = /将(?=要|会|于|在|继续|进一步|全面|重点|持续|加快|大力|逐步|完成|兴建|新建|建成|建设|实现|推动|推进|开展|通过|达到|力争|努力|着力|新增|投入|提高|提升|扩大|打造|启动)/;
const FUTURE_WORDS = /(计划|力争|(?<![比模虚])拟(?=于|在|建|新建|投入|开展|实施|启动|完成|出台|争取)|预计|打算|到\s*(?:19|20)\d{2}\s*年|今年.{0,10}(?:要|将)|明年|(?:十三五|十四五|十五五).{0,3}期间)/;
/** 已 as in 已完成/已建成/已于 (not 已有, "existing"). */
const DONE_WORDS = /(已经|已(?=[于完建达累实投办])|完成了|建成了|累计|截至)/;

export interface StatusDecision {
  status: Status;
  reason?: string;
}

export function decideStatus(args: { clause: string; sentence: string; block: Block; reportYear: number }): StatusDecision {
  const { clause, sentence, block, reportYear } = args;
  if (/目标/.test(clause)) return { status: 'target', reason: '目标 in the clause' };
  const jiang = FUTURE_JIANG.exec(sentence);
  if (jiang) return { status: 'target', reason: `将 + verb (“${sentence.slice(jiang.index, jiang.index + 4)}”)` };
  const future = FUTURE_WORDS.exec(sentence);
  if (future) return { status: 'target', reason: `“${future[0]}” in the sentence` };
  const inPlan = block.planSection ?? (block.afterPlanLeadIn ? { heading: 'the lead-in before this paragraph' } : undefined);
  if (!inPlan) return { status: 'actual' };
  const pastYear = /((?:19|20)\d{2})\s*年\s*(底|末)?/.exec(sentence);
  if (DONE_WORDS.test(sentence) || (pastYear && Number(pastYear[1]) <= reportYear && pastYear[2])) {
    return { status: 'actual', reason: `in plan section “${inPlan.heading}”, but the sentence reports a result` };
  }
  return { status: 'target', reason: `plan section “${inPlan.heading}”` };
}

export interface AsOfDecision {
  asOf?: string;
  reason?: string;
  /** When the text gives a date the format cannot hold, or one that needs a year. */
  note?: string;
}

/**
 * The date a figure describes, from a date phrase before it in the same sentence:
 *   截至2017年底 / 2022年底 → 2017-12 · 截至2017年6月 → 2017-06 · 1-11月 → <year>-01/<year>-11
 *   到2025年 → 2025 · 十三五期间 → 2016/2020 · a plan section's year (二、2023年工作打算) → 2023.
 */
export function decideAsOf(args: { sentenceBefore: string; status: Status; block: Block; reportYear: number }): AsOfDecision {
  const { sentenceBefore: text, status, block, reportYear } = args;
  const pad = (month: string): string => month.padStart(2, '0');

  const endOfYear = [...text.matchAll(/((?:19|20)\d{2})\s*年\s*(底|末)/g)].pop();
  const yearMonth = [...text.matchAll(/截至\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/g)].pop();
  if (yearMonth) return { asOf: `${yearMonth[1]}-${pad(yearMonth[2] ?? '')}`, reason: yearMonth[0] };
  if (endOfYear) return { asOf: `${endOfYear[1]}-12`, reason: endOfYear[0] };

  const months = /(?<![\d年])(\d{1,2})\s*[-—–~至]\s*(\d{1,2})\s*月/.exec(text);
  if (months && Number(months[1]) >= 1 && Number(months[2]) <= 12 && Number(months[1]) < Number(months[2])) {
    return {
      asOf: `${reportYear}-${pad(months[1] ?? '')}/${reportYear}-${pad(months[2] ?? '')}`,
      reason: `${months[0]} (year taken from --year)`,
    };
  }
  const byYear = /到\s*((?:19|20)\d{2})\s*年/.exec(text);
  if (byYear) return { asOf: byYear[1] ?? '', reason: byYear[0] };
  const plan = /(十三五|十四五|十五五)/.exec(text);
  if (plan) {
    const periods: Record<string, string> = { 十三五: '2016/2020', 十四五: '2021/2025', 十五五: '2026/2030' };
    return { asOf: periods[plan[1] ?? ''] ?? '', reason: `${plan[1]}期间` };
  }
  if (status === 'target') {
    if (block.planSection?.year) return { asOf: block.planSection.year, reason: `plan section “${block.planSection.heading}”` };
    if (/今年|明年|下半年/.test(text + (block.planSection?.heading ?? ''))) {
      return { note: 'The plan says 今年/明年 without a year: set as_of to the year it means.' };
    }
    return { note: 'A target without a date: set as_of to the year it is for.' };
  }
  if (/近\s*[一二三四五六七八九十\d]+\s*[日天]|至今/.test(text)) {
    return { note: 'The text gives a period (近七日, 从…至今) the importer does not turn into as_of: set it by hand.' };
  }
  return {};
}
