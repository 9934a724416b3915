/** The screen-reader summary: span, values while few, then a pointer to the table. */
import { describe, expect, it } from 'vitest';
import { groupSeries } from '../../../../src/lib/charts/series.ts';
import { chartSummary, emptySummary, SUMMARY_LIMIT } from '../../../../src/lib/charts/summary.ts';
import { row } from './helpers.ts';

describe('chartSummary', () => {
  it('lists each series’ values while there are few', () => {
    const series = groupSeries([row({ asOf: '2021', period: '2021年', value: '1张' }), row({ asOf: '2022', period: '2022年', value: '2张' })], '床位', 'zh');
    expect(chartSummary({ title: '床位', unit: '张', from: '2021年', to: '2022年', series, notes: [], lang: 'zh' }))
      .toBe('图表：床位（张），共2个数值，时间从2021年到2022年。A：2021年 1张，2022年 2张。');
  });

  it('points to the table above the limit', () => {
    const rows = Array.from({ length: SUMMARY_LIMIT + 1 }, (_, index) => row({ asOf: String(2000 + index) }));
    const text = chartSummary({ title: 'Beds', unit: 'beds', from: '2000', to: '2012', series: groupSeries(rows, 'Beds', 'en'), notes: ['Note.'], lang: 'en' });
    expect(text).toBe('Chart of Beds (beds): 13 values, 2000 to 2012. There are many values; the exact values are in the table. Note.');
  });

  it('says only title, unit and notes when nothing is drawn', () => {
    expect(emptySummary('Ratio', '', ['Ratios are not charted; the values are in the table.'], 'en')).toBe('Ratio. Ratios are not charted; the values are in the table.');
  });
});
