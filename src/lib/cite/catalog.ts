/**
 * The whole site as a DCAT catalogue (W3C Data Catalog Vocabulary, version 3; the terms
 * DCAT-AP and government open-data portals harvest), served at /data/catalog.jsonld:
 * one dcat:Dataset for every file set of src/lib/downloads.ts (the whole site, each report,
 * each indicator), each with its titles in both languages, publisher, period, landing
 * pages and one dcat:Distribution per format. The context is inline, so a harvester needs
 * nothing else to read it. Pure function of the Site (no clock): the same data gives the
 * same bytes.
 */
import { HTML_LANG } from '../../i18n/index.ts';
import { LOCALES } from '../../schemas/common.ts';
import type { Localized } from '../../schemas/common.ts';
import { DATA_LICENCE, DATA_SOURCE, MEDIA_TYPES, offersWholeSiteFile, reportFileId, scopeTitle, type DownloadFormat, type DownloadScope } from '../downloads.ts';
import type { Report, Site } from '../model.ts';
import { routes } from '../routes.ts';
import { figuresOfIndicator } from '../series.ts';
import { scopePath, type JsonLd } from './jsonld.ts';

export const CATALOG_PATH = '/data/catalog.jsonld';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const FORMATS: readonly DownloadFormat[] = ['csv', 'json', 'xlsx'];
const SITE_NAME: Localized = { zh: '民政年报', en: 'Civil Affairs Annals' };

function texts(text: Localized): JsonLd[] {
  return LOCALES.map((lang) => ({ '@value': text[lang], '@language': HTML_LANG[lang] }));
}

function landingPages(scope: DownloadScope, siteUrl: string | URL): JsonLd[] {
  return LOCALES.map((lang) => {
    const page = scope.kind === 'report' ? routes.report(lang, scope.bureauId, scope.year)
      : scope.kind === 'indicator' ? routes.indicator(lang, scope.indicatorId) : routes.home(lang);
    return { '@id': new URL(page, siteUrl).href };
  });
}

function temporal(reports: Report[]): JsonLd | undefined {
  const years = reports.filter((report) => !report.undated).map((report) => report.year).sort((a, b) => a - b);
  if (years.length === 0) return undefined;
  return {
    '@type': 'dct:PeriodOfTime',
    'dcat:startDate': { '@value': String(years[0]), '@type': 'xsd:gYear' },
    'dcat:endDate': { '@value': String(years.at(-1)), '@type': 'xsd:gYear' },
  };
}

function dataset(site: Site, scope: DownloadScope, id: string, reports: Report[], siteUrl: string | URL, rights: string): JsonLd {
  const bureauIds = [...new Set(reports.map((report) => report.bureauId))];
  const period = temporal(reports);
  return {
    '@id': `${landingPages(scope, siteUrl)[0]!['@id'] as string}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:identifier': id,
    'dct:title': texts(scopeTitle(site, scope)),
    'dct:description': texts(DATA_SOURCE),
    'dct:publisher': bureauIds.map((bureauId) => ({ '@type': 'foaf:Organization', 'foaf:name': texts(site.bureaus[bureauId]!.name) })),
    ...(period && { 'dct:temporal': period }),
    'dct:spatial': bureauIds.map((bureauId) => ({ '@type': 'dct:Location', 'rdfs:label': texts(site.bureaus[bureauId]!.short) })),
    'dcat:landingPage': landingPages(scope, siteUrl),
    'dcat:distribution': FORMATS.map((format) => ({
      '@type': 'dcat:Distribution',
      'dcat:downloadURL': { '@id': new URL(routes.file(scopePath(scope, format)), siteUrl).href },
      'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${MEDIA_TYPES[format]}` },
      'dct:format': format.toUpperCase(),
      // One statement for the whole site, defined on the catalogue and referred to here.
      'dct:rights': { '@id': rights },
    })),
  };
}

/** The catalogue of every download of the site. `siteUrl`: the site's public URL. */
export function siteCatalog(site: Site, siteUrl: string | URL): JsonLd {
  const indicatorIds = Object.keys(site.indicators).sort();
  const id = new URL(routes.file(CATALOG_PATH), siteUrl).href;
  const rights = `${id}#rights`;
  return {
    '@context': CONTEXT,
    '@id': id,
    '@type': 'dcat:Catalog',
    'dct:title': texts(SITE_NAME),
    'dct:description': texts(DATA_SOURCE),
    'foaf:homepage': { '@id': new URL(routes.home('zh'), siteUrl).href },
    'dct:language': LOCALES.map((lang) => HTML_LANG[lang]),
    'dct:rights': { '@id': rights, '@type': 'dct:RightsStatement', 'rdfs:label': texts(DATA_LICENCE) },
    'dcat:dataset': [
      // The whole-site files exist only while the site is small enough (src/lib/downloads/whole-site.ts).
      ...(offersWholeSiteFile(site) ? [dataset(site, { kind: 'all' }, 'annals', site.reports, siteUrl, rights)] : []),
      ...site.reports.map((report) => dataset(site, { kind: 'report', bureauId: report.bureauId, year: report.year }, reportFileId(report), [report], siteUrl, rights)),
      ...indicatorIds.map((id) => dataset(site, { kind: 'indicator', indicatorId: id }, id, [...new Set(figuresOfIndicator(site, id).map(({ report }) => report))], siteUrl, rights)),
    ],
  };
}
