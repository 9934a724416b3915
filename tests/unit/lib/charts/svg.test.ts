/** The build-time SVG: standalone text, source and site drawn in, lines broken at gaps. */
import { describe, expect, it } from 'vitest';
import { buildIndicatorChart } from '../../../../src/lib/charts/build.ts';
import { chartSvg } from '../../../../src/lib/charts/svg.ts';
import { niceTicks } from '../../../../src/lib/charts/ticks.ts';
import { BEDS, figure, number } from './helpers.ts';

describe('chartSvg', () => {
  it('draws title, unit, source and site, and lifts the pen at a missing year', () => {
    const points = ['2013', '2015', '2016'].map((asOf) => ({ figure: figure({ id: 'beds', value: number('10'), asOf, year: Number(asOf) }), bureauName: '示例区' }));
    const chart = buildIndicatorChart({ indicator: BEDS, points, lang: 'zh' });
    if (!chart.payload) throw new Error('expected a drawing');
    const svg = chartSvg(chart.payload, { title: '养老床位 <虚构>', unit: '单位：张', source: '来源：示例区 2016年', site: '民政年报', lang: 'zh' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>养老床位 &lt;虚构&gt;</title>');
    for (const text of ['单位：张', '来源：示例区 2016年', '民政年报', '2013年', '2016年']) expect(svg).toContain(`>${text}</text>`);
    const path = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    // Two pieces: 2013 alone, then 2015 to 2016.
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10^n from zero past the largest value', () => {
    expect(niceTicks(207000, 5)).toEqual([0, 50000, 100000, 150000, 200000, 250000]);
    expect(niceTicks(408, 5)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(niceTicks(100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
