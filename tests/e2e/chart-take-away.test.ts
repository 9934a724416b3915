/**
 * Charts to take away, in a real browser: the PNG (2×, title and source drawn in), the SVG
 * and CSV links, and the embed page (chart, exact table with its gaps, source, link back;
 * noindex, out of the search index and the sitemap, axe-clean). The embed page is of the
 * fictional tests/fixtures/charts, whose province series has no figures for 2014, 2017, 2019.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { axeViolations } from '../helpers/axe.ts';
import { hasBrowser, launchBrowser } from '../helpers/browser.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { drawnShares } from '../helpers/raster.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

describe.skipIf(!hasBrowser)('charts to take away (real Chromium)', () => {
  let browser: Browser;
  let sample: StaticServer;
  let fixture: FixtureCopy;
  let dist: string;
  let charts: StaticServer;

  beforeAll(async () => {
    fixture = copyFixture('charts');
    dist = (await buildSite({ root: fixture.root, quiet: true })).outDir;
    charts = await serveStatic(dist);
    sample = await serveStatic(inject('sampleDist'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await sample?.close();
    await charts?.close();
    fixture?.dispose();
  });

  it('downloads a 2× PNG of the chart with its title and source drawn in', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    try {
      await page.goto(sample.url('/indicators/eldercare-beds/'), { waitUntil: 'load' });
      const municipality = page.locator('.chart-panel', { has: page.locator('.chart-panel-title', { hasText: '直辖市' }) });
      const button = municipality.getByRole('button', { name: 'PNG 图片' });
      await button.waitFor({ state: 'visible' });
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe('eldercare-beds-municipality-zh.png');
      const png = readFileSync(await download.path());
      // PNG signature, then IHDR: width and height, big-endian, at bytes 16 and 20.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 1000]);
      const { shares } = await drawnShares(browser, png, [
        { x: 32, y: 20, width: 300, height: 40 }, // the title, "养老床位：直辖市"
        { x: 32, y: 1000 - 84, width: 400, height: 60 }, // source line and site name
        { x: 200, y: 200, width: 1300, height: 600 }, // the plot
        { x: 1400, y: 20, width: 180, height: 40 }, // right of the title: nothing
      ]);
      expect(shares[0]).toBeGreaterThan(0.05);
      expect(shares[1]).toBeGreaterThan(0.02);
      expect(shares[2]).toBeGreaterThan(0.01);
      expect(shares[3]).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('links an SVG built with the page (no script) and the indicator’s CSV download', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(sample.url('/en/indicators/eldercare-beds/'));
      const municipality = page.locator('.chart-panel', { has: page.locator('.chart-panel-title', { hasText: 'Municipalities' }) });
      const svg = municipality.getByRole('link', { name: 'SVG image' });
      expect(await svg.getAttribute('download')).toBe('eldercare-beds-municipality-en.svg');
      const source = decodeURIComponent(((await svg.getAttribute('href')) ?? '').replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
      expect(source).toContain('<title>Eldercare beds: Municipalities</title>');
      expect(source).toMatch(/>Sources: Chongqing 2017, Donghu District 2022, .*Yingkou 2019<\/text>/);
      expect(source).toContain('>Unit: beds</text>');
      const csv = municipality.getByRole('link', { name: 'CSV data' });
      expect(await csv.getAttribute('href')).toBe('/data/indicators/eldercare-beds.csv');
      expect((await page.request.get(sample.url('/data/indicators/eldercare-beds.csv'))).status()).toBe(200);
      // The PNG needs the browser to draw: without JavaScript its button stays hidden.
      expect(await page.getByRole('button', { name: 'PNG image' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('gives each indicator an embed page: chart, exact table with its gaps, source, link back', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(charts.url('/embed/indicators/marriage-registrations/'), { waitUntil: 'load' });
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
      expect(await page.locator('header, nav').count()).toBe(0);
      // 52.1万 and 2410 are over 20 times apart: one panel per bureau level.
      expect(await page.locator('canvas[data-chart]').count()).toBe(2);
      const rows = await page.locator('table.chart-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim()).join(' | ')));
      expect(rows).toEqual([
        '示例省 | 2012年 | 2012年 | 52.1万对 | 实际',
        '示例省 | 2013年 | 2013年 | 50.6万对 | 实际',
        '示例省 | 2014年 | 2014年 | 2014年：无数据 | ',
        '示例省 | 2015年 | 2015年 | 47.3万对 | 实际',
        '示例省 | 2016年 | 2016年 | 45.8万对 | 实际',
        '示例省 | 2017年 | 2017年 | 2017年：无数据 | ',
        '示例省 | 2018年 | 2018年 | 41.2万对 | 实际',
        '示例省 | 2019年 | 2019年 | 2019年：无数据 | ',
        '示例省 | 2020年 | 2020年 | 36.5万对 | 实际',
        '示例区 | 2021年 | 2021年 | 2328对 | 实际',
        '示例区 | 2022年 | 2022年 | 2410对 | 实际',
      ]);
      expect(await page.locator('.chart-sources').innerText()).toContain('示例省 2012年');
      expect(await page.locator('.embed-back a').getAttribute('href')).toBe('/indicators/marriage-registrations/');
      expect(await page.locator('.embed-back a').getAttribute('target')).toBe('_top');
      // The indicator page offers the <iframe> code for it.
      await page.goto(charts.url('/en/indicators/marriage-registrations/'));
      expect(await page.locator('.chart-embed textarea').inputValue()).toContain('<iframe src="https://annals.example.org/en/embed/indicators/marriage-registrations/"');
    } finally {
      await page.close();
    }
    // The sitemap index's one file (a site this size needs only sitemap-0.xml).
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain('/sitemap-0.xml</loc>');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/indicators/marriage-registrations/');
    expect(sitemap).not.toContain('/embed/');
  });

  it('has no axe (WCAG 2.2 AA) violations on the embed pages, in each language', async () => {
    for (const path of ['/embed/indicators/marriage-registrations/', '/en/embed/indicators/marriage-registrations/', '/zh-hant/embed/indicators/marriage-registrations/']) {
      const page = await browser.newPage();
      try {
        await page.goto(charts.url(path), { waitUntil: 'networkidle' });
        await page.locator('canvas').first().waitFor();
        expect(await axeViolations(page), path).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});
