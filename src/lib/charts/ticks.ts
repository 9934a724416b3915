/**
 * Value-axis tick labels, the only numbers a chart writes itself (figures are always the
 * exact text of src/lib/format.ts): grouped digits, or in Chinese 万/亿 ("20万"), plus "%"
 * for rates. Shared by the canvas (src/scripts/chart-options.ts) and the SVG (svg.ts).
 */
import type { TickFormat } from './types.ts';

/** A function writing one tick value (a JS number or numeric string) as `format` says. */
export function tickFormatter(format: TickFormat): (value: number | string) => string {
  const plain = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 4, useGrouping: !format.compact });
  const short = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2, useGrouping: false });
  return (raw) => {
    const value = Number(raw);
    const size = Math.abs(value);
    let text = plain.format(value);
    if (format.compact && size >= 1e8) text = `${short.format(value / 1e8)}亿`;
    else if (format.compact && size >= 1e4) text = `${short.format(value / 1e4)}万`;
    return `${text}${format.suffix}`;
  };
}

/**
 * "Nice" value-axis ticks from 0 (or the lowest value, if negative) to at least `max`, in steps
 * of 1, 2 or 5 × 10^n, at most about `count` of them. Example: niceTicks(207000, 5) →
 * [0, 50000, 100000, 150000, 200000, 250000].
 */
export function niceTicks(max: number, count = 5, min = 0): number[] {
  const low = Math.min(0, min);
  const high = max > low ? max : low + 1;
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let value = Math.floor(low / step) * step; value < high + step; value += step) {
    ticks.push(Number(value.toPrecision(12)));
    if (value >= high) break;
  }
  return ticks;
}
