import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../../../src/lib/search/normalize.ts';

describe('normalizeQuery', () => {
  it.each([
    ['８５５', '855'],
    ['２８５０．４６', '2850.46'],
    ['２０．７万', '20.7万'],
    ['2850．46', '2850.46'],
    ['2850。46', '2850.46'],
    ['1，234', '1234'],
    ['1,234', '1234'],
    ['1,234,567.5万', '1234567.5万'],
    ['２，３２８对', '2328对'],
    ['８５５　元', '855 元'],
    ['  养老   床位 ', '养老 床位'],
    ['ＡＢＣ', 'ABC'],
  ])('%s → %s', (query, expected) => {
    expect(normalizeQuery(query)).toBe(expected);
  });

  it.each([
    // Not thousands groups: a list, a short group, a sentence's comma and full stop.
    ['1,23', '1,23'],
    ['1,2345', '1,2345'],
    ['低保，特困', '低保,特困'],
    ['2022。低保', '2022。低保'],
    ['0.21', '0.21'],
  ])('leaves %s as %s', (query, expected) => {
    expect(normalizeQuery(query)).toBe(expected);
  });
});
