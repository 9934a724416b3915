import { describe, expect, it } from 'vitest';
import { hintForValue } from '../../../src/lib/value-hints.ts';

describe('a qualifier typed into a value', () => {
  it.each([
    ['约855', '约', 'about', '855'],
    ['大约855', '大约', 'about', '855'],
    ['855左右', '左右', 'about', '855'],
    ['3800余', '余', 'over', '3800'],
    ['20余万', '余', 'over', '20万'],
    ['20万余', '余', 'over', '20万'],
    ['20多万', '多', 'over', '20万'],
    ['超过3800', '超过', 'over', '3800'],
    ['逾3800', '逾', 'over', '3800'],
    ['近2.7亿', '近', 'nearly', '2.7亿'],
    ['将近2.7亿', '将近', 'nearly', '2.7亿'],
    ['不到300', '不到', 'under', '300'],
    ['不足300', '不足', 'under', '300'],
    ['3000以上', '以上', 'over', '3000'],
    ['至少3000', '至少', 'at-least', '3000'],
    ['最高6000', '最高', 'up-to', '6000'],
    ['6000以下', '以下', 'up-to', '6000'],
  ])('%s → value: %s…, qualifier', (written, word, qualifier, number) => {
    expect(hintForValue(written)).toEqual({ kind: 'qualifier', word, qualifier, number });
  });
});

describe('a range typed into a value', () => {
  it.each([
    ['4000-6000'], ['4000～6000'], ['4000~6000'], ['4000〜6000'], ['4000—6000'], ['4000–6000'], ['4000―6000'],
    ['4000－6000'], ['4000至6000'], ['4000到6000'], ['4000 - 6000'],
  ])('%s → range: [4000, 6000]', (written) => {
    expect(hintForValue(written)).toEqual({ kind: 'range', low: '4000', high: '6000' });
  });

  it('gives a scale word written once to both ends: 2-3万 → [2万, 3万]', () => {
    expect(hintForValue('2-3万')).toEqual({ kind: 'range', low: '2万', high: '3万' });
    expect(hintForValue('0.5万-1.2亿')).toEqual({ kind: 'range', low: '0.5万', high: '1.2亿' });
  });
});

describe('no hint', () => {
  it.each([['855元'], ['abc'], ['约'], ['约八百'], ['4000-'], ['-6000'], ['约855元']])('%s', (written) => {
    expect(hintForValue(written)).toBeUndefined();
  });
});
