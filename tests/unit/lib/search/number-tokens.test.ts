import { describe, expect, it } from 'vitest';
import { canonicalDecimal, figureNumbers, numberToken, numberTokensIn, scaleDecimal, tokenizeDecimals } from '../../../../src/lib/search/number-tokens.ts';
import type { Figure } from '../../../../src/lib/model.ts';

describe('canonicalDecimal and scaleDecimal', () => {
  it.each([
    ['8.5', '8.5'], ['8.50', '8.5'], ['0820.50', '820.5'], ['7.0', '7'], ['0.21', '0.21'], ['-0.0', '0'], ['-3.10', '-3.1'], ['207000', '207000'],
  ])('canonical %s → %s', (text, expected) => expect(canonicalDecimal(text)).toBe(expected));

  it.each([
    ['20.7', 4, '207000'], ['2850.46', 4, '28504600'], ['2.7', 8, '270000000'], ['0.5', 4, '5000'], ['855', 0, '855'], ['1.23456', 4, '12345.6'], ['10', 12, '10000000000000'],
  ])('scale %s by 10^%i → %s', (text, exponent, expected) => expect(scaleDecimal(text, exponent)).toBe(expected));
});

describe('numberToken', () => {
  it('spells a number in letters ending in q', () => {
    expect(numberToken('8.5')).toBe('nqipfq');
    expect(numberToken('207000')).toBe('nqcahaaaq');
    expect(numberToken('-3')).toBe('nqmdq');
  });

  it('is the same for equal values and never a prefix of another number', () => {
    expect(numberToken('8.50')).toBe(numberToken('8.5'));
    for (const [short, long] of [['8.5', '855'], ['8.5', '8.55'], ['2.1', '21'], ['2.1', '211'], ['5.06', '5061'], ['0.21', '0.215']] as const) {
      expect(numberToken(long).startsWith(numberToken(short)), `${short} / ${long}`).toBe(false);
    }
  });
});

describe('tokenizeDecimals', () => {
  it.each([
    ['8.5', 'nqipfq'],
    ['20.7万', 'nqcahaaaq'],
    ['2.7亿', 'nqchaaaaaaaq'],
    ['重庆 20.7万张', '重庆 nqcahaaaq 张'],
    ['83.5%', 'nqidpfq %'],
    ['855', '855'],
    ['2022 养老', '2022 养老'],
    ['1.2.3', '1.2.3'],
  ])('%s → %s', (query, expected) => expect(tokenizeDecimals(query)).toBe(expected));
});

describe('numberTokensIn', () => {
  it('finds the tokens of a rewritten query, not other words', () => {
    expect(numberTokensIn('重庆 nqcahaaaq 张 nqipfq')).toEqual(['nqcahaaaq', 'nqipfq']);
    expect(numberTokensIn('unique nqueq 855')).toEqual([]);
  });
});

describe('figureNumbers', () => {
  const number = (mantissa: string, scale: '' | '万' | '亿', plain: string) => ({ mantissa, scale, plain });
  it('lists the value as written and expanded, range ends, ratio terms and the change', () => {
    const beds = { value: { type: 'number', written: '20.7万', number: number('20.7', '万', '207000') } } as Pick<Figure, 'value' | 'change'>;
    expect(figureNumbers(beds)).toEqual(['20.7', '207000']);
    const standard = { value: { type: 'number', written: '855', number: number('855', '', '855') }, change: { reported: '7.6%', direction: 'up' } } as Pick<Figure, 'value' | 'change'>;
    expect(figureNumbers(standard)).toEqual(['855', '7.6']);
    const range = { value: { type: 'range', written: ['4000', '6000'], low: number('4000', '', '4000'), high: number('6000', '', '6000') } } as Pick<Figure, 'value' | 'change'>;
    expect(figureNumbers(range)).toEqual(['4000', '6000']);
    const ratio = { value: { type: 'ratio', written: '1:0.81', ratio: { left: '1', right: '0.81' } } } as Pick<Figure, 'value' | 'change'>;
    expect(figureNumbers(ratio)).toEqual(['1', '0.81']);
    const orgs = { value: { type: 'number', written: '1576', number: number('1576', '', '1576') }, change: { from: number('1116', '', '1116'), reported: '41%' } } as Pick<Figure, 'value' | 'change'>;
    expect(figureNumbers(orgs)).toEqual(['1576', '1116', '41']);
    expect(figureNumbers({ value: { type: 'unknown', asWritten: '20_0万' } })).toEqual([]);
  });
});
