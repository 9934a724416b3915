/**
 * Scales and time: where each drawn row sits on the time axis, the axis labels, and the
 * Chart.js scale options (time across, the indicator's unit up).
 */
import type { Locale } from '../../schemas/common.ts';
import type { IndicatorEntry } from '../model.ts';
import { formatPeriod } from '../format.ts';
import { compare } from './rows.ts';
import { TEXT } from './text.ts';
import type { ChartJsConfig, ChartRow } from './types.ts';

/** Category axis: every as-of date of the drawn rows, in time order, as the reader writes it. */
export function timeAxis(drawn: readonly ChartRow[], lang: Locale): { labels: string[]; xOf: (row: ChartRow) => string } {
  const asOfs = [...new Set(drawn.map((row) => row.asOf))].sort(compare);
  const labelOf = new Map(asOfs.map((asOf) => [asOf, formatPeriod(asOf, lang)]));
  return { labels: asOfs.map((asOf) => labelOf.get(asOf) ?? asOf), xOf: (row) => labelOf.get(row.asOf) ?? row.asOf };
}

/** The scales: time across (titled), the value axis from zero, up to 100 for rates, titled with the unit. */
export function scaleOptions(indicator: Pick<IndicatorEntry, 'kind'>, unit: string, lang: Locale): ChartJsConfig['options']['scales'] {
  const text = TEXT[lang];
  return {
    x: { type: 'category', offset: true, grid: { display: false }, title: { display: true, text: text.xTitle } },
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
