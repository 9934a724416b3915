/**
 * The two text scans of src/import/traps.ts that extraction relies on: spans inside quotation
 * or book-title marks (numbers there are names), and quantities written in Chinese numerals
 * (listed for the editor). Offsets counted by hand, one character each.
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralQuantities, quotedSpans } from '../../../src/import/traps.ts';

describe('quotedSpans', () => {
  it('finds each closed pair, of any kind of mark', () => {
    expect(quotedSpans('他说“520”好')).toEqual([{ start: 2, end: 7 }]);
    expect(quotedSpans('《a》和「b」')).toEqual([{ start: 0, end: 3 }, { start: 4, end: 7 }]);
    expect(quotedSpans('x"12"y')).toEqual([{ start: 1, end: 5 }]);
  });

  it('an opening mark whose closing one lies past the sentence end is no span', () => {
    expect(quotedSpans('“520。然后“1”')).toEqual([{ start: 7, end: 10 }]);
    expect(quotedSpans('“520')).toEqual([]);
  });
});

describe('chineseNumeralQuantities', () => {
  it('lists counts written in Chinese numerals, with their offsets', () => {
    expect(chineseNumeralQuantities('建成两家养老院，六所福利院')).toEqual([
      { start: 2, written: '两家' },
      { start: 8, written: '六所' },
    ]);
    expect(chineseNumeralQuantities('三百名')).toEqual([{ start: 0, written: '三百名' }]);
  });

  it('skips 一 (an article), a bare 千 or 百 (a denominator) and quoted names, but not a count right after a quote', () => {
    expect(chineseNumeralQuantities('一个中心，千名老人，百户')).toEqual([]);
    expect(chineseNumeralQuantities('“两家”服务，三所学校')).toEqual([{ start: 7, written: '三所' }]);
    expect(chineseNumeralQuantities('“好”两家')).toEqual([{ start: 3, written: '两家' }]);
  });
});
