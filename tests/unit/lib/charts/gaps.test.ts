/** Missing years: found between neighbouring values, listed for the table, placed in it. */
import { describe, expect, it } from 'vitest';
import { missingYears, seriesGaps } from '../../../../src/lib/charts/gaps.ts';
import { tableLines } from '../../../../src/lib/charts/rows.ts';
import { groupSeries } from '../../../../src/lib/charts/series.ts';
import { row } from './helpers.ts';

/** A fictional national-like series with no figures for 2014, 2017 and 2019. */
const GAPPY = ['2012', '2013', '2015', '2016', '2018', '2020'].map((asOf) => row({ asOf, period: `${asOf}年` }));

describe('missingYears', () => {
  it('finds every year between neighbouring values that has none', () => {
    expect(missingYears(GAPPY)).toEqual([{ after: 1, years: [2014] }, { after: 3, years: [2017] }, { after: 4, years: [2019] }]);
  });

  it('finds none between a month and the next year, or inside a period', () => {
    expect(missingYears([row({ asOf: '2017-12' }), row({ asOf: '2018' }), row({ asOf: '2019/2020' }), row({ asOf: '2021-01' })])).toEqual([]);
  });
});

describe('seriesGaps and tableLines', () => {
  it('marks each missing year of an actual series in the table, right where it falls', () => {
    const series = groupSeries(GAPPY, 'Marriages', 'zh');
    const gaps = seriesGaps(series, (year) => `${year}年`);
    expect(gaps.map((gap) => gap.period)).toEqual(['2014年', '2017年', '2019年']);
    const lines = tableLines(GAPPY, gaps).map((line) => (line.kind === 'gap' ? `${line.gap.period} 无数据` : line.row.period));
    expect(lines).toEqual(['2012年', '2013年', '2014年 无数据', '2015年', '2016年', '2017年 无数据', '2018年', '2019年 无数据', '2020年']);
  });

  it('does not call a year between two targets missing data', () => {
    const targets = groupSeries([row({ asOf: '2020', status: 'target' }), row({ asOf: '2025', status: 'target' })], 'Beds', 'en');
    expect(seriesGaps(targets, String)).toEqual([]);
  });
});
