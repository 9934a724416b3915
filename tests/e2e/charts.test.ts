/**
 * Charts in a real browser: a chart draws (the canvas is not blank), its table shows the
 * YAML's exact figures, and it loads Chart.js only on pages that have a chart.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FIGURES } from '../expectations/figures.ts';
import { hasBrowser, sampleSiteInBrowser } from '../helpers/browser.ts';

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
      // The nation's millions, 20.7万 beds (a municipality), 1.5万 (a city) and 408 (a district)
      // are over 20 times apart: small multiples, one canvas per bureau level, largest level
      // first, each labelled with its own values.
      const labels = await page.locator('figure canvas').evaluateAll((canvases) => canvases.map((one) => one.getAttribute('aria-label') ?? ''));
      expect(labels).toHaveLength(4);
      expect(labels[0]).toContain('全国');
      expect(labels[1]).toContain('20.7万张');
      expect(labels[2]).toContain('1.5万张');
      expect(labels[3]).toContain('408张');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the narrative chart's table shows the YAML's figures exactly, with and without JavaScript", async () => {
    // The chart's figures, from the hand-written table (data/figures/chongqing/2021.yaml).
    const charted = FIGURES.filter((figure) => /^chongqing\/2021\/.*social-operation-rate$/.test(figure.key));
    expect(charted.map((figure) => figure.zh)).toEqual(['100%', '83.5%']);
    for (const javaScriptEnabled of [true, false]) {
      const context = await served.browser.newContext({ javaScriptEnabled });
      for (const lang of ['zh', 'en'] as const) {
        const page = await context.newPage();
        await page.goto(`${served.server.origin}${lang === 'en' ? '/en' : ''}/reports/chongqing/2021/`);
        const cells = await page.locator('figure table.chart-table tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText));
        expect(cells, `${lang}, JavaScript ${javaScriptEnabled}`).toHaveLength(charted.length);
        for (const figure of charted) expect(cells.some((row) => row.includes(figure[lang])), `${figure.key} (${lang})`).toBe(true);
        await page.close();
      }
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
