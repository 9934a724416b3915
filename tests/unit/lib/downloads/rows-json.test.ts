/**
 * Download rows, JSON and endpoint responses (src/lib/downloads/{rows,json,metadata,
 * response,paths,csv}.ts) on the basic fixture, with one figure enriched with every
 * optional field (its own source, alternatives, revisions, method, change points, amount
 * and basis, period, measure word, label, note, section). Expected values by hand.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../../../src/lib/downloads/columns.ts';
import { rowsToCsv } from '../../../../src/lib/downloads/csv.ts';
import { downloadJson, toJson } from '../../../../src/lib/downloads/json.ts';
import { scopeId, scopeTitle } from '../../../../src/lib/downloads/metadata.ts';
import { downloadPaths, FALLBACK_SITE_URL, MEDIA_TYPES, reportFileId } from '../../../../src/lib/downloads/paths.ts';
import { downloadResponse, endpointOptions } from '../../../../src/lib/downloads/response.ts';
import { figureRow, indicatorRows, reportRows, valueAsWritten } from '../../../../src/lib/downloads/rows.ts';
import { loadSite } from '../../../../src/lib/load-site.ts';
import type { Figure, Site } from '../../../../src/lib/model.ts';
import { FIXTURES } from '../../../helpers/fixture.ts';

const loaded = loadSite(join(FIXTURES, 'basic')).site;
if (!loaded) throw new Error('basic fixture must load');
const site: Site = loaded;
const options = { siteUrl: 'https://annals.test/' };
const generated = { date: '2023-03-17', basis: 'latest-source-date' } as const;
const report2022 = site.reports.find((report) => report.year === 2022)!;
const report2023 = site.reports.find((report) => report.year === 2023)!;
const figure = (id: string, report = report2022): Figure => report.figures.find((candidate) => candidate.id === id)!;

describe('a figure with every optional field', () => {
  const enriched: Figure = {
    ...figure('social-orgs'),
    label: { zh: '社会组织（虚构）', en: 'Social organisations (fictional)' },
    note: { zh: '编者注', en: "Editor's note" },
    where: '二（一）',
    source: { title: '示例年鉴（虚构）', date: '2023-06', url: 'https://example.test/yearbook', kind: 'yearbook', publisher: { zh: '示例出版社', en: 'Example Press' } },
    alternatives: [
      { value: figure('eldercare-beds', report2023).value, source: { title: '新闻甲', kind: 'news-report', url: 'https://news.test/a' } },
      { value: figure('bed-subsidy').value, source: { title: '新闻乙' } },
    ],
    revisions: [
      { value: figure('dibao-standard').value, date: '2023-01-05' },
      { value: figure('urban-rural-ratio').value, date: '2023-02-01' },
    ],
    method: { zh: '推算', en: 'Derived' },
    change: { points: '0.4', amount: figure('social-orgs').change!.from!, basis: 'same-period', direction: 'down' },
    per: 'month',
    measureWord: '个',
  };

  it('fills each column from the figure, its own source first', () => {
    expect(figureRow(site, report2022, enriched, options)).toMatchObject({
      label_zh: '社会组织（虚构）', label_en: 'Social organisations (fictional)', note_zh: '编者注', note_en: "Editor's note", source_section: '二（一）',
      source_title: '示例年鉴（虚构）', source_date: '2023-06', source_url: 'https://example.test/yearbook', source_kind: 'yearbook',
      source_publisher_zh: '示例出版社', source_publisher_en: 'Example Press',
      alternative_values: '21万; 4000—6000', alternative_sources: '新闻甲, news-report, https://news.test/a; 新闻乙',
      revised_from: '855; 1:0.81', revision_dates: '2023-01-05; 2023-02-01',
      method_zh: '推算', method_en: 'Derived',
      change_reported: '', change_direction: 'down', change_from: '', change_points: '0.4', change_amount: '1116', change_basis: 'same-period',
      per: 'month', measure_word: '个',
    });
  });

  it('leaves an undated report’s year blank', () => {
    expect(figureRow(site, { ...report2022, undated: true }, figure('dibao-paid'), options).year).toBe('');
    expect(figureRow(site, report2022, figure('dibao-paid'), options).year).toBe('2022');
  });

  it('refuses a figure whose indicator or bureau the site lost', () => {
    expect(() => figureRow(site, report2022, { ...figure('dibao-paid'), indicatorId: 'gone' }, options)).toThrow('Validated site lost indicator gone');
    expect(() => figureRow(site, { ...report2022, bureauId: 'gone' }, figure('dibao-paid'), options)).toThrow('Validated site lost bureau gone');
  });
});

describe('values as written', () => {
  it('number, ratio, range and illegible', () => {
    expect(valueAsWritten(figure('dibao-paid').value)).toBe('2850.46万');
    expect(valueAsWritten(figure('urban-rural-ratio').value)).toBe('1:0.81');
    expect(valueAsWritten(figure('bed-subsidy').value)).toBe('4000—6000');
    expect(valueAsWritten({ type: 'unknown', asWritten: '20_0万' } as Figure['value'])).toBe('20_0万');
  });
});

describe('scopes', () => {
  it('a report in data-file order; an indicator by year', () => {
    expect(reportRows(site, report2023, options).map((row) => row.figure_id)).toEqual(['eldercare-beds', 'dibao-standard']);
    expect(indicatorRows(site, 'dibao-standard', options).map((row) => `${row.year}:${row.value}`)).toEqual(['2022:855', '2023:900']);
    expect(indicatorRows(site, 'eldercare-beds', options).map((row) => row.permalink_en)).toEqual([
      'https://annals.test/en/reports/example-district/2022/#eldercare-beds',
      'https://annals.test/en/reports/example-district/2023/#eldercare-beds',
    ]);
  });

  it('titles and ids, falling back to the id when the catalog lacks it', () => {
    expect(scopeTitle(site, { kind: 'report', bureauId: 'gone', year: 2020 })).toEqual({ zh: 'gone2020年报告数据', en: 'Figures of the 2020 report of gone' });
    expect(scopeTitle(site, { kind: 'indicator', indicatorId: 'gone' })).toEqual({ zh: '指标“gone”各机构各年度数据', en: 'gone: every bureau and year' });
    expect(scopeId({ kind: 'report', bureauId: 'example-district', year: 2022 })).toBe('example-district-2022');
    expect(scopeId({ kind: 'indicator', indicatorId: 'eldercare-beds' })).toBe('eldercare-beds');
    expect(scopeId({ kind: 'all' })).toBe('annals');
  });

  it('paths and media types', () => {
    expect(reportFileId({ bureauId: 'example-district', year: 2023 })).toBe('example-district-2023');
    expect(downloadPaths.report('example-district', 2023, 'xlsx')).toBe('/data/reports/example-district-2023.xlsx');
    expect(downloadPaths.indicator('eldercare-beds', 'json')).toBe('/data/indicators/eldercare-beds.json');
    expect(downloadPaths.all('xlsx')).toBe('/data/annals.xlsx');
    expect(MEDIA_TYPES).toEqual({ csv: 'text/csv', json: 'application/json', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  });
});

describe('JSON', () => {
  it('a report: its rows, the indicators they use and its bureau, in id order', () => {
    const json = downloadJson(site, { kind: 'report', bureauId: 'example-district', year: 2023 }, { ...options, generated });
    expect(json.metadata).toEqual({
      title: { zh: '示例区民政局（虚构）2023年报告数据', en: 'Figures of the 2023 report of Example District Civil Affairs Bureau (fictional)' },
      scope: { kind: 'report', id: 'example-district-2023' },
      site: 'https://annals.test/',
      licence: json.metadata.licence,
      source: {
        zh: '民政年报：各民政部门公开发布的年度工作报告与数据。每行数据的原文见 source_title、source_date、source_url 列。',
        en: 'Civil Affairs Annals: the annual reports and figures civil-affairs bureaus published. Each row names its source document in source_title, source_date and source_url.',
      },
      generated: '2023-03-17',
      generated_basis: 'latest-source-date',
      columns: [...COLUMNS],
      figure_count: 2,
    });
    expect(json.metadata.licence.en).toBe('Figures are excerpted from government information the civil-affairs bureaus disclosed proactively, recorded exactly as the source states them. When reusing them, credit the original bureau, the source document and this site.');
    expect(Object.keys(json.indicators)).toEqual(['dibao-standard', 'eldercare-beds']);
    expect(json.indicators['eldercare-beds']).toEqual({ name: { zh: '养老床位', en: 'Eldercare beds' }, topic: 'eldercare', kind: 'count', unit: { zh: '张', en: 'beds' } });
    expect(json.bureaus).toEqual({
      'example-district': { name: { zh: '示例区民政局（虚构）', en: 'Example District Civil Affairs Bureau (fictional)' }, short: { zh: '示例区', en: 'Example District' }, level: 'district', region_code: '999901', fictional: true },
    });
  });

  it('an indicator no report uses still names itself; a report without figures still names its bureau', () => {
    const unused = { ...site, indicators: { ...site.indicators, 'new-indicator': { ...site.indicators['eldercare-beds']!, id: 'new-indicator' } } };
    const json = downloadJson(unused, { kind: 'indicator', indicatorId: 'new-indicator' }, { ...options, generated });
    expect([json.metadata.figure_count, Object.keys(json.indicators), Object.keys(json.bureaus)]).toEqual([0, ['new-indicator'], []]);
    const empty = { ...site, reports: [{ ...report2023, figures: [] }] };
    expect(Object.keys(downloadJson(empty, { kind: 'report', bureauId: 'example-district', year: 2023 }, { ...options, generated }).bureaus)).toEqual(['example-district']);
    // The whole site names every indicator and bureau, used or not.
    expect(Object.keys(downloadJson(unused, { kind: 'all' }, { ...options, generated }).indicators)).toHaveLength(9);
  });

  it('is indented by two spaces and ends with a newline', () => {
    const text = toJson(downloadJson(site, { kind: 'report', bureauId: 'example-district', year: 2023 }, { ...options, generated }));
    expect(text.startsWith('{\n  "metadata": {\n    "title": {\n      "zh": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('}\n\n')).toBe(false);
  });
});

describe('endpoint responses', () => {
  it('fall back to the default site URL and date the data from the environment', () => {
    expect(endpointOptions(site, undefined, {})).toEqual({ siteUrl: FALLBACK_SITE_URL, generated });
    expect(FALLBACK_SITE_URL).toBe('https://annals.example.org');
    const url = new URL('https://x.test/');
    expect(endpointOptions(site, url, { SOURCE_DATE_EPOCH: '0' })).toEqual({ siteUrl: url, generated: { date: '1970-01-01', basis: 'SOURCE_DATE_EPOCH' } });
  });

  it('CSV and JSON with their content types', async () => {
    const scope = { kind: 'report', bureauId: 'example-district', year: 2023 } as const;
    const csv = downloadResponse(site, scope, 'csv', { ...options, generated });
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    const body = new Uint8Array(await csv.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(body)).toBe(rowsToCsv(reportRows(site, report2023, options)).replace(/^\uFEFF/, ''));
    const json = downloadResponse(site, scope, 'json', { ...options, generated });
    expect(json.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(await json.text()).metadata.figure_count).toBe(2);
  });

  it('the CSV header is the columns in order, then one record per figure (21万 as the text formula ="21万")', () => {
    const lines = rowsToCsv(reportRows(site, report2023, options)).split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${COLUMNS.join(',')}`);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]!.startsWith('eldercare-beds,example-district,示例区民政局（虚构）,Example District Civil Affairs Bureau (fictional),2023,eldercare-beds,养老床位,Eldercare beds,eldercare,count,"=""21万""",210000,')).toBe(true);
  });
});

describe('JSON catalog entries and the generated date, edge cases', () => {
  it('carries an indicator’s definition and a bureau’s parent and note when they have them; fictional is false unless set', () => {
    const definition = { zh: '定义（虚构）', en: 'Definition (fictional)' };
    const note = { zh: '说明', en: 'Note' };
    const { fictional: _fictional, ...plain } = site.bureaus['example-district']!;
    const richer: Site = {
      ...site,
      indicators: { ...site.indicators, 'eldercare-beds': { ...site.indicators['eldercare-beds']!, definition } },
      bureaus: { 'example-district': { ...plain, parent: 'example-city', note } },
    };
    const json = downloadJson(richer, { kind: 'report', bureauId: 'example-district', year: 2023 }, { ...options, generated });
    expect(json.indicators['eldercare-beds']).toEqual({ name: { zh: '养老床位', en: 'Eldercare beds' }, topic: 'eldercare', kind: 'count', unit: { zh: '张', en: 'beds' }, definition });
    expect(json.bureaus['example-district']).toEqual({ name: { zh: '示例区民政局（虚构）', en: 'Example District Civil Affairs Bureau (fictional)' }, short: { zh: '示例区', en: 'Example District' }, level: 'district', region_code: '999901', parent: 'example-city', fictional: false, note });
  });

  it('names no bureau the catalog lacks', () => {
    const orphan = { ...site, reports: [{ ...report2023, bureauId: 'gone', figures: [] }] };
    expect(downloadJson(orphan, { kind: 'report', bureauId: 'gone', year: 2023 }, { ...options, generated }).bureaus).toEqual({});
  });

  it('takes the latest date wherever its report stands, and a SOURCE_DATE_EPOCH only when all digits', () => {
    const later = { ...report2023, source: { title: 'x', date: '2024-05-01' } };
    const reordered = { ...site, reports: [later, report2022] };
    expect(endpointOptions(reordered, undefined, {}).generated).toEqual({ date: '2024-05-01', basis: 'latest-source-date' });
    for (const epoch of ['12abc', 'abc12', '']) expect(endpointOptions(site, undefined, { SOURCE_DATE_EPOCH: epoch }).generated, epoch).toEqual(generated);
  });
});

describe('sites with more than one bureau', () => {
  const other = { ...site.bureaus['example-district']!, id: 'other-district', name: { zh: '另一区民政局（虚构）', en: 'Other District (fictional)' } };
  const { region_code: _code, ...noCode } = site.bureaus['example-district']!;
  // The other bureau's 2023 report comes first, with the same year and figures.
  const two: Site = {
    ...site,
    bureaus: { 'other-district': { ...noCode, ...other, region_code: undefined } as Site['bureaus'][string], ...site.bureaus },
    reports: [{ ...report2023, bureauId: 'other-district', source: { title: '另一区（虚构）' }, figures: report2023.figures.slice(0, 1) }, ...site.reports],
  };

  it('a report scope picks the report of that bureau and year', () => {
    const json = downloadJson(two, { kind: 'report', bureauId: 'example-district', year: 2023 }, { ...options, generated });
    expect([json.metadata.figure_count, Object.keys(json.bureaus)]).toEqual([2, ['example-district']]);
  });

  it('an indicator scope names only the bureaus and the indicator it holds; the whole site all of them, by id', () => {
    const json = downloadJson(two, { kind: 'indicator', indicatorId: 'dibao-standard' }, { ...options, generated });
    expect([Object.keys(json.bureaus), Object.keys(json.indicators)]).toEqual([['example-district'], ['dibao-standard']]);
    const whole = downloadJson(two, { kind: 'all' }, { ...options, generated });
    expect(Object.keys(whole.bureaus)).toEqual(['example-district', 'other-district']);
    expect(Object.keys(whole.indicators)).toEqual(['bed-subsidy', 'dibao-paid', 'dibao-standard', 'eldercare-beds', 'operation-rate', 'orphans-supported', 'social-orgs', 'urban-rural-ratio']);
  });

  it('a source without a date and a bureau without a region code leave their cells empty', () => {
    const first = reportRows(two, two.reports[0]!, options)[0]!;
    expect([first.bureau_id, first.source_title, first.source_date, first.region_code]).toEqual(['other-district', '另一区（虚构）', '', '']);
  });
});
