/**
 * The only up-front script of a page with charts. It loads Chart.js (src/scripts/chart-client.ts)
 * when a chart comes within a screen of the viewport, when printing starts, or once the page
 * is idle, so every chart is drawn without scrolling (a full-page capture, print-to-PDF)
 * while the bundle never competes with the page's first paint. Each chart box has its final
 * size before drawing (global.css), so drawing late shifts nothing.
 */
import type { PngText } from './chart-png.ts';

const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];

type Client = typeof import('./chart-client.ts');
/** The client module once loaded, so printing can draw synchronously (before the page is laid out for paper). */
let loaded: Client | undefined;
let client: Promise<Client> | undefined;
const load = (): Promise<Client> => {
  client ??= import('./chart-client.ts').then((module) => (loaded = module));
  return client;
};
const draw = (targets: HTMLCanvasElement[]): void => {
  void load().then((module) => module.drawCharts(targets));
};

if (canvases.length > 0) {
  // Printing: every chart, at the printed width. beforeprint covers the browser's print
  // command; the media query also covers print-to-PDF from devtools or a headless browser,
  // and fires again when printing ends, to fit the charts back to the screen.
  const fit = (): void => {
    if (loaded) loaded.fitAll(canvases);
    else void load().then((module) => module.fitAll(canvases));
  };
  window.addEventListener('beforeprint', fit);
  window.addEventListener('afterprint', fit);
  window.matchMedia('print').addEventListener('change', fit);
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target as HTMLCanvasElement);
        if (near.length === 0) return;
        near.forEach((canvas) => observer.unobserve(canvas));
        draw(near);
      },
      // A screen ahead: the bundle arrives and draws before the chart scrolls into view.
      { rootMargin: '100% 0px' },
    );
    canvases.forEach((canvas) => observer.observe(canvas));
  }
  // Then the rest, when the page has nothing else to do.
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  window.addEventListener('load', () => idle(() => draw(canvases), { timeout: 2000 }), { once: true });

  // "PNG" buttons: the chart drawn again at 2×, with its title and source. They are laid out
  // from the first paint (hidden by CSS only when scripting is off), so nothing shifts here.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-png]')) {
    const canvas = button.closest('figure')?.querySelector<HTMLCanvasElement>('canvas[data-chart]');
    if (!canvas) continue;
    button.addEventListener('click', () => {
      void load().then((module) => module.downloadPng(canvas, JSON.parse(button.dataset.png ?? '{}') as PngText));
    });
  }
}
