/**
 * The download writer: CSV quoting (RFC 4180), the formula guard, BOM and CRLF, rows built
 * from the basic fixture site, the JSON form and the generated date. The CSV is read back
 * with the independent reader in tests/helpers/csv.ts, which is tested here too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  allRows,
  BOM,
  COLUMNS,
  csvCell,
  downloadJson,
  downloadPaths,
  generatedDate,
  guardFormula,
  indicatorRows,
  quoteCsvField,
  reportRows,
  rowsToCsv,
  toCsv,
  toJson,
  valueAsWritten,
  type DownloadRow,
} from '../../../src/lib/downloads.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import type { Site } from '../../../src/lib/model.ts';
import { copyFixture, FIXTURES, type FixtureCopy } from '../../helpers/fixture.ts';
import { csvObjects, CsvSyntaxError, parseCsv, withoutTextFormulas } from '../../helpers/csv.ts';
import { join } from 'node:path';

const SITE_URL = 'https://annals.test';

function basicSite(root = join(FIXTURES, 'basic')): Site {
  const { site, issues } = loadSite(root);
  if (!site) throw new Error(`basic fixture must load: ${JSON.stringify(issues)}`);
  return site;
}

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-', "'-"],
    ['-5元', "'-5元"],
  ])('guards text %j', (cell, guarded) => {
    expect(guardFormula(cell)).toBe(guarded);
  });

  it.each(['-3', '-2.5', '-2.5万', '-1亿', '855', '20.7万', '0.21', '1:0.81', '7.6%', '2022-12', ''])('never alters %j', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
  });

  it('leaves a formula character inside the text alone', () => {
    expect(guardFormula('a=b, c+d, e-f, g@h')).toBe('a=b, c+d, e-f, g@h');
  });
});

describe('quoteCsvField / csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['中文，全角逗号', '中文，全角逗号'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['"', '""""'],
    ['', ''],
  ])('%j → %j', (cell, quoted) => {
    expect(quoteCsvField(cell)).toBe(quoted);
  });

  it('guards first, then quotes', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('=A1 "x"')).toBe(`"'=A1 ""x"""`);
  });
});

describe('toCsv', () => {
  const csv = toCsv(['a', 'b'], [['1', 'x,y'], ['-3', '=cmd'], ['', 'multi\r\nline']]);

  it('starts with the UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(`${BOM}a,b\r\n1,"x,y"\r\n-3,'=cmd\r\n,"multi\r\nline"\r\n`);
  });

  it('reads back with an independent RFC 4180 reader', () => {
    expect(parseCsv(csv)).toEqual({
      bom: true,
      records: [['a', 'b'], ['1', 'x,y'], ['-3', "'=cmd"], ['', 'multi\r\nline']],
    });
  });
});

describe('parseCsv (test reader)', () => {
  it('handles quotes, doubled quotes, empty fields and a missing BOM', () => {
    expect(parseCsv('"a ""q""",,"",x\r\n')).toEqual({ bom: false, records: [['a "q"', '', '', 'x']] });
  });

  it.each([
    ['a\nb\r\n', 'Bare CR or LF'],
    ['a,b', 'not ended by CRLF'],
    ['"open\r\n', 'Unterminated'],
    ['a"b\r\n', 'Quote inside'],
    ['"a"b\r\n', 'after a closing quote'],
  ])('rejects %j', (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    expect(() => parseCsv(text)).toThrow(message);
  });
});

describe('rows from the basic fixture', () => {
  const site = basicSite();
  const report = site.reports.find((candidate) => candidate.year === 2022)!;
  const rows = reportRows(site, report, { siteUrl: SITE_URL });
  const row = (id: string): DownloadRow => {
    const found = rows.find((candidate) => candidate.figure_id === id);
    if (!found) throw new Error(`no row ${id}`);
    return found;
  };

  it('has one row per figure, in the order of the data file, with every column', () => {
    expect(rows.map((candidate) => candidate.figure_id)).toEqual(report.figures.map((figure) => figure.id));
    for (const candidate of rows) expect(Object.keys(candidate)).toEqual([...COLUMNS]);
  });

  it('keeps the written value and its exact expansion', () => {
    expect(row('eldercare-beds')).toMatchObject({ value_as_written: '20.7万', value: '207000', unit_zh: '张', unit_en: 'beds', as_of: '2022-12' });
    expect(row('dibao-paid')).toMatchObject({ value_as_written: '2850.46万', value: '28504600', kind: 'amount', unit_zh: '元', unit_en: 'CNY' });
    expect(row('operation-rate')).toMatchObject({ value_as_written: '83.5', value: '83.5', unit_zh: '%' });
  });

  it('leaves value empty for ratios and ranges, and fills their own columns', () => {
    expect(row('urban-rural-ratio')).toMatchObject({ value_as_written: '1:0.81', value: '', ratio: '1:0.81', range_low: '', range_high: '' });
    expect(row('bed-subsidy')).toMatchObject({ value_as_written: '4000—6000', value: '', range_low: '4000', range_high: '6000', status: 'target' });
  });

  it('records qualifier, status, as-of and change exactly', () => {
    expect(row('orphans-supported')).toMatchObject({ qualifier: 'over', status: 'actual', as_of: '2022' });
    expect(row('dibao-standard')).toMatchObject({ change_reported: '7.6%', change_direction: '', change_from: '' });
    expect(row('social-orgs')).toMatchObject({ change_reported: '41%', change_from: '1116' });
  });

  it('names the bureau, indicator and source, and links both languages', () => {
    expect(row('dibao-standard')).toMatchObject({
      bureau_id: 'example-district',
      bureau_zh: '示例区民政局（虚构）',
      bureau_en: 'Example District Civil Affairs Bureau (fictional)',
      year: '2022',
      indicator_id: 'dibao-standard',
      indicator_zh: '低保标准',
      indicator_en: 'Minimum living allowance standard',
      topic: 'assistance',
      source_title: '示例区民政局2022年工作总结（虚构）',
      source_date: '2023-03-17',
      source_url: '',
      permalink_zh: 'https://annals.test/reports/example-district/2022/#dibao-standard',
      permalink_en: 'https://annals.test/en/reports/example-district/2022/#dibao-standard',
    });
  });

  it('selects an indicator across reports and the whole dataset', () => {
    const all = allRows(site, { siteUrl: SITE_URL });
    expect(all).toHaveLength(site.reports.reduce((sum, candidate) => sum + candidate.figures.length, 0));
    const beds = indicatorRows(site, 'eldercare-beds', { siteUrl: SITE_URL });
    expect(beds.length).toBeGreaterThan(0);
    expect(beds.every((candidate) => candidate.indicator_id === 'eldercare-beds')).toBe(true);
    expect(beds).toEqual(all.filter((candidate) => candidate.indicator_id === 'eldercare-beds'));
  });

  it('round-trips through CSV', () => {
    const parsed = parseCsv(rowsToCsv(rows));
    expect(parsed.bom).toBe(true);
    expect(parsed.records[0]).toEqual([...COLUMNS]);
    expect(csvObjects(withoutTextFormulas(parsed.records))).toEqual(rows);
  });
});

describe('formula guard on real rows', () => {
  let fixture: FixtureCopy | undefined;
  afterEach(() => fixture?.dispose());

  it('guards free text from the data but never a number', () => {
    fixture = copyFixture('basic');
    fixture.replace(
      'data/figures/example-district/2022.yaml',
      'dibao-paid: { value: 2850.46万 }',
      'dibao-paid: { value: 2850.46万, note: { zh: "=HYPERLINK(\\"http://x\\")", en: "@SUM(1,2)" }, label: { zh: "-减少", en: "+more" } }',
    );
    const site = basicSite(fixture.root);
    const report = site.reports.find((candidate) => candidate.year === 2022)!;
    const rows = csvObjects(withoutTextFormulas(parseCsv(rowsToCsv(reportRows(site, report, { siteUrl: SITE_URL }))).records));
    const paid = rows.find((candidate) => candidate.figure_id === 'dibao-paid')!;
    expect(paid).toMatchObject({
      note_zh: `'=HYPERLINK("http://x")`,
      note_en: "'@SUM(1,2)",
      label_zh: "'-减少",
      label_en: "'+more",
      value_as_written: '2850.46万',
      value: '28504600',
    });
  });
});

describe('valueAsWritten', () => {
  it('writes each kind of value as the YAML does', () => {
    expect(valueAsWritten({ type: 'unknown', asWritten: '20_0万' })).toBe('20_0万');
    expect(valueAsWritten({ type: 'ratio', written: '1:0.81', ratio: { left: '1', right: '0.81' } })).toBe('1:0.81');
  });
});

describe('downloadPaths', () => {
  it('gives stable, language-neutral URLs', () => {
    expect(downloadPaths.all('csv')).toBe('/data/annals.csv');
    expect(downloadPaths.report('unnamed-city', 2022, 'json')).toBe('/data/reports/unnamed-city-2022.json');
    expect(downloadPaths.indicator('eldercare-beds', 'csv')).toBe('/data/indicators/eldercare-beds.csv');
  });
});

describe('generatedDate and JSON', () => {
  afterEach(() => vi.useRealTimers());
  const site = basicSite();

  it('uses SOURCE_DATE_EPOCH when the build sets it', () => {
    expect(generatedDate(site, { SOURCE_DATE_EPOCH: '1700000000' })).toEqual({ date: '2023-11-14', basis: 'SOURCE_DATE_EPOCH' });
  });

  it('otherwise uses the latest date in the data, never the clock', () => {
    const first = generatedDate(site, {});
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-01T12:00:00Z'));
    expect(generatedDate(site, {})).toEqual(first);
    expect(first.basis).toBe('latest-source-date');
    const dates = site.reports.flatMap((report) => [report.source.date ?? '', report.disclosure?.date?.slice(0, 10) ?? '']);
    expect(first.date).toBe(dates.sort().at(-1));
  });

  it('holds the same rows as the CSV, every value a string, plus catalog and bureaus', () => {
    const generated = generatedDate(site, {});
    const json = JSON.parse(toJson(downloadJson(site, { kind: 'all' }, { siteUrl: SITE_URL, generated })));
    expect(json.figures).toEqual(allRows(site, { siteUrl: SITE_URL }));
    for (const figure of json.figures) for (const value of Object.values(figure)) expect(typeof value).toBe('string');
    expect(Object.keys(json.indicators).sort()).toEqual(Object.keys(site.indicators).sort());
    expect(Object.keys(json.bureaus)).toEqual(['example-district']);
    expect(json.bureaus['example-district']).toMatchObject({ fictional: true, region_code: '999901', level: 'district' });
    expect(json.metadata).toMatchObject({ generated: generated.date, site: 'https://annals.test/', columns: [...COLUMNS], figure_count: json.figures.length });
    expect(json.metadata.licence.zh).toBeTruthy();
    expect(json.metadata.licence.en).toBeTruthy();
  });

  it('is byte-identical whatever the clock says', () => {
    const build = () => {
      const generated = generatedDate(site, {});
      return [rowsToCsv(allRows(site, { siteUrl: SITE_URL })), toJson(downloadJson(site, { kind: 'all' }, { siteUrl: SITE_URL, generated }))];
    };
    const before = build();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('1999-12-31T23:59:59Z'));
    expect(build()).toEqual(before);
  });
});
