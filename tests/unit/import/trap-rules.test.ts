/**
 * Each trap's rule on its edges (src/import/traps.ts, trapFor): the context is built by hand
 * (the unit and scale word the extractor would read after the number), and the expected trap
 * follows the order of TRAPS. `undefined`: the number may be a figure.
 */
import { describe, expect, it } from 'vitest';
import { trapFor, type TrapContext } from '../../../src/import/traps.ts';

const at = (text: string, written: string, more: Partial<TrapContext> = {}): TrapContext => {
  const start = text.indexOf(written);
  return { text, start, end: start + written.length, unit: '', scale: '', digits: written, quoted: false, ...more };
};

describe('trapFor', () => {
  it.each<[string, TrapContext, string | undefined]>([
    ['slogan: + just before, spaces allowed', at('1 + 2', '2'), 'slogan'],
    ['slogan: + and N after', at('5 +N', '5'), 'slogan'],
    ['slogan: + and a space after', at('5+ N', '5'), 'slogan'],
    ['not a slogan: + earlier', at('+多3个', '3', { unit: '个' }), undefined],
    ['not a slogan: + after the unit', at('5个+1', '5', { unit: '个' }), undefined],
    ['document number inside an open bracket', at('〔民发5', '5', { unit: '个' }), 'document-number'],
    ['a closed bracket earlier is no document number', at('【通知】共5个', '5', { unit: '个' }), undefined],
    ['document number after a bracketed year, spaced', at('（ 2022 ）第 5', '5', { unit: '个' }), 'document-number'],
    ['a bracketed year then words is no document number', at('（2022）共有5个', '5', { unit: '个' }), undefined],
    ['rating: 星', at('3星', '3', { unit: '星' }), 'rating'],
    ['rating: space before A', at('3 A级', '3'), 'rating'],
    ['rating: A without 级', at('3A类', '3'), 'rating'],
    ['A after the unit is no rating', at('3个A级', '3', { unit: '个' }), undefined],
    ['code: two dashes', at('5--2', '5'), 'code-or-phone'],
    ['a dash after the unit is no code', at('5个-1', '5', { unit: '个' }), undefined],
    ['duration: working days', at('20个工作日', '20', { unit: '个工作日' }), 'duration'],
    ['a run of years is a statistic', at('连续7年', '7', { unit: '年' }), undefined],
    ['a run of years, spaced', at('连续 17年', '17', { unit: '年' }), undefined],
    ['近 not right before: a year', at('近几7年', '7', { unit: '年' }), 'year'],
    ['three digits are no run of years', at('连续100年', '100', { unit: '年' }), 'year'],
    ['a bare year', at('2022', '2022'), 'year'],
    ['a blanked year', at('20_4', '20_4'), 'year'],
    ['five digits are no year', at('12022', '12022'), 'bare-number'],
    ['a year-like number with 万 is a figure', at('2022万', '2022', { scale: '万' }), undefined],
    ['date: a day after 月', at('10月13日', '13'), 'date'],
    ['date: spaced', at('10月 13 日', '13'), 'date'],
    ['月底 before is no date', at('月底13日', '13'), 'bare-number'],
    ['ordinal: 届', at('3届', '3', { unit: '届' }), 'ordinal'],
    ['ordinal: 期', at('3期', '3', { unit: '期' }), 'ordinal'],
    ['ordinal: spaced 第', at('第 3个', '3', { unit: '个' }), 'ordinal'],
    ['第 further before is no ordinal', at('第二3个', '3', { unit: '个' }), undefined],
    ['time: 23 h', at('23:30', '23'), 'time'],
    ['24 is no hour', at('24:00', '24'), undefined],
    ['three digits after the colon are no time', at('14:455', '14'), undefined],
    ['concept: walking-time circle', at('15分钟养老服务圈', '15', { unit: '分钟' }), 'concept-name'],
    ['a circle after a comma is no concept', at('15分钟，服务圈', '15', { unit: '分钟' }), undefined],
    ['a circle after another unit is no concept', at('15个服务圈', '15', { unit: '个' }), undefined],
    ['a number before :digits is no bare number', at('12:5', '12'), undefined],
    ['spaced', at('12: 5', '12'), undefined],
    ['cut off after a noun: the unit was lost', at('共有12', '12', { atEnd: true }), undefined],
    ['cut off after a space: bare', at('共有 12', '12', { atEnd: true }), 'bare-number'],
    ['anecdote: one person in the sentence', at('村民王某领取5个', '5', { unit: '个' }), 'anecdote'],
    ['a person in the sentence before is no anecdote', at('王某领取救助。共发放5个', '5', { unit: '个' }), undefined],
    ['a person after the number is no anecdote', at('共发放5个。王某领取', '5', { unit: '个' }), undefined],
  ])('%s', (_name, context, trap) => {
    expect(trapFor(context)).toBe(trap);
  });
});
