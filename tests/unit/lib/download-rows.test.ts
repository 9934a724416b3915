/** Download rows of the basic fixture, column by column, written by hand from its YAML. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadJson, generatedDate, rowsFor } from '../../../src/lib/downloads.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { FIXTURES } from '../../helpers/fixture.ts';

const { site } = loadSite(join(FIXTURES, 'basic'));
if (!site) throw new Error('basic fixture must load');
const options = { siteUrl: 'https://annals.test' };
const COMMON = {
  bureau_id: 'example-district', bureau_zh: '示例区民政局（虚构）', bureau_en: 'Example District Civil Affairs Bureau (fictional)',
  source_title: '示例区民政局2022年工作总结（虚构）', source_date: '2023-03-17', source_url: '',
  note_zh: '', note_en: '', label_zh: '', label_en: '', source_section: '', region_code: '999901',
  source_kind: '', source_publisher_zh: '', source_publisher_en: '', alternative_values: '', alternative_sources: '',
  revised_from: '', revision_dates: '', method_zh: '', method_en: '', change_points: '', change_amount: '', change_basis: '',
  per: '', measure_word: '',
};
const row = (figureId: string) => rowsFor(site, { kind: 'report', bureauId: 'example-district', year: 2022 }, options).find((candidate) => candidate.figure_id === figureId);

describe('rows of the 2022 report', () => {
  it('a range target', () => {
    expect(row('bed-subsidy')).toEqual({
      ...COMMON, figure_id: 'bed-subsidy', year: '2022', indicator_id: 'bed-subsidy', indicator_zh: '床位建设补贴', indicator_en: 'Bed construction subsidy',
      topic: 'eldercare', kind: 'amount', value_as_written: '4000—6000', value: '', range_low: '4000', range_high: '6000', ratio: '', ratio_numerator: '', ratio_denominator: '',
      unit_zh: '元/张', unit_en: 'CNY per bed', qualifier: '', status: 'target', as_of: '2022',
      change_reported: '', change_direction: '', change_from: '',
      permalink_zh: 'https://annals.test/reports/example-district/2022/#bed-subsidy', permalink_en: 'https://annals.test/en/reports/example-district/2022/#bed-subsidy',
    });
  });

  it('a ratio, a qualified count, a change from a number, a month as as-of', () => {
    expect(row('urban-rural-ratio')).toMatchObject({ value_as_written: '1:0.81', value: '', ratio: '1:0.81', ratio_numerator: '1', ratio_denominator: '0.81', range_low: '', range_high: '', unit_zh: '', kind: 'ratio' });
    expect(row('orphans-supported')).toMatchObject({ value_as_written: '3800', value: '3800', qualifier: 'over', unit_en: 'children' });
    expect(row('social-orgs')).toMatchObject({ value: '1576', change_from: '1116', change_reported: '41%', change_direction: '' });
    expect(row('dibao-standard')).toMatchObject({ change_reported: '7.6%', change_from: '' });
    expect(row('eldercare-beds')).toMatchObject({ value_as_written: '20.7万', value: '207000', as_of: '2022-12' });
  });

  it('scopes: a report in data-file order, an indicator across years, the whole set', () => {
    expect(rowsFor(site, { kind: 'report', bureauId: 'example-district', year: 2023 }, options).map((r) => r.figure_id)).toEqual(['eldercare-beds', 'dibao-standard']);
    expect(rowsFor(site, { kind: 'indicator', indicatorId: 'eldercare-beds' }, options).map((r) => `${r.year} ${r.value}`)).toEqual(['2022 207000', '2023 210000']);
    expect(rowsFor(site, { kind: 'all' }, options)).toHaveLength(10);
    expect(() => rowsFor(site, { kind: 'report', bureauId: 'example-district', year: 2021 }, options)).toThrow('No report example-district/2021');
    expect(() => rowsFor(site, { kind: 'indicator', indicatorId: 'nothing' }, options)).toThrow('No indicator nothing');
  });
});

describe('JSON metadata', () => {
  const generated = { date: '2023-03-17', basis: 'latest-source-date' as const };
  it('titles each scope in both languages', () => {
    expect(downloadJson(site, { kind: 'report', bureauId: 'example-district', year: 2022 }, { ...options, generated }).metadata.title).toEqual({
      zh: '示例区民政局（虚构）2022年报告数据', en: 'Figures of the 2022 report of Example District Civil Affairs Bureau (fictional)',
    });
    expect(downloadJson(site, { kind: 'indicator', indicatorId: 'eldercare-beds' }, { ...options, generated }).metadata.title).toEqual({
      zh: '指标“养老床位”各机构各年度数据', en: 'Eldercare beds: every bureau and year',
    });
    expect(downloadJson(site, { kind: 'all' }, { ...options, generated }).metadata.title).toEqual({ zh: '民政年报全部数据', en: 'Civil Affairs Annals: all figures' });
  });

  it('describes the bureau as the catalog does', () => {
    expect(downloadJson(site, { kind: 'all' }, { ...options, generated }).bureaus['example-district']).toMatchObject({ region_code: '999901', fictional: true });
  });

  it('dates the data by SOURCE_DATE_EPOCH, else by its latest source or disclosure date', () => {
    expect(generatedDate(site, { SOURCE_DATE_EPOCH: '1700000000' })).toEqual({ date: '2023-11-14', basis: 'SOURCE_DATE_EPOCH' });
    expect(generatedDate(site, { SOURCE_DATE_EPOCH: ' 1700000000 ' })).toEqual({ date: '2023-11-14', basis: 'SOURCE_DATE_EPOCH' });
    expect(generatedDate(site, { SOURCE_DATE_EPOCH: 'soon' })).toEqual({ date: '2023-03-17', basis: 'latest-source-date' });
    expect(generatedDate(site, {})).toEqual({ date: '2023-03-17', basis: 'latest-source-date' });
    const undatedSite = { ...site, reports: site.reports.map((report) => ({ ...report, source: { title: report.source.title }, disclosure: undefined })) };
    expect(generatedDate(undatedSite, {})).toEqual({ date: '2023', basis: 'latest-source-date' });
  });
});
