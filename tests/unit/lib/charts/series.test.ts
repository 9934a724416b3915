/** Series: grouping drawn rows by bureau, status and figure, naming them, and their datasets. */
import { describe, expect, it } from 'vitest';
import { groupSeries, seriesDatasets } from '../../../../src/lib/charts/series.ts';
import { row } from './helpers.ts';

describe('groupSeries', () => {
  it('puts actuals before targets and names targets as such', () => {
    const series = groupSeries([row({ asOf: '2021' }), row({ asOf: '2025', status: 'target', figureId: 'plan' }), row({ asOf: '2022' })], 'Beds', 'en');
    expect(series.map((one) => [one.label, one.rows.map((r) => r.asOf)])).toEqual([
      ['A', ['2021', '2022']],
      ['A (target)', ['2025']],
    ]);
  });
});

describe('seriesDatasets', () => {
  it('draws points as a line and ranges as bars, and lists the markers used', () => {
    const series = groupSeries([row({ asOf: '2021' }), row({ asOf: '2022', shape: 'range', value: '1–2 beds' })], 'Beds', 'en');
    const { datasets, legend, used } = seriesDatasets(series, 'en', (r) => Number(r.asOf), (r) => (r.shape === 'range' ? [1, 2] : 5));
    expect(datasets.map((dataset) => [dataset.type, dataset.label, dataset.data])).toEqual([
      ['line', 'A', [{ x: 2021, y: 5, when: '2021', tip: 'A: 1 bed' }]],
      ['bar', 'A (range)', [{ x: 2022, y: [1, 2], when: '2022', tip: 'A: 1–2 beds' }]],
    ]);
    expect(legend).toEqual([{ label: 'A', colour: 0, target: false }]);
    expect([...used]).toEqual(['exact', 'range']);
  });
});

describe('seriesDatasets: gaps', () => {
  it('puts a null point inside each missing year, so the line never joins across it', () => {
    const series = groupSeries(['2013', '2015', '2016', '2018'].map((asOf) => row({ asOf })), 'Beds', 'en');
    const [line] = seriesDatasets(series, 'en', (r) => Number(r.asOf), () => 7).datasets;
    expect(line?.data.map((point) => [point.x, point.y])).toEqual([[2013, 7], [2014, null], [2015, 7], [2016, 7], [2017, null], [2018, 7]]);
    expect(line?.type === 'line' && line.spanGaps).toBe(false);
    expect(line?.type === 'line' && line.pointRadius).toEqual([4, 0, 4, 4, 0, 4]);
  });

  it('joins values of consecutive years and of one year', () => {
    const series = groupSeries(['2017-05', '2017-12', '2018'].map((asOf) => row({ asOf })), 'Beds', 'en');
    const [line] = seriesDatasets(series, 'en', (r) => Number(r.asOf.slice(0, 4)), () => 7).datasets;
    expect(line?.data.map((point) => point.y)).toEqual([7, 7, 7]);
  });
});

describe('groupSeries: money standards per month and per year', () => {
  it('never puts values per month and per year on one line, and labels each when they are mixed', () => {
    const series = groupSeries([
      row({ asOf: '2021', per: 'month', value: '855元' }),
      row({ asOf: '2022', per: 'year', value: '10260元' }),
      row({ asOf: '2023', per: 'month', value: '900元' }),
    ], '低保标准', 'zh');
    expect(series.map((one) => [one.label, one.rows.map((r) => r.value)])).toEqual([
      ['A（按月）', ['855元', '900元']],
      ['A（按年）', ['10260元']],
    ]);
  });

  it('adds no period to labels when every value states the same one', () => {
    const series = groupSeries([row({ asOf: '2021', per: 'month' }), row({ asOf: '2022', per: 'month' })], 'Standard', 'en');
    expect(series.map((one) => one.label)).toEqual(['A']);
  });

  it('keeps provisional and estimated values on the actual line; only targets get their own', () => {
    const series = groupSeries([row({ asOf: '2021' }), row({ asOf: '2022', status: 'provisional' }), row({ asOf: '2023', status: 'estimated' }), row({ asOf: '2025', status: 'target' })], 'Beds', 'en');
    expect(series.map((one) => [one.label, one.rows.length])).toEqual([['A', 3], ['A (target)', 1]]);
  });
});
