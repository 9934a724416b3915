/**
 * Draws the charts of a page: every `canvas[data-chart]` that src/components/Chart.astro
 * renders. Loaded (with Chart.js) by src/scripts/chart-boot.ts when a chart nears the
 * viewport, when printing starts, or once the page is idle.
 *
 * The configuration (data, colours, markers, tooltip texts, time ticks) comes ready-made
 * from src/lib/charts/; this script adds only what JSON cannot carry: the tooltip and
 * axis-tick functions, fonts and colours from the page's CSS (so care mode's larger text
 * reaches the canvas too), and no animation for readers who prefer reduced motion.
 *
 * Only the Chart.js parts the charts use are registered, so the rest is tree-shaken away.
 */
import {
  BarController,
  BarElement,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartPayload } from '../lib/charts/types.ts';
import { chartConfiguration } from './chart-options.ts';

// No Legend plugin: the legend is HTML (src/components/Chart.astro), which wraps and scales.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, LinearScale, Tooltip);

const charts = new Map<HTMLCanvasElement, Chart>();

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
  applyTheme(canvas.closest('figure') ?? canvas);
  charts.set(canvas, new Chart(canvas, chartConfiguration(JSON.parse(canvas.dataset.chart) as ChartPayload, { animate: true })));
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

/**
 * Draws the given canvases (each once), and from the first call on follows care mode.
 * One chart per task unless `now`: setting up a chart is one long task, and a page's
 * charts drawn in a single task would block input for all of them at once (Lighthouse's
 * Total Blocking Time counts each task's time over 50 ms).
 */
export function drawCharts(canvases: HTMLCanvasElement[], now = false): void {
  if (!watching) {
    watching = true;
    watchCareMode();
  }
  if (now) {
    canvases.forEach(draw);
    return;
  }
  const queue = [...canvases];
  const next = (): void => {
    const canvas = queue.shift();
    if (!canvas) return;
    draw(canvas);
    if (queue.length > 0) setTimeout(next, 0);
  };
  next();
}

/**
 * Printing: draws every chart now, without animation, and fits each to its box as laid out
 * (at print width once print styles apply), so no canvas keeps its screen size.
 */
export function fitAll(canvases: HTMLCanvasElement[]): void {
  drawCharts(canvases, true);
  for (const chart of charts.values()) {
    chart.options.animation = false;
    chart.resize();
  }
}

export { downloadPng } from './chart-png.ts';
