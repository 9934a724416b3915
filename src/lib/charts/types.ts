/**
 * The shapes a chart of one indicator is made of: its input, its table rows, its Chart.js
 * datasets and configuration (plain JSON, carried to the browser in `data-chart`) and the
 * whole chart a page renders. Types only; src/lib/charts/build.ts assembles them.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Period, Qualifier, Status } from '../../schemas/report-data.ts';
import type { Figure, IndicatorEntry } from '../model.ts';
import type { TimeTick } from './time.ts';

export interface ChartPointInput {
  figure: Figure;
  /** The publisher's name in the chart's language, as legend, table and summary show it. */
  bureauName: string;
}

export interface BuildIndicatorChartInput {
  indicator: Pick<IndicatorEntry, 'id' | 'name' | 'kind' | 'unit'>;
  points: readonly ChartPointInput[];
  lang: Locale;
  /**
   * As-of dates the time axis must span besides the points' own: small multiples pass every
   * panel's, so all panels share one time axis and line up.
   */
  sharedAsOf?: readonly string[];
}

/** How a value is marked: its qualifier decides the shape; a target is hollow on top of that. */
export type MarkerShape = 'exact' | 'more' | 'less' | 'approx' | 'range';
export type KeyEntry = MarkerShape | 'target';

export interface ChartRow {
  figureId: string;
  bureauId: string;
  bureauName: string;
  /** The report year. */
  year: number;
  /** The figure's own label, or the indicator name. */
  label: string;
  /** Raw as-of date or period, and as written for the reader. */
  asOf: string;
  period: string;
  /** The value exactly as src/lib/format.ts writes it, qualifier included. */
  value: string;
  status: Status;
  qualifier?: Qualifier;
  /** The period a money standard is stated per (元/人·月 vs 元/人·年); such values never share a line. */
  per?: Period;
  shape: MarkerShape | 'unknown' | 'ratio';
  /** Whether the canvas shows it (illegible values and ratios are table-only). */
  drawn: boolean;
}

/** A year with no value between two values of a series: the line breaks, the table says "no data". */
export interface ChartGap {
  bureauId: string;
  bureauName: string;
  /** The series' figure id, so the gap sits with its series in the table. */
  figureId: string;
  year: number;
  /** The year as written ("2014年" / "2014"). */
  period: string;
}

/**
 * A point of a line dataset: `x` is its position in days since 1970-01-01 (src/lib/charts/time.ts),
 * `when` its date as the reader writes it, `tip` the tooltip line. A gap (a year with no value)
 * is a point with `y: null`, which breaks the line.
 */
export interface LinePoint {
  x: number;
  y: number | null;
  when: string;
  tip: string;
}

/** A floating bar: `y` is [low, high]. */
export interface BarPoint {
  x: number;
  y: [number, number];
  when: string;
  tip: string;
}

export type PointStyleName = 'circle' | 'triangle' | 'rectRot';

export interface LineDataset {
  type: 'line';
  label: string;
  data: LinePoint[];
  borderColor: string;
  /** Tooltip colour box fill: the colour for actuals, white (hollow) for targets. */
  backgroundColor: string;
  borderWidth: number;
  borderDash: number[];
  tension: number;
  /** Never join a line across a gap. */
  spanGaps: false;
  pointStyle: PointStyleName[];
  pointRotation: number[];
  pointRadius: number[];
  pointHoverRadius: number[];
  pointBackgroundColor: string[];
  pointBorderColor: string;
  pointBorderWidth: number;
}

export interface BarDataset {
  type: 'bar';
  label: string;
  data: BarPoint[];
  borderColor: string;
  backgroundColor: string;
  borderWidth: number;
  borderSkipped: false;
  maxBarThickness: number;
  categoryPercentage: number;
  barPercentage: number;
}

/** A Chart.js 4 configuration (mixed line/bar on a linear time axis), plain JSON only. */
export interface ChartJsConfig {
  type: 'line';
  data: { datasets: Array<LineDataset | BarDataset> };
  options: {
    responsive: true;
    maintainAspectRatio: false;
    locale: string;
    interaction: { mode: 'nearest'; axis: 'xy'; intersect: false };
    plugins: {
      tooltip: { enabled: true; displayColors: true };
    };
    scales: {
      /** Time in days since 1970-01-01; ticks come from ChartPayload.time. */
      x: { type: 'linear'; min: number; max: number; grid: { display: false }; title: { display: true; text: string } };
      y: {
        type: 'linear';
        beginAtZero: true;
        suggestedMax?: number;
        title: { display: true; text: string };
      };
    };
  };
}

/** How the client writes value-axis ticks (the only numbers it formats itself). */
export interface TickFormat {
  /** Intl locale. */
  locale: string;
  /** Chinese axis ticks in 万/亿 ("20万"); axis only, never a figure's value. */
  compact: boolean;
  /** Appended to each tick: "%" for rates. */
  suffix: string;
}

/** What the `data-chart` attribute carries to src/scripts/chart-client.ts. */
export interface ChartPayload {
  config: ChartJsConfig;
  ticks: TickFormat;
  /** The time axis's ticks, placed and labelled at build time. */
  time: TimeTick[];
}

export interface IndicatorChart {
  indicatorId: string;
  lang: Locale;
  /** The indicator's name. */
  title: string;
  /** The unit as a reader sees it ("张", "CNY per person per month", "%"); "" for ratios. */
  unit: string;
  /** Table rows, every figure given, in chart order (bureau, date, report year, id). */
  rows: ChartRow[];
  /** Years with no value inside an actual series, where its line breaks; the table marks them. */
  gaps: ChartGap[];
  /** Null when nothing can be drawn: a ratio indicator, or no legible value. Table only. */
  payload: ChartPayload | null;
  /** Why there is no drawing. */
  notDrawn?: 'ratio' | 'no-values';
  /** One sentence (or a few) saying what the chart shows, with the exact values. */
  summary: string;
  /**
   * The legend, as HTML renders it (it wraps on a phone and scales in care mode, which a
   * canvas legend does not): one entry per series, its colour as an index into
   * SERIES_COLOURS (CSS class chart-swatch-<index>), targets drawn dashed and hollow.
   */
  legend: Array<{ label: string; colour: number; target: boolean }>;
  /** The markers this chart uses and what they mean, in a fixed order. */
  key: Array<{ entry: KeyEntry; symbol: string; text: string }>;
  /** Notes on what is not drawn. */
  notes: string[];
}
