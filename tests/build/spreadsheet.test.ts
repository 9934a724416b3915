/**
 * The downloads as a reader sees them in a real spreadsheet. A copy of the basic fixture
 * (fictional publisher) is extended with what spreadsheets silently convert: a ratio
 * (1:0.81), a month period (2017-05), a 20-digit amount, a code with a leading zero
 * (region code 099901), a full date and a value written with a trailing zero (83.50). It is
 * built for real; LibreOffice opens the built CSV with automatic detection ON (en-US and
 * zh-CN) and the built XLSX, and writes back what every cell DISPLAYS. Every figure must
 * display exactly as the YAML writes it. Expected values are written out by hand below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { allRows, generatedDate, scopeTitle } from '../../src/lib/downloads.ts';
import { rowsToXlsx } from '../../src/lib/downloads/xlsx.ts';
import { buildSite } from '../../src/lib/build-site.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import { csvObjects } from '../helpers/csv.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { detectingCsvImport, displayedSheets, hasSoffice, LOCALE_EN_US, LOCALE_ZH_CN } from '../helpers/spreadsheet.ts';

/** The fixture's additions: each a thing a spreadsheet would otherwise mangle. */
function extendFixture(fixture: FixtureCopy): void {
  fixture.replace('data/bureaus.yaml', 'region_code: "999901"', 'region_code: "099901"');
  fixture.replace('data/figures/example-district/2022.yaml', 'operation-rate: { value: 83.5 }', 'operation-rate: { value: "83.50" }');
  const file = 'data/figures/example-district/2022.yaml';
  const yaml = readFileSync(join(fixture.root, file), 'utf8');
  fixture.write(file, `${yaml}  dibao-paid-total: { indicator: dibao-paid, value: "12345678901234567890", as_of: 2017-05, label: { zh: 历年累计发放（虚构）, en: Paid in all years (fictional) } }
  orphans-year-end: { indicator: orphans-supported, value: 12, as_of: 2022-12-31, label: { zh: 年末在册孤儿（虚构）, en: Orphans on record at year end (fictional) } }
`);
}

type Shown = Record<string, string>;

const SOURCE_2022 = { source_title: '示例区民政局2022年工作总结（虚构）', source_date: '2023-03-17', region_code: '099901', year: '2022' };
const SOURCE_2023 = { source_title: '示例区民政局2023年工作总结（虚构）', source_date: '', region_code: '099901', year: '2023' };
const NONE = { range_low: '', range_high: '', ratio: '', ratio_numerator: '', ratio_denominator: '', qualifier: '', change_reported: '', change_from: '' };

/** What each figure must display, by hand from the YAML (key: year/figure). */
const EXPECTED: Record<string, Shown> = {
  '2022/eldercare-beds': { ...SOURCE_2022, ...NONE, value_as_written: '20.7万', value: '207000', unit_zh: '张', unit_en: 'beds', status: 'actual', as_of: '2022-12' },
  '2022/dibao-standard': { ...SOURCE_2022, ...NONE, value_as_written: '855', value: '855', unit_zh: '元/人·月', unit_en: 'CNY per person per month', status: 'actual', as_of: '2022', change_reported: '7.6%' },
  '2022/dibao-paid': { ...SOURCE_2022, ...NONE, value_as_written: '2850.46万', value: '28504600', unit_zh: '元', unit_en: 'CNY', status: 'actual', as_of: '2022' },
  '2022/orphans-supported': { ...SOURCE_2022, ...NONE, value_as_written: '3800', value: '3800', unit_zh: '名', unit_en: 'children', status: 'actual', as_of: '2022', qualifier: 'over' },
  '2022/operation-rate': { ...SOURCE_2022, ...NONE, value_as_written: '83.50', value: '83.5', unit_zh: '%', unit_en: '%', status: 'actual', as_of: '2022' },
  '2022/urban-rural-ratio': { ...SOURCE_2022, ...NONE, value_as_written: '1:0.81', value: '', ratio: '1:0.81', ratio_numerator: '1', ratio_denominator: '0.81', unit_zh: '', unit_en: '', status: 'actual', as_of: '2022' },
  '2022/bed-subsidy': { ...SOURCE_2022, ...NONE, value_as_written: '4000—6000', value: '', range_low: '4000', range_high: '6000', unit_zh: '元/张', unit_en: 'CNY per bed', status: 'target', as_of: '2022' },
  '2022/social-orgs': { ...SOURCE_2022, ...NONE, value_as_written: '1576', value: '1576', unit_zh: '家', unit_en: 'organizations', status: 'actual', as_of: '2022', change_reported: '41%', change_from: '1116' },
  '2022/dibao-paid-total': { ...SOURCE_2022, ...NONE, value_as_written: '12345678901234567890', value: '12345678901234567890', unit_zh: '元', unit_en: 'CNY', status: 'actual', as_of: '2017-05' },
  '2022/orphans-year-end': { ...SOURCE_2022, ...NONE, value_as_written: '12', value: '12', unit_zh: '名', unit_en: 'children', status: 'actual', as_of: '2022-12-31' },
  '2023/eldercare-beds': { ...SOURCE_2023, ...NONE, value_as_written: '21万', value: '210000', unit_zh: '张', unit_en: 'beds', status: 'actual', as_of: '2023' },
  '2023/dibao-standard': { ...SOURCE_2023, ...NONE, value_as_written: '900', value: '900', unit_zh: '元/人·月', unit_en: 'CNY per person per month', status: 'actual', as_of: '2023', change_reported: '5.3%' },
};

/** The XLSX shows numbers with the decimals the source wrote: 83.50 stays 83.50. */
const XLSX_DIFFERS: Record<string, Shown> = { '2022/operation-rate': { value: '83.50' } };

const keyOf = (row: Shown): string => `${row.year}/${row.figure_id}`;

function checkDisplayed(what: string, records: string[][], overrides: Record<string, Shown> = {}): void {
  const rows = csvObjects(records);
  expect(rows.map(keyOf).sort(), `${what}: one row per figure`).toEqual(Object.keys(EXPECTED).sort());
  for (const row of rows) {
    const want = { ...EXPECTED[keyOf(row)], ...overrides[keyOf(row)] };
    expect(row, `${what}: ${keyOf(row)}`).toMatchObject(want);
  }
}

/** The figures' as-written values straight from the YAML text (failsafe: every scalar a string). */
function writtenInYaml(root: string, year: number): Record<string, string> {
  const raw = parse(readFileSync(join(root, `data/figures/example-district/${year}.yaml`), 'utf8'), { schema: 'failsafe' }) as {
    figures: Record<string, { value?: string; range?: [string, string] }>;
  };
  return Object.fromEntries(Object.entries(raw.figures).map(([id, figure]) => [`${year}/${id}`, figure.value ?? figure.range!.join('—')]));
}

describe.skipIf(!hasSoffice)('downloads in a real spreadsheet (LibreOffice, automatic detection on)', () => {
  let fixture: FixtureCopy;
  let dist: string;
  let csvShown: Map<string, Map<string, string[][]>>;
  let csvShownZh: Map<string, Map<string, string[][]>>;
  let xlsxShown: Map<string, Map<string, string[][]>>;

  beforeAll(async () => {
    fixture = copyFixture('basic');
    extendFixture(fixture);
    dist = (await buildSite({ root: fixture.root, quiet: true })).outDir;
    const data = (name: string) => join(dist, 'data', name);
    csvShown = displayedSheets([data('annals.csv')], detectingCsvImport(LOCALE_EN_US));
    csvShownZh = displayedSheets([data('annals.csv')], detectingCsvImport(LOCALE_ZH_CN));
    xlsxShown = displayedSheets([data('annals.xlsx'), data('reports/example-district-2022.xlsx')]);
  }, 120_000);
  afterAll(() => fixture?.dispose());

  it('the hand-written expectations agree with the YAML text', () => {
    expect(Object.fromEntries(Object.entries(EXPECTED).map(([key, row]) => [key, row.value_as_written]))).toEqual({
      ...writtenInYaml(fixture.root, 2022),
      ...writtenInYaml(fixture.root, 2023),
    });
  });

  it('the CSV displays every figure as written (en-US)', () => {
    checkDisplayed('annals.csv en-US', csvShown.get('annals')!.get('annals')!);
  });

  it('the CSV displays every figure as written (zh-CN)', () => {
    checkDisplayed('annals.csv zh-CN', csvShownZh.get('annals')!.get('annals')!);
  });

  it('the XLSX displays every figure as written, numbers with their written decimals', () => {
    checkDisplayed('annals.xlsx', xlsxShown.get('annals')!.get('数据 Figures')!, XLSX_DIFFERS);
    const report = csvObjects(xlsxShown.get('example-district-2022')!.get('数据 Figures')!);
    expect(report.map(keyOf)).toEqual(Object.keys(EXPECTED).filter((key) => key.startsWith('2022/')));
  });

  it('the XLSX About sheet gives the source, the licence and every column, in both languages', () => {
    const about = xlsxShown.get('annals')!.get('说明 About')!;
    const byItem = new Map(about.map((record) => [record[0], record.slice(1)]));
    expect(byItem.get('标题 Title')?.slice(0, 2)).toEqual(['民政年报全部数据', 'Civil Affairs Annals: all figures']);
    expect(byItem.get('来源 Source')?.[0]).toMatch(/^民政年报：/);
    expect(byItem.get('来源 Source')?.[1]).toMatch(/^Civil Affairs Annals: /);
    expect(byItem.get('许可 Licence')?.[0]).toMatch(/转载或引用请注明原发布机构/);
    expect(byItem.get('许可 Licence')?.[1]).toMatch(/credit the original bureau/);
    expect(byItem.get('生成日期 Generated')?.[0]).toBe('2023-03-17');
    expect(byItem.get('region_code')?.slice(0, 2)).toEqual(['发布机构的行政区划代码（文本，保留前导零）', "The publisher's administrative region code (text, leading zeros kept)"]);
    expect(byItem.get('ratio')?.slice(0, 2)).toEqual(['比例，按原文写作 a:b', 'A ratio a:b as written']);
    const header = csvShown.get('annals')!.get('annals')![0]!;
    for (const column of header) expect(byItem.get(column)?.[0], column).toMatch(/\S/);
  });

  it('report, indicator, bureau and about pages offer the XLSX, in both languages', () => {
    const pages: Array<[string, string[]]> = [
      ['reports/example-district/2022', ['/data/reports/example-district-2022.xlsx']],
      ['indicators/eldercare-beds', ['/data/indicators/eldercare-beds.xlsx']],
      ['bureaus/example-district', ['/data/reports/example-district-2022.xlsx', '/data/reports/example-district-2023.xlsx', '/data/annals.xlsx']],
      ['about', ['/data/annals.xlsx']],
    ];
    for (const [page, hrefs] of pages) {
      for (const prefix of ['', 'en/']) {
        const html = readFileSync(join(dist, prefix, page, 'index.html'), 'utf8');
        for (const href of hrefs) {
          expect(html, `${prefix}${page} links ${href}`).toContain(`href="${href}"`);
          expect(readFileSync(join(dist, href)).subarray(0, 2).toString(), href).toBe('PK');
        }
      }
    }
  });

  describe('byte-identical XLSX', () => {
    afterEach(() => vi.useRealTimers());

    it('the built workbook is what rowsToXlsx makes, whatever the clock says', async () => {
      const { site } = loadSite(fixture.root);
      const options = { siteUrl: 'https://annals.example.org' };
      const metadata = { title: scopeTitle(site!, { kind: 'all' }), siteUrl: 'https://annals.example.org/', generated: generatedDate(site!, {}) };
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2040-02-29T13:57:31Z'));
      const first = await rowsToXlsx(allRows(site!, options), metadata);
      vi.setSystemTime(new Date('1999-07-01T01:02:03Z'));
      const second = await rowsToXlsx(allRows(site!, options), metadata);
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
      expect(Buffer.from(first).equals(readFileSync(join(dist, 'data/annals.xlsx')))).toBe(true);
    });
  });
});
