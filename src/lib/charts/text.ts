/**
 * Chart wording in both languages: axis titles, series suffixes, the key to the markers,
 * notes on what is not drawn and the screen-reader summary. Kept with the charts, next to
 * the markers it explains, rather than in src/i18n.
 */
import type { KeyEntry } from './types.ts';

export const TEXT = {
  zh: {
    xTitle: '时间',
    unit: (unit: string) => `单位：${unit}`,
    target: '（目标）',
    range: (target: boolean) => (target ? '（目标，区间）' : '（区间）'),
    separator: ' · ',
    tip: (series: string, value: string) => `${series}：${value}`,
    key: {
      exact: ['●', '实心圆点：原文给出的确切数值'],
      more: ['▲', '尖朝上的三角：原文说“余、多、超过、以上、至少”，实际不少于此数'],
      less: ['▼', '尖朝下的三角：原文说“不到、不足、最高”，实际不多于此数'],
      approx: ['◆', '菱形：原文说“约、左右、近”，是近似数'],
      range: ['▮', '竖条：原文给出的区间，从下限到上限'],
      target: ['○', '空心标记、虚线或空心竖条：目标或计划数，不是实际完成数'],
    } satisfies Record<KeyEntry, [string, string]>,
    unknownNote: (items: string[]) => `图中未画出原文数字缺损的数值：${items.join('、')}。`,
    ratioNote: '比值类指标不绘制图表，数值见表格。',
    undatedNote: (items: string[]) => `未注明时点的数值不画在时间轴上，见表格：${items.join('、')}。`,
    noValuesNote: '没有可绘制的数值，数值见表格。',
    gapNote: (items: string[]) => `以下年份没有数值，折线在此断开：${items.join('、')}。`,
    noData: '无数据',
    per: { day: '（按日）', month: '（按月）', quarter: '（按季度）', year: '（按年）' },
    status: { actual: '实际', target: '目标', provisional: '初步数', derived: '推算', estimated: '估计' },
    where: (bureau: string, period: string) => `${bureau}${period}`,
    summary: (title: string, unit: string, count: number, from: string, to: string) =>
      `图表：${title}${unit ? `（${unit}）` : ''}，共${count}个数值，时间${from === to ? `为${from}` : `从${from}到${to}`}。`,
    emptySummary: (title: string, unit: string) => `${title}${unit ? `（${unit}）` : ''}。`,
    seriesSummary: (series: string, items: string[]) => `${series}：${items.join('，')}`,
    item: (period: string, value: string) => `${period} ${value}`,
    tooMany: '数值较多，确切数值见表格。',
    listEnd: '。',
    listJoin: '；',
  },
  en: {
    xTitle: 'Date',
    unit: (unit: string) => `Unit: ${unit}`,
    target: ' (target)',
    range: (target: boolean) => (target ? ' (target range)' : ' (range)'),
    separator: ' · ',
    tip: (series: string, value: string) => `${series}: ${value}`,
    key: {
      exact: ['●', 'Filled circle: an exact value as the source states it'],
      more: ['▲', 'Upward triangle: the source says “more than” or “at least”; the true value is no lower'],
      less: ['▼', 'Downward triangle: the source says “under” or “up to”; the true value is no higher'],
      approx: ['◆', 'Diamond: the source says “about” or “nearly”; an approximate value'],
      range: ['▮', 'Bar: a range the source gives, from low to high'],
      target: ['○', 'Hollow marker, dashed line or hollow bar: a target or plan, not an actual result'],
    } satisfies Record<KeyEntry, [string, string]>,
    unknownNote: (items: string[]) => `Not drawn, because the source’s digits are illegible: ${items.join('; ')}.`,
    undatedNote: (items: string[]) => `Not drawn, because no date is stated for them (see the table): ${items.join('; ')}.`,
    ratioNote: 'Ratios are not charted; the values are in the table.',
    noValuesNote: 'There is no value to draw; the values are in the table.',
    gapNote: (items: string[]) => `No value for these years, so the line breaks there: ${items.join('; ')}.`,
    noData: 'no data',
    per: { day: ' (per day)', month: ' (per month)', quarter: ' (per quarter)', year: ' (per year)' },
    status: { actual: 'Actual', target: 'Target', provisional: 'Provisional', derived: 'Derived', estimated: 'Estimated' },
    where: (bureau: string, period: string) => `${bureau}, ${period}`,
    summary: (title: string, unit: string, count: number, from: string, to: string) =>
      `Chart of ${title}${unit ? ` (${unit})` : ''}: ${count} ${count === 1 ? 'value' : 'values'}, ${from === to ? from : `${from} to ${to}`}.`,
    emptySummary: (title: string, unit: string) => `${title}${unit ? ` (${unit})` : ''}.`,
    seriesSummary: (series: string, items: string[]) => `${series}: ${items.join(', ')}`,
    item: (period: string, value: string) => `${period} ${value}`,
    tooMany: 'There are many values; the exact values are in the table.',
    listEnd: '.',
    listJoin: '; ',
  },
} as const;

/** The key lists the markers a chart uses in this order. */
export const KEY_ORDER: readonly KeyEntry[] = ['exact', 'more', 'less', 'approx', 'range', 'target'];

/** Titles of small multiples, one per bureau level (data/bureaus.yaml `level`). */
export const LEVEL_TITLES: Record<string, { zh: string; en: string }> = {
  national: { zh: '全国', en: 'National' },
  province: { zh: '省级', en: 'Provinces' },
  municipality: { zh: '直辖市', en: 'Municipalities' },
  city: { zh: '地级市', en: 'Cities' },
  district: { zh: '市辖区', en: 'Districts' },
  county: { zh: '县', en: 'Counties' },
  other: { zh: '其他', en: 'Other' },
};
