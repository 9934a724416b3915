/**
 * A citation line for one figure, in the page's language:
 *
 *   zh: 机构.《报告标题》(年份). 指标: 数值(状态、时点). 网址, 访问日期: 2024年5月1日
 *   en: Bureau. "Report title" (year). Indicator: value (status, as of …). URL, accessed 1 May 2024
 *
 * The value is written exactly as the page shows it (src/lib/format.ts), so its qualifier
 * is part of it ("3800余名", "more than 3,800 children") rather than repeated in the
 * parentheses. The access date is a parameter: static pages are built without one and show
 * the placeholder "访问日期: [日期]" / "accessed [date]", so a build never depends on the
 * clock; the copy button fills in the reader's own date when it copies.
 */
import { t } from '../i18n/index.ts';
import type { Locale } from '../schemas/common.ts';
import { formatFigureValue, formatPeriod, formatReportYear } from './format.ts';
import type { BureauEntry, Figure, IndicatorEntry, Report } from './model.ts';

export interface CitationInput {
  figure: Figure;
  report: Report;
  indicator: IndicatorEntry;
  bureau: BureauEntry;
  lang: Locale;
  /** Absolute permalink of the figure (its row on the report page). */
  url: string;
  /** The day the reader accessed the page, YYYY-MM-DD; without it, a placeholder. */
  accessed?: string;
}

/** What stands for the access date when none is given; the copy script replaces exactly this. */
export const ACCESSED_PLACEHOLDER: Record<Locale, string> = { zh: '[日期]', en: '[date]' };

/** The report's title in a language: its narrative's, the other language's, or the source's. */
export function citationTitle(report: Report, lang: Locale): string {
  const other: Locale = lang === 'zh' ? 'en' : 'zh';
  return report.narratives[lang]?.title ?? report.narratives[other]?.title ?? report.source.title;
}

/** "2024-05-01" → "2024年5月1日" / "1 May 2024"; no date → the placeholder. */
export function formatAccessed(accessed: string | undefined, lang: Locale): string {
  return accessed ? formatPeriod(accessed, lang) : ACCESSED_PLACEHOLDER[lang];
}

function withoutFinalStop(text: string): string {
  return text.replace(/[.。]\s*$/, '');
}

export function citeFigure({ figure, report, indicator, bureau, lang, url, accessed }: CitationInput): string {
  const label = figure.label?.[lang] ?? indicator.name[lang];
  const value = formatFigureValue(figure, indicator, lang);
  const status = t(lang, figure.status === 'target' ? 'statusTarget' : 'statusActual');
  const asOf = formatPeriod(figure.asOf, lang);
  const publisher = withoutFinalStop(bureau.name[lang]);
  const title = withoutFinalStop(citationTitle(report, lang));
  const date = formatAccessed(accessed, lang);
  const year = report.undated ? formatReportYear(report, lang) : String(report.year);
  if (lang === 'zh') {
    return `${publisher}.《${title}》(${year}). ${label}: ${value}(${status}、${asOf}). ${url}, 访问日期: ${date}`;
  }
  return `${publisher}. "${title}" (${year}). ${label}: ${value} (${status.toLowerCase()}, as of ${asOf}). ${url}, accessed ${date}`;
}
