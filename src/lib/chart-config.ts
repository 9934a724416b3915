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
 */
import type { Locale } from '../schemas/common.ts';
import type { Qualifier, Status } from '../schemas/report-data.ts';
import { formatFigureValue, formatPeriod, formatUnit } from './format.ts';
import type { Figure, IndicatorEntry } from './model.ts';

export interface ChartPointInput {
  figure: Figure;
  /** The publisher's name in the chart's language, as legend, table and summary show it. */
  bureauName: string;
}

export interface BuildIndicatorChartInput {
  indicator: Pick<IndicatorEntry, 'id' | 'name' | 'kind' | 'unit'>;
  points: readonly ChartPointInput[];
  lang: Locale;
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
  shape: MarkerShape | 'unknown' | 'ratio';
  /** Whether the canvas shows it (illegible values and ratios are table-only). */
  drawn: boolean;
}

/** A point of a line dataset: `x` is a category label, `tip` the tooltip line. */
export interface LinePoint {
  x: string;
  y: number;
  tip: string;
}

/** A floating bar: `y` is [low, high]. */
export interface BarPoint {
  x: string;
  y: [number, number];
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

/** A Chart.js 4 configuration (mixed line/bar on a category axis), plain JSON only. */
export interface ChartJsConfig {
  type: 'line';
  data: { labels: string[]; datasets: Array<LineDataset | BarDataset> };
  options: {
    responsive: true;
    maintainAspectRatio: false;
    locale: string;
    interaction: { mode: 'nearest'; axis: 'xy'; intersect: false };
    plugins: {
      tooltip: { enabled: true; displayColors: true };
    };
    scales: {
      x: { type: 'category'; offset: true; grid: { display: false }; title: { display: true; text: string } };
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

/**
 * Dark enough for 3:1 against white as lines and markers; told apart by the legend's labels
 * too. The same colours are the .chart-swatch-<index> classes in src/styles/global.css.
 */
export const SERIES_COLOURS = ['#0b4f8a', '#b3261e', '#1e6b3a', '#7a3e9d', '#8a5a00', '#00697a', '#c23b80', '#4a4a4a'] as const;
const HOLLOW = '#ffffff';
const TARGET_DASH = [6, 4];
/** Above this many drawn values the summary stops listing them and points to the table. */
const SUMMARY_LIMIT = 12;

const SHAPE_OF: Record<Qualifier, MarkerShape> = {
  over: 'more',
  'at-least': 'more',
  under: 'less',
  'up-to': 'less',
  about: 'approx',
  nearly: 'approx',
};

const POINT_STYLE: Record<Exclude<MarkerShape, 'range'>, { style: PointStyleName; rotation: number; radius: number }> = {
  exact: { style: 'circle', rotation: 0, radius: 4 },
  more: { style: 'triangle', rotation: 0, radius: 6 },
  less: { style: 'triangle', rotation: 180, radius: 6 },
  approx: { style: 'rectRot', rotation: 0, radius: 5 },
};

/** Chart wording. Kept here, next to the markers it explains, rather than in src/i18n. */
const TEXT = {
  zh: {
    xTitle: '时间',
    unit: (unit: string) => `单位：${unit}`,
    target: '（目标）',
    range: (target: boolean) => (target ? '（目标，区间）' : '（区间）'),
    separator: ' · ',
    tip: (series: string, value: string) => `${series}：${value}`,
    key: {
      exact: ['●', '实心圆点：原文给出的确切数值'],
      more: ['▲', '尖朝上的三角：原文说“余、多、超过、以上、至少”，实际不少于此数'],
      less: ['▼', '尖朝下的三角：原文说“不到、不足、最高”，实际不多于此数'],
      approx: ['◆', '菱形：原文说“约、左右、近”，是近似数'],
      range: ['▮', '竖条：原文给出的区间，从下限到上限'],
      target: ['○', '空心标记、虚线或空心竖条：目标或计划数，不是实际完成数'],
    } satisfies Record<KeyEntry, [string, string]>,
    unknownNote: (items: string[]) => `图中未画出原文数字缺损的数值：${items.join('、')}。`,
    ratioNote: '比值类指标不绘制图表，数值见表格。',
    undatedNote: (items: string[]) => `未注明时点的数值不画在时间轴上，见表格：${items.join('、')}。`,
    noValuesNote: '没有可绘制的数值，数值见表格。',
    where: (bureau: string, period: string) => `${bureau}${period}`,
    summary: (title: string, unit: string, count: number, from: string, to: string) =>
      `图表：${title}${unit ? `（${unit}）` : ''}，共${count}个数值，时间${from === to ? `为${from}` : `从${from}到${to}`}。`,
    emptySummary: (title: string, unit: string) => `${title}${unit ? `（${unit}）` : ''}。`,
    seriesSummary: (series: string, items: string[]) => `${series}：${items.join('，')}`,
    item: (period: string, value: string) => `${period} ${value}`,
    tooMany: '数值较多，确切数值见表格。',
    listEnd: '。',
    listJoin: '；',
  },
  en: {
    xTitle: 'Date',
    unit: (unit: string) => `Unit: ${unit}`,
    target: ' (target)',
    range: (target: boolean) => (target ? ' (target range)' : ' (range)'),
    separator: ' · ',
    tip: (series: string, value: string) => `${series}: ${value}`,
    key: {
      exact: ['●', 'Filled circle: an exact value as the source states it'],
      more: ['▲', 'Upward triangle: the source says “more than” or “at least”; the true value is no lower'],
      less: ['▼', 'Downward triangle: the source says “under” or “up to”; the true value is no higher'],
      approx: ['◆', 'Diamond: the source says “about” or “nearly”; an approximate value'],
      range: ['▮', 'Bar: a range the source gives, from low to high'],
      target: ['○', 'Hollow marker, dashed line or hollow bar: a target or plan, not an actual result'],
    } satisfies Record<KeyEntry, [string, string]>,
    unknownNote: (items: string[]) => `Not drawn, because the source’s digits are illegible: ${items.join('; ')}.`,
    undatedNote: (items: string[]) => `Not drawn, because no date is stated for them (see the table): ${items.join('; ')}.`,
    ratioNote: 'Ratios are not charted; the values are in the table.',
    noValuesNote: 'There is no value to draw; the values are in the table.',
    where: (bureau: string, period: string) => `${bureau}, ${period}`,
    summary: (title: string, unit: string, count: number, from: string, to: string) =>
      `Chart of ${title}${unit ? ` (${unit})` : ''}: ${count} ${count === 1 ? 'value' : 'values'}, ${from === to ? from : `${from} to ${to}`}.`,
    emptySummary: (title: string, unit: string) => `${title}${unit ? ` (${unit})` : ''}.`,
    seriesSummary: (series: string, items: string[]) => `${series}: ${items.join(', ')}`,
    item: (period: string, value: string) => `${period} ${value}`,
    tooMany: 'There are many values; the exact values are in the table.',
    listEnd: '.',
    listJoin: '; ',
  },
} as const;

const KEY_ORDER: readonly KeyEntry[] = ['exact', 'more', 'less', 'approx', 'range', 'target'];

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shapeOf(figure: Figure): ChartRow['shape'] {
  switch (figure.value.type) {
    case 'unknown':
      return 'unknown';
    case 'ratio':
      return 'ratio';
    case 'range':
      return 'range';
    case 'number':
      return figure.qualifier ? SHAPE_OF[figure.qualifier] : 'exact';
  }
}

interface Series {
  key: string;
  bureauId: string;
  bureauName: string;
  figureId: string;
  status: Status;
  /** Bureau (and figure label when needed), without the target mark. */
  name: string;
  /** As the legend, tooltip and summary show it. */
  label: string;
  rows: ChartRow[];
}

/**
 * Builds the chart of one indicator from its figures (any bureaus, any years). Series are
 * one bureau's figure (same figure id across its reports) and status; each runs in date order.
 */
export function buildIndicatorChart({ indicator, points, lang }: BuildIndicatorChartInput): IndicatorChart {
  const text = TEXT[lang];
  for (const { figure } of points) {
    if (figure.indicatorId !== indicator.id) {
      throw new Error(`Figure ${figure.bureauId}/${figure.year}#${figure.id} is of indicator ${figure.indicatorId}, not ${indicator.id}: only one indicator's figures share an axis`);
    }
  }
  const unit = formatUnit(indicator, lang);
  const title = indicator.name[lang];
  const isRatio = indicator.kind === 'ratio';

  const entries = points
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
        shape,
        // A figure with no stated date (an undated report) has no place on a time axis.
        drawn: !isRatio && shape !== 'unknown' && shape !== 'ratio' && figure.asOf !== '',
      };
      // Exact strings become JS numbers here only, to place them on the canvas.
      const y: number | [number, number] | undefined =
        !row.drawn ? undefined
        : figure.value.type === 'number' ? Number(figure.value.number.plain)
        : figure.value.type === 'range' ? [Number(figure.value.low.plain), Number(figure.value.high.plain)]
        : undefined;
      return { row, y };
    })
    .sort((a, b) =>
      compare(a.row.bureauId, b.row.bureauId) || compare(a.row.asOf, b.row.asOf) || compare(a.row.year, b.row.year) || compare(a.row.figureId, b.row.figureId));
  const rows = entries.map((entry) => entry.row);
  const numbers = new Map(entries.map((entry) => [entry.row, entry.y]));

  const notes: string[] = [];
  const unknown = rows.filter((row) => row.shape === 'unknown');
  if (isRatio) notes.push(text.ratioNote);
  else if (unknown.length > 0) notes.push(text.unknownNote(unknown.map((row) => text.where(row.bureauName, row.period))));
  const undated = rows.filter((row) => row.asOf === '' && row.shape !== 'unknown');
  if (!isRatio && undated.length > 0) notes.push(text.undatedNote(undated.map((row) => `${row.bureauName} ${row.value}`)));

  const drawn = rows.filter((row) => row.drawn);
  if (drawn.length === 0) {
    if (!isRatio) notes.push(text.noValuesNote);
    return {
      indicatorId: indicator.id, lang, title, unit, rows, payload: null,
      notDrawn: isRatio ? 'ratio' : 'no-values',
      summary: [text.emptySummary(title, unit), ...notes].join(lang === 'zh' ? '' : ' '),
      legend: [], key: [], notes,
    };
  }

  // Series: a bureau's figure id and status, in a fixed order.
  const seriesByKey = new Map<string, Series>();
  for (const row of drawn) {
    const key = `${row.bureauId}\u0000${row.status === 'actual' ? 0 : 1}\u0000${row.figureId}`;
    let series = seriesByKey.get(key);
    if (!series) {
      series = { key, bureauId: row.bureauId, bureauName: row.bureauName, figureId: row.figureId, status: row.status, name: '', label: '', rows: [] };
      seriesByKey.set(key, series);
    }
    series.rows.push(row);
  }
  const seriesList = [...seriesByKey.values()].sort((a, b) => compare(a.key, b.key));
  // A series is named by its bureau, plus its figure's label (the latest) when the bureau
  // has differently labelled figures of this indicator, plus "target" for targets.
  const latestLabel = (series: Series): string => series.rows[series.rows.length - 1]?.label ?? title;
  const labelsPerBureau = new Map<string, Set<string>>();
  for (const series of seriesList) {
    const labels = labelsPerBureau.get(series.bureauId) ?? new Set<string>();
    labels.add(latestLabel(series));
    labelsPerBureau.set(series.bureauId, labels);
  }
  for (const series of seriesList) {
    const several = (labelsPerBureau.get(series.bureauId)?.size ?? 0) > 1;
    series.name = several ? `${series.bureauName}${text.separator}${latestLabel(series)}` : series.bureauName;
    series.label = series.status === 'target' ? `${series.name}${text.target}` : series.name;
  }

  // Category axis: every as-of date, in time order, as the reader writes it.
  const asOfs = [...new Set(drawn.map((row) => row.asOf))].sort(compare);
  const labelOf = new Map(asOfs.map((asOf) => [asOf, formatPeriod(asOf, lang)]));
  const labels = asOfs.map((asOf) => labelOf.get(asOf) ?? asOf);

  const datasets: Array<LineDataset | BarDataset> = [];
  const used = new Set<KeyEntry>();
  const legend: IndicatorChart['legend'] = [];
  seriesList.forEach((series, index) => {
    const colourIndex = index % SERIES_COLOURS.length;
    const colour = SERIES_COLOURS[colourIndex] ?? SERIES_COLOURS[0];
    legend.push({ label: series.label, colour: colourIndex, target: series.status === 'target' });
    const target = series.status === 'target';
    if (target) used.add('target');
    const tip = (row: ChartRow) => text.tip(series.label, row.value);
    const pointRows = series.rows.filter((row) => row.shape !== 'range');
    const rangeRows = series.rows.filter((row) => row.shape === 'range');
    if (pointRows.length > 0) {
      const marks = pointRows.map((row) => POINT_STYLE[row.shape as Exclude<MarkerShape, 'range'>]);
      for (const row of pointRows) used.add(row.shape as MarkerShape);
      datasets.push({
        type: 'line',
        label: series.label,
        data: pointRows.map((row) => ({ x: labelOf.get(row.asOf) ?? row.asOf, y: numbers.get(row) as number, tip: tip(row) })),
        borderColor: colour,
        backgroundColor: target ? HOLLOW : colour,
        borderWidth: 2,
        borderDash: target ? [...TARGET_DASH] : [],
        tension: 0,
        pointStyle: marks.map((mark) => mark.style),
        pointRotation: marks.map((mark) => mark.rotation),
        pointRadius: marks.map((mark) => mark.radius),
        pointHoverRadius: marks.map((mark) => mark.radius + 2),
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
        data: rangeRows.map((row) => ({ x: labelOf.get(row.asOf) ?? row.asOf, y: numbers.get(row) as [number, number], tip: tip(row) })),
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

  const config: ChartJsConfig = {
    type: 'line',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: lang === 'zh' ? 'zh-CN' : 'en',
      interaction: { mode: 'nearest', axis: 'xy', intersect: false },
      plugins: {
        tooltip: { enabled: true, displayColors: true },
      },
      scales: {
        x: { type: 'category', offset: true, grid: { display: false }, title: { display: true, text: text.xTitle } },
        y: {
          type: 'linear',
          beginAtZero: true,
          ...(indicator.kind === 'rate' && { suggestedMax: 100 }),
          title: { display: true, text: unit ? text.unit(unit) : '' },
        },
      },
    },
  };

  // The span the values cover: from the earliest start to the latest end of their dates.
  const starts = drawn.map((row) => row.asOf.split('/')[0] ?? row.asOf).sort(compare);
  const ends = drawn.map((row) => row.asOf.split('/').pop() ?? row.asOf).sort(compare);
  const from = formatPeriod(starts[0] ?? '', lang);
  const to = formatPeriod(ends[ends.length - 1] ?? '', lang);
  const summaryParts: string[] = [text.summary(title, unit, drawn.length, from, to)];
  if (drawn.length <= SUMMARY_LIMIT) {
    const listed = seriesList.map((series) =>
      text.seriesSummary(series.label, series.rows.map((row) => text.item(row.period, row.value))),
    );
    summaryParts.push(`${listed.join(text.listJoin)}${text.listEnd}`);
  } else {
    summaryParts.push(text.tooMany);
  }
  summaryParts.push(...notes);

  return {
    indicatorId: indicator.id,
    lang,
    title,
    unit,
    rows,
    payload: {
      config,
      ticks: { locale: config.options.locale, compact: lang === 'zh', suffix: indicator.kind === 'rate' ? '%' : '' },
    },
    summary: summaryParts.join(lang === 'zh' ? '' : ' '),
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
