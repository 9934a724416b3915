/**
 * The words of a split indicator's pages (src/lib/indicator-pages.ts), in both languages.
 * Kept beside the components that use them; the Traditional edition converts the Chinese.
 */
import { LEVEL_NAMES } from '../../i18n/vocabulary.ts';
import type { Level } from '../../schemas/bureau.ts';
import type { Locale } from '../../schemas/common.ts';
import { NO_PROVINCE } from '../../lib/indicator-pages.ts';
import { bureauName } from '../../lib/site.ts';

/** A span of years: "2021—2023年（3年）" / "2021–2023 (3 years)"; one year alone: "2022年" / "2022". */
export function yearSpan(years: readonly number[], lang: Locale): string {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return '—';
  const zh = lang === 'zh';
  if (first === last) return zh ? `${first}年` : String(first);
  return zh ? `${first}—${last}年（${years.length}年）` : `${first}–${last} (${years.length} years)`;
}

/** A province's short name, or the name of the group of bureaus with none. */
export function provinceName(province: string, lang: Locale): string {
  if (province === NO_PROVINCE) return lang === 'zh' ? '未归属省份的机构' : 'Bureaus not under a province';
  return bureauName(province, lang, 'short');
}

/** "东省 · 县" / "East Province · County". */
export function groupName(province: string, level: Level, lang: Locale): string {
  return `${provinceName(province, lang)} · ${LEVEL_NAMES[level][lang]}`;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const WORDS = {
  zh: {
    splitIntro: (rows: number, bureaus: number, years: string, limit: number) => `本指标共有${rows}个数值，来自${bureaus}个机构，${years}。本页列出全国和省级数值；其余数值按省份、再按机构级别分页列出，每页最多${limit}个。`,
    summaryHeading: '全国与省级数值',
    summaryCaption: (name: string) => `全国和省级机构报告中的“${name}”，按原文记录；目标值与带限定词的数值单独标注。`,
    chartCaption: (name: string) => `${name}（全国与省级）`,
    groupedIntro: (rows: number, bureaus: number, years: string, limit: number) => `本指标共有${rows}个数值，来自${bureaus}个机构，${years}，按省份、再按机构级别分页列出，每页最多${limit}个，见下表。`,
    groupsHeading: '按省份和级别',
    groupsCaption: '各省份、各级别机构的数值：机构数、年份、数值个数和所在页面。',
    colProvince: '省份', colLevel: '级别', colBureaus: '机构', colYears: '年份', colRows: '数值', colPages: '页面',
    provinceTotal: (bureaus: number, years: string, rows: number) => `共${bureaus}个机构，${years}，${rows}个数值`,
    pageN: (n: number) => `第${n}页`,
    pageOf: (n: number, of: number) => `第${n}页，共${of}页`,
    pagesNav: '本组页面',
    pagesNavEnd: '本组页面（表格之后）',
    pageValues: '本页数值',
    sources: '来源：', sourceJoin: '、',
    unitLine: (unit: string) => `单位：${unit}。`,
    previous: '上一页', next: '下一页',
    groupIntro: (bureaus: number, years: string, rows: number) => `${bureaus}个机构，${years}，共${rows}个数值。`,
    groupCaption: (name: string, group: string) => `${group}机构报告中的“${name}”，按原文记录；目标值与带限定词的数值单独标注。`,
    allGroups: (name: string) => `“${name}”的全国与省级数值及其他各组`,
  },
  en: {
    splitIntro: (rows: number, bureaus: number, years: string, limit: number) => `This indicator has ${rows} values from ${count(bureaus, 'bureau')}, ${years}. This page lists the national and province-level values; the others are listed by province, then by bureau level, at most ${limit} to a page.`,
    summaryHeading: 'National and province-level values',
    summaryCaption: (name: string) => `“${name}” in the reports of national and province-level bureaus, as the sources state it; targets and qualified values are marked.`,
    chartCaption: (name: string) => `${name} (national and province level)`,
    groupedIntro: (rows: number, bureaus: number, years: string, limit: number) => `This indicator has ${rows} values from ${count(bureaus, 'bureau')}, ${years}, listed by province, then by bureau level, at most ${limit} to a page: see the table below.`,
    groupsHeading: 'By province and level',
    groupsCaption: 'Values of the bureaus of each province and level: bureaus, years, number of values and their pages.',
    colProvince: 'Province', colLevel: 'Level', colBureaus: 'Bureaus', colYears: 'Years', colRows: 'Values', colPages: 'Pages',
    provinceTotal: (bureaus: number, years: string, rows: number) => `in all ${count(bureaus, 'bureau')}, ${years}, ${count(rows, 'value')}`,
    pageN: (n: number) => `page ${n}`,
    pageOf: (n: number, of: number) => `Page ${n} of ${of}`,
    pagesNav: 'Pages of this group',
    pagesNavEnd: 'Pages of this group (after the table)',
    pageValues: 'Values on this page',
    sources: 'Sources: ', sourceJoin: ', ',
    unitLine: (unit: string) => `Unit: ${unit}.`,
    previous: 'Previous page', next: 'Next page',
    groupIntro: (bureaus: number, years: string, rows: number) => `${count(bureaus, 'bureau')}, ${years}, ${count(rows, 'value')}.`,
    groupCaption: (name: string, group: string) => `“${name}” in the reports of the bureaus of ${group}, as the sources state it; targets and qualified values are marked.`,
    allGroups: (name: string) => `National and province-level values of “${name}”, and every other group`,
  },
} as const satisfies Record<Locale, Record<string, unknown>>;
