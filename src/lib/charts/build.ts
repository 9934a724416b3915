/**
 * A chart of one indicator: the Chart.js configuration, the rows of its fallback table,
 * a text summary for screen readers and the key to its markers, built from figures.
 *
 * Pure and deterministic: the same figures (in any order) give the same, plain-JSON result,
 * so a page can put it in a `data-chart` attribute and the client script only draws it. The
 * legend and the key to the markers are returned as data for the page to render as HTML.
 *
 * Honesty rules, so a drawing never says more than the source:
 * - Only figures of one indicator share the value axis (one indicator has one unit); a
 *   figure of another indicator is a wiring mistake and throws.
 * - Values come from `figure.value.number.plain` (exact strings) and are turned into JS
 *   numbers only to place them on the canvas. Every text a reader sees (table, tooltip,
 *   summary) is the exact wording of src/lib/format.ts.
 * - A qualified value ("more than", "about" …) gets its own marker shape, a target is hollow
 *   with a dashed line, a range is a floating bar from low to high; the key says so.
 * - A value illegible in the source is not drawn, and a note says which.
 * - A ratio ("1:0.81") is not a quantity on an axis: ratio indicators get a table only.
 *
 * The parts: rows.ts (table rows), series.ts + markers.ts (series, datasets, markers),
 * scales.ts (time and value axes), summary.ts (text summary), text.ts (wording).
 */
import { formatPeriod, formatUnit } from '../format.ts';
import { seriesGaps } from './gaps.ts';
import { chartRows, notDrawnNotes } from './rows.ts';
import { scaleOptions, timeAxis, timeSpan } from './scales.ts';
import { groupSeries, seriesDatasets } from './series.ts';
import { chartSummary, emptySummary } from './summary.ts';
import { KEY_ORDER, TEXT } from './text.ts';
import type { BuildIndicatorChartInput, ChartJsConfig, ChartPayload, IndicatorChart } from './types.ts';

/**
 * Builds the chart of one indicator from its figures (any bureaus, any years). Series are
 * one bureau's figure (same figure id across its reports) and status; each runs in date order.
 * Throws when a figure is of another indicator.
 */
export function buildIndicatorChart(input: BuildIndicatorChartInput): IndicatorChart {
  const { indicator, points, lang } = input;
  const text = TEXT[lang];
  for (const { figure } of points) {
    if (figure.indicatorId !== indicator.id) {
      throw new Error(`Figure ${figure.bureauId}/${figure.year}#${figure.id} is of indicator ${figure.indicatorId}, not ${indicator.id}: only one indicator's figures share an axis`);
    }
  }
  const unit = formatUnit(indicator, lang);
  const title = indicator.name[lang];
  const isRatio = indicator.kind === 'ratio';

  const placed = chartRows(input);
  const rows = placed.map((entry) => entry.row);
  const numbers = new Map(placed.map((entry) => [entry.row, entry.y]));
  const notes = notDrawnNotes(rows, isRatio, lang);

  const drawn = rows.filter((row) => row.drawn);
  if (drawn.length === 0) {
    if (!isRatio) notes.push(text.noValuesNote);
    return {
      indicatorId: indicator.id, lang, title, unit, rows, gaps: [], payload: null,
      notDrawn: isRatio ? 'ratio' : 'no-values',
      summary: emptySummary(title, unit, notes, lang),
      legend: [], key: [], notes,
    };
  }

  const series = groupSeries(drawn, title, lang);
  const gaps = seriesGaps(series, (year) => formatPeriod(String(year), lang));
  if (gaps.length > 0) notes.push(text.gapNote(gaps.map((gap) => text.where(gap.bureauName, gap.period))));
  const axis = timeAxis(drawn, lang, input.sharedAsOf);
  const { datasets, legend, used } = seriesDatasets(series, lang, axis.xOf, (row) => numbers.get(row));
  const config: ChartJsConfig = {
    type: 'line',
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: lang === 'zh' ? 'zh-CN' : 'en',
      interaction: { mode: 'nearest', axis: 'xy', intersect: false },
      plugins: {
        tooltip: { enabled: true, displayColors: true },
      },
      scales: scaleOptions(indicator, unit, axis, lang),
    },
  };

  return {
    indicatorId: indicator.id,
    lang,
    title,
    unit,
    rows,
    payload: {
      config,
      ticks: { locale: config.options.locale, compact: lang === 'zh', suffix: indicator.kind === 'rate' ? '%' : '' },
      time: axis.ticks,
    },
    gaps,
    summary: chartSummary({ title, unit, ...timeSpan(drawn, lang), series, notes, lang }),
    legend,
    key: KEY_ORDER.filter((entry) => used.has(entry)).map((entry) => {
      const [symbol, meaning] = text.key[entry];
      return { entry, symbol, text: meaning };
    }),
    notes,
  };
}

/**
 * The payload as an HTML attribute value: JSON with `<`, `>` and `&` escaped as \u00XX, so
 * no data string can ever close or open markup (Astro escapes the quotes).
 */
export function chartDataAttribute(payload: ChartPayload): string {
  return JSON.stringify(payload).replace(/[<>&]/g, (char) => `\\u00${char.charCodeAt(0).toString(16)}`);
}
