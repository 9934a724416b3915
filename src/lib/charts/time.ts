/**
 * Time to scale: an as-of date or period becomes a span of days and a position on a linear
 * axis, so seven months look like seven months and five years like five years. Positions are
 * days since 1970-01-01 (UTC), a value's position the middle of what it describes: a year's
 * value sits at mid-year, a month's at mid-month, a day's at midday, a period's at its middle.
 * Ticks are placed and labelled here, in the page's language, so the client only draws them.
 */
import type { Locale } from '../../schemas/common.ts';
import { formatPeriod } from '../format.ts';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the start of a year, month or day (month 1–12). */
function dayOf(year: number, month = 1, day = 1): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/**
 * The days an as-of covers, [start, end): "2017" → all of 2017, "2017-05" → May 2017,
 * "2017-05-04" → that day, "2016/2020" → from the start of the first to the end of the last.
 * Returns undefined for "" (undated). Format as src/schemas/report-data.ts validates it.
 */
export function periodDays(asOf: string): { start: number; end: number } | undefined {
  if (asOf === '') return undefined;
  const bounds = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
    if (day !== undefined) return { start: dayOf(year, month, day), end: dayOf(year, month, day) + 1 };
    if (month !== undefined) return { start: dayOf(year, month), end: dayOf(year, month + 1) };
    return { start: dayOf(year), end: dayOf(year + 1) };
  };
  const [first, last] = asOf.split('/');
  const start = bounds(first ?? asOf).start;
  const end = bounds(last ?? first ?? asOf).end;
  return { start, end };
}

/** Where a value of this as-of sits on the time axis: the middle of its span, in days. */
export function timePosition(asOf: string): number {
  const span = periodDays(asOf);
  if (!span) throw new Error('An undated value has no place on a time axis');
  return (span.start + span.end) / 2;
}

/** The calendar years an as-of touches, first and last ("2016/2020" → 2016, 2020). */
export function yearsOf(asOf: string): { first: number; last: number } {
  const [first, last] = asOf.split('/');
  return { first: Number((first ?? '').slice(0, 4)), last: Number((last ?? first ?? '').slice(0, 4)) };
}

/** Whether an as-of is whole years ("2017", "2016/2020"), not a month or a day. */
export function isYearly(asOf: string): boolean {
  return /^\d{4}(\/\d{4})?$/.test(asOf);
}

export interface TimeTick {
  /** Position in days (mid-year or mid-month, where such values sit). */
  value: number;
  label: string;
}

/** Tick steps tried in turn: years, then months for spans under two years. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50];
const MONTH_STEPS = [1, 2, 3, 6];
/** At most this many ticks; the client may still skip some on a narrow screen. */
const MAX_TICKS = 10;

/**
 * The axis from `start` to `end` (days) and its ticks: one per year (every 2, 5… years when
 * they would be more than MAX_TICKS), at mid-year, labelled "2017年" / "2017"; over a span
 * shorter than two years holding a month or a day, one per month (or 2, 3, 6) at mid-month,
 * "2017年5月" / "May 2017". `yearly`: every value is of a whole year (or years).
 */
export function timeTicks(start: number, end: number, yearly: boolean, lang: Locale): TimeTick[] {
  const first = new Date(start * DAY_MS).getUTCFullYear();
  const last = new Date((end - 1) * DAY_MS).getUTCFullYear();
  if (yearly || end - start >= 2 * 365) {
    const step = YEAR_STEPS.find((candidate) => Math.floor((last - first) / candidate) + 1 <= MAX_TICKS) ?? 100;
    const ticks: TimeTick[] = [];
    for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
      ticks.push({ value: (dayOf(year) + dayOf(year + 1)) / 2, label: formatPeriod(String(year), lang) });
    }
    return ticks;
  }
  const months: Array<{ year: number; month: number }> = [];
  for (let year = first; year <= last; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const mid = (dayOf(year, month) + dayOf(year, month + 1)) / 2;
      if (mid >= start && mid <= end) months.push({ year, month });
    }
  }
  const step = MONTH_STEPS.find((candidate) => Math.ceil(months.length / candidate) <= MAX_TICKS) ?? 12;
  return months
    // From the axis's first month, so the earliest value has its label.
    .filter((_, index) => index % step === 0)
    .map(({ year, month }) => ({
      value: (dayOf(year, month) + dayOf(year, month + 1)) / 2,
      label: formatPeriod(`${year}-${String(month).padStart(2, '0')}`, lang),
    }));
}
