/**
 * A chart as a PNG to take away: drawn again off screen from the same configuration, at
 * twice the size, with what a picture needs to stand alone drawn into it: the title, the
 * unit, the series' colours and names, the source line and the site's name.
 */
import { Chart, type ChartConfiguration, type Plugin } from 'chart.js';
import type { SvgText } from '../lib/charts/svg.ts';
import type { ChartPayload } from '../lib/charts/types.ts';
import { chartConfiguration } from './chart-options.ts';

/** What src/components/ChartPanel.astro puts in the PNG button's `data-png` (JSON): the SVG's texts and a file name. */
export interface PngText extends Omit<SvgText, 'lang'> {
  /** File name offered for the download, e.g. "eldercare-beds-district-zh.png". */
  file: string;
}

/** CSS pixels of the picture; the PNG has twice as many (devicePixelRatio 2). */
const WIDTH = 800;
const HEIGHT = 500;
const TOP = 84;
const BOTTOM = 52;
const SIDE = 16;

function framePlugin(text: PngText): Plugin {
  return {
    id: 'annals-png-frame',
    beforeDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
    afterDraw(chart) {
      const { ctx } = chart;
      const family = String(Chart.defaults.font.family ?? 'sans-serif');
      ctx.save();
      ctx.textBaseline = 'top';
      ctx.fillStyle = '#1a1a1a';
      ctx.font = `600 20px ${family}`;
      ctx.fillText(text.title, SIDE, 12);
      ctx.font = `14px ${family}`;
      ctx.fillStyle = '#4a4a4a';
      ctx.fillText(text.unit, SIDE, 38);
      // The legend, in the series' colours (the page's legend is HTML, outside the canvas).
      let x = SIDE;
      for (const dataset of chart.data.datasets) {
        const label = dataset.label ?? '';
        ctx.fillStyle = String(dataset.borderColor ?? '#1a1a1a');
        ctx.fillRect(x, 64, 18, 4);
        ctx.fillStyle = '#1a1a1a';
        ctx.fillText(label, x + 24, 58);
        x += 24 + ctx.measureText(label).width + 20;
      }
      ctx.fillStyle = '#4a4a4a';
      ctx.font = `12px ${family}`;
      ctx.fillText(text.source, SIDE, chart.height - BOTTOM + 12);
      ctx.fillText(text.site, SIDE, chart.height - BOTTOM + 30);
      ctx.restore();
    },
  };
}

/** Renders the chart of `canvas` as a PNG (1600 × 1000 pixels) and offers it as a download. */
export async function downloadPng(canvas: HTMLCanvasElement, text: PngText): Promise<void> {
  const payload = JSON.parse(canvas.dataset.chart ?? '{}') as ChartPayload;
  const off = document.createElement('canvas');
  off.width = WIDTH;
  off.height = HEIGHT;
  off.style.width = `${WIDTH}px`;
  off.style.height = `${HEIGHT}px`;
  const config = chartConfiguration(payload, { animate: false }) as ChartConfiguration;
  config.options = { ...config.options, responsive: false, devicePixelRatio: 2, layout: { padding: { top: TOP, bottom: BOTTOM, left: SIDE, right: SIDE } } };
  config.plugins = [framePlugin(text)];
  const chart = new Chart(off, config);
  const blob = await new Promise<Blob | null>((resolve) => off.toBlob(resolve, 'image/png'));
  chart.destroy();
  if (!blob) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = text.file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
