/**
 * Edges of exact numbers and their text that the main format and decimal tests leave open
 * (found by mutation testing, `npm run mutate`). Every expected value is written by hand.
 */
import { describe, expect, it } from 'vitest';
import { decimalPlaces, groupThousands, parseExactNumber, parseExactRatio, type ExactNumber } from '../../../src/lib/decimal.ts';
import { formatChange, formatFigureValue, formatPeriod, formatQuantity, formatUnit, plainNumber } from '../../../src/lib/format.ts';
import type { FigureValue, IndicatorEntry } from '../../../src/lib/model.ts';

const exact = (written: string): ExactNumber => {
  const parsed = parseExactNumber(written);
  if (!parsed.ok) throw new Error(written);
  return parsed.value;
};
const number = (written: string): FigureValue => ({ type: 'number', written, number: exact(written) });
const range = (low: string, high: string): FigureValue => ({ type: 'range', written: [low, high], low: exact(low), high: exact(high) });
const spec = (kind: IndicatorEntry['kind'], zh: string, en: string) => ({ kind, unit: { zh, en } });

describe('parsing what editors write', () => {
  it('trims spaces around a value', () => {
    expect(parseExactNumber(' 20.7万 ')).toEqual({ ok: true, value: { mantissa: '20.7', scale: '万', plain: '207000' } });
    expect(parseExactNumber('855')).toEqual({ ok: true, value: { mantissa: '855', scale: '', plain: '855' } });
    expect(parseExactNumber('-3.5')).toEqual({ ok: true, value: { mantissa: '-3.5', scale: '', plain: '-3.5' } });
    expect(parseExactRatio(' 1:0.81 ')).toEqual({ ok: true, value: { left: '1', right: '0.81' } });
  });

  it.each([
    ['28,504,600', 'grouping'],
    ['1,234.56', 'grouping'],
    ['-1,234万', 'grouping'],
    ['x28,504,600', 'not-a-number'],
    ['28,504,600abc', 'not-a-number'],
    ['855元', 'unit-in-value'],
    ['2850.46万元', 'unit-in-value'],
    ['855元/人', 'unit-in-value'],
    ['x855元', 'not-a-number'],
    ['８５５', 'full-width'],
    ['83.5%', 'percent-sign'],
    ['   ', 'empty'],
    ['007', 'not-a-number'],
  ])('%s is refused as %s', (written, reason) => {
    expect(parseExactNumber(written)).toEqual({ ok: false, reason });
  });

  it('refuses a ratio in full-width or not made of two numbers', () => {
    expect(parseExactRatio('1：0.81')).toEqual({ ok: false, reason: 'full-width' });
    expect(parseExactRatio('1:x')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseExactRatio('1:0.81:2')).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('counts the decimal places as written', () => {
    expect(decimalPlaces('7.6')).toBe(1);
    expect(decimalPlaces('0.125')).toBe(3);
    expect(decimalPlaces('41')).toBe(0);
  });

  it('groups thousands of the whole part only, keeping sign and fraction', () => {
    expect(groupThousands('28504600')).toBe('28,504,600');
    expect(groupThousands('-1234567.891')).toBe('-1,234,567.891');
    expect(groupThousands('0.21')).toBe('0.21');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('1000')).toBe('1,000');
  });
});

describe('units', () => {
  it('a ratio has no unit and a rate is always %, whatever the catalog says', () => {
    expect(formatUnit(spec('ratio', '比', 'ratio'), 'zh')).toBe('');
    expect(formatUnit(spec('ratio', '比', 'ratio'), 'en')).toBe('');
    expect(formatUnit(spec('rate', '百分比', 'per cent'), 'en')).toBe('%');
    expect(formatUnit(spec('count', '张', 'beds'), 'en')).toBe('beds');
    expect(formatUnit(spec('count', '张', 'beds'), 'zh')).toBe('张');
  });

  it('only a unit that starts with CNY puts CNY first', () => {
    expect(formatQuantity(number('855'), spec('amount', '千元', 'thousand CNY'), 'en')).toBe('855 thousand CNY');
    expect(formatQuantity(number('855'), spec('amount', '元', 'CNYuan'), 'en')).toBe('855 CNYuan');
    expect(formatQuantity(number('855'), spec('amount', '元', 'CNY'), 'en')).toBe('CNY 855');
  });

  it('a count whose English unit happens to start with CNY is still a count', () => {
    expect(formatQuantity(number('3'), spec('count', '个', 'CNY accounts'), 'en')).toBe('3 CNY accounts');
  });

  it('a number under a ratio indicator shows no unit', () => {
    expect(formatQuantity(number('2'), spec('ratio', '比', 'ratio'), 'zh')).toBe('2');
    expect(formatQuantity(number('2'), spec('ratio', '比', 'ratio'), 'en')).toBe('2');
  });
});

describe('qualifiers in front of or inside a value', () => {
  const perBed = spec('amount', '元/张', 'CNY per bed');
  it.each<[string, FigureValue, 'over' | 'nearly' | 'at-least', ReturnType<typeof spec>, string, string]>([
    ['over a range leads with 超过', range('4000', '6000'), 'over', perBed, '超过4000—6000元/张', 'more than CNY 4,000–6,000 per bed'],
    ['over a ratio leads with 超过', { type: 'ratio', written: '1:0.81', ratio: { left: '1', right: '0.81' } }, 'over', spec('ratio', '', ''), '超过1:0.81', 'more than 1:0.81'],
    ['over a number under a ratio indicator leads with 超过', number('2'), 'over', spec('ratio', '比', 'ratio'), '超过2', 'more than 2'],
    ['nearly', number('1.2万'), 'nearly', spec('count', '人', 'people'), '近1.2万人', 'nearly 12,000 people'],
    ['at least', number('95'), 'at-least', spec('rate', '%', '%'), '至少95%', 'at least 95%'],
  ])('%s', (_, value, qualifier, unitSpec, zh, en) => {
    expect(formatFigureValue({ value, qualifier }, unitSpec, 'zh')).toBe(zh);
    expect(formatFigureValue({ value, qualifier }, unitSpec, 'en')).toBe(en);
  });
});

describe('changes, plain numbers and periods', () => {
  const orgs = spec('count', '家', 'organizations');
  it('no change is no text', () => {
    expect(formatChange({ value: number('1576') }, orgs, 'zh')).toBe('');
    expect(formatChange({ value: number('1576') }, orgs, 'en')).toBe('');
  });

  it('a reported change alone, up and down', () => {
    expect(formatChange({ value: number('855'), change: { reported: '7.6%' } }, orgs, 'zh')).toBe('增长7.6%');
    expect(formatChange({ value: number('855'), change: { reported: '7.6%' } }, orgs, 'en')).toBe('up 7.6%');
    expect(formatChange({ value: number('7'), change: { reported: '22%', direction: 'down' } }, orgs, 'zh')).toBe('下降22%');
    expect(formatChange({ value: number('7'), change: { reported: '22%', direction: 'down' } }, orgs, 'en')).toBe('down 22%');
  });

  it('a decrease from a number, in English', () => {
    expect(formatChange({ value: number('7'), change: { from: exact('9'), direction: 'down' } }, spec('count', '个', 'subdistricts'), 'en')).toBe('down from 9 subdistricts to 7 subdistricts');
    expect(formatChange({ value: number('7'), change: { from: exact('9'), reported: '22.2%', direction: 'down' } }, spec('count', '个', 'subdistricts'), 'zh')).toBe('从9个减少到7个，下降22.2%');
  });

  it('plainNumber is the exact expansion of a number, and "" for anything else', () => {
    expect(plainNumber(number('2.7亿'))).toBe('270000000');
    expect(plainNumber(number('0.21'))).toBe('0.21');
    expect(plainNumber(range('4000', '6000'))).toBe('');
    expect(plainNumber({ type: 'unknown', asWritten: '20_0万' })).toBe('');
    expect(plainNumber({ type: 'ratio', written: '1:0.81', ratio: { left: '1', right: '0.81' } })).toBe('');
  });

  it.each([
    ['2016/2020', '2016年至2020年', '2016 to 2020'],
    ['2023-03', '2023年3月', 'March 2023'],
    ['2022-01-05/2022-12-31', '2022年1月5日至2022年12月31日', '5 January 2022 to 31 December 2022'],
  ])('period %s', (period, zh, en) => {
    expect(formatPeriod(period, 'zh')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
  });
});
