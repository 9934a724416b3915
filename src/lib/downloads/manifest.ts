/**
 * The downloads manifest: what files there are, for scripts and journalists. Two levels,
 * so that no manifest grows with the number of reports (issue 13, docs/scale.md "Bounds"):
 *
 *   /data/manifest.json             the site-wide files (whole site while it fits, every
 *                                   indicator) and one line per bureau pointing at
 *   /data/manifest/<bureau>.json    that bureau's report files, one entry per file
 *
 * Every file entry gives its URL, format, scope, bureau, year(s), rows, bytes and SHA-256.
 * This module plans the entries from the validated Site (pure); ./manifest-write.ts hashes
 * the written files and writes the manifests after the build. Shape: ./manifest-schema.ts.
 */
import { figuresOfIndicator } from '../series.ts';
import type { Report, Site } from '../model.ts';
import { DATA_LICENCE, type GeneratedDate } from './metadata.ts';
import type { BureauLine, FileEntry, ManifestIndex, BureauManifest } from './manifest-schema.ts';
import { downloadPaths, MEDIA_TYPES, type DownloadFormat } from './paths.ts';
import { offersWholeSiteFile, siteFigureCount, WHOLE_SITE_ROW_LIMIT } from './whole-site.ts';

export const MANIFEST_VERSION = 1 as const;
/** Paths inside the site, without its base (as downloadPaths). */
export const MANIFEST_PATH = '/data/manifest.json';
export const bureauManifestPath = (bureauId: string): string => `/data/manifest/${bureauId}.json`;

/** The formats of every file set, in the order the manifest lists them. */
export const MANIFEST_FORMATS: readonly DownloadFormat[] = ['csv', 'json', 'xlsx'];

/** A file the manifest will list, before it is measured: everything but bytes and SHA-256. */
export type PlannedFile = Omit<FileEntry, 'url' | 'bytes' | 'sha256'>;

/** The dated years of some reports, ascending, without repeats (an undated report has none). */
function yearsOf(reports: readonly Report[]): number[] {
  return [...new Set(reports.filter((report) => !report.undated).map((report) => report.year))].sort((a, b) => a - b);
}

function planned(path: (format: DownloadFormat) => string, entry: Omit<PlannedFile, 'path' | 'format' | 'media_type'>): PlannedFile[] {
  return MANIFEST_FORMATS.map((format) => ({ path: path(format), format, media_type: MEDIA_TYPES[format], ...entry }));
}

/** The site-wide files: the whole site (only while it fits) then every catalog indicator, by id. */
export function siteWideFiles(site: Site): PlannedFile[] {
  const whole = offersWholeSiteFile(site)
    ? planned(downloadPaths.all, { scope: 'all', id: 'annals', bureau: null, years: yearsOf(site.reports), rows: siteFigureCount(site) })
    : [];
  const indicators = Object.keys(site.indicators)
    .sort()
    .flatMap((id) => {
      const figures = figuresOfIndicator(site, id);
      return planned((format) => downloadPaths.indicator(id, format), { scope: 'indicator', id, bureau: null, years: yearsOf(figures.map(({ report }) => report)), rows: figures.length });
    });
  return [...whole, ...indicators];
}

/** One bureau's report files, its reports in site order (by year). */
export function bureauFiles(site: Site, bureauId: string): PlannedFile[] {
  return site.reports
    .filter((report) => report.bureauId === bureauId)
    .flatMap((report) =>
      planned((format) => downloadPaths.report(report.bureauId, report.year, format), {
        scope: 'report',
        id: `${report.bureauId}-${report.year}`,
        bureau: report.bureauId,
        years: yearsOf([report]),
        rows: report.figures.length,
      }),
    );
}

/** The bureaus that have reports, in id order: the ones that get a manifest of their own. */
export function bureausWithReports(site: Site): string[] {
  return [...new Set(site.reports.map((report) => report.bureauId))].sort();
}

export interface ManifestContext {
  /** The site's home with its base ("https://x.gov.cn/mzj/annals/"): every URL is resolved against it. */
  home: string;
  generated: GeneratedDate;
}

/** A site path ("/data/annals.csv") as an absolute URL under the site's base. */
export const absoluteUrl = (path: string, home: string): string => new URL(path.replace(/^\//, ''), home).href;

function header(context: ManifestContext) {
  return { manifest_version: MANIFEST_VERSION, site: context.home, generated: context.generated.date, generated_basis: context.generated.basis, licence: DATA_LICENCE };
}

/** /data/manifest.json: the site-wide files (measured) and one line per bureau with reports. */
export function manifestIndex(site: Site, files: readonly FileEntry[], context: ManifestContext): ManifestIndex {
  const bureaus: BureauLine[] = bureausWithReports(site).map((id) => {
    const reports = site.reports.filter((report) => report.bureauId === id);
    const bureau = site.bureaus[id];
    return {
      id,
      name: { zh: bureau?.name.zh ?? id, en: bureau?.name.en ?? id },
      years: yearsOf(reports),
      reports: reports.length,
      rows: reports.reduce((count, report) => count + report.figures.length, 0),
      manifest: absoluteUrl(bureauManifestPath(id), context.home),
    };
  });
  return {
    ...header(context),
    title: { zh: '民政年报数据下载清单', en: 'Civil Affairs Annals: list of downloads' },
    whole_site: { offered: offersWholeSiteFile(site), row_limit: WHOLE_SITE_ROW_LIMIT, rows: siteFigureCount(site) },
    files: [...files],
    bureaus,
  };
}

/** /data/manifest/<bureau>.json: that bureau's report files (measured). */
export function bureauManifest(site: Site, bureauId: string, files: readonly FileEntry[], context: ManifestContext): BureauManifest {
  const bureau = site.bureaus[bureauId];
  const name = { zh: bureau?.name.zh ?? bureauId, en: bureau?.name.en ?? bureauId };
  return {
    ...header(context),
    title: { zh: `${name.zh}数据下载清单`, en: `${name.en}: list of downloads` },
    bureau: { id: bureauId, name },
    files: [...files],
  };
}

/** Serialised like every JSON download: two-space indented, ending with a newline. */
export const manifestText = (manifest: ManifestIndex | BureauManifest): string => `${JSON.stringify(manifest, null, 2)}\n`;
