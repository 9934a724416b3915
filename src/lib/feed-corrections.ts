/**
 * Feed entries for corrections: each revision of a figure (an earlier published value and the
 * date it was corrected) is an Atom entry of its own, dated on the correction, so a reader
 * following the feed learns that a published number changed, from what, to what and why.
 */
import type { Locale } from '../schemas/common.ts';
import { formatFigureValue, formatReportYear } from './format.ts';
import type { Figure, Report, Site } from './model.ts';
import { routes } from './routes.ts';

export interface Correction {
  report: Report;
  figure: Figure;
  /** YYYY[-MM[-DD]] of the correction. */
  date: string;
  /** The value before and after this correction, as the page writes them. */
  before: string;
  after: string;
  reason?: string;
}

/** Every correction of the site, in file order (the feed sorts by date). */
export function corrections(site: Site, lang: Locale): Correction[] {
  return site.reports.flatMap((report) => report.figures.flatMap((figure) => {
    const indicator = site.indicators[figure.indicatorId];
    const revisions = figure.revisions ?? [];
    if (!indicator) return [];
    return revisions.map((revision, index) => {
      const next = revisions[index + 1];
      const reason = revision.reason?.[lang];
      return {
        report, figure, date: revision.date,
        before: formatFigureValue({ ...figure, value: revision.value }, indicator, lang),
        after: formatFigureValue(next ? { ...figure, value: next.value } : figure, indicator, lang),
        ...(reason && { reason }),
      };
    });
  }));
}

/** The entry's title: "更正：示例部2021年 · 床位使用率由48.5%改为50.0%" / "Correction: Example Ministry 2021 · Bed occupancy rate: 48.5% revised to 50.0%". */
export function correctionTitle(site: Site, correction: Correction, lang: Locale): string {
  const { report, figure } = correction;
  const bureau = site.bureaus[report.bureauId]?.short[lang] ?? report.bureauId;
  const name = figure.label?.[lang] ?? site.indicators[figure.indicatorId]?.name[lang] ?? figure.id;
  const year = formatReportYear(report, lang);
  return lang === 'zh'
    ? `更正：${bureau}${year} · ${name}由${correction.before}改为${correction.after}`
    : `Correction: ${bureau} ${year} · ${name}: ${correction.before} revised to ${correction.after}`;
}

/** A stable, unique entry id: the figure's permalink with the correction's date. */
export function correctionId(correction: Correction, origin: string, lang: Locale): string {
  const { report, figure } = correction;
  return `${new URL(routes.report(lang, report.bureauId, report.year), origin).href}#${figure.id}--revised-${correction.date}`;
}
