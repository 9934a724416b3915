/**
 * schema.org `Dataset` descriptions of the downloads, as JSON-LD for report and indicator
 * pages (what Google Dataset Search and other harvesters read): name, description, creator,
 * temporalCoverage, spatialCoverage, license, distribution (CSV, JSON, XLSX) and
 * variableMeasured. Every URL is absolute and carries the base path (routes.ts).
 *
 * `jsonLdText` makes the JSON safe inside <script>: `<`, `>`, `&` and the JavaScript line
 * separators are written as \u escapes, which JSON reads back as the same characters, so
 * no title can close the script element ("</script>") or open a comment ("<!--").
 */
import { HTML_LANG, t } from '../../i18n/index.ts';
import type { Locale } from '../../schemas/common.ts';
import { DATA_LICENCE, downloadPaths, MEDIA_TYPES, scopeTitle, type DownloadFormat, type DownloadScope } from '../downloads.ts';
import type { BureauEntry, Report, Site } from '../model.ts';
import { routes } from '../routes.ts';
import { figuresOfIndicator } from '../series.ts';
import { reportWork } from './work.ts';

export type JsonLd = Record<string, unknown>;

const FORMATS: readonly DownloadFormat[] = ['csv', 'json', 'xlsx'];
const FORMAT_NAMES: Record<DownloadFormat, string> = { csv: 'CSV', json: 'JSON', xlsx: 'XLSX' };

export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The file of a download scope in a format, without the base: "/data/reports/donghu-2022.csv". */
export function scopePath(scope: DownloadScope, format: DownloadFormat): string {
  if (scope.kind === 'report') return downloadPaths.report(scope.bureauId, scope.year, format);
  if (scope.kind === 'indicator') return downloadPaths.indicator(scope.indicatorId, format);
  return downloadPaths.all(format);
}

function distribution(scope: DownloadScope, siteUrl: string | URL): JsonLd[] {
  return FORMATS.map((format) => ({
    '@type': 'DataDownload',
    name: FORMAT_NAMES[format],
    encodingFormat: MEDIA_TYPES[format],
    contentUrl: new URL(routes.file(scopePath(scope, format)), siteUrl).href,
  }));
}

function organization(bureau: BureauEntry, lang: Locale): JsonLd {
  return { '@type': 'GovernmentOrganization', name: bureau.name[lang] };
}

function place(bureau: BureauEntry, lang: Locale): JsonLd {
  return {
    '@type': 'AdministrativeArea',
    name: bureau.short[lang],
    // The administrative division code (GB/T 2260), when the data gives one.
    ...(bureau.region_code && { identifier: bureau.region_code }),
  };
}

function license(lang: Locale): JsonLd {
  return { '@type': 'CreativeWork', name: lang === 'zh' ? '使用说明' : 'Terms of reuse', text: DATA_LICENCE[lang] };
}

function variables(site: Site, indicatorIds: string[], lang: Locale): JsonLd[] {
  return indicatorIds.map((id) => {
    const indicator = site.indicators[id]!;
    return {
      '@type': 'PropertyValue',
      propertyID: id,
      name: indicator.name[lang],
      ...(indicator.unit[lang] && { unitText: indicator.unit[lang] }),
      ...(indicator.definition?.[lang] && { description: indicator.definition[lang] }),
    };
  });
}

/** "2022", or "2017/2022" across years; undefined when no report is dated. */
function coverage(reports: Report[]): string | undefined {
  const years = [...new Set(reports.filter((report) => !report.undated).map((report) => report.year))].sort();
  if (years.length === 0) return undefined;
  return years.length === 1 ? String(years[0]) : `${years[0]}/${years.at(-1)}`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

interface DatasetParts {
  scope: DownloadScope;
  description: string;
  url: string;
  reports: Report[];
  indicatorIds: string[];
}

function dataset(site: Site, parts: DatasetParts, lang: Locale, siteUrl: string | URL): JsonLd {
  const bureaus = unique(parts.reports.map((report) => report.bureauId)).map((id) => site.bureaus[id]!).filter(Boolean);
  const temporal = coverage(parts.reports);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: scopeTitle(site, parts.scope)[lang],
    description: parts.description,
    url: parts.url,
    inLanguage: HTML_LANG[lang],
    isAccessibleForFree: true,
    // An indicator no report uses yet is the site's alone.
    creator: bureaus.length > 0 ? bureaus.map((bureau) => organization(bureau, lang)) : [{ '@type': 'Organization', name: t(lang, 'siteName') }],
    ...(temporal && { temporalCoverage: temporal }),
    ...(bureaus.length > 0 && { spatialCoverage: bureaus.map((bureau) => place(bureau, lang)) }),
    license: license(lang),
    distribution: distribution(parts.scope, siteUrl),
    variableMeasured: variables(site, parts.indicatorIds, lang),
  };
}

/** The figures of one report, as a Dataset; `description`: the page's own description. */
export function reportDataset(site: Site, report: Report, lang: Locale, siteUrl: string | URL, description: string): JsonLd {
  const work = reportWork(site, report, lang, siteUrl);
  // The report the figures come from, as Google's Dataset guidance asks (`citation`).
  const citation: JsonLd = {
    '@type': 'Report',
    name: work.title,
    author: { '@type': 'GovernmentOrganization', name: work.author },
    ...(work.published && { datePublished: work.published }),
    url: work.url,
  };
  return { ...dataset(site, {
    scope: { kind: 'report', bureauId: report.bureauId, year: report.year },
    description,
    url: new URL(routes.report(lang, report.bureauId, report.year), siteUrl).href,
    reports: [report],
    indicatorIds: unique(report.figures.map((figure) => figure.indicatorId)),
  }, lang, siteUrl), citation };
}

/** One indicator across bureaus and years, as a Dataset. */
export function indicatorDataset(site: Site, indicatorId: string, lang: Locale, siteUrl: string | URL, description: string): JsonLd {
  return dataset(site, {
    scope: { kind: 'indicator', indicatorId },
    description,
    url: new URL(routes.indicator(lang, indicatorId), siteUrl).href,
    reports: unique(figuresOfIndicator(site, indicatorId).map(({ report }) => report)),
    indicatorIds: [indicatorId],
  }, lang, siteUrl);
}
