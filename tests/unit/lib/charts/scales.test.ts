/** Scales: the time axis of the drawn rows, scale options, the span drawn. */
import { describe, expect, it } from 'vitest';
import { scaleOptions, timeAxis, timeSpan } from '../../../../src/lib/charts/scales.ts';
import { row } from './helpers.ts';

describe('timeAxis', () => {
  it('runs from the start of the earliest value to the end of the latest, panels sharing their dates', () => {
    // 2017-05-01 is day 17287, 2023-01-01 day 19358 since 1970-01-01 (by hand); padded by
    // ceil(2071 / 30) = 70 days each side.
    const axis = timeAxis([row({ asOf: '2022' }), row({ asOf: '2017-05' })], 'zh');
    expect([axis.min, axis.max]).toEqual([17217, 19428]);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(['2017年', '2018年', '2019年', '2020年', '2021年', '2022年']);
    const shared = timeAxis([row({ asOf: '2022' })], 'zh', ['2017-05', '']);
    expect([shared.min, shared.max]).toEqual([17217, 19428]);
  });
});

describe('scaleOptions', () => {
  it('puts time on a linear axis and titles the value axis with the unit, with room up to 100 for rates', () => {
    const scales = scaleOptions({ kind: 'rate' }, '%', { min: 1, max: 2 }, 'en');
    expect(scales.x).toEqual({ type: 'linear', min: 1, max: 2, grid: { display: false }, title: { display: true, text: 'Date' } });
    expect(scales.y).toEqual({ type: 'linear', beginAtZero: true, suggestedMax: 100, title: { display: true, text: 'Unit: %' } });
  });
});

describe('timeSpan', () => {
  it('runs from the earliest start to the latest end of periods', () => {
    expect(timeSpan([row({ asOf: '2016/2020' }), row({ asOf: '2018' })], 'en')).toEqual({ from: '2016', to: '2020' });
  });
});
