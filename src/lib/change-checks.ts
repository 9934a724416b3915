/**
 * Checks a point change (提高2个百分点) or an absolute change (减少3.2万人) against two
 * values: the figure's and the one it changed from (its own `from`, or the previous report's).
 * Like relative changes (figures.ts checkChange), the source rounds what it writes, so
 * anything within half a unit of its last written digit agrees: "0.6" covers 0.55–0.65
 * points, "3.2万" covers 31,500–32,500.
 */
import { decimalPlaces, SCALE_WORDS, toDecimal, type ExactNumber } from './decimal.ts';
import type { MessageCode, MessageParams } from './messages.ts';

export interface ChangeMismatch {
  code: MessageCode;
  params: MessageParams;
  /** The change's field that is wrong: points or amount. */
  field: 'points' | 'amount';
}

/**
 * @param basis how the two values are described in the message, both languages
 * @returns the first disagreement, or undefined when points and amount agree (or are absent)
 */
export function checkPointsAndAmount(args: {
  from: ExactNumber;
  to: ExactNumber;
  points?: string | undefined;
  amount?: ExactNumber | undefined;
  direction?: 'up' | 'down' | undefined;
  basis: { zh: string; en: string };
}): ChangeMismatch | undefined {
  const difference = toDecimal(args.to).minus(toDecimal(args.from));
  const sign = args.direction === 'down' ? -1 : 1;
  const computed = `${difference.isNegative() ? '' : '+'}${difference.toFixed()}`;
  const base = { computed, basisZh: args.basis.zh, basisEn: args.basis.en };
  if (args.points !== undefined) {
    const stated = toDecimal(args.points).times(sign);
    const tolerance = toDecimal('0.5').times(toDecimal(10).pow(-decimalPlaces(args.points)));
    if (difference.minus(stated).abs().greaterThan(tolerance)) {
      return { code: 'change-points-mismatch', params: { found: `${sign < 0 ? '-' : '+'}${args.points}`, ...base }, field: 'points' };
    }
  }
  if (args.amount) {
    const stated = toDecimal(args.amount).times(sign);
    const unit = toDecimal(10).pow(SCALE_WORDS[args.amount.scale] - decimalPlaces(args.amount.mantissa));
    if (difference.minus(stated).abs().greaterThan(unit.times('0.5'))) {
      return { code: 'change-amount-mismatch', params: { found: `${sign < 0 ? '-' : '+'}${args.amount.mantissa}${args.amount.scale}`, ...base }, field: 'amount' };
    }
  }
  return undefined;
}
