/**
 * Fictional values as a document would write them: each bureau's indicator follows a
 * yearly series (so charts and year-on-year changes look like real ones) and is written
 * the way Chinese reports write numbers (`20.7万`, `2.85亿`, `83.5`, `1:0.81`).
 */
import { ExactDecimal, parseExactNumber } from '../lib/decimal.ts';
import type { BenchIndicator } from './catalog.ts';
import type { Random } from './prng.ts';

/** A bureau's first-year value: log-uniform, so small and large bureaus both occur. */
export function firstValue(indicator: BenchIndicator, random: Random): number {
  if (indicator.kind === 'rate' || indicator.kind === 'ratio' || indicator.kind === 'per-thousand' || indicator.kind === 'average') {
    return indicator.min + random.next() * (indicator.max - indicator.min);
  }
  return Math.exp(Math.log(indicator.min) + random.next() * (Math.log(indicator.max) - Math.log(indicator.min)));
}

/** Next year's value: mostly growth, sometimes a fall; rates stay within 0–100. */
export function nextValue(previous: number, indicator: BenchIndicator, random: Random): number {
  const growth = -0.06 + random.next() * 0.18;
  const next = previous * (1 + growth);
  if (indicator.kind === 'rate') return Math.min(99.9, Math.max(1, next));
  if (indicator.kind === 'ratio') return Math.min(0.99, Math.max(0.1, next));
  return Math.max(indicator.min / 2, next);
}

/** "21.50" → "21.5", "21.00" → "21": documents do not write trailing zeros. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** Writes a value as a document would; scaled indicators use 万 or 亿 once large. */
export function writeValue(plain: number, indicator: BenchIndicator): string {
  if (indicator.kind === 'ratio') return `1:${plain.toFixed(indicator.decimals)}`;
  if (indicator.scaled && plain >= 1e8) return `${trimZeros((plain / 1e8).toFixed(2))}亿`;
  if (indicator.scaled && plain >= 1e5) return `${trimZeros((plain / 1e4).toFixed(indicator.kind === 'amount' ? 2 : 1))}万`;
  if (indicator.decimals === 0) return String(Math.max(1, Math.round(plain)));
  return trimZeros(plain.toFixed(indicator.decimals));
}

/** A written value with one digit blanked, as a damaged source shows it ("2_.5万"). */
export function blankDigit(written: string, random: Random): string {
  const digits = [...written].flatMap((char, index) => (/\d/.test(char) ? [index] : []));
  const at = random.pick(digits);
  return `${written.slice(0, at)}_${written.slice(at + 1)}`;
}

export interface ReportedChange {
  reported: string;
  direction?: 'down';
}

/**
 * The percentage a document would state for a change between two written values,
 * computed exactly and rounded to one decimal as documents do, so the validator's check
 * (within half a unit of the last digit) always agrees. No change, no statement.
 */
export function reportedChange(fromWritten: string, toWritten: string): ReportedChange | undefined {
  const from = parseExactNumber(fromWritten);
  const to = parseExactNumber(toWritten);
  if (!from.ok || !to.ok) return undefined;
  const start = new ExactDecimal(from.value.plain);
  const end = new ExactDecimal(to.value.plain);
  if (start.isZero() || start.equals(end)) return undefined;
  const percent = end.minus(start).dividedBy(start).times(100);
  const rounded = percent.abs().toDecimalPlaces(1, ExactDecimal.ROUND_HALF_UP);
  if (rounded.isZero()) return undefined; // "grew 0.0%" is not something a report says
  const reported = `${rounded.toFixed(1)}%`;
  return percent.isNegative() ? { reported, direction: 'down' } : { reported };
}
