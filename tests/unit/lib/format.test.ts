import { describe, expect, it } from 'vitest';
import { parseExactNumber, type ExactNumber } from '../../../src/lib/decimal.ts';
import { formatChange, formatFigureValue, formatPeriod, formatReportYear } from '../../../src/lib/format.ts';
import type { Figure, FigureValue, IndicatorEntry } from '../../../src/lib/model.ts';

const exact = (written: string): ExactNumber => {
  const parsed = parseExactNumber(written);
  if (!parsed.ok) throw new Error(written);
  return parsed.value;
};
const number = (written: string): FigureValue => ({ type: 'number', written, number: exact(written) });
const spec = (kind: IndicatorEntry['kind'], zh: string, en: string) => ({ kind, unit: { zh, en } });

const beds = spec('count', '张', 'beds');
const yuan = spec('amount', '元', 'CNY');
const perMonth = spec('amount', '元/人·月', 'CNY per person per month');
const people = spec('count', '名', 'children');
const rate = spec('rate', '%', '%');
const ratio = spec('ratio', '', '');
const perThousand = spec('per-thousand', '张/千名老人', 'beds per 1,000 older people');

describe('formatFigureValue', () => {
  it.each<[string, Pick<Figure, 'value' | 'qualifier'>, ReturnType<typeof spec>, string, string]>([
    ['scale word kept in zh, expanded in en', { value: number('20.7万') }, beds, '20.7万张', '207,000 beds'],
    ['money', { value: number('2850.46万') }, yuan, '2850.46万元', 'CNY 28,504,600'],
    ['money per period', { value: number('855') }, perMonth, '855元/人·月', 'CNY 855 per person per month'],
    ['over (余)', { value: number('3800'), qualifier: 'over' }, people, '3800余名', 'more than 3,800 children'],
    ['over with a scale word', { value: number('20.34万'), qualifier: 'over' }, spec('count', '人次', 'person-times'), '20.34万余人次', 'more than 203,400 person-times'],
    ['under', { value: number('5'), qualifier: 'under' }, perThousand, '不到5张/千名老人', 'under 5 beds per 1,000 older people'],
    ['about', { value: number('50万'), qualifier: 'about' }, spec('count', '人', 'people'), '约50万人', 'about 500,000 people'],
    ['up to', { value: number('2400'), qualifier: 'up-to' }, yuan, '最高2400元', 'up to CNY 2,400'],
    ['rate', { value: number('83.5') }, rate, '83.5%', '83.5%'],
    ['rate over', { value: number('50'), qualifier: 'over' }, rate, '超过50%', 'more than 50%'],
    ['ratio', { value: { type: 'ratio', written: '1:0.81', ratio: { left: '1', right: '0.81' } } }, ratio, '1:0.81', '1:0.81'],
    ['range', { value: { type: 'range', written: ['4000', '6000'], low: exact('4000'), high: exact('6000') } }, spec('amount', '元/张', 'CNY per bed'), '4000—6000元/张', 'CNY 4,000–6,000 per bed'],
    ['unknown', { value: { type: 'unknown', asWritten: '20_0多万' } }, yuan, '20_0多万（原文数字缺损）', 'illegible in the source (written “20_0多万”)'],
  ])('%s', (_, figure, unitSpec, zh, en) => {
    expect(formatFigureValue(figure, unitSpec, 'zh')).toBe(zh);
    expect(formatFigureValue(figure, unitSpec, 'en')).toBe(en);
  });
});

describe('formatChange', () => {
  it('writes a from→to change like the document does', () => {
    const figure = { value: number('1576'), change: { from: exact('1116'), reported: '41%' } };
    const orgs = spec('count', '家', 'organizations');
    expect(formatChange(figure, orgs, 'zh')).toBe('从1116家增加到1576家，增长41%');
    expect(formatChange(figure, orgs, 'en')).toBe('up from 1,116 organizations to 1,576 organizations, up 41%');
  });
  it('writes a decrease', () => {
    const figure = { value: number('7'), change: { from: exact('9'), direction: 'down' as const } };
    expect(formatChange(figure, spec('count', '个', 'subdistricts'), 'zh')).toBe('从9个减少到7个');
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2022', '2022年', '2022'],
    ['2017-12', '2017年12月', 'December 2017'],
    ['2023-03-17', '2023年3月17日', '17 March 2023'],
    ['2022-01/2022-11', '2022年1月至2022年11月', 'January 2022 to November 2022'],
  ])('%s', (period, zh, en) => {
    expect(formatPeriod(period, 'zh')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
  });
});

describe('undated reports', () => {
  it('say so instead of showing the year they are filed under', () => {
    expect(formatReportYear({ year: 2022 }, 'zh')).toBe('2022年');
    expect(formatReportYear({ year: 2022 }, 'en')).toBe('2022');
    expect(formatReportYear({ year: 2022, undated: true }, 'zh')).toBe('年份不详');
    expect(formatReportYear({ year: 2022, undated: true }, 'en')).toBe('undated');
  });
  it('give their figures no invented as-of date', () => {
    expect(formatPeriod('', 'zh')).toBe('未注明');
    expect(formatPeriod('', 'en')).toBe('not stated');
  });
});
