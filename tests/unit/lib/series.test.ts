/** Figures across reports: an indicator over bureaus and years, a bureau's indicators over years. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import type { Figure, Report, Site } from '../../../src/lib/model.ts';
import { bureauIndicatorMatrix, figuresOfIndicator } from '../../../src/lib/series.ts';
import { FIXTURES } from '../../helpers/fixture.ts';

const { site: basic } = loadSite(join(FIXTURES, 'basic'));
if (!basic) throw new Error('basic fixture must load');

const beds2022 = basic.reports[0]!.figures.find((figure) => figure.id === 'eldercare-beds')!;
const figure = (id: string, year: number, asOf: string, extra: Partial<Figure> = {}): Figure => ({ ...beds2022, id, year, asOf, ...extra });
const report = (bureauId: string, year: number, figures: Figure[]): Report => ({ ...basic.reports[0]!, bureauId, year, figures: figures.map((f) => ({ ...f, bureauId, year })) });

/**
 * Two bureaus; "b-district" reports 2019 and 2022 but not 2020–2021 (a gap); "a-city"
 * reports 2021 with a month, a period and a target of the same indicator.
 */
const site: Site = {
  ...basic,
  bureaus: { ...basic.bureaus, 'a-city': { ...basic.bureaus['example-district']!, id: 'a-city' }, 'b-district': { ...basic.bureaus['example-district']!, id: 'b-district' } },
  reports: [
    report('b-district', 2022, [figure('beds', 2022, '2022'), figure('orphans', 2022, '2022', { indicatorId: 'orphans-supported' })]),
    report('a-city', 2021, [
      figure('beds-target', 2021, '2025', { status: 'target' }),
      figure('beds-period', 2021, '2021-01/2021-06'),
      figure('beds-dec', 2021, '2021-12'),
      figure('beds-same-date-target', 2021, '2021-12', { status: 'target' }),
    ]),
    report('b-district', 2019, [figure('beds', 2019, '2019'), figure('dibao', 2019, '2019', { indicatorId: 'dibao-standard' })]),
  ],
};

describe('figuresOfIndicator', () => {
  it('orders by bureau, then year, then as-of, then actual before target; skips other indicators', () => {
    const placed = figuresOfIndicator(site, 'eldercare-beds').map(({ report: r, figure: f }) => `${r.bureauId}/${r.year}/${f.id}`);
    expect(placed).toEqual([
      'a-city/2021/beds-period',
      'a-city/2021/beds-dec',
      'a-city/2021/beds-same-date-target',
      'a-city/2021/beds-target',
      'b-district/2019/beds',
      'b-district/2022/beds',
    ]);
  });

  it('keeps a gap a gap: no year is invented between 2019 and 2022', () => {
    const years = figuresOfIndicator(site, 'eldercare-beds').filter(({ report: r }) => r.bureauId === 'b-district').map(({ report: r }) => r.year);
    expect(years).toEqual([2019, 2022]);
  });

  it('is empty for an indicator no report has', () => {
    expect(figuresOfIndicator(site, 'social-orgs')).toEqual([]);
  });

  it('on the fixture: both years of eldercare beds, with their own values', () => {
    expect(figuresOfIndicator(basic, 'eldercare-beds').map(({ figure: f }) => [f.year, f.asOf, f.value.type === 'number' ? f.value.written : ''])).toEqual([
      [2022, '2022-12', '20.7万'],
      [2023, '2023', '21万'],
    ]);
  });
});

describe('bureauIndicatorMatrix', () => {
  it("lists a bureau's report years as columns, gaps left out, and its indicators by topic then id", () => {
    const matrix = bureauIndicatorMatrix(site, 'b-district');
    expect(matrix.years).toEqual([2022, 2019]); // in the site's report order
    // assistance (dibao-standard) before children (orphans-supported) before eldercare (eldercare-beds)
    expect(matrix.rows.map((row) => row.indicatorId)).toEqual(['dibao-standard', 'orphans-supported', 'eldercare-beds']);
    const beds = matrix.rows.find((row) => row.indicatorId === 'eldercare-beds')!;
    expect([...beds.byYear.keys()].sort()).toEqual([2019, 2022]);
    expect(beds.byYear.get(2020)).toBeUndefined();
    expect(matrix.rows.find((row) => row.indicatorId === 'dibao-standard')!.byYear.get(2022)).toBeUndefined();
  });

  it('keeps every figure of one indicator in one year (an actual, a period and targets)', () => {
    const matrix = bureauIndicatorMatrix(site, 'a-city');
    expect(matrix.years).toEqual([2021]);
    expect(matrix.rows).toHaveLength(1);
    expect(matrix.rows[0]!.byYear.get(2021)!.map((f) => f.id)).toEqual(['beds-target', 'beds-period', 'beds-dec', 'beds-same-date-target']);
  });

  it('is empty for a bureau without reports', () => {
    expect(bureauIndicatorMatrix(site, 'nowhere')).toEqual({ years: [], rows: [] });
  });
});
