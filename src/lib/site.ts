/**
 * The validated site for pages: lookups that several pages share. All data comes from
 * the integration's virtual module, validated once per build. A report page needs only
 * its own report (`loadReport`); site-wide pages (lists, indicators, topics, downloads)
 * read `site`.
 */
import site, { loadReport } from 'virtual:annals/site';
import type { Locale } from '../schemas/common.ts';
import type { Figure, IndicatorEntry, Report } from './model.ts';

export { site };

/**
 * One report, read from its own prepared file in a build (src/lib/site-data.ts), so a
 * report page holds its report and nothing of the others'. The last one read is kept:
 * a page asks for its report once per figure it shows.
 */
export function reportOf(bureauId: string, year: number): Report {
  if (last?.bureauId !== bureauId || last.year !== year) last = loadReport(bureauId, year);
  return last;
}
let last: Report | undefined;

/** A report that may not exist (a link a chart draws from site-wide data). */
export function findReport(bureauId: string, year: number): Report | undefined {
  return site.reports.find((report) => report.bureauId === bureauId && report.year === year);
}

export function indicatorOf(figure: Pick<Figure, 'indicatorId'>): IndicatorEntry {
  const indicator = site.indicators[figure.indicatorId];
  if (!indicator) throw new Error(`Validated site lost indicator ${figure.indicatorId}`);
  return indicator;
}

export function bureauName(bureauId: string, lang: Locale, form: 'name' | 'short' = 'name'): string {
  return site.bureaus[bureauId]?.[form][lang] ?? bureauId;
}

/** The label of a figure: its own label, or its indicator's name. */
export function figureLabel(figure: Figure, lang: Locale): string {
  return figure.label?.[lang] ?? indicatorOf(figure).name[lang];
}

/** Report title in a language, falling back to the other language's narrative. */
export function reportTitle(report: Report, lang: Locale): string {
  const narrative = report.narratives[lang] ?? report.narratives[lang === 'zh' ? 'en' : 'zh'];
  return narrative?.title ?? `${bureauName(report.bureauId, lang)} ${report.year}`;
}
