/**
 * Exact or refused: random decimals with scale words and qualifiers, written into a real
 * data file and read by the real loader. Every value that fits the precision comes out of
 * the Chinese text, the English text, the CSV, the JSON and the search records as the same exact decimal, with
 * its written precision; every value that does not is refused at its place.
 *
 * The outputs are read back by the small parsers below, written for this test, never by
 * the formatter under test.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseExactNumber } from '../../../src/lib/decimal.ts';
import { downloadJson, reportRows, rowsToCsv, toJson } from '../../../src/lib/downloads.ts';
import { formatFigureValue } from '../../../src/lib/format.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import type { Site } from '../../../src/lib/model.ts';
import { pageFigures } from '../../../src/lib/search/figure-entry.ts';
import { QUALIFIERS, type Qualifier } from '../../../src/schemas/report-data.ts';
import { csvObjects, parseCsv, withoutTextFormulas } from '../../helpers/csv.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const DATA_2023 = 'data/figures/example-district/2023.yaml';
const TODAY = '2024-06-15';
const SCALES = { '': 0, '万': 4, '亿': 8, '万亿': 12 } as const;
type Scale = keyof typeof SCALES;

interface Written {
  whole: string;
  fraction: string;
  scale: Scale;
  qualifier: Qualifier | undefined;
}

/** A decimal as sign-free digits and a power of ten, without leading or trailing zeros: 20.70万 → { digits: "207", exponent: 3 }. */
interface Exact {
  digits: string;
  exponent: number;
}

function exact(whole: string, fraction: string, shift: number): Exact {
  const all = `${whole}${fraction}`;
  const lead = all.length - all.replace(/^0+/, '').length;
  const trimmed = all.replace(/^0+/, '').replace(/0+$/, '');
  if (trimmed === '') return { digits: '0', exponent: 0 };
  // Value = all × 10^(shift − fraction.length); the last kept digit sits at that power plus the trailing zeros cut.
  const trailing = all.length - lead - trimmed.length;
  return { digits: trimmed, exponent: shift - fraction.length + trailing };
}

const significant = (written: Written): number => `${written.whole}${written.fraction}`.replace(/^0+/, '').replace(/0+$/, '').length;
const valueText = (written: Written): string => `${written.whole}${written.fraction ? `.${written.fraction}` : ''}${written.scale}`;

/** "2850.46万余元" / "约2850.46万元" → the exact decimal its number denotes. */
function readZh(text: string): Exact {
  const match = /^(?:不到|约|近|最高|至少|超过)?(\d+)(?:\.(\d+))?(万亿|万|亿)?余?元$/.exec(text);
  if (!match) throw new Error(`unexpected zh text ${text}`);
  return exact(match[1]!, match[2] ?? '', SCALES[(match[3] ?? '') as Scale]);
}

/** "more than CNY 28,504,600.5" → the exact decimal and the digits after its point. */
function readEn(text: string): { value: Exact; places: number } {
  const match = /^(?:more than |under |about |nearly |up to |at least )?CNY (\d{1,3}(?:,\d{3})*)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`unexpected en text ${text}`);
  return readPlain(`${match[1]!.replaceAll(',', '')}${match[2] ? `.${match[2]}` : ''}`);
}

/** "28504600.50" (CSV and JSON cells): digits and one point only, never an exponent. */
function readPlain(text: string): { value: Exact; places: number } {
  const match = /^(0|[1-9]\d*)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a plain decimal: ${text}`);
  return { value: exact(match[1]!, match[2] ?? '', 0), places: (match[2] ?? '').length };
}

const digitsOf = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max, size: 'max' });
const nonZero = fc.constantFrom(...'123456789');
const wholeOf = (max: number) => fc.oneof(fc.constant('0'), fc.tuple(nonZero, digitsOf(0, max - 1)).map(([first, rest]) => `${first}${rest}`));
const scaleOf = fc.constantFrom<Scale>('', '万', '亿', '万亿');
const qualifierOf = fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined });
/** Up to 40 digits before the point and 24 after: at most 64 significant digits. */
const fitting: fc.Arbitrary<Written> = fc.record({ whole: wholeOf(40), fraction: digitsOf(0, 24), scale: scaleOf, qualifier: qualifierOf });
/** 65 to 90 significant digits (first and last non-zero), the point anywhere among them. */
const tooPrecise: fc.Arbitrary<Written> = fc
  .tuple(nonZero, digitsOf(63, 88), nonZero, fc.nat(), scaleOf, qualifierOf)
  .map(([first, middle, last, at, scale, qualifier]) => {
    const core = `${first}${middle}${last}`;
    const point = 1 + (at % core.length);
    return { whole: core.slice(0, point), fraction: core.slice(point), scale, qualifier };
  });

let fixture: FixtureCopy | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
});

/** The basic fixture with the values as extra dibao-paid figures (amounts in 元) of the 2023 report. */
function load(values: readonly Written[]) {
  fixture?.dispose();
  fixture = copyFixture('basic');
  const lines = values.map((value, index) => `  p${index}: { indicator: dibao-paid, value: "${valueText(value)}"${value.qualifier ? `, qualifier: ${value.qualifier}` : ''} }`);
  fixture.replace(DATA_2023, '  eldercare-beds: { value: 21万 }\n', `  eldercare-beds: { value: 21万 }\n${lines.join('\n')}\n`);
  return loadSite(fixture.root, { buildDate: TODAY });
}

describe('exact or refused', () => {
  it('zh text, en text, CSV and JSON denote the same decimal, with the written precision', () => {
    fc.assert(
      fc.property(fc.array(fitting, { minLength: 1, maxLength: 25 }), (values) => {
        const result = load(values);
        expect(result.issues).toEqual([]);
        const site = result.site as Site;
        const report = site.reports.find((candidate) => candidate.year === 2023)!;
        const indicator = site.indicators['dibao-paid']!;
        const options = { siteUrl: 'https://example.org', generated: { date: TODAY, basis: 'latest-source-date' as const } };
        const csv = csvObjects(withoutTextFormulas(parseCsv(rowsToCsv(reportRows(site, report, options))).records));
        const json = JSON.parse(toJson(downloadJson(site, { kind: 'report', bureauId: 'example-district', year: 2023 }, options))) as { figures: Array<{ figure_id: string; value: string }> };
        values.forEach((value, index) => {
          const id = `p${index}`;
          const figure = report.figures.find((candidate) => candidate.id === id)!;
          const expected = exact(value.whole, value.fraction, SCALES[value.scale]);
          // Digits after the point that the written value fixes: 20.70万 fixes none, 1.234560万 two.
          const places = Math.max(0, value.fraction.length - SCALES[value.scale]);
          const en = readEn(formatFigureValue(figure, indicator, 'en'));
          const csvValue = readPlain(csv.find((row) => row.figure_id === id)!.value!);
          const jsonValue = readPlain(json.figures.find((row) => row.figure_id === id)!.value);
          expect(readZh(formatFigureValue(figure, indicator, 'zh'))).toEqual(expected);
          expect(en).toEqual({ value: expected, places });
          expect(csvValue).toEqual({ value: expected, places });
          expect(jsonValue).toEqual({ value: expected, places });
          expect(readZh(pageFigures(site, report, 'zh').figures[id]![1])).toEqual(expected);
          expect(readEn(pageFigures(site, report, 'en').figures[id]![1])).toEqual({ value: expected, places });
        });
      }),
      { numRuns: 25, seed: 8 },
    );
  });

  it('refuses, at its place, every value with more than 64 significant digits', () => {
    fc.assert(
      fc.property(tooPrecise, (value) => {
        expect(significant(value)).toBeGreaterThan(64);
        const result = load([value]);
        expect(result.site).toBeUndefined();
        expect(result.issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.field}`)).toEqual([
          `too-precise ${DATA_2023}:7:39 figures.p0.value`,
        ]);
      }),
      { numRuns: 25, seed: 8 },
    );
  });

  it('80 nines followed by 亿 is refused; 64 nines followed by 亿 is shown exactly, never as 1e72', () => {
    const refused = load([{ whole: '9'.repeat(80), fraction: '', scale: '亿', qualifier: undefined }]);
    expect(refused.site).toBeUndefined();
    expect(refused.issues.map((issue) => issue.code)).toEqual(['too-precise']);

    const held = load([{ whole: '9'.repeat(64), fraction: '', scale: '亿', qualifier: undefined }]);
    const site = held.site as Site;
    const report = site.reports.find((candidate) => candidate.year === 2023)!;
    const figure = report.figures.find((candidate) => candidate.id === 'p0')!;
    const options = { siteUrl: 'https://example.org', generated: { date: TODAY, basis: 'latest-source-date' as const } };
    const row = reportRows(site, report, options).find((candidate) => candidate.figure_id === 'p0')!;
    expect(row.value).toBe(`${'9'.repeat(64)}00000000`);
    expect(formatFigureValue(figure, site.indicators['dibao-paid']!, 'en')).toBe(`CNY ${'999,'.repeat(21)}900,000,000`);
    expect(formatFigureValue(figure, site.indicators['dibao-paid']!, 'zh')).toBe(`${'9'.repeat(64)}亿元`);
  });

  it('keeps trailing zeros as written', () => {
    const result = load([
      { whole: '855', fraction: '0', scale: '', qualifier: undefined },
      { whole: '1', fraction: '234560', scale: '万', qualifier: undefined },
      { whole: '20', fraction: '70', scale: '万', qualifier: 'about' },
    ]);
    const site = result.site as Site;
    const report = site.reports.find((candidate) => candidate.year === 2023)!;
    const options = { siteUrl: 'https://example.org', generated: { date: TODAY, basis: 'latest-source-date' as const } };
    const rows = reportRows(site, report, options).filter((row) => row.figure_id.startsWith('p'));
    expect(rows.map((row) => row.value)).toEqual(['855.0', '12345.60', '207000']);
    const texts = report.figures.filter((figure) => figure.id.startsWith('p')).map((figure) => formatFigureValue(figure, site.indicators['dibao-paid']!, 'en'));
    expect(texts).toEqual(['CNY 855.0', 'CNY 12,345.60', 'about CNY 207,000']);
  });
});

describe('parseExactNumber at the edge of the precision', () => {
  it.each([
    [`${'1'.repeat(64)}`, `${'1'.repeat(64)}`],
    [`${'1'.repeat(63)}.1万`, `${'1'.repeat(63)}1000`],
    [`1${'0'.repeat(100)}亿`, `1${'0'.repeat(108)}`],
    [`0.${'0'.repeat(100)}1`, `0.${'0'.repeat(100)}1`],
    ['-0.0', '0.0'],
    ['855.0', '855.0'],
    ['0.05万', '500'],
    ['1.234560万', '12345.60'],
  ])('holds %s exactly as %s', (written, plain) => {
    const parsed = parseExactNumber(written);
    expect(parsed.ok && parsed.value.plain).toBe(plain);
  });

  it.each([[`${'1'.repeat(65)}`], [`${'1'.repeat(64)}.1`], [`0.1${'0'.repeat(70)}1`], [`${'9'.repeat(80)}亿`]])('refuses %s', (written) => {
    expect(parseExactNumber(written)).toEqual({ ok: false, reason: 'too-precise' });
  });
});
