/**
 * Figures across reports: an indicator's values over bureaus and years, and a bureau's
 * indicators over its years. Pure functions of the site, shared by pages and downloads.
 */
import type { Figure, Report, Site } from './model.ts';

export interface PlacedFigure {
  report: Report;
  figure: Figure;
}

/** Every figure of an indicator, by bureau, then year, then as-of date, then actual before target. */
export function figuresOfIndicator(site: Site, indicatorId: string): PlacedFigure[] {
  return site.reports
    .flatMap((report) => report.figures.filter((figure) => figure.indicatorId === indicatorId).map((figure) => ({ report, figure })))
    .sort(
      (a, b) =>
        a.report.bureauId.localeCompare(b.report.bureauId) ||
        a.report.year - b.report.year ||
        a.figure.asOf.localeCompare(b.figure.asOf) ||
        a.figure.status.localeCompare(b.figure.status),
    );
}

export interface BureauIndicatorRow {
  indicatorId: string;
  /** Figures of this indicator per report year (several when a report has an actual and a target). */
  byYear: Map<number, Figure[]>;
}

/** A bureau's indicators (rows) over its report years (columns). */
export function bureauIndicatorMatrix(site: Site, bureauId: string): { years: number[]; rows: BureauIndicatorRow[] } {
  const reports = site.reports.filter((report) => report.bureauId === bureauId);
  const rows = new Map<string, BureauIndicatorRow>();
  for (const report of reports) {
    for (const figure of report.figures) {
      const row = rows.get(figure.indicatorId) ?? { indicatorId: figure.indicatorId, byYear: new Map() };
      row.byYear.set(report.year, [...(row.byYear.get(report.year) ?? []), figure]);
      rows.set(figure.indicatorId, row);
    }
  }
  const topicOrder = (id: string) => site.indicators[id]?.topic ?? '';
  return {
    years: reports.map((report) => report.year),
    rows: [...rows.values()].sort((a, b) => topicOrder(a.indicatorId).localeCompare(topicOrder(b.indicatorId)) || a.indicatorId.localeCompare(b.indicatorId)),
  };
}
