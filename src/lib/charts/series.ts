/**
 * Series and their markers: drawn rows grouped into one series per bureau, status and
 * figure id, named for the legend, and turned into Chart.js datasets (a line for points,
 * floating bars for ranges), with the key entries they use.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Period, Status } from '../../schemas/report-data.ts';
import { missingYears } from './gaps.ts';
import { colourIndex, HOLLOW, POINT_STYLE, SERIES_COLOURS, TARGET_DASH } from './markers.ts';
import { compare } from './rows.ts';
import { TEXT } from './text.ts';
import type { BarDataset, ChartRow, IndicatorChart, KeyEntry, LineDataset, LinePoint, MarkerShape, PointStyleName } from './types.ts';

export interface Series {
  key: string;
  bureauId: string;
  bureauName: string;
  figureId: string;
  status: Status;
  per?: Period;
  /** Bureau (and figure label and period when needed), without the target mark. */
  name: string;
  /** As the legend, tooltip and summary show it. */
  label: string;
  /** Its drawn rows, in date order. */
  rows: ChartRow[];
}

/**
 * Drawn rows (already in chart order) grouped into series: one bureau's figure id, target or
 * not (provisional, derived and estimated values are published values, on the actual line),
 * and `per` (a money standard per month never shares a line with one per year), in a fixed
 * order. A series is named by its bureau, plus its figure's label (the latest) when the
 * bureau has differently labelled figures of this indicator, plus its period when the chart
 * mixes periods, plus "target" for targets. `title`: the indicator name, the default label.
 */
export function groupSeries(drawn: readonly ChartRow[], title: string, lang: Locale): Series[] {
  const text = TEXT[lang];
  const seriesByKey = new Map<string, Series>();
  for (const row of drawn) {
    const key = `${row.bureauId}\u0000${row.status === 'target' ? 1 : 0}\u0000${row.figureId}\u0000${row.per ?? ''}`;
    let series = seriesByKey.get(key);
    if (!series) {
      series = { key, bureauId: row.bureauId, bureauName: row.bureauName, figureId: row.figureId, status: row.status, ...(row.per && { per: row.per }), name: '', label: '', rows: [] };
      seriesByKey.set(key, series);
    }
    series.rows.push(row);
  }
  const seriesList = [...seriesByKey.values()].sort((a, b) => compare(a.key, b.key));
  const latestLabel = (series: Series): string => series.rows[series.rows.length - 1]?.label ?? title;
  const labelsPerBureau = new Map<string, Set<string>>();
  for (const series of seriesList) {
    const labels = labelsPerBureau.get(series.bureauId) ?? new Set<string>();
    labels.add(latestLabel(series));
    labelsPerBureau.set(series.bureauId, labels);
  }
  const mixedPeriods = new Set(seriesList.map((series) => series.per ?? '')).size > 1;
  for (const series of seriesList) {
    const several = (labelsPerBureau.get(series.bureauId)?.size ?? 0) > 1;
    const named = several ? `${series.bureauName}${text.separator}${latestLabel(series)}` : series.bureauName;
    series.name = mixedPeriods && series.per ? `${named}${text.per[series.per]}` : named;
    series.label = series.status === 'target' ? `${series.name}${text.target}` : series.name;
  }
  return seriesList;
}

/** A line's points with a `y: null` point (no marker) inside each missing year, so the line breaks there. */
function withGaps(
  rows: readonly ChartRow[],
  point: (row: ChartRow) => { data: LinePoint; mark: { style: PointStyleName; rotation: number; radius: number } },
  xOf: (row: ChartRow) => number,
): Array<{ data: LinePoint; mark: { style: PointStyleName; rotation: number; radius: number } }> {
  const breaks = new Set(missingYears(rows).map((gap) => gap.after));
  return rows.flatMap((row, index) => {
    const here = point(row);
    const next = rows[index + 1];
    if (!breaks.has(index) || !next) return [here];
    const gap = { data: { x: (xOf(row) + xOf(next)) / 2, y: null, when: '', tip: '' }, mark: { style: 'circle' as const, rotation: 0, radius: 0 } };
    return [here, gap];
  });
}

/**
 * The datasets of the series, their legend entries and the key entries they use.
 * `xOf(row)`: the row's position on the time axis (days); `yOf(row)`: its value(s) on the y axis.
 * A line breaks inside every missing year (src/lib/charts/gaps.ts).
 */
export function seriesDatasets(
  seriesList: readonly Series[],
  lang: Locale,
  xOf: (row: ChartRow) => number,
  yOf: (row: ChartRow) => number | [number, number] | undefined,
): { datasets: Array<LineDataset | BarDataset>; legend: IndicatorChart['legend']; used: Set<KeyEntry> } {
  const text = TEXT[lang];
  const datasets: Array<LineDataset | BarDataset> = [];
  const used = new Set<KeyEntry>();
  const legend: IndicatorChart['legend'] = [];
  seriesList.forEach((series, index) => {
    const colour = SERIES_COLOURS[colourIndex(index)] ?? SERIES_COLOURS[0];
    const target = series.status === 'target';
    legend.push({ label: series.label, colour: colourIndex(index), target });
    if (target) used.add('target');
    const tip = (row: ChartRow) => text.tip(series.label, row.value);
    const pointRows = series.rows.filter((row) => row.shape !== 'range');
    const rangeRows = series.rows.filter((row) => row.shape === 'range');
    if (pointRows.length > 0) {
      for (const row of pointRows) used.add(row.shape as MarkerShape);
      const points = withGaps(
        pointRows,
        (row) => ({ data: { x: xOf(row), y: yOf(row) as number, when: row.period, tip: tip(row) }, mark: POINT_STYLE[row.shape as Exclude<MarkerShape, 'range'>] }),
        xOf,
      );
      const marks = points.map((point) => point.mark);
      datasets.push({
        type: 'line',
        label: series.label,
        data: points.map((point) => point.data),
        borderColor: colour,
        backgroundColor: target ? HOLLOW : colour,
        borderWidth: 2,
        borderDash: target ? [...TARGET_DASH] : [],
        tension: 0,
        spanGaps: false,
        pointStyle: marks.map((mark) => mark.style),
        pointRotation: marks.map((mark) => mark.rotation),
        pointRadius: marks.map((mark) => mark.radius),
        pointHoverRadius: marks.map((mark) => (mark.radius === 0 ? 0 : mark.radius + 2)),
        pointBackgroundColor: marks.map(() => (target ? HOLLOW : colour)),
        pointBorderColor: colour,
        pointBorderWidth: 2,
      });
    }
    if (rangeRows.length > 0) {
      used.add('range');
      datasets.push({
        type: 'bar',
        label: `${series.name}${text.range(target)}`,
        data: rangeRows.map((row) => ({ x: xOf(row), y: yOf(row) as [number, number], when: row.period, tip: tip(row) })),
        borderColor: colour,
        // Translucent fill for an actual range, hollow for a target one.
        backgroundColor: target ? HOLLOW : `${colour}59`,
        borderWidth: 2,
        borderSkipped: false,
        maxBarThickness: 32,
        categoryPercentage: 0.6,
        barPercentage: 0.9,
      });
    }
  });
  return { datasets, legend, used };
}
