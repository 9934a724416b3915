/**
 * The rows of a chart's table: every figure given, drawn or not, in chart order (bureau,
 * date, report year, figure id), each with the exact text of src/lib/format.ts and, for
 * drawn ones, the JS number(s) that place it on the canvas; and the notes on what is not drawn.
 */
import type { Locale } from '../../schemas/common.ts';
import { formatFigureValue, formatPeriod } from '../format.ts';
import { shapeOf } from './markers.ts';
import { TEXT } from './text.ts';
import type { BuildIndicatorChartInput, ChartGap, ChartRow } from './types.ts';

/** A table row and where it sits on the value axis: a number, [low, high] for a range, or nothing. */
export interface PlacedRow {
  row: ChartRow;
  y: number | [number, number] | undefined;
}

/** Plain ordering of strings or numbers (not locale-aware, so the same on every machine). */
export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rows for every point, sorted by bureau id, as-of, report year, figure id. A row is drawn
 * unless the indicator is a ratio, the value illegible, or the figure undated. Values become
 * JS numbers (from the exact plain decimal) here only, to place them on the canvas.
 */
export function chartRows({ indicator, points, lang }: BuildIndicatorChartInput): PlacedRow[] {
  const title = indicator.name[lang];
  const isRatio = indicator.kind === 'ratio';
  return points
    .map(({ figure, bureauName }) => {
      const shape = shapeOf(figure);
      const row: ChartRow = {
        figureId: figure.id,
        bureauId: figure.bureauId,
        bureauName,
        year: figure.year,
        label: figure.label?.[lang] ?? title,
        asOf: figure.asOf,
        period: formatPeriod(figure.asOf, lang),
        value: formatFigureValue(figure, indicator, lang),
        status: figure.status,
        ...(figure.qualifier && { qualifier: figure.qualifier }),
        ...(figure.per && { per: figure.per }),
        shape,
        // A figure with no stated date (an undated report) has no place on a time axis.
        drawn: !isRatio && shape !== 'unknown' && shape !== 'ratio' && figure.asOf !== '',
      };
      const y: PlacedRow['y'] =
        !row.drawn ? undefined
        : figure.value.type === 'number' ? Number(figure.value.number.plain)
        : figure.value.type === 'range' ? [Number(figure.value.low.plain), Number(figure.value.high.plain)]
        : undefined;
      return { row, y };
    })
    .sort((a, b) =>
      compare(a.row.bureauId, b.row.bureauId) || compare(a.row.asOf, b.row.asOf) || compare(a.row.year, b.row.year) || compare(a.row.figureId, b.row.figureId));
}

/** Notes on what the canvas leaves out: a ratio indicator, illegible values, undated values. */
export function notDrawnNotes(rows: readonly ChartRow[], isRatio: boolean, lang: Locale): string[] {
  const text = TEXT[lang];
  const notes: string[] = [];
  const unknown = rows.filter((row) => row.shape === 'unknown');
  if (isRatio) notes.push(text.ratioNote);
  else if (unknown.length > 0) notes.push(text.unknownNote(unknown.map((row) => text.where(row.bureauName, row.period))));
  const undated = rows.filter((row) => row.asOf === '' && row.shape !== 'unknown');
  if (!isRatio && undated.length > 0) notes.push(text.undatedNote(undated.map((row) => `${row.bureauName} ${row.value}`)));
  return notes;
}

/** A line of the chart's table: a figure, or a year with no value in a series ("2014: no data"). */
export type TableLine = { kind: 'figure'; row: ChartRow } | { kind: 'gap'; gap: ChartGap };

/**
 * The table in chart order with each gap right after the last row of its series before it
 * (so "2014 无数据" sits between 2013 and 2015 of that bureau's figure).
 */
export function tableLines(rows: readonly ChartRow[], gaps: readonly ChartGap[]): TableLine[] {
  const lines: TableLine[] = rows.map((row) => ({ kind: 'figure', row }));
  for (const gap of gaps) {
    let at = -1;
    lines.forEach((line, index) => {
      if (line.kind === 'figure' && line.row.bureauId === gap.bureauId && line.row.figureId === gap.figureId && Number(line.row.asOf.slice(0, 4)) < gap.year) at = index;
      if (line.kind === 'gap' && line.gap.bureauId === gap.bureauId && line.gap.figureId === gap.figureId && line.gap.year < gap.year) at = index;
    });
    lines.splice(at + 1, 0, { kind: 'gap', gap });
  }
  return lines;
}
