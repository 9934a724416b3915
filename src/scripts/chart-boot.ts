/**
 * The only up-front script of a page with charts: it loads Chart.js (src/scripts/chart-client.ts)
 * when a chart comes within a screen of the viewport, or when printing starts, and never
 * otherwise, so its bundle is not downloaded for charts nobody scrolls to
 * (Lighthouse: unused JavaScript; issue 15). Each chart box has its final size before
 * drawing (global.css), so drawing late shifts nothing.
 */
const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];

/** Draws `targets` once the client has loaded; the client is imported at most once. */
let client: Promise<typeof import('./chart-client.ts')> | undefined;
const draw = (targets: HTMLCanvasElement[]): void => {
  client ??= import('./chart-client.ts');
  void client.then((module) => module.drawCharts(targets));
};

if (canvases.length > 0) {
  // Printing: every chart, not only those seen on screen. beforeprint covers the browser's
  // print command; the media query also covers printing started from devtools or a PDF tool.
  const printAll = (): void => draw(canvases);
  window.addEventListener('beforeprint', printAll);
  window.matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) printAll();
  });
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
  } else {
    draw(canvases);
  }
}
