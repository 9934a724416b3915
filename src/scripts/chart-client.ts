/**
 * Draws the charts of a page: every `canvas[data-chart]` that src/components/Chart.astro
 * renders. Loaded (with Chart.js) by src/scripts/chart-boot.ts only when a chart nears the
 * viewport or printing starts, so a reader who never scrolls to a chart never downloads it.
 *
 * The configuration (data, colours, markers, tooltip texts) comes ready-made from
 * src/lib/charts/; this script adds only what JSON cannot carry: the tooltip and
 * axis-tick functions, fonts and colours from the page's CSS (so care mode's larger text
 * reaches the canvas too), and no animation for readers who prefer reduced motion.
 *
 * Only the Chart.js parts the charts use are registered, so the rest is tree-shaken away.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type TooltipItem,
} from 'chart.js';
import type { ChartPayload, TickFormat } from '../lib/charts/types.ts';

// No Legend plugin: the legend is HTML (src/components/Chart.astro), which wraps and scales.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, LinearScale, CategoryScale, Tooltip);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const charts = new Map<HTMLCanvasElement, Chart>();

/** Axis ticks only (figures themselves are always shown as src/lib/format.ts writes them). */
function tickFormatter(format: TickFormat): (value: number | string) => string {
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

/** Fonts and colours from the figure's computed style, so the canvas follows the page's CSS. */
function applyTheme(element: Element): void {
  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize) || 16;
  Chart.defaults.font.family = style.fontFamily;
  Chart.defaults.font.size = Math.round(size * 0.875);
  Chart.defaults.color = style.color;
  Chart.defaults.borderColor = style.getPropertyValue('--line').trim() || '#c9ccd1';
}

function draw(canvas: HTMLCanvasElement): void {
  if (charts.has(canvas) || !canvas.dataset.chart) return;
  const { config, ticks } = JSON.parse(canvas.dataset.chart) as ChartPayload;
  const format = tickFormatter(ticks);
  applyTheme(canvas.closest('figure') ?? canvas);
  const chartConfig = {
    ...config,
    options: {
      ...config.options,
      animation: reducedMotion.matches ? false : { duration: 400 },
      plugins: {
        ...config.options.plugins,
        tooltip: {
          ...config.options.plugins.tooltip,
          callbacks: {
            // The exact text of src/lib/format.ts, carried in each point.
            label: (item: TooltipItem<'line' | 'bar'>) => (item.raw as { tip: string }).tip,
          },
        },
      },
      scales: {
        ...config.options.scales,
        y: { ...config.options.scales.y, ticks: { callback: format } },
      },
    },
  } as unknown as ChartConfiguration;
  charts.set(canvas, new Chart(canvas, chartConfig));
}

/** Care mode (html.care) changes the text size: redraw with the new fonts. */
function watchCareMode(): void {
  let last = document.documentElement.className;
  new MutationObserver(() => {
    if (document.documentElement.className === last) return;
    last = document.documentElement.className;
    for (const [canvas, chart] of charts) {
      applyTheme(canvas.closest('figure') ?? canvas);
      chart.update('none');
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
}

let watching = false;

/** Draws the given canvases (each once), and from the first call on follows care mode. */
export function drawCharts(canvases: HTMLCanvasElement[]): void {
  if (!watching) {
    watching = true;
    watchCareMode();
  }
  canvases.forEach(draw);
}
