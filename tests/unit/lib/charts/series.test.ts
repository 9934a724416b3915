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
    const { datasets, legend, used } = seriesDatasets(series, 'en', (r) => r.asOf, (r) => (r.shape === 'range' ? [1, 2] : 5));
    expect(datasets.map((dataset) => [dataset.type, dataset.label, dataset.data])).toEqual([
      ['line', 'A', [{ x: '2021', y: 5, tip: 'A: 1 bed' }]],
      ['bar', 'A (range)', [{ x: '2022', y: [1, 2], tip: 'A: 1–2 beds' }]],
    ]);
    expect(legend).toEqual([{ label: 'A', colour: 0, target: false }]);
    expect([...used]).toEqual(['exact', 'range']);
  });
});
