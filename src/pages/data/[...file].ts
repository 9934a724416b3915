/**
 * Every download, at stable language-neutral URLs (columns: docs/data-downloads.md):
 *   /data/annals.csv|json                    every figure of the site
 *   /data/reports/<bureau>-<year>.csv|json   one report
 *   /data/indicators/<indicator>.csv|json    one indicator across bureaus and years
 * Every catalog indicator gets its files, even one no report uses yet (a header-only CSV).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadResponse, endpointOptions, type DownloadFormat, type DownloadScope } from '../../lib/downloads.ts';
import { site } from '../../lib/site.ts';

interface Props {
  scope: DownloadScope;
  format: DownloadFormat;
}

const FORMATS: readonly DownloadFormat[] = ['csv', 'json'];

export const getStaticPaths = (() =>
  FORMATS.flatMap((format) => {
    const scopes: Array<[string, DownloadScope]> = [
      [downloadPaths.all(format), { kind: 'all' }],
      ...site.reports.map((report): [string, DownloadScope] => [downloadPaths.report(report.bureauId, report.year, format), { kind: 'report', bureauId: report.bureauId, year: report.year }]),
      ...Object.keys(site.indicators).sort().map((indicatorId): [string, DownloadScope] => [downloadPaths.indicator(indicatorId, format), { kind: 'indicator', indicatorId }]),
    ];
    return scopes.map(([path, scope]) => ({ params: { file: path.replace(/^\/data\//, '') }, props: { scope, format } satisfies Props }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = (context) =>
  downloadResponse(site, context.props.scope, context.props.format, endpointOptions(site, context.site, process.env));
