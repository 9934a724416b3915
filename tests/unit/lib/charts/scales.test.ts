/** Scales and time: axis positions and labels, scale options, the span drawn. */
import { describe, expect, it } from 'vitest';
import { scaleOptions, timeAxis, timeSpan } from '../../../../src/lib/charts/scales.ts';
import { row } from './helpers.ts';

describe('timeAxis', () => {
  it('labels every date in time order, in the page language', () => {
    const axis = timeAxis([row({ asOf: '2022' }), row({ asOf: '2017-05' })], 'zh');
    expect(axis.labels).toEqual(['2017年5月', '2022年']);
  });
});

describe('scaleOptions', () => {
  it('titles the value axis with the unit and leaves room up to 100 for rates', () => {
    expect(scaleOptions({ kind: 'rate' }, '%', 'en').y).toEqual({ type: 'linear', beginAtZero: true, suggestedMax: 100, title: { display: true, text: 'Unit: %' } });
  });
});

describe('timeSpan', () => {
  it('runs from the earliest start to the latest end of periods', () => {
    expect(timeSpan([row({ asOf: '2016/2020' }), row({ asOf: '2018' })], 'en')).toEqual({ from: '2016', to: '2020' });
  });
});
