/**
 * A chart as a standalone SVG, built at build time from the same payload the canvas draws
 * (no JavaScript): title, unit, legend, value axis from zero with nice ticks, the time axis
 * to scale with the build's ticks, lines that break at gaps, each marker's shape (hollow for
 * targets), ranges as bars, and the source line and site name. 800 × 500 user units.
 */
import { escapeHtml as escape } from '../escape.ts';
import { niceTicks, tickFormatter } from './ticks.ts';
import type { ChartPayload, LineDataset, PointStyleName } from './types.ts';

export interface SvgText {
  title: string;
  unit: string;
  source: string;
  site: string;
  lang: string;
}

const W = 800;
const H = 500;
const PLOT = { left: 80, right: 780, top: 100, bottom: 420 };

function marker(style: PointStyleName, rotation: number, radius: number, x: number, y: number, stroke: string, fill: string): string {
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="2"`;
  if (radius === 0) return '';
  if (style === 'circle') return `<circle cx="${x}" cy="${y}" r="${radius}" ${paint}/>`;
  const r = radius;
  const points = style === 'rectRot'
    ? [[x, y - r], [x + r, y], [x, y + r], [x - r, y]]
    : rotation === 180 ? [[x - r, y - r * 0.6], [x + r, y - r * 0.6], [x, y + r]] : [[x - r, y + r * 0.6], [x + r, y + r * 0.6], [x, y - r]];
  return `<polygon points="${points.map(([px, py]) => `${round(px!)},${round(py!)}`).join(' ')}" ${paint}/>`;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** The SVG document (UTF-8 text) of one chart payload. */
export function chartSvg(payload: ChartPayload, text: SvgText): string {
  const { datasets } = payload.config.data;
  const { x: xScale, y: yScale } = payload.config.options.scales;
  const values = datasets.flatMap((dataset) => dataset.data.flatMap((point) => (point.y === null ? [] : Array.isArray(point.y) ? point.y : [point.y])));
  const ticks = niceTicks(Math.max(...values, yScale.suggestedMax ?? 0), 5, Math.min(...values));
  const yMin = ticks[0] ?? 0;
  const yMax = ticks[ticks.length - 1] ?? 1;
  const px = (x: number): number => round(PLOT.left + ((x - xScale.min) / (xScale.max - xScale.min || 1)) * (PLOT.right - PLOT.left));
  const py = (y: number): number => round(PLOT.bottom - ((y - yMin) / (yMax - yMin || 1)) * (PLOT.bottom - PLOT.top));
  const format = tickFormatter(payload.ticks);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" lang="${escape(text.lang)}" font-family="sans-serif" font-size="13">`,
    `<title>${escape(text.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="16" y="30" font-size="20" font-weight="600" fill="#1a1a1a">${escape(text.title)}</text>`,
    `<text x="16" y="54" fill="#4a4a4a">${escape(text.unit)}</text>`,
  ];
  let legendX = 16;
  for (const dataset of datasets) {
    parts.push(`<rect x="${legendX}" y="70" width="18" height="4" fill="${dataset.borderColor}"/><text x="${legendX + 24}" y="77" fill="#1a1a1a">${escape(dataset.label)}</text>`);
    legendX += 24 + dataset.label.length * 13 + 20;
  }
  for (const tick of ticks) {
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${py(tick)}" y2="${py(tick)}" stroke="#d9dce1"/>`);
    parts.push(`<text x="${PLOT.left - 8}" y="${py(tick) + 4}" text-anchor="end" fill="#4a4a4a">${escape(format(tick))}</text>`);
  }
  for (const tick of payload.time) {
    parts.push(`<text x="${px(tick.value)}" y="${PLOT.bottom + 20}" text-anchor="middle" fill="#4a4a4a">${escape(tick.label)}</text>`);
  }
  parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#4a4a4a"/>`);
  for (const dataset of datasets) {
    if (dataset.type === 'bar') {
      for (const point of dataset.data) {
        const [low, high] = point.y;
        parts.push(`<rect x="${px(point.x) - 8}" y="${py(high)}" width="16" height="${round(py(low) - py(high))}" fill="${dataset.backgroundColor}" stroke="${dataset.borderColor}" stroke-width="2"><title>${escape(point.tip)}</title></rect>`);
      }
      continue;
    }
    parts.push(linePath(dataset, px, py));
    dataset.data.forEach((point, index) => {
      if (point.y === null) return;
      parts.push(marker(dataset.pointStyle[index] ?? 'circle', dataset.pointRotation[index] ?? 0, dataset.pointRadius[index] ?? 4, px(point.x), py(point.y), dataset.pointBorderColor, dataset.pointBackgroundColor[index] ?? dataset.pointBorderColor));
    });
  }
  parts.push(`<text x="16" y="${H - 32}" font-size="12" fill="#4a4a4a">${escape(text.source)}</text>`);
  parts.push(`<text x="16" y="${H - 14}" font-size="12" fill="#4a4a4a">${escape(text.site)}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

/** The line of a dataset as one path, lifted (a new M) after every gap, never joined across it. */
function linePath(dataset: LineDataset, px: (x: number) => number, py: (y: number) => number): string {
  let path = '';
  let pen = false;
  for (const point of dataset.data) {
    if (point.y === null) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${px(point.x)} ${py(point.y)} `;
    pen = true;
  }
  const dash = dataset.borderDash.length > 0 ? ` stroke-dasharray="${dataset.borderDash.join(' ')}"` : '';
  return `<path d="${path.trim()}" fill="none" stroke="${dataset.borderColor}" stroke-width="2"${dash}/>`;
}
