/**
 * Precision as written, for the units of the statistics model (issue 11): per-thousand
 * values (2.0‰ is "2.0 per 1,000" and `value` 2.0), counts in the document's own measure
 * word, and money standards stated per year. Random decimals with 万/亿 go into a copy of
 * tests/fixtures/statistics through the real loader; the zh text, the en text and the
 * download value are read back by the small readers below (not by the formatter under
 * test) and must denote exactly the written decimal, with its written decimals.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { reportRows } from '../../../src/lib/downloads.ts';
import { formatFigureValue } from '../../../src/lib/format.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const Y2022 = 'data/figures/example-ministry/2022.yaml';
const TODAY = '2024-06-15';
const SHIFT = { '': 0, '万': 4, '亿': 8 } as const;
type Scale = keyof typeof SHIFT;

interface Written { whole: string; fraction: string; scale: Scale }

/** The plain decimal a written value denotes, by moving the point by hand: "2.05万" → "20500", "1.234560万" → "12345.60". */
function plainOf({ whole, fraction, scale }: Written): string {
  const shift = SHIFT[scale];
  const digits = `${whole}${fraction.padEnd(shift, '0')}`;
  const point = whole.length + shift;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point);
  return rest ? `${integer}.${rest}` : integer;
}

const group = (plain: string): string => {
  const [integer = '', rest] = plain.split('.');
  return `${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${rest === undefined ? '' : `.${rest}`}`;
};
const text = (w: Written): string => `${w.whole}${w.fraction ? `.${w.fraction}` : ''}${w.scale}`;
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const whole = (max: number) => fc.oneof(fc.constant('0'), fc.tuple(fc.constantFrom(...'123456789'), digits(0, max - 1)).map(([a, b]) => `${a}${b}`));

/** Per-thousand values: under 1,000, any number of decimals, no scale word. */
const perThousand = fc.record({ whole: whole(3), fraction: digits(0, 6), scale: fc.constant<Scale>('') });
/** Counts: with 万 or 亿, at most as many decimals as the scale word makes whole. */
const count = fc.record({ whole: whole(6), scale: fc.constantFrom<Scale>('', '万', '亿') }).chain(({ whole: w, scale }) =>
  digits(0, SHIFT[scale]).map((fraction) => ({ whole: w, fraction, scale })));
/** Money per year: any decimals, any scale word. */
const money = fc.record({ whole: whole(8), fraction: digits(0, 10), scale: fc.constantFrom<Scale>('', '万', '亿') });

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

describe('precision as written, in the units of the statistics model', () => {
  it('per-thousand, counts in the document\'s measure word and money per year keep every written decimal', () => {
    fc.assert(
      fc.property(perThousand, count, money, (rate, institutions, standard) => {
        fixture?.dispose();
        fixture = copyFixture('statistics');
        // The 2022 figures become the generated ones; their changes would no longer fit, so they go.
        fixture.write(Y2022, [
          'bureau: example-ministry', 'year: 2022', 'source: { title: 测试（虚构）, date: 2023-08-30 }', 'figures:',
          `  divorce-rate: { value: "${text(rate)}" }`,
          `  eldercare-institutions: { value: "${text(institutions)}", measure_word: 个 }`,
          `  dibao-standard: { value: "${text(standard)}", per: year }`,
          '  marriage-registrations: { value: 683.5万 }', '  bed-occupancy: { value: "52.0" }', '',
        ].join('\n'));
        const result = loadSite(fixture.root, { buildDate: TODAY });
        expect(result.issues).toEqual([]);
        const site = result.site!;
        const report = site.reports.find((candidate) => candidate.year === 2022)!;
        const rows = reportRows(site, report, { siteUrl: 'https://example.org' });
        const shown = (id: string, lang: 'zh' | 'en') => {
          const figure = report.figures.find((candidate) => candidate.id === id)!;
          return formatFigureValue(figure, site.indicators[id]!, lang);
        };
        const value = (id: string) => rows.find((row) => row.figure_id === id)!.value;

        expect(shown('divorce-rate', 'zh')).toBe(`${text(rate)}‰`);
        expect(shown('divorce-rate', 'en')).toBe(`${group(plainOf(rate))} per 1,000`);
        expect(value('divorce-rate')).toBe(plainOf(rate));

        expect(shown('eldercare-institutions', 'zh')).toBe(`${text(institutions)}个`);
        expect(shown('eldercare-institutions', 'en')).toBe(`${group(plainOf(institutions))} institutions`);
        expect(value('eldercare-institutions')).toBe(plainOf(institutions));

        expect(shown('dibao-standard', 'zh')).toBe(`${text(standard)}元/人·年`);
        expect(shown('dibao-standard', 'en')).toBe(`CNY ${group(plainOf(standard))} per person per year`);
        expect(value('dibao-standard')).toBe(plainOf(standard));
      }),
      { numRuns: 20, seed: 11 },
    );
  });

  it('2.0‰ is "2.0 per 1,000" and its download value is 2.0', () => {
    fixture = copyFixture('statistics');
    const site = loadSite(fixture.root, { buildDate: TODAY }).site!;
    const report = site.reports.find((candidate) => candidate.year === 2021)!;
    const figure = report.figures.find((candidate) => candidate.id === 'divorce-rate')!;
    expect(formatFigureValue(figure, site.indicators['divorce-rate']!, 'zh')).toBe('2.0‰');
    expect(formatFigureValue(figure, site.indicators['divorce-rate']!, 'en')).toBe('2.0 per 1,000');
    expect(reportRows(site, report, { siteUrl: 'https://example.org' }).find((row) => row.figure_id === 'divorce-rate')!.value).toBe('2.0');
  });
});
