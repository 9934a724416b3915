/** A reported change against two values, within the document's rounding; values by hand. */
import { describe, expect, it } from 'vitest';
import { parseExactNumber, type ExactNumber } from '../../../src/lib/decimal.ts';
import { checkChange } from '../../../src/lib/figures.ts';

const n = (written: string): ExactNumber => {
  const parsed = parseExactNumber(written);
  if (!parsed.ok) throw new Error(written);
  return parsed.value;
};

describe('checkChange', () => {
  it('agrees within half a unit of the last written digit', () => {
    // 1116 → 1576 is +41.218…%
    expect(checkChange({ from: n('1116'), to: n('1576'), reported: '41%' })).toBeUndefined();
    expect(checkChange({ from: n('1116'), to: n('1576'), reported: '41.2%' })).toBeUndefined();
    expect(checkChange({ from: n('1116'), to: n('1576'), reported: '41.3%' })).toEqual({
      code: 'change-mismatch',
      params: { found: '+41.3%', computed: '+41.22%', basisZh: '从 1116 到 1576', basisEn: 'from 1116 to 1576' },
    });
    expect(checkChange({ from: n('1116'), to: n('1576'), reported: '42%' })).toMatchObject({ code: 'change-mismatch', params: { found: '+42%' } });
  });

  it('a decrease: reported as a positive number with direction down', () => {
    // 9 → 7 is −22.22…%
    expect(checkChange({ from: n('9'), to: n('7'), reported: '22.2%', direction: 'down' })).toBeUndefined();
    expect(checkChange({ from: n('9'), to: n('7'), reported: '22.2%' })).toEqual({
      code: 'change-mismatch',
      params: { found: '+22.2%', computed: '-22.22%', basisZh: '从 9 到 7', basisEn: 'from 9 to 7' },
    });
    expect(checkChange({ from: n('9'), to: n('7'), reported: '30%', direction: 'down' })).toMatchObject({ code: 'change-mismatch', params: { found: '-30%', computed: '-22.22%' } });
  });

  it('a direction that contradicts the numbers', () => {
    expect(checkChange({ from: n('9'), to: n('7'), direction: 'up' })).toEqual({ code: 'change-direction', params: { found: 'up', from: '9', to: '7' } });
    expect(checkChange({ from: n('90'), to: n('91'), direction: 'down' })).toEqual({ code: 'change-direction', params: { found: 'down', from: '90', to: '91' } });
    expect(checkChange({ from: n('90'), to: n('91'), direction: 'up' })).toBeUndefined();
    // Unchanged agrees with either direction.
    expect(checkChange({ from: n('90'), to: n('90'), direction: 'down' })).toBeUndefined();
  });

  it('nothing to check without a reported change, or from zero', () => {
    expect(checkChange({ from: n('1116'), to: n('1576') })).toBeUndefined();
    expect(checkChange({ from: n('0'), to: n('5'), reported: '10%' })).toBeUndefined();
  });

  it('works on exact values with scale words and names the basis it was given', () => {
    // 20.7万 → 21万 is +1.449…%
    expect(checkChange({ from: n('20.7万'), to: n('21万'), reported: '1.4%' })).toBeUndefined();
    expect(checkChange({ from: n('20.7万'), to: n('21万'), reported: '1.5%', basis: { zh: '甲', en: 'A' } })).toEqual({
      code: 'change-mismatch',
      params: { found: '+1.5%', computed: '+1.45%', basisZh: '甲', basisEn: 'A' },
    });
  });
});
