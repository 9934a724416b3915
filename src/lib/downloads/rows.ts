/**
 * Every figure as one flat row of strings (columns: ./columns.ts), for one report, one
 * indicator across bureaus and years, or the whole site. Pure functions of the validated
 * Site: values are the exact strings of the data model (what the YAML says and its exact
 * plain-decimal expansion); nothing here ever goes through a JS number.
 */
import { figureSource } from '../figure-notes.ts';
import { plainNumber } from '../format.ts';
import type { Figure, FigureValue, Report, Site } from '../model.ts';
import { routes } from '../routes.ts';
import { figuresOfIndicator } from '../series.ts';
import { LIST_SEPARATOR, RANGE_SEPARATOR, type DownloadRow } from './columns.ts';
import type { DownloadScope } from './paths.ts';

export interface DownloadOptions {
  /** The site's public URL (Astro's `site`), for the absolute permalinks. */
  siteUrl: string | URL;
}

/** The value exactly as the YAML writes it: "20.7万", "1:0.81", "4000—6000", "20_0万". */
export function valueAsWritten(value: FigureValue): string {
  switch (value.type) {
    case 'number':
    case 'ratio':
      return value.written;
    case 'range':
      return `${value.written[0]}${RANGE_SEPARATOR}${value.written[1]}`;
    case 'unknown':
      return value.asWritten;
  }
}

function permalink(siteUrl: string | URL, lang: 'zh' | 'en', figure: Figure): string {
  return new URL(routes.figure(lang, figure.bureauId, figure.year, figure.id), siteUrl).href;
}

/** One figure of one report as a row. */
export function figureRow(site: Site, report: Report, figure: Figure, options: DownloadOptions): DownloadRow {
  const indicator = site.indicators[figure.indicatorId];
  const bureau = site.bureaus[report.bureauId];
  if (!indicator) throw new Error(`Validated site lost indicator ${figure.indicatorId}`);
  if (!bureau) throw new Error(`Validated site lost bureau ${report.bureauId}`);
  const { value } = figure;
  // The figure's own source when it has one (issue 11), else its report's.
  const source = figureSource(figure, report);
  const list = (items: readonly string[] | undefined): string => (items ?? []).join(LIST_SEPARATOR);
  return {
    figure_id: figure.id,
    bureau_id: report.bureauId,
    bureau_zh: bureau.name.zh,
    bureau_en: bureau.name.en,
    // An undated report is filed under a year, but the document states none: leave it blank.
    year: report.undated ? '' : String(report.year),
    indicator_id: indicator.id,
    indicator_zh: indicator.name.zh,
    indicator_en: indicator.name.en,
    topic: indicator.topic,
    kind: indicator.kind,
    value_as_written: valueAsWritten(value),
    value: plainNumber(value),
    range_low: value.type === 'range' ? value.low.plain : '',
    range_high: value.type === 'range' ? value.high.plain : '',
    ratio: value.type === 'ratio' ? `${value.ratio.left}:${value.ratio.right}` : '',
    unit_zh: indicator.unit.zh,
    unit_en: indicator.unit.en,
    qualifier: figure.qualifier ?? '',
    status: figure.status,
    as_of: figure.asOf,
    change_reported: figure.change?.reported ?? '',
    change_direction: figure.change?.direction ?? '',
    change_from: figure.change?.from?.plain ?? '',
    note_zh: figure.note?.zh ?? '',
    note_en: figure.note?.en ?? '',
    source_title: source.title,
    source_date: source.date ?? '',
    source_url: source.url ?? '',
    permalink_zh: permalink(options.siteUrl, 'zh', figure),
    permalink_en: permalink(options.siteUrl, 'en', figure),
    label_zh: figure.label?.zh ?? '',
    label_en: figure.label?.en ?? '',
    source_section: figure.where ?? '',
    ratio_numerator: value.type === 'ratio' ? value.ratio.left : '',
    ratio_denominator: value.type === 'ratio' ? value.ratio.right : '',
    region_code: bureau.region_code ?? '',
    source_kind: source.kind ?? '',
    source_publisher_zh: source.publisher?.zh ?? '',
    source_publisher_en: source.publisher?.en ?? '',
    alternative_values: list(figure.alternatives?.map((alternative) => valueAsWritten(alternative.value))),
    alternative_sources: list(figure.alternatives?.map((alternative) => [alternative.source.title, alternative.source.kind, alternative.source.url].filter(Boolean).join(', '))),
    revised_from: list(figure.revisions?.map((revision) => valueAsWritten(revision.value))),
    revision_dates: list(figure.revisions?.map((revision) => revision.date)),
    method_zh: figure.method?.zh ?? '',
    method_en: figure.method?.en ?? '',
    change_points: figure.change?.points ?? '',
    change_amount: figure.change?.amount?.plain ?? '',
    change_basis: figure.change?.basis ?? '',
    per: figure.per ?? '',
    measure_word: figure.measureWord ?? '',
  };
}

/** (a) Every figure of one report, in the order of its data file. */
export function reportRows(site: Site, report: Report, options: DownloadOptions): DownloadRow[] {
  return report.figures.map((figure) => figureRow(site, report, figure, options));
}

/** (b) Every figure of one indicator, by bureau, then year (the order of the indicator page). */
export function indicatorRows(site: Site, indicatorId: string, options: DownloadOptions): DownloadRow[] {
  return figuresOfIndicator(site, indicatorId).map(({ report, figure }) => figureRow(site, report, figure, options));
}

/** (c) Every figure of the site: reports by bureau then year, each in the order of its data file. */
export function allRows(site: Site, options: DownloadOptions): DownloadRow[] {
  return site.reports.flatMap((report) => reportRows(site, report, options));
}

export function rowsFor(site: Site, scope: DownloadScope, options: DownloadOptions): DownloadRow[] {
  switch (scope.kind) {
    case 'report': {
      const report = site.reports.find((candidate) => candidate.bureauId === scope.bureauId && candidate.year === scope.year);
      if (!report) throw new Error(`No report ${scope.bureauId}/${scope.year}`);
      return reportRows(site, report, options);
    }
    case 'indicator':
      if (!site.indicators[scope.indicatorId]) throw new Error(`No indicator ${scope.indicatorId}`);
      return indicatorRows(site, scope.indicatorId, options);
    case 'all':
      return allRows(site, options);
  }
}
