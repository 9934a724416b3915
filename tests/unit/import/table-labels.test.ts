/**
 * A table row's label (src/import/table.ts): numbering stripped from its start only, and a
 * unit read from closing brackets only when it is a unit. Expected labels written by hand.
 */
import { describe, expect, it } from 'vitest';
import { bracketUnit, cleanLabel } from '../../../src/import/table.ts';

describe('cleanLabel', () => {
  it.each([
    ['其中 : 城市低保', '城市低保'],
    ['(12)养老床位', '养老床位'],
    ['十二、救助', '救助'],
    ['十、救助', '救助'],
    ['12.养老机构', '养老机构'],
    ['IV 城市低保', '城市低保'],
  ])('strips the numbering of %s', (written, label) => {
    expect(cleanLabel(written)).toBe(label);
  });

  it.each(['城市其中:低保', '低保(一)对象', '城市、农村低保', '城市低保二、农村', '床位1.5', '城市 AB 低保'])('leaves %s as it is: the marks are not at its start', (written) => {
    expect(cleanLabel(written)).toBe(written);
  });
});

describe('bracketUnit', () => {
  it.each<[string, string | undefined]>([
    ['养老床位（张）', '张'],
    ['金额（ 万元 ）', '万元'],
    ['救助（人次）', '人次'],
    ['床位（张） ', '张'],
    ['床位（张）数', undefined],
    ['名称（备注）', undefined],
  ])('%s', (label, unit) => {
    expect(bracketUnit(label)).toBe(unit);
  });
});
