/**
 * The editor's live preview: the real dev server (`npm run dev`'s entry) on a copy of the
 * basic fixture, driven by real Chromium. A mistake saved in a data file, a narrative or
 * the catalog turns every page into the located, bilingual problem page; saving the fix
 * brings the page back by itself (the tests never reload). One server for the file, stopped
 * with its whole process group at the end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { hasBrowser, launchBrowser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';

const DATA_2022 = 'data/figures/example-district/2022.yaml';
const EN_2022 = 'content/reports/example-district/2022/en.mdx';
const CATALOG = 'data/indicators/catalog.yaml';
const BUREAUS = 'data/bureaus.yaml';
const REPORT = '/reports/example-district/2022/';
const ZH_TITLE = '示例区民政局2022年工作总结';
const EN_TITLE = 'Example District Civil Affairs Bureau, 2022 summary';
const HOME_EN = 'Civil Affairs Annals';
/** What must never reach an editor: our error class, stack frames, Annals' own source. */
const OUR_INTERNALS = /InvalidSiteError|Stack trace|\n\s+at |src\/integrations|src\/lib|node_modules/;

describe.skipIf(!hasBrowser)('live preview on the dev server', () => {
  let fixture: FixtureCopy;
  let server: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    fixture = copyFixture('basic');
    server = await startDevServer(fixture.root);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    // The whole process group is gone: no orphaned Astro or Vite process is left behind.
    expect(server?.alive()).toBe(false);
    fixture?.dispose();
  });

  /** Opens a page and waits until it and its dev client have settled. */
  async function open(path: string): Promise<{ page: Page; reloaded: () => Promise<boolean> }> {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    return { page, reloaded: await marked(page) };
  }

  /**
   * Marks the current document; the returned check says whether the page has since become a
   * new document, i.e. reloaded by itself (the tests never reload).
   */
  async function marked(page: Page): Promise<() => Promise<boolean>> {
    await page.evaluate(() => ((window as unknown as { annalsTestMark?: boolean }).annalsTestMark = true));
    return async () => !(await page.evaluate(() => (window as unknown as { annalsTestMark?: boolean }).annalsTestMark === true));
  }

  const absolute = (file: string): string => join(fixture.root, file);

  /** Runs a test that changes `file`, putting the original back if the test stopped half-way. */
  async function changing(file: string, test: () => Promise<void>): Promise<void> {
    const original = readFileSync(absolute(file), 'utf8');
    try {
      await test();
    } finally {
      if (!existsSync(absolute(file)) || readFileSync(absolute(file), 'utf8') !== original) fixture.write(file, original);
    }
  }

  it('a unit typed into a figure: every page shows where and what, in both languages; the fix brings the page back', () =>
    changing(DATA_2022, async () => {
      const { page, reloaded } = await open(REPORT);
      expect(await page.locator('h1').innerText()).toBe(ZH_TITLE);

      fixture.replace(DATA_2022, 'value: 855,', 'value: 855元,');
      const zh = page.locator('section[lang="zh-CN"]');
      await zh.locator('ol > li h2', { hasText: '2022.yaml:16:28' }).waitFor();
      expect(await reloaded()).toBe(true);
      expect(await zh.locator('h1').innerText()).toBe('数据和叙述中有 1 处问题，暂时无法显示本页');
      const entry = zh.locator('ol > li');
      expect(await entry.count()).toBe(1);
      expect(await entry.locator('h2').innerText()).toBe('data/figures/example-district/2022.yaml:16:28 figures.dibao-standard.value');
      expect(await entry.locator('.annals-message').innerText()).toBe('“855元” 不是数字。请只写数字（可带“万”“亿”），单位由指标目录给出。');
      // The offending line, with the column marked, between its neighbours.
      expect(await entry.locator('mark').innerText()).toBe('855元');
      expect(await entry.locator('.annals-hit').innerText()).toBe('16   dibao-standard: { value: 855元, change: { reported: "7.6%" } }');
      expect(await entry.locator('pre').innerText()).toContain('15   eldercare-beds: { value: 20.7万, as_of: 2022-12 }');
      expect(await entry.locator('a').getAttribute('href')).toBe(`vscode://file${absolute(DATA_2022)}:16:28`);
      expect(await entry.locator('.annals-open code').innerText()).toBe(`${absolute(DATA_2022)}:16:28`);
      // English below the Chinese, on the Chinese page.
      const en = page.locator('section[lang="en"]');
      expect(await en.locator('h2').first().innerText()).toBe('The data and narratives have 1 problem; this page cannot be shown yet');
      expect(await en.locator('.annals-message').innerText()).toBe(
        '"855元" is not a number. Write the number only (万 and 亿 are allowed); the unit comes from the indicator catalog.',
      );
      expect(await page.locator('main > section').evaluateAll((sections) => sections.map((section) => section.getAttribute('lang')))).toEqual(['zh-CN', 'en']);
      expect(await page.locator('body').innerText()).not.toMatch(OUR_INTERNALS);
      expect(await axeViolations(page)).toEqual([]);
      // Astro's error overlay (Vite's, in a shadow root) never covers the list.
      expect(await page.locator('vite-error-overlay').count()).toBe(0);

      // The terminal says the same, located and bilingual, with no stack trace.
      await expect.poll(server.output).toContain('data/figures/example-district/2022.yaml:16:28  figures.dibao-standard.value');
      expect(server.output()).toContain('"855元" is not a number.');
      expect(server.output()).not.toMatch(OUR_INTERNALS);

      const reloadedAgain = await marked(page);
      fixture.replace(DATA_2022, 'value: 855元,', 'value: 855,');
      await page.locator('h1', { hasText: ZH_TITLE }).waitFor();
      expect(await reloadedAgain()).toBe(true);
      expect(await page.locator('section[lang]').count()).toBe(0);
      await page.close();
    }));

  it('the served HTML itself carries the list (no JavaScript needed), on any page, in its language first', () =>
    changing(DATA_2022, async () => {
      fixture.replace(DATA_2022, 'value: 855,', 'value: 855元,');
      // The server sees the save a moment after it is made, and may first read the file
      // half-written (more problems); wait for the settled reading: the one problem.
      await expect.poll(async () => /<title>1 problem found · Annals preview<\/title>/.test(await (await fetch(`${server.origin}/en/`)).text()), { timeout: 15_000 }).toBe(true);
      for (const [path, first] of [['/en/indicators/eldercare-beds/', 'en'], ['/bureaus/', 'zh-CN'], ['/no/such/page/', 'zh-CN']] as const) {
        const response = await fetch(`${server.origin}${path}`);
        const html = await response.text();
        expect(response.status).toBe(503);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(html).toContain('<code>data/figures/example-district/2022.yaml:16:28</code> <span class="annals-field">figures.dibao-standard.value</span>');
        expect(html).toContain('“855元” 不是数字。');
        expect(html).toContain('&quot;855元&quot; is not a number.');
        expect(/<section lang="([^"]+)"/.exec(html)?.[1]).toBe(first);
        expect(html).not.toMatch(OUR_INTERNALS);
      }
      fixture.replace(DATA_2022, 'value: 855元,', 'value: 855,');
      await expect.poll(async () => (await fetch(`${server.origin}/bureaus/`)).status).toBe(200);
    }));

  it('a narrative citing a figure that does not exist: the English page leads in English; the fix brings it back', () =>
    changing(EN_2022, async () => {
      const { page, reloaded } = await open(`/en${REPORT}`);
      expect(await page.locator('h1').innerText()).toBe(EN_TITLE);
      fixture.replace(EN_2022, '<Figure id="eldercare-beds" />', '<Figure id="eldercare-bed" />');
      const en = page.locator('section[lang="en"]');
      await en.locator('ol > li h2', { hasText: 'en.mdx:12:18' }).waitFor();
      expect(await reloaded()).toBe(true);
      expect(await en.locator('ol > li h2').allInnerTexts()).toEqual(['content/reports/example-district/2022/en.mdx:12:18 Figure#eldercare-bed']);
      expect(await en.locator('.annals-message').innerText()).toBe(
        '<Figure id="eldercare-bed" /> refers to a figure that data/figures/example-district/2022.yaml does not have. Did you mean "eldercare-beds"? Correct the id, or add the figure to the data file first.',
      );
      expect(await en.locator('mark').innerText()).toBe('<Figure');
      expect(await page.locator('section[lang="zh-CN"] .annals-message').innerText()).toContain('是否想写 “eldercare-beds”？');
      expect(await page.locator('body').innerText()).not.toMatch(OUR_INTERNALS);
      await page.waitForTimeout(500);
      expect(await page.locator('vite-error-overlay').count()).toBe(0);

      fixture.replace(EN_2022, '<Figure id="eldercare-bed" />', '<Figure id="eldercare-beds" />');
      await page.locator('h1', { hasText: EN_TITLE }).waitFor();
      await page.close();
    }));

  it('a deleted catalog file lists every problem at once; the file put back brings the page back', () =>
    changing(CATALOG, async () => {
      const catalog = readFileSync(absolute(CATALOG), 'utf8');
      const { page } = await open('/');
      const homeHeading = await page.locator('main h1').innerText();
      fixture.remove(CATALOG);
      const zh = page.locator('section[lang="zh-CN"]');
      await zh.locator('ol > li h2', { hasText: 'data/indicators:1:1' }).waitFor();
      const where = await zh.locator('ol > li h2').allInnerTexts();
      // The eight figures of 2022 and the two of 2023 lose their indicator, and the folder is empty.
      expect(where).toHaveLength(11);
      expect(where).toContain('data/indicators:1:1');
      expect(where).toContain('data/figures/example-district/2023.yaml:7:3 figures.dibao-standard');
      expect(await zh.locator('ol > li').last().locator('.annals-message').innerText()).toBe(
        'data/indicators 中没有任何指标目录文件（.yaml）。请至少添加一个（见 docs/data-format.md），或检查站点根目录。',
      );
      expect(await axeViolations(page)).toEqual([]);

      fixture.write(CATALOG, catalog);
      await page.locator('main h1', { hasText: homeHeading }).waitFor();
      expect(await page.locator('section[lang]').count()).toBe(0);
      await page.close();
    }));

  it('a broken bureaus.yaml shows on the page too, and its fix brings the page back', () =>
    changing(BUREAUS, async () => {
      const { page } = await open('/bureaus/');
      const heading = await page.locator('main h1').innerText();
      fixture.replace(BUREAUS, 'level: district', 'level: distrct');
      await page.locator('section[lang="zh-CN"] ol > li h2', { hasText: 'data/bureaus.yaml' }).waitFor();
      expect(await page.locator('section[lang="zh-CN"] ol > li h2').allInnerTexts()).toEqual(['data/bureaus.yaml:4:10 example-district.level']);
      fixture.replace(BUREAUS, 'level: distrct', 'level: district');
      await page.locator('main h1', { hasText: heading }).waitFor();
      await page.close();
    }));

  it('warnings sit in a closed panel on the page they concern, in both languages, and pass axe when opened', async () => {
    const { page } = await open(REPORT);
    const panel = page.locator('main > details[data-annals-preview-warnings]');
    expect(await panel.count()).toBe(1);
    expect(await panel.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await panel.locator('summary').innerText()).toBe('本页有 1 条提示（仅在预览中显示，不会发布）');
    await panel.locator('summary').click();
    expect(await panel.locator('li p').first().innerText()).toBe('data/figures/example-district/2022.yaml:16:53 figures.dibao-standard.change.reported');
    expect(await panel.locator('li p[lang="en"]').innerText()).toContain('The change "7.6%" cannot be checked');
    expect(await axeViolations(page)).toEqual([]);

    // 2023's change is checked against 2022, so its page has no panel.
    await page.goto(`${server.origin}/en/reports/example-district/2023/`);
    expect(await page.locator('main h1').count()).toBe(1);
    expect(await page.locator('[data-annals-preview-warnings]').count()).toBe(0);
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('live preview started on bad data', () => {
  let fixture: FixtureCopy;
  let server: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    fixture = copyFixture('basic');
    fixture.replace(DATA_2022, 'value: 855,', 'value: 855元,');
    server = await startDevServer(fixture.root);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    expect(server?.alive()).toBe(false);
    fixture?.dispose();
  });

  it('the terminal lists the problem, located and bilingual, with no stack trace; the first valid save shows the page', async () => {
    const printed = server.output();
    expect(printed).toContain(
      [
        'data/figures/example-district/2022.yaml:16:28  figures.dibao-standard.value',
        '  “855元” 不是数字。请只写数字（可带“万”“亿”），单位由指标目录给出。',
        '  "855元" is not a number. Write the number only (万 and 亿 are allowed); the unit comes from the indicator catalog.',
      ].join('\n'),
    );
    expect(printed).not.toMatch(OUR_INTERNALS);

    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}/en/`);
    expect(response?.status()).toBe(503);
    expect(await page.locator('section[lang="en"] ol > li h2').allInnerTexts()).toEqual(['data/figures/example-district/2022.yaml:16:28 figures.dibao-standard.value']);
    await page.waitForLoadState('networkidle');

    fixture.replace(DATA_2022, 'value: 855元,', 'value: 855,');
    await page.locator('section[lang]').first().waitFor({ state: 'detached' });
    await page.locator('main#main h1').waitFor();
    expect(await page.locator('main#main h1').innerText()).toBe(HOME_EN);
    await expect.poll(server.output).toContain('No problems left; the pages are back.');
    expect(server.output()).not.toMatch(OUR_INTERNALS);
    await page.close();
  });
});
