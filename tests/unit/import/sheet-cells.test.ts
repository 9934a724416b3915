/**
 * One spreadsheet cell into the figure YAML's fields (src/import/sheet-figures/cells.ts):
 * the qualifier and range mistakes split as docs/data-format.md asks, and the ways a change
 * is written. Expected fields written by hand.
 */
import { describe, expect, it } from 'vitest';
import { changeFields, qualifierOf, valueFields } from '../../../src/import/sheet-figures/cells.ts';

describe('valueFields', () => {
  it('splits a qualifier word and a range out of the value, and keeps a plain value as written', () => {
    expect(valueFields('约855')).toEqual({ value: '855', qualifier: 'about' });
    expect(valueFields('3000余')).toEqual({ value: '3000', qualifier: 'over' });
    expect(valueFields('4000-6000')).toEqual({ range: ['4000', '6000'] });
    expect(valueFields('12.50')).toEqual({ value: '12.50' });
  });
});

describe('qualifierOf and changeFields', () => {
  it('不少于 is at-least, like 不低于', () => {
    expect(qualifierOf('不少于')).toBe('at-least');
  });

  it('drops spaces and a leading 比上年', () => {
    expect(changeFields('比上年增长 7.6 %')).toEqual({ reported: '7.6%', direction: 'up' });
    expect(changeFields('比上年7.6%')).toEqual({ reported: '7.6%' });
  });
});
