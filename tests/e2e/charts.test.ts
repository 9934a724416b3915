/**
 * Charts in a real browser: a chart draws (the canvas is not blank), its table shows the
 * YAML's exact figures, and it loads Chart.js only on pages that have a chart.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatFigureValue } from '../../src/lib/format.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import { figuresOfIndicator } from '../../src/lib/series.ts';
import { hasBrowser, sampleSiteInBrowser } from '../helpers/browser.ts';

const { site } = loadSite(process.cwd());
if (!site) throw new Error('The sample site must be valid');

describe.skipIf(!hasBrowser)('charts (real browser)', () => {
  const served = sampleSiteInBrowser();

  /** Share of the canvas's pixels that are painted, once it has scrolled into view and drawn. */
  const paintedShare = (selector: string) => `(() => {
    const canvas = document.querySelector(${JSON.stringify(selector)});
    const context = canvas.getContext('2d');
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
    return painted / (data.length / 4);
  })()`;

  it('draws the indicator chart when it scrolls into view, and the canvas is not blank', async () => {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await page.goto(`${served.server.origin}/indicators/eldercare-beds/`);
      const canvas = page.locator('figure canvas').first();
      await canvas.scrollIntoViewIfNeeded();
      await expect.poll(() => page.evaluate(paintedShare('figure canvas')), { timeout: 10_000 }).toBeGreaterThan(0.002);
      expect(await canvas.getAttribute('role')).toBe('img');
      const label = (await canvas.getAttribute('aria-label')) ?? '';
      expect(label).toContain('20.7万张');
      expect(label).toContain('408张');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the narrative chart's table shows the YAML's figures exactly, with and without JavaScript", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await served.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${served.server.origin}/reports/chongqing/2021/`);
      const tableText = await page.locator('figure table').first().innerText();
      const figures = figuresOfIndicator(site, 'eldercare-facility-social-operation-rate').filter(({ report }) => report.bureauId === 'chongqing');
      expect(figures.length).toBeGreaterThan(0);
      for (const { figure } of figures) expect(tableText).toContain(formatFigureValue(figure, site.indicators[figure.indicatorId]!, 'zh'));
      await context.close();
    }
  });

  it('loads Chart.js only where a chart is', async () => {
    const page = await served.browser.newPage();
    try {
      const scripts: string[] = [];
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
      await page.goto(`${served.server.origin}/about/`, { waitUntil: 'networkidle' });
      expect(scripts.filter((path) => /chart/i.test(path))).toEqual([]);
      // A ratio indicator gets a table and no canvas, so no Chart.js either.
      await page.goto(`${served.server.origin}/indicators/dibao-standard-ratio/`, { waitUntil: 'networkidle' });
      expect(await page.locator('canvas').count()).toBe(0);
      expect(scripts.filter((path) => /chart/i.test(path))).toEqual([]);
      scripts.length = 0;
      await page.goto(`${served.server.origin}/indicators/eldercare-beds/`, { waitUntil: 'networkidle' });
      expect(scripts.some((path) => /Chart/.test(path))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
