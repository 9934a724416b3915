/**
 * Scales: the time axis (to scale, src/lib/charts/time.ts) across, the indicator's unit up,
 * and the span the values cover, as the summary states it.
 */
import type { Locale } from '../../schemas/common.ts';
import type { IndicatorEntry } from '../model.ts';
import { formatPeriod } from '../format.ts';
import { compare } from './rows.ts';
import { TEXT } from './text.ts';
import { isYearly, periodDays, timePosition, timeTicks, type TimeTick } from './time.ts';
import type { ChartJsConfig, ChartRow } from './types.ts';

export interface TimeAxis {
  /** Axis bounds in days: from the start of the earliest value's span to the end of the latest, padded by a thirtieth. */
  min: number;
  max: number;
  ticks: TimeTick[];
  /** A drawn row's position (days). */
  xOf: (row: ChartRow) => number;
}

/** The time axis of drawn (dated) rows, spanning `sharedAsOf` too (the other panels' dates). */
export function timeAxis(drawn: readonly ChartRow[], lang: Locale, sharedAsOf: readonly string[] = []): TimeAxis {
  const asOfs = [...drawn.map((row) => row.asOf), ...sharedAsOf.filter((asOf) => asOf !== '')];
  const spans = asOfs.map((asOf) => periodDays(asOf)).filter((span) => span !== undefined);
  const min = Math.min(...spans.map((span) => span.start));
  const max = Math.max(...spans.map((span) => span.end));
  // A thirtieth of the span (whole days) on each side, so no marker sits on the axis's edge.
  const pad = Math.ceil((max - min) / 30);
  return {
    min: min - pad,
    max: max + pad,
    ticks: timeTicks(min, max, asOfs.every(isYearly), lang),
    xOf: (row) => timePosition(row.asOf),
  };
}

/** The scales: time across (titled), the value axis from zero, up to 100 for rates, titled with the unit. */
export function scaleOptions(indicator: Pick<IndicatorEntry, 'kind'>, unit: string, axis: Pick<TimeAxis, 'min' | 'max'>, lang: Locale): ChartJsConfig['options']['scales'] {
  const text = TEXT[lang];
  return {
    x: { type: 'linear', min: axis.min, max: axis.max, grid: { display: false }, title: { display: true, text: text.xTitle } },
    y: {
      type: 'linear',
      beginAtZero: true,
      ...(indicator.kind === 'rate' && { suggestedMax: 100 }),
      title: { display: true, text: unit ? text.unit(unit) : '' },
    },
  };
}

/** The span the rows cover, as the reader writes it: from the earliest start to the latest end of their dates. */
export function timeSpan(drawn: readonly ChartRow[], lang: Locale): { from: string; to: string } {
  const starts = drawn.map((row) => row.asOf.split('/')[0] ?? row.asOf).sort(compare);
  const ends = drawn.map((row) => row.asOf.split('/').pop() ?? row.asOf).sort(compare);
  return { from: formatPeriod(starts[0] ?? '', lang), to: formatPeriod(ends[ends.length - 1] ?? '', lang) };
}
