/** Small multiples: series more than 20 times apart split into one panel per bureau level. */
import { describe, expect, it } from 'vitest';
import { chartPanels, magnitudeSpread, MAGNITUDE_SPLIT, type LevelledPoint } from '../../../../src/lib/charts/multiples.ts';
import { figure, number } from './helpers.ts';

const point = (bureauId: string, level: string, written: string, asOf = '2021'): LevelledPoint => ({
  figure: figure({ id: 'marriages', bureauId, value: number(written), asOf, year: Number(asOf.slice(0, 4)) }),
  bureauName: bureauId,
  bureauLevel: level,
});

describe('chartPanels', () => {
  it('splits a fictional nation’s millions from a district’s thousands, largest level first', () => {
    const points = [point('example-district', 'district', '2328'), point('example-nation', 'national', '764.3万'), point('example-city', 'city', '5.1万')];
    expect(magnitudeSpread(points)).toBeCloseTo(7643000 / 2328, 6);
    const panels = chartPanels(points);
    expect(panels.map((panel) => [panel.level, panel.points.map((one) => one.bureauName)])).toEqual([
      ['national', ['example-nation']],
      ['city', ['example-city']],
      ['district', ['example-district']],
    ]);
  });

  it('keeps one chart up to 20 times, and when only one level is present', () => {
    expect(MAGNITUDE_SPLIT).toBe(20);
    expect(chartPanels([point('a', 'district', '100'), point('b', 'city', '2000')]).map((panel) => panel.level)).toEqual([undefined]);
    expect(chartPanels([point('a', 'district', '100'), point('b', 'city', '2001')]).map((panel) => panel.level)).toEqual(['city', 'district']);
    expect(chartPanels([point('a', 'district', '1'), point('b', 'district', '1万')]).map((panel) => panel.level)).toEqual([undefined]);
  });

  it('sizes a bureau by its largest legible value, ignoring illegible ones', () => {
    const illegible: LevelledPoint = { ...point('b', 'city', '1'), figure: figure({ id: 'x', bureauId: 'b', value: { type: 'unknown', asWritten: '9_万' } }) };
    expect(magnitudeSpread([point('a', 'district', '10', '2020'), point('a', 'district', '300'), point('b', 'city', '30'), illegible])).toBe(10);
  });
});
