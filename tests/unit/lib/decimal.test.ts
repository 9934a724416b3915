import { describe, expect, it } from 'vitest';
import { groupThousands, parseExactNumber, parseExactRatio } from '../../../src/lib/decimal.ts';

describe('parseExactNumber', () => {
  it.each([
    ['855', '855', '', '855'],
    ['20.7万', '20.7', '万', '207000'],
    ['2.7亿', '2.7', '亿', '270000000'],
    ['2850.46万', '2850.46', '万', '28504600'],
    ['20.34万', '20.34', '万', '203400'],
    ['0.21', '0.21', '', '0.21'],
    ['1.5万', '1.5', '万', '15000'],
    ['123456789.123456789亿', '123456789.123456789', '亿', '12345678912345678.9'],
  ])('reads %s exactly', (written, mantissa, scale, plain) => {
    expect(parseExactNumber(written)).toEqual({ ok: true, value: { mantissa, scale, plain } });
  });

  it('never goes through a float: 0.1 + 0.2 style values stay exact', () => {
    const result = parseExactNumber('0.3万');
    expect(result.ok && result.value.plain).toBe('3000');
    const tiny = parseExactNumber('9007199254740993');
    expect(tiny.ok && tiny.value.plain).toBe('9007199254740993');
  });

  it.each([
    ['855元', 'unit-in-value'],
    ['20.7万张', 'unit-in-value'],
    ['28,504,600', 'grouping'],
    ['８５５', 'full-width'],
    ['83.5%', 'percent-sign'],
    ['', 'empty'],
    ['abc', 'not-a-number'],
    ['007', 'not-a-number'],
    ['1e5', 'not-a-number'],
  ])('refuses %j (%s)', (written, reason) => {
    expect(parseExactNumber(written)).toEqual({ ok: false, reason });
  });
});

describe('parseExactRatio', () => {
  it('reads 1:0.81', () => {
    expect(parseExactRatio('1:0.81')).toEqual({ ok: true, value: { left: '1', right: '0.81' } });
  });
  it('names a full-width colon', () => {
    expect(parseExactRatio('1：0.81')).toEqual({ ok: false, reason: 'full-width' });
  });
});

describe('groupThousands', () => {
  it.each([
    ['207000', '207,000'],
    ['28504600', '28,504,600'],
    ['0.21', '0.21'],
    ['1234.5678', '1,234.5678'],
    ['999', '999'],
  ])('%s → %s', (plain, grouped) => {
    expect(groupThousands(plain)).toBe(grouped);
  });
});
