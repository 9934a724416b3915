/** Reading one number expression of running Chinese text: digits, scale word, unit, qualifiers. */
import { describe, expect, it } from 'vitest';
import { readPrefix, readSuffix, scanNumbers } from '../../../src/import/numbers.ts';

describe('scanNumbers', () => {
  it('finds numbers as written, with separators and blanked digits, not inside codes', () => {
    expect(scanNumbers('发放2,850.46万元，索引号s224672，投资20_0万元')).toEqual([
      { start: 2, end: 10, written: '2,850.46', digits: '2850.46', blanked: false },
      { start: 26, end: 30, written: '20_0', digits: '20_0', blanked: true },
    ]);
  });
});

describe('readSuffix', () => {
  it.each<[string, ReturnType<typeof readSuffix>]>([
    ['余名孤儿', { scale: '', unit: '名', qualifier: 'over', length: 2 }],
    ['万余人次，', { scale: '万', unit: '人次', qualifier: 'over', length: 4 }],
    ['多万元', { scale: '万', unit: '元', qualifier: 'over', length: 3 }],
    ['万人以上', { scale: '万', unit: '人', qualifier: 'over', length: 4 }],
    ['以上', { scale: '', unit: '', qualifier: 'over', length: 2 }],
    ['人左右', { scale: '', unit: '人', qualifier: 'about', length: 3 }],
    ['元上下', { scale: '', unit: '元', qualifier: 'about', length: 3 }],
    [' 万元', { scale: '万', unit: '元', length: 3 }],
    ['元/人·月', { scale: '', unit: '元/人·月', length: 5 }],
    ['万亿元', { scale: '', unit: '元', length: 3 }],
    // 多 alone may start a word (多样化): neither a qualifier nor part of the figure.
    ['多样化', { scale: '', unit: '', length: 0 }],
    ['', { scale: '', unit: '', length: 0 }],
    ['，全年', { scale: '', unit: '', length: 0 }],
  ])('after the digits: %s', (after, expected) => {
    expect(readSuffix(after)).toEqual(expected);
  });
});

describe('readPrefix', () => {
  it.each<[string, ReturnType<typeof readPrefix>]>([
    ['全市约', { qualifier: 'about', length: 1 }],
    ['大约 ', { qualifier: 'about', length: 3 }],
    ['超过', { qualifier: 'over', length: 2 }],
    ['将近', { qualifier: 'nearly', length: 2 }],
    ['不足', { qualifier: 'under', length: 2 }],
    ['最高', { qualifier: 'up-to', length: 2 }],
    ['至少', { qualifier: 'at-least', length: 2 }],
    ['全市约有', { qualifier: 'about', length: 0, detachedWord: '约' }],
    ['超过全市总量的', { qualifier: 'over', length: 0, detachedWord: '超过' }],
    // 通过 is "through", not "more than".
    ['通过', { length: 0 }],
    ['全年', { length: 0 }],
  ])('before the digits: %s', (before, expected) => {
    expect(readPrefix(before)).toEqual(expected);
  });
});
