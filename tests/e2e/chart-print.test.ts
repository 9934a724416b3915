/**
 * Charts on paper and in a capture taken without scrolling: every chart of a page is drawn,
 * at the printed width, and neither the legend nor the key overlaps the plot.
 *
 * Print: Chromium prints each page to PDF after switching to print media (which fires the
 * matchMedia('print') listener of src/scripts/chart-boot.ts, as print-to-PDF does); one page
 * tall enough for the whole document, so its coordinates are the layout's; pdftoppm rasterises
 * it at 96 dpi (1 pixel = 1 CSS pixel); the pixels inside each chart box are counted.
 * Pages: a report with a narrative chart (sample site, Chongqing 2021), an indicator page
 * (eldercare beds: four small multiples, national to district) and a bureau page with a trend chart (the
 * fictional tests/fixtures/charts, whose gappy series breaks its line).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { hasBrowser, launchBrowser } from '../helpers/browser.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { drawnShares, overlaps, type Rect } from '../helpers/raster.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/** The printed width, in CSS pixels (about an A4 page's printable width). */
const PRINT_WIDTH = 760;

interface ChartLayout {
  box: Rect;
  canvas: Rect;
  legend: Rect | null;
  key: Rect | null;
}

/** Each chart's box, canvas, legend and key, in document coordinates, as laid out now. */
async function chartLayouts(page: Page): Promise<ChartLayout[]> {
  return page.evaluate(() => {
    const rect = (element: Element | null) => {
      if (!element) return null;
      const box = element.getBoundingClientRect();
      return { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height };
    };
    return [...document.querySelectorAll('.chart-panel')].filter((panel) => panel.querySelector('canvas')).map((panel) => ({
      box: rect(panel.querySelector('.chart-box'))!,
      canvas: rect(panel.querySelector('canvas'))!,
      legend: rect(panel.querySelector('.chart-legend')),
      key: rect(panel.querySelector('.chart-key')),
    }));
  });
}

/** The inside of a chart box, clear of its border. */
const inside = (rect: Rect): Rect => ({ x: rect.x + 3, y: rect.y + 3, width: rect.width - 6, height: rect.height - 6 });

/** The canvas lies within its box, and the legend and key lie wholly outside it. */
function expectNoOverlap(layout: ChartLayout, what: string): void {
  const { box, canvas, legend, key } = layout;
  expect(canvas.x, what).toBeGreaterThanOrEqual(box.x - 0.5);
  expect(canvas.y, what).toBeGreaterThanOrEqual(box.y - 0.5);
  expect(canvas.x + canvas.width, what).toBeLessThanOrEqual(box.x + box.width + 0.5);
  expect(canvas.y + canvas.height, what).toBeLessThanOrEqual(box.y + box.height + 0.5);
  expect(legend, what).not.toBeNull();
  expect(key, what).not.toBeNull();
  for (const other of [legend!, key!]) {
    expect(overlaps(other, box), what).toBe(false);
    expect(overlaps(other, canvas), what).toBe(false);
  }
}

describe.skipIf(!hasBrowser)('charts in print and in a capture without scrolling (real Chromium, pdftoppm)', () => {
  let browser: Browser;
  let sample: StaticServer;
  let fixture: FixtureCopy;
  let charts: StaticServer;
  let scratch: string;

  beforeAll(async () => {
    fixture = copyFixture('charts');
    const built = await buildSite({ root: fixture.root, quiet: true });
    charts = await serveStatic(built.outDir);
    sample = await serveStatic(inject('sampleDist'));
    browser = await launchBrowser();
    scratch = mkdtempSync(join(tmpdir(), 'annals-print-'));
  });
  afterAll(async () => {
    await browser?.close();
    await sample?.close();
    await charts?.close();
    fixture?.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const pages = () => [
    { name: 'report with a narrative chart', url: sample.url('/reports/chongqing/2021/'), charts: 1 },
    { name: 'indicator page (small multiples)', url: sample.url('/indicators/eldercare-beds/'), charts: 4 },
    { name: 'bureau page', url: charts.url('/bureaus/example-province/'), charts: 1 },
  ];

  it('prints every chart of each page drawn at the printed width, legend and key clear of the plot', async () => {
    // Charts drawn by the print listeners alone: idle drawing is switched off and the window
    // is short, so charts a screen below it are still blank when printing starts.
    let blankBeforePrint = 0;
    for (const { name, url, charts: count } of pages()) {
      const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 300 } });
      try {
        await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(500);
        blankBeforePrint += await page.evaluate(() => [...document.querySelectorAll('canvas[data-chart]')].filter((canvas) => !canvas.getAttribute('style')?.includes('width')).length);
        await page.emulateMedia({ media: 'print' });
        // Every chart box has its printed size, and each canvas has been fitted to it.
        await expect.poll(async () => {
          const layouts = await chartLayouts(page);
          return layouts.length === count && layouts.every((layout) => Math.abs(layout.canvas.width - layout.box.width) <= 3 && layout.canvas.height <= layout.box.height + 0.5);
        }, { timeout: 15_000 }).toBe(true);
        // Chart.js has drawn into each canvas (drawing is synchronous once it runs).
        await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('canvas[data-chart]')].every((canvas) => (canvas as HTMLCanvasElement).width > 0 && canvas.getAttribute('style')?.includes('width'))), { timeout: 15_000 }).toBe(true);
        const layouts = await chartLayouts(page);
        layouts.forEach((layout, index) => expectNoOverlap(layout, `${name}, chart ${index + 1} in print`));
        const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
        const pdf = join(scratch, 'page.pdf');
        await page.pdf({ path: pdf, width: `${PRINT_WIDTH}px`, height: `${height + 40}px`, margin: { top: '0', right: '0', bottom: '0', left: '0' }, printBackground: true });
        execFileSync('pdftoppm', ['-png', '-r', '96', '-singlefile', pdf, join(scratch, 'page')]);
        const raster = await drawnShares(browser, readFileSync(join(scratch, 'page.png')), layouts.map((layout) => inside(layout.box)));
        expect(raster.width, name).toBe(PRINT_WIDTH);
        // Axes, grid and values: an empty box is all white (0).
        raster.shares.forEach((share, index) => expect(share, `${name}, chart ${index + 1} on paper`).toBeGreaterThan(0.01));
      } finally {
        await page.close();
      }
    }
    expect(blankBeforePrint).toBeGreaterThan(0);
  });

  it('shows every chart drawn in a full-page screenshot taken without scrolling', async () => {
    for (const { name, url, charts: count } of pages()) {
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
      try {
        await page.goto(url, { waitUntil: 'load' });
        // Nothing scrolls: charts below the fold are drawn once the page is idle.
        await expect.poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].every((canvas) => {
          const context = canvas.getContext('2d');
          if (!context || canvas.width === 0) return false;
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
          return false;
        })), { timeout: 15_000 }).toBe(true);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const layouts = await chartLayouts(page);
        expect(layouts, name).toHaveLength(count);
        layouts.forEach((layout, index) => expectNoOverlap(layout, `${name}, chart ${index + 1} on screen`));
        const png = await page.screenshot({ fullPage: true, animations: 'disabled' });
        const raster = await drawnShares(browser, png, layouts.map((layout) => inside(layout.box)));
        raster.shares.forEach((share, index) => expect(share, `${name}, chart ${index + 1} in the capture`).toBeGreaterThan(0.01));
      } finally {
        await page.close();
      }
    }
  });
});
