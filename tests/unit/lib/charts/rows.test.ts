/** Table rows: every figure, in chart order, exact text, drawn or not; notes on what is left out. */
import { describe, expect, it } from 'vitest';
import { chartRows, notDrawnNotes } from '../../../../src/lib/charts/rows.ts';
import { BEDS, figure, number } from './helpers.ts';

describe('chartRows', () => {
  it('orders by bureau, then date, and places exact plain decimals', () => {
    const placed = chartRows({
      indicator: BEDS,
      lang: 'zh',
      points: [
        { figure: figure({ id: 'beds', bureauId: 'z-district', value: number('3') }), bureauName: 'B' },
        { figure: figure({ id: 'beds', value: number('20.7万'), year: 2023, asOf: '2023' }), bureauName: 'A' },
        { figure: figure({ id: 'beds', value: number('1.5万'), asOf: '2022-05' }), bureauName: 'A' },
      ],
    });
    expect(placed.map(({ row, y }) => [row.bureauName, row.period, row.value, y])).toEqual([
      ['A', '2022年5月', '1.5万张', 15000],
      ['A', '2023年', '20.7万张', 207000],
      ['B', '2022年', '3张', 3],
    ]);
  });

  it('keeps undated and illegible figures in the table but not on the canvas', () => {
    const placed = chartRows({
      indicator: BEDS,
      lang: 'en',
      points: [
        { figure: figure({ id: 'beds', value: number('5'), asOf: '' }), bureauName: 'A' },
        { figure: figure({ id: 'beds', value: { type: 'unknown', asWritten: '2_' } }), bureauName: 'A' },
      ],
    });
    expect(placed.map(({ row, y }) => [row.period, row.drawn, y])).toEqual([
      ['not stated', false, undefined],
      ['2022', false, undefined],
    ]);
    expect(notDrawnNotes(placed.map((entry) => entry.row), false, 'en')).toEqual([
      'Not drawn, because the source’s digits are illegible: A, 2022.',
      'Not drawn, because no date is stated for them (see the table): A 5 beds.',
    ]);
  });
});

describe('chartRows: only the published value', () => {
  it('places a figure’s value, never its alternatives or earlier revisions, and keeps its period', () => {
    const alternative = { value: number('763.6万'), source: { title: '某新闻（虚构）', kind: 'news-report' as const } };
    const revision = { value: number('760万'), date: '2023-05-10' };
    const placed = chartRows({
      indicator: BEDS,
      lang: 'zh',
      points: [{ figure: figure({ id: 'beds', value: number('764.3万'), alternatives: [alternative], revisions: [revision], per: 'year' }), bureauName: 'A' }],
    });
    expect(placed.map(({ row, y }) => [row.value, y, row.per])).toEqual([['764.3万张·年', 7643000, 'year']]);
  });
});
