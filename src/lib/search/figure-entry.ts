/**
 * A figure as the search index sees it, written into the report page that already shows it
 * (docs/scale.md, "Figure-level search"): no record of its own.
 *
 * - `figureSearchWords`: the words a row is found by beyond what it shows — both
 *   languages' names, status, the figure's own source, and every number as digits and as
 *   an exact number token (number-tokens.ts). FiguresTable puts them in an attribute that
 *   Pagefind indexes (`data-pagefind-index-attrs`), inside the row, so a match lands
 *   between the row's anchor and the next one.
 * - `pageSearchWords`: the words every row of the page shares — the bureau's names in both
 *   languages, the year and the report's source — written once per page, not once per row
 *   (30 copies made up most of a row's words, and so of the page's index entries and of the
 *   fragment the search page downloads). figure-hits.ts counts them as part of every row.
 * - `pageFigures`: what a hit shows (title, exact value, status, as-of, topic), per figure
 *   id, and the page's shared words, as one page meta field (`figures`), read by
 *   src/lib/search/figure-hits.ts.
 * Pure: pages import it; no Pagefind.
 */
import { STATUS_NAMES, TOPIC_NAMES } from '../../i18n/vocabulary.ts';
import type { Locale } from '../../schemas/common.ts';
import { formatFigureValue, formatPeriod, formatReportYear } from '../format.ts';
import type { Figure, Report, Site } from '../model.ts';
import { searchYear } from '../search-filters.ts';
import { figureSource, formatSource } from '../figure-notes.ts';
import { figureNumbers, numberToken } from './number-tokens.ts';

/** One figure's hit: [title, value, status, as-of, topic filter value]; "" when absent. */
export type FigureHitFields = [title: string, value: string, status: string, asOf: string, topic: string];

/** The `figures` page meta: bureau and year of the report, each figure's hit fields by id, and the words every row shares. */
export interface PageFigures {
  bureau: string;
  year: string;
  figures: Record<string, FigureHitFields>;
  /** `pageSearchWords`: matched as part of every row. Absent in an index written before it. */
  context?: string;
}

function context(site: Site, report: Report, figure: Figure, lang: Locale) {
  const indicator = site.indicators[figure.indicatorId]!;
  const bureau = site.bureaus[report.bureauId]!;
  const name = figure.label?.[lang] ?? indicator.name[lang];
  // The as-of date only says something when it is not simply the report's year.
  const asOf = figure.asOf === '' || figure.asOf === String(report.year) ? '' : formatPeriod(figure.asOf, lang);
  // Every status but a plain actual value is said (目标, 初步数, provisional…), as on the page.
  const status = figure.status === 'actual' ? '' : STATUS_NAMES[figure.status][lang].toLowerCase();
  return { indicator, bureau, name, asOf, status };
}

/** Space-separated words a row is found by beyond what it shows: its names in both languages, status, own source, numbers. */
export function figureSearchWords(site: Site, report: Report, figure: Figure, lang: Locale): string {
  const { indicator, name, asOf, status } = context(site, report, figure, lang);
  const other: Locale = lang === 'zh' ? 'en' : 'zh';
  // The indicator's own name is searchable even when the figure carries a more specific
  // label, and both languages' names are, so "marriage" on the Chinese page finds figures.
  const names = [name, indicator.name[lang], figure.label?.[other] ?? '', indicator.name[other]];
  const numbers = figureNumbers(figure);
  // A figure's own source (a news report, a yearbook), so a search for it finds the
  // figures read from it; the report's source is among the page's shared words.
  const source = figure.source ? formatSource(figureSource(figure, report), lang) : '';
  return [...names, asOf, status, source, ...numbers.filter((number) => /^\d+$/u.test(number)), ...numbers.map(numberToken)]
    .filter(Boolean)
    .join(' ');
}

/** Space-separated words every row of the report's page shares: the bureau's names in both languages, the year, the report's source. */
export function pageSearchWords(site: Site, report: Report, lang: Locale): string {
  const bureau = site.bureaus[report.bureauId]!;
  const other: Locale = lang === 'zh' ? 'en' : 'zh';
  return [bureau.name[lang], bureau.short[lang], bureau.name[other], bureau.short[other], searchYear(report, lang), formatSource(report.source, lang)]
    .filter(Boolean)
    .join(' ');
}

/** The hit fields of every figure of a report, for the report page's `figures` meta. */
export function pageFigures(site: Site, report: Report, lang: Locale): PageFigures {
  const bureau = site.bureaus[report.bureauId]!;
  const figures: Record<string, FigureHitFields> = {};
  for (const figure of report.figures) {
    const { indicator, name, asOf, status } = context(site, report, figure, lang);
    const title = `${bureau.short[lang]}${lang === 'zh' ? '' : ' '}${formatReportYear(report, lang)} · ${name}`;
    figures[figure.id] = [title, formatFigureValue(figure, indicator, lang), status, asOf, TOPIC_NAMES[indicator.topic][lang]];
  }
  return { bureau: bureau.short[lang], year: searchYear(report, lang), figures, context: pageSearchWords(site, report, lang) };
}
