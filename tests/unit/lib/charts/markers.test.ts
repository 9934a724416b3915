/** Markers: which shape a figure gets, and colours cycling through the palette. */
import { describe, expect, it } from 'vitest';
import { colourIndex, SERIES_COLOURS, shapeOf } from '../../../../src/lib/charts/markers.ts';
import { figure, number } from './helpers.ts';

describe('shapeOf', () => {
  it('gives each qualifier family its own shape, and plain numbers a circle', () => {
    expect(shapeOf(figure({ id: 'x', value: number('1') }))).toBe('exact');
    expect(shapeOf(figure({ id: 'x', value: number('1'), qualifier: 'over' }))).toBe('more');
    expect(shapeOf(figure({ id: 'x', value: number('1'), qualifier: 'at-least' }))).toBe('more');
    expect(shapeOf(figure({ id: 'x', value: number('1'), qualifier: 'under' }))).toBe('less');
    expect(shapeOf(figure({ id: 'x', value: number('1'), qualifier: 'up-to' }))).toBe('less');
    expect(shapeOf(figure({ id: 'x', value: number('1'), qualifier: 'about' }))).toBe('approx');
    expect(shapeOf(figure({ id: 'x', value: number('1'), qualifier: 'nearly' }))).toBe('approx');
  });

  it('marks ranges, illegible values and ratios by their type', () => {
    expect(shapeOf(figure({ id: 'x', value: { type: 'unknown', asWritten: '2_万' } }))).toBe('unknown');
    const low = number('1'), high = number('2');
    if (low.type !== 'number' || high.type !== 'number') throw new Error('numbers');
    expect(shapeOf(figure({ id: 'x', value: { type: 'range', written: ['1', '2'], low: low.number, high: high.number } }))).toBe('range');
  });
});

describe('colourIndex', () => {
  it('cycles through the eight colours', () => {
    expect(SERIES_COLOURS).toHaveLength(8);
    expect([0, 1, 7, 8, 9].map(colourIndex)).toEqual([0, 1, 7, 0, 1]);
  });
});
