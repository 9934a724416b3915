/**
 * Every download, at stable language-neutral URLs (columns: docs/data-downloads.md):
 *   /data/annals.csv|json|xlsx                    every figure of the site, while it has at most
 *                                                 WHOLE_SITE_ROW_LIMIT figures (src/lib/downloads/whole-site.ts)
 *   /data/reports/<bureau>-<year>.csv|json|xlsx   one report
 *   /data/indicators/<indicator>.csv|json|xlsx    one indicator across bureaus and years
 * Every catalog indicator gets its files, even one no report uses yet (a header-only CSV).
 * The manifests listing them all (/data/manifest.json) are written after the build
 * (src/integrations/downloads.ts), since they give each file's size and SHA-256.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadResponse, endpointOptions, MEDIA_TYPES, rowsFor, scopeTitle, type DownloadFormat, type DownloadScope } from '../../lib/downloads.ts';
import { offersWholeSiteFile } from '../../lib/downloads/whole-site.ts';
import { rowsToXlsx } from '../../lib/downloads/xlsx.ts';
import { routes } from '../../lib/routes.ts';
import { site } from '../../lib/site.ts';
import { owns, ownsBureau } from '../../lib/shard/owns.ts';

interface Props {
  scope: DownloadScope;
  format: DownloadFormat;
}

const FORMATS: readonly DownloadFormat[] = ['csv', 'json', 'xlsx'];

export const getStaticPaths = (() =>
  FORMATS.flatMap((format) => {
    // Whole-site and indicator files are site-wide (shard 1); a report's belong to its bureau's shard.
    const siteWide = owns('site');
    const whole = siteWide && offersWholeSiteFile(site);
    const scopes: Array<[string, DownloadScope]> = [
      ...(whole ? [[downloadPaths.all(format), { kind: 'all' }] satisfies [string, DownloadScope]] : []),
      ...site.reports.filter((report) => ownsBureau(report.bureauId)).map((report): [string, DownloadScope] => [downloadPaths.report(report.bureauId, report.year, format), { kind: 'report', bureauId: report.bureauId, year: report.year }]),
      ...(siteWide ? Object.keys(site.indicators) : []).sort().map((indicatorId): [string, DownloadScope] => [downloadPaths.indicator(indicatorId, format), { kind: 'indicator', indicatorId }]),
    ];
    return scopes.map(([path, scope]) => ({ params: { file: path.replace(/^\/data\//, '') }, props: { scope, format } satisfies Props }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async (context) => {
  const { scope, format } = context.props;
  const options = endpointOptions(site, context.site, process.env);
  if (format !== 'xlsx') return downloadResponse(site, scope, format, options);
  const siteUrl = new URL(routes.home('zh'), options.siteUrl).href;
  const body = await rowsToXlsx(rowsFor(site, scope, options), { title: scopeTitle(site, scope), siteUrl, generated: options.generated });
  return new Response(Buffer.from(body), { headers: { 'Content-Type': MEDIA_TYPES.xlsx } });
};
