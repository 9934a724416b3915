/**
 * Split indicator pages in a real build of the fictional site of
 * tests/helpers/indicator-pages-fixture.ts: eldercare-beds has 1,520 figures (over the
 * production bound of 1,000 rows), dibao-standard one. Which pages exist, how many rows each
 * holds, that every figure is on exactly one page, the links between the pages, the sitemap
 * and the embed page; and axe in Chromium on a numbered page. Expectations are written from
 * the fixture's table by hand.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { INDICATOR_PAGE_ROWS } from '../../src/lib/indicator-pages.ts';
import { axeViolations } from '../helpers/axe.ts';
import { hasBrowser, launchBrowser } from '../helpers/browser.ts';
import type { FixtureCopy } from '../helpers/fixture.ts';
import { pageText } from '../helpers/html.ts';
import { indicatorPagesFixture } from '../helpers/indicator-pages-fixture.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let fixture: FixtureCopy;
let dist: string;

beforeAll(async () => {
  fixture = indicatorPagesFixture();
  dist = join(mkdtempSync(join(fixture.root, '..', 'indicator-pages-out-')), 'dist');
  await buildSite({ root: fixture.root, outDir: dist, quiet: true });
});
afterAll(() => {
  rmSync(join(dist, '..'), { recursive: true, force: true });
  fixture.dispose();
});

const read = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** Ids of the figure rows of a page, in order. */
const rowIds = (html: string): string[] => [...html.matchAll(/<tr id="([^"]+)" class="figure-row/g)].map((match) => match[1]!);
const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
/** The text of each cell of a table row's HTML. */
const cells = (row: string): string[] => [...row.matchAll(/<t([dh])(?:\s[^>]*)?>([\s\S]*?)<\/t\1>/g)].map((match) => pageText(match[2]!).trim());
const rowCells = (html: string, id: string): string[] => cells(new RegExp(`<tr id="${id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '');

/** Every page of eldercare-beds under a language's prefix ("", "en/", "zh-hant/") and its row count, written by hand. */
const PAGES: Record<string, number> = {
  'indicators/eldercare-beds/': 200,
  'indicators/eldercare-beds/fic-east/city/': 120,
  'indicators/eldercare-beds/fic-east/county/': 1000,
  'indicators/eldercare-beds/fic-east/county/2/': 40,
  'indicators/eldercare-beds/fic-harbour/district/': 80,
  'indicators/eldercare-beds/no_province/city/': 40,
  'indicators/eldercare-beds/no_province/other/': 40,
};

/** Every figure of the fixture: bureau, years (figures beds-01…beds-40 in each report). */
const REPORTS: Array<[string, number[]]> = [
  ['fic-nation', [2021, 2022]], ['fic-east', [2021, 2022]], ['fic-harbour', [2022]],
  ['fic-east-city-1', [2022]], ['fic-east-city-2', [2022]], ['fic-east-city-3', [2022]],
  ...Array.from({ length: 13 }, (_, index): [string, number[]] => [`fic-east-county-${String(index + 1).padStart(2, '0')}`, [2021, 2022]]),
  ['fic-harbour-district-1', [2022]], ['fic-harbour-district-2', [2022]],
  ['fic-lone-city', [2021]], ['fic-zone', [2022]],
];
const EVERY_ROW = REPORTS.flatMap(([bureau, years]) => years.flatMap((year) => Array.from({ length: 40 }, (_, index) => `${bureau}-${year}-beds-${String(index + 1).padStart(2, '0')}`)));

function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html')).map((file) => `${relative(dist, join(dir, file)).replace(/index\.html$/, '')}`).sort();
}

describe('an indicator over 1,000 figures', () => {
  it('has a top page and one page per province and level, numbered past 1,000 rows, in every edition', () => {
    for (const prefix of ['', 'en/', 'zh-hant/']) {
      expect(htmlFilesUnder(join(dist, prefix, 'indicators/eldercare-beds')), prefix).toEqual(Object.keys(PAGES).map((page) => `${prefix}${page}`).sort());
    }
  });

  it('lists the rows written by hand on each page, never more than the bound', () => {
    for (const prefix of ['', 'en/', 'zh-hant/']) {
      const counts = Object.fromEntries(Object.keys(PAGES).map((page) => [page, rowIds(read(`${prefix}${page}`)).length]));
      expect(counts, prefix).toEqual(PAGES);
      for (const count of Object.values(counts)) expect(count).toBeLessThanOrEqual(INDICATOR_PAGE_ROWS);
    }
  });

  it('has every figure on exactly one page, with its permanent anchor', () => {
    for (const prefix of ['', 'en/']) {
      const ids = Object.keys(PAGES).flatMap((page) => rowIds(read(`${prefix}${page}`)));
      expect(ids.length).toBe(1520);
      expect([...ids].sort()).toEqual([...EVERY_ROW].sort());
    }
  });

  it('shows the national and province-level figures on the top page, and the rest by group', () => {
    const top = rowIds(read('indicators/eldercare-beds/'));
    expect(new Set(top.map((id) => id.replace(/-\d{4}-beds-\d\d$/, '')))).toEqual(new Set(['fic-nation', 'fic-east', 'fic-harbour']));
    expect(new Set(rowIds(read('indicators/eldercare-beds/no_province/city/')).map((id) => id.slice(0, -13)))).toEqual(new Set(['fic-lone-city']));
    expect(new Set(rowIds(read('indicators/eldercare-beds/fic-harbour/district/')).map((id) => id.slice(0, -13)))).toEqual(new Set(['fic-harbour-district-1', 'fic-harbour-district-2']));
  });

  it('cuts a group in figure order, and a row keeps its value, links and as-of', () => {
    const first = rowIds(read('indicators/eldercare-beds/fic-east/county/'));
    const second = read('en/indicators/eldercare-beds/fic-east/county/2/');
    expect([first[0], first.at(-1), rowIds(second)[0]]).toEqual(['fic-east-county-01-2021-beds-01', 'fic-east-county-13-2021-beds-40', 'fic-east-county-13-2022-beds-01']);
    const row = new RegExp('<tr id="fic-east-county-13-2022-beds-07"[\\s\\S]*?</tr>').exec(second)?.[0] ?? '';
    expect(cells(row)).toEqual(['Example East County 13', '2022', '1,007 beds', 'Actual', '7 January 2022', '', '']);
    expect(hrefs(row)).toEqual(['/en/bureaus/fic-east-county-13/', '/en/reports/fic-east-county-13/2022/#beds-07']);
    expect(rowCells(read('zh-hant/indicators/eldercare-beds/fic-east/county/2/'), 'fic-east-county-13-2022-beds-07')).toEqual(['示例東省第13縣', '2022年', '1007張', '實際', '2022年1月7日', '', '']);
    expect(rowCells(read('indicators/eldercare-beds/'), 'fic-nation-2021-beds-03')).toEqual(['示例国', '2021年', '2903万张', '实际', '2021年1月3日', '', '']);
  });

  it('links the top page to every group page, and each numbered page to its neighbours and back to the top', () => {
    for (const [prefix, route] of [['', '/'], ['en/', '/en/'], ['zh-hant/', '/zh-hant/']] as const) {
      const top = hrefs(read(`${prefix}indicators/eldercare-beds/`));
      for (const page of Object.keys(PAGES).slice(1)) expect(top, `${prefix}${page}`).toContain(`${route}${page}`);
    }
    const first = read('indicators/eldercare-beds/fic-east/county/');
    const second = read('indicators/eldercare-beds/fic-east/county/2/');
    expect([...first.matchAll(/<a href="([^"]+)" rel="(prev|next)"/g)].map((match) => `${match[2]} ${match[1]}`)).toEqual([
      'next /indicators/eldercare-beds/fic-east/county/2/', 'next /indicators/eldercare-beds/fic-east/county/2/',
    ]);
    expect([...second.matchAll(/<a href="([^"]+)" rel="(prev|next)"/g)].map((match) => `${match[2]} ${match[1]}`)).toEqual([
      'prev /indicators/eldercare-beds/fic-east/county/', 'prev /indicators/eldercare-beds/fic-east/county/',
    ]);
    expect(pageText(second)).toContain('第2页，共2页');
    // The page names the reports its figures come from, each once.
    expect(/<p class="muted">来源：([\s\S]*?)<\/p>/.exec(second)?.[1]).toBe('<a href="/reports/fic-east-county-13/2022/">示例东省第13县 2022年</a>');
    // Page 1: counties 01–12 in 2021 and 2022, county 13 in 2021.
    expect(hrefs(/<p class="muted">来源：([\s\S]*?)<\/p>/.exec(first)?.[1] ?? '')).toHaveLength(25);
    expect(hrefs(second)).toContain('/indicators/eldercare-beds/');
    // A group of one page has no page navigation.
    expect(read('indicators/eldercare-beds/fic-east/city/')).not.toContain('rel="next"');
  });

  it('names each province and level on the top page, with their bureaus, years and values', () => {
    const html = read('indicators/eldercare-beds/');
    expect(pageText(html)).toContain('本指标共有1520个数值，来自23个机构，2021—2022年（2年）');
    const table = /<table class="data-table indicator-groups"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect([...table.matchAll(/<tr(?:\s[^>]*)?>[\s\S]*?<\/tr>/g)].map((row) => cells(row[0]))).toEqual([
      ['省份', '级别', '机构', '年份', '数值', '页面'],
      ['示例东省共16个机构，2021—2022年（2年），1160个数值', '地级市', '3', '2022年', '120', '1'],
      ['县', '13', '2021—2022年（2年）', '1040', '1 2'],
      ['示例港市共2个机构，2022年，80个数值', '市辖区', '2', '2022年', '80', '1'],
      ['未归属省份的机构共2个机构，2021—2022年（2年），80个数值', '地级市', '1', '2021年', '40', '1'],
      ['其他（开发区等）', '1', '2022年', '40', '1'],
    ]);
  });

  it('draws only the national and province-level figures in the top chart, one panel per level, and embeds the same', () => {
    const top = read('indicators/eldercare-beds/');
    expect([...top.matchAll(/class="chart-panel-title">([^<]+)/g)].map((match) => match[1])).toEqual(['全国', '省级', '直辖市']);
    const embed = read('embed/indicators/eldercare-beds/');
    expect([...embed.matchAll(/class="chart-panel-title">([^<]+)/g)].map((match) => match[1])).toEqual(['全国', '省级', '直辖市']);
    expect(embed).not.toContain('示例东省第1县');
  });

  it('lists every group page in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const page of Object.keys(PAGES)) {
      for (const prefix of ['', 'en/', 'zh-hant/']) expect(sitemap).toContain(`<loc>https://annals.example.org/${prefix}${page}</loc>`);
    }
  });
});

describe('an indicator of at most 1,000 figures', () => {
  it('keeps its one page of all values and no group pages', () => {
    const html = read('indicators/dibao-standard/');
    expect(rowIds(html)).toEqual(['fic-nation-2022-dibao-standard']);
    expect(pageText(html)).toContain('全部数值');
    expect(htmlFilesUnder(join(dist, 'indicators/dibao-standard'))).toEqual(['indicators/dibao-standard/']);
    expect(existsSync(join(dist, 'indicators/dibao-standard/no_province'))).toBe(false);
  });
});

describe.skipIf(!hasBrowser)('a numbered group page in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('passes axe (WCAG 2.2 AA), as does the top page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/en/indicators/eldercare-beds/fic-east/county/2/'));
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(server.url('/indicators/eldercare-beds/'));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
