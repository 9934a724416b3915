/**
 * The machine-readable descriptions of the downloads, without a build: schema.org Datasets
 * for report and indicator pages (src/lib/cite/jsonld.ts) and the site's DCAT catalogue
 * (src/lib/cite/catalog.ts), from the basic fixture through the real loader. Every
 * expected field is written by hand from tests/fixtures/basic (one fictional bureau,
 * region code 999901; reports of 2022, published 2023-03-17, and of 2023, undated, with
 * eldercare-beds and dibao-standard) and the download paths of docs/downloads.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteCatalog } from '../../../src/lib/cite/catalog.ts';
import { indicatorDataset, jsonLdText, reportDataset, scopePath } from '../../../src/lib/cite/jsonld.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import type { Report, Site } from '../../../src/lib/model.ts';
import { FIXTURES } from '../../helpers/fixture.ts';

const loaded = loadSite(join(FIXTURES, 'basic')).site;
if (!loaded) throw new Error('basic fixture must load');
const site: Site = loaded;
const SITE = 'https://annals.test/';
const report = (year: number): Report => site.reports.find((candidate) => candidate.year === year)!;

const LICENCE_EN = 'Figures are excerpted from government information the civil-affairs bureaus disclosed proactively, recorded exactly as the source states them. When reusing them, credit the original bureau, the source document and this site.';
const LICENCE_ZH = '数据摘录自各民政部门主动公开的政府信息，数字按原文记录。转载或引用请注明原发布机构、原文标题及本站链接。';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const downloads = (stem: string) => [
  { '@type': 'DataDownload', name: 'CSV', encodingFormat: 'text/csv', contentUrl: `https://annals.test/data/${stem}.csv` },
  { '@type': 'DataDownload', name: 'JSON', encodingFormat: 'application/json', contentUrl: `https://annals.test/data/${stem}.json` },
  { '@type': 'DataDownload', name: 'XLSX', encodingFormat: XLSX, contentUrl: `https://annals.test/data/${stem}.xlsx` },
];

describe('schema.org Dataset of a report page', () => {
  it('the 2023 report in English: every field', () => {
    expect(reportDataset(site, report(2023), 'en', SITE, 'The page description.')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Figures of the 2023 report of Example District Civil Affairs Bureau (fictional)',
      description: 'The page description.',
      url: 'https://annals.test/en/reports/example-district/2023/',
      inLanguage: 'en',
      isAccessibleForFree: true,
      creator: [{ '@type': 'GovernmentOrganization', name: 'Example District Civil Affairs Bureau (fictional)' }],
      temporalCoverage: '2023',
      spatialCoverage: [{ '@type': 'AdministrativeArea', name: 'Example District', identifier: '999901' }],
      license: { '@type': 'CreativeWork', name: 'Terms of reuse', text: LICENCE_EN },
      distribution: downloads('reports/example-district-2023'),
      variableMeasured: [
        { '@type': 'PropertyValue', propertyID: 'eldercare-beds', name: 'Eldercare beds', unitText: 'beds' },
        { '@type': 'PropertyValue', propertyID: 'dibao-standard', name: 'Minimum living allowance standard', unitText: 'CNY per person per month' },
      ],
      // The 2023 report has no English narrative and no date: the Chinese title, no datePublished.
      citation: {
        '@type': 'Report',
        name: '示例区民政局2023年工作总结',
        author: { '@type': 'GovernmentOrganization', name: 'Example District Civil Affairs Bureau (fictional)' },
        url: 'https://annals.test/en/reports/example-district/2023/',
      },
    });
  });

  it('the 2022 report in Chinese: licence in Chinese, the report cited with its date, each indicator once', () => {
    const dataset = reportDataset(site, report(2022), 'zh', SITE, '');
    expect(dataset.license).toEqual({ '@type': 'CreativeWork', name: '使用说明', text: LICENCE_ZH });
    expect(dataset.inLanguage).toBe('zh-CN');
    expect(dataset.citation).toEqual({
      '@type': 'Report',
      name: '示例区民政局2022年工作总结',
      author: { '@type': 'GovernmentOrganization', name: '示例区民政局（虚构）' },
      datePublished: '2023-03-17',
      url: 'https://annals.test/reports/example-district/2022/',
    });
    const variables = dataset.variableMeasured as { propertyID: string; unitText?: string }[];
    expect(variables.map(({ propertyID }) => propertyID)).toEqual([
      'eldercare-beds', 'dibao-standard', 'dibao-paid', 'orphans-supported', 'operation-rate', 'urban-rural-ratio', 'bed-subsidy', 'social-orgs',
    ]);
    // A ratio has no unit: no unitText rather than an empty one.
    expect(variables[5]).toEqual({ '@type': 'PropertyValue', propertyID: 'urban-rural-ratio', name: '城乡低保标准比' });
  });
});

describe('schema.org Dataset of an indicator page', () => {
  it('across the years of the reports that give it', () => {
    const dataset = indicatorDataset(site, 'eldercare-beds', 'zh', SITE, 'D');
    expect(dataset).toMatchObject({
      name: '指标“养老床位”各机构各年度数据',
      url: 'https://annals.test/indicators/eldercare-beds/',
      creator: [{ '@type': 'GovernmentOrganization', name: '示例区民政局（虚构）' }],
      temporalCoverage: '2022/2023',
      spatialCoverage: [{ '@type': 'AdministrativeArea', name: '示例区', identifier: '999901' }],
      distribution: downloads('indicators/eldercare-beds'),
      variableMeasured: [{ '@type': 'PropertyValue', propertyID: 'eldercare-beds', name: '养老床位', unitText: '张' }],
    });
  });

  it('no report uses yet: the site is its creator, no coverage in time or space; a definition is its description', () => {
    const extra: Site = {
      ...site,
      indicators: { ...site.indicators, 'new-indicator': { ...site.indicators['social-orgs']!, name: { zh: '新指标', en: 'New indicator' }, definition: { zh: '定义', en: 'The definition' } } },
    };
    const dataset = indicatorDataset(extra, 'new-indicator', 'en', SITE, 'D');
    expect(dataset.creator).toEqual([{ '@type': 'Organization', name: 'Civil Affairs Annals' }]);
    expect(dataset).not.toHaveProperty('temporalCoverage');
    expect(dataset).not.toHaveProperty('spatialCoverage');
    expect(dataset.variableMeasured).toEqual([{ '@type': 'PropertyValue', propertyID: 'new-indicator', name: 'New indicator', unitText: 'organizations', description: 'The definition' }]);
  });

  it('covers from the earliest to the latest year, whatever the reports\' order', () => {
    const years: Site = { ...site, reports: [{ ...report(2023), year: 2024 }, report(2022), report(2023)] };
    expect(indicatorDataset(years, 'eldercare-beds', 'en', SITE, 'D').temporalCoverage).toBe('2022/2024');
  });

  it('an undated report adds no year; a bureau without a region code gets no identifier', () => {
    const undated: Site = {
      ...site,
      reports: site.reports.map((each) => (each.year === 2023 ? { ...each, undated: true } : each)),
      bureaus: { 'example-district': { ...site.bureaus['example-district']!, region_code: undefined } },
    };
    const dataset = indicatorDataset(undated, 'eldercare-beds', 'en', SITE, 'D');
    expect(dataset.temporalCoverage).toBe('2022');
    expect(dataset.spatialCoverage).toEqual([{ '@type': 'AdministrativeArea', name: 'Example District' }]);
    expect(reportDataset(undated, undated.reports[1]!, 'en', SITE, 'D')).not.toHaveProperty('temporalCoverage');
  });
});

describe('jsonLdText', () => {
  it('writes <, >, & and the line separators as \\u escapes, so no title closes the script', () => {
    expect(jsonLdText({ name: '</script><!-- a & b \u2028\u2029' })).toBe('{"name":"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u2028\\u2029"}');
  });
});

describe('scopePath', () => {
  it('names the whole site, a report and an indicator download', () => {
    expect(scopePath({ kind: 'all' }, 'csv')).toBe('/data/annals.csv');
    expect(scopePath({ kind: 'report', bureauId: 'example-district', year: 2022 }, 'json')).toBe('/data/reports/example-district-2022.json');
    expect(scopePath({ kind: 'indicator', indicatorId: 'eldercare-beds' }, 'xlsx')).toBe('/data/indicators/eldercare-beds.xlsx');
  });
});

describe('the DCAT catalogue', () => {
  // Built inside each test (not while the file is collected), so each test is seen to run it.
  const catalog = () => siteCatalog(site, SITE);
  const datasets = () => catalog()['dcat:dataset'] as Record<string, unknown>[];
  const both = (zh: string, en: string) => [{ '@value': zh, '@language': 'zh-CN' }, { '@value': en, '@language': 'en' }];
  const SOURCE = both(
    '民政年报：各民政部门公开发布的年度工作报告与数据。每行数据的原文见 source_title、source_date、source_url 列。',
    'Civil Affairs Annals: the annual reports and figures civil-affairs bureaus published. Each row names its source document in source_title, source_date and source_url.',
  );
  const RIGHTS = { '@id': 'https://annals.test/data/catalog.jsonld#rights' };
  const distributions = (stem: string) =>
    [['csv', 'text/csv'], ['json', 'application/json'], ['xlsx', XLSX]].map(([format, type]) => ({
      '@type': 'dcat:Distribution',
      'dcat:downloadURL': { '@id': `https://annals.test/data/${stem}.${format}` },
      'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${type}` },
      'dct:format': format!.toUpperCase(),
      'dct:rights': RIGHTS,
    }));
  const PUBLISHER = [{ '@type': 'foaf:Organization', 'foaf:name': both('示例区民政局（虚构）', 'Example District Civil Affairs Bureau (fictional)') }];
  const SPATIAL = [{ '@type': 'dct:Location', 'rdfs:label': both('示例区', 'Example District') }];
  const years = (start: string, end: string) => ({
    '@type': 'dct:PeriodOfTime',
    'dcat:startDate': { '@value': start, '@type': 'xsd:gYear' },
    'dcat:endDate': { '@value': end, '@type': 'xsd:gYear' },
  });

  it('describes itself: context, id, titles, homepage, languages and the one rights statement', () => {
    const { 'dcat:dataset': _, ...head } = catalog();
    expect(head).toEqual({
      '@context': {
        dcat: 'http://www.w3.org/ns/dcat#',
        dct: 'http://purl.org/dc/terms/',
        foaf: 'http://xmlns.com/foaf/0.1/',
        rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
        xsd: 'http://www.w3.org/2001/XMLSchema#',
      },
      '@id': 'https://annals.test/data/catalog.jsonld',
      '@type': 'dcat:Catalog',
      'dct:title': both('民政年报', 'Civil Affairs Annals'),
      'dct:description': SOURCE,
      'foaf:homepage': { '@id': 'https://annals.test/' },
      'dct:language': ['zh-CN', 'en'],
      'dct:rights': { ...RIGHTS, '@type': 'dct:RightsStatement', 'rdfs:label': both(LICENCE_ZH, LICENCE_EN) },
    });
  });

  it('lists the whole site, then each report, then each indicator in id order', () => {
    expect(datasets().map((dataset) => dataset['dct:identifier'])).toEqual([
      'annals', 'example-district-2022', 'example-district-2023',
      'bed-subsidy', 'dibao-paid', 'dibao-standard', 'eldercare-beds', 'operation-rate', 'orphans-supported', 'social-orgs', 'urban-rural-ratio',
    ]);
  });

  it('the whole site: every field', () => {
    expect(datasets()[0]).toEqual({
      '@id': 'https://annals.test/#dataset',
      '@type': 'dcat:Dataset',
      'dct:identifier': 'annals',
      'dct:title': both('民政年报全部数据', 'Civil Affairs Annals: all figures'),
      'dct:description': SOURCE,
      'dct:publisher': PUBLISHER,
      'dct:temporal': years('2022', '2023'),
      'dct:spatial': SPATIAL,
      'dcat:landingPage': [{ '@id': 'https://annals.test/' }, { '@id': 'https://annals.test/en/' }],
      'dcat:distribution': distributions('annals'),
    });
  });

  it('a report and an indicator: their pages, years and files', () => {
    expect(datasets()[1]).toMatchObject({
      '@id': 'https://annals.test/reports/example-district/2022/#dataset',
      'dct:title': both('示例区民政局（虚构）2022年报告数据', 'Figures of the 2022 report of Example District Civil Affairs Bureau (fictional)'),
      'dct:temporal': years('2022', '2022'),
      'dcat:landingPage': [{ '@id': 'https://annals.test/reports/example-district/2022/' }, { '@id': 'https://annals.test/en/reports/example-district/2022/' }],
      'dcat:distribution': distributions('reports/example-district-2022'),
    });
    expect(datasets()[6]).toMatchObject({
      '@id': 'https://annals.test/indicators/eldercare-beds/#dataset',
      'dct:publisher': PUBLISHER,
      'dct:temporal': years('2022', '2023'),
      'dcat:landingPage': [{ '@id': 'https://annals.test/indicators/eldercare-beds/' }, { '@id': 'https://annals.test/en/indicators/eldercare-beds/' }],
      'dcat:distribution': distributions('indicators/eldercare-beds'),
    });
  });

  it('gives no period to a report without a date, and sorts years as numbers', () => {
    const undated = siteCatalog({ ...site, reports: site.reports.map((each) => (each.year === 2023 ? { ...each, undated: true } : each)) }, SITE);
    const sets = undated['dcat:dataset'] as Record<string, unknown>[];
    expect(sets[0]!['dct:temporal']).toEqual(years('2022', '2022'));
    expect(sets[2]).not.toHaveProperty('dct:temporal');
    // 999 after 2022 in the site's order, and before it as text ("2022" < "999"): only a numeric sort puts it first.
    const early = siteCatalog({ ...site, reports: [report(2022), { ...report(2023), year: 999 }] }, SITE);
    expect((early['dcat:dataset'] as Record<string, unknown>[])[0]!['dct:temporal']).toEqual(years('999', '2022'));
  });
});
