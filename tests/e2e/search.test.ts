/**
 * Search recall in a real browser against the sample site's built Pagefind index: Chinese
 * and English terms from the corpus must find the pages and the figures that contain them,
 * and filters must narrow. (Pagefind's Chinese query segmentation has regressed before.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FIGURES, REPORTS, reportPath, splitKey } from '../expectations/figures.ts';
import { hasBrowser, sampleSiteInBrowser } from '../helpers/browser.ts';
import { hitsOf, type PagefindPage } from '../../src/lib/search/figure-hits.ts';

interface Hit {
  url: string;
  kind: string;
  title: string;
  value: string;
  bureau: string;
  year: string;
}

describe.skipIf(!hasBrowser)('search (Pagefind, real browser)', () => {
  const served = sampleSiteInBrowser();
  type Edition = 'zh' | 'en' | 'zh-hant';
  const pages: Record<Edition, Page> = {} as Record<Edition, Page>;

  beforeAll(async () => {
    for (const lang of ['zh', 'en', 'zh-hant'] as const) {
      const page = await served.browser.newPage();
      await page.goto(`${served.server.origin}${lang === 'zh' ? '' : `/${lang}`}/search/`);
      // A string, so vitest's transform does not rewrite the browser-side dynamic import.
      await page.evaluate("import('/pagefind/pagefind.js').then(async (pagefind) => { await pagefind.init(); window.pf = pagefind; })");
      pages[lang] = page;
    }
  });

  /** The page results of a query (all of them), through Pagefind's own JS API, as the search page reads them. */
  const pageResults = (lang: Edition, query: string | null, filters: Record<string, string> = {}): Promise<Array<PagefindPage & { filters: Record<string, string[]> }>> =>
    pages[lang].evaluate(
      async ({ query, filters }) => {
        const pagefind = (window as unknown as { pf: { search: (q: string | null, o: object) => Promise<{ results: Array<{ data: () => Promise<PagefindPage & { filters: Record<string, string[]> }> }> }> } }).pf;
        const response = await pagefind.search(query, { filters });
        return Promise.all(response.results.map((result) => result.data()));
      },
      { query, filters },
    );

  /** Every hit of a query: Pagefind's page results turned into hits by the search page's own code (figure-hits.ts). */
  const search = async (lang: Edition, query: string, filters: Record<string, string> = {}): Promise<Hit[]> => {
    const figureType = { zh: '数据', en: 'Figures', 'zh-hant': '數據' }[lang];
    const pageType = { zh: '页面', en: 'Pages', 'zh-hant': '頁面' }[lang];
    const options = { query, pages: filters.type !== figureType, figures: filters.type !== pageType, ...(filters.topic && { topic: filters.topic }) };
    return (await pageResults(lang, query, filters)).flatMap((page) => hitsOf(page, options));
  };

  const zhTerms: Array<[string, string[], string[]]> = [
    // term, report pages that must be found, figure anchors that must be found
    ['低保', ['/reports/donghu/2022/', '/reports/chongqing/2021/'], ['/reports/donghu/2022/#dibao-standard', '/reports/chongqing/2021/#dibao-standard-ratio']],
    ['养老床位', ['/reports/donghu/2022/', '/reports/chongqing/2017/', '/reports/yingkou/2019/'], ['/reports/donghu/2022/#eldercare-beds', '/reports/chongqing/2017/#eldercare-beds', '/reports/yingkou/2019/#eldercare-beds']],
    ['养老机构', ['/reports/donghu/2022/', '/reports/chongqing/2017/'], ['/reports/donghu/2022/#eldercare-institutions', '/reports/chongqing/2017/#eldercare-institutions']],
    ['结婚登记', ['/reports/donghu/2022/'], ['/reports/donghu/2022/#marriage-registrations']],
    ['社会组织', ['/reports/donghu/2022/', '/reports/chongqing/2017/'], ['/reports/donghu/2022/#community-social-orgs']],
    ['特困', ['/reports/donghu/2022/'], ['/reports/donghu/2022/#tekun-support-standard']],
    ['东湖区', ['/reports/donghu/2022/', '/bureaus/donghu/'], ['/reports/donghu/2022/#eldercare-beds']],
    ['重庆', ['/reports/chongqing/2017/', '/reports/chongqing/2021/', '/bureaus/chongqing/'], ['/reports/chongqing/2021/#dibao-standard-ratio']],
  ];

  it.each(zhTerms)('zh: %s finds its pages and figures', async (term, reportPages, figures) => {
    const hits = await search('zh', term);
    const urls = hits.map((hit) => hit.url);
    for (const url of [...reportPages, ...figures]) expect(urls, `${term} → ${url}`).toContain(url);
  });

  const enTerms: Array<[string, string[], string[]]> = [
    ['dibao', ['/en/reports/donghu/2022/'], ['/en/reports/donghu/2022/#dibao-standard']],
    ['eldercare beds', ['/en/reports/donghu/2022/', '/en/reports/chongqing/2017/'], ['/en/reports/donghu/2022/#eldercare-beds', '/en/reports/yingkou/2019/#eldercare-beds']],
    ['marriage registrations', ['/en/reports/donghu/2022/'], ['/en/reports/donghu/2022/#marriage-registrations']],
    ['social organizations', ['/en/reports/donghu/2022/'], ['/en/reports/donghu/2022/#community-social-orgs']],
    ['Chongqing', ['/en/reports/chongqing/2021/', '/en/bureaus/chongqing/'], ['/en/reports/chongqing/2021/#dibao-standard-ratio']],
  ];

  it.each(enTerms)('en: %s finds its pages and figures', async (term, reportPages, figures) => {
    const hits = await search('en', term);
    const urls = hits.map((hit) => hit.url);
    for (const url of [...reportPages, ...figures]) expect(urls, `${term} → ${url}`).toContain(url);
  });

  it('zh-hant: its own index finds Traditional terms, with Traditional results linking to its pages', async () => {
    const donghu = (await search('zh-hant', '東湖區')).map((hit) => hit.url);
    expect(donghu).toContain('/zh-hant/reports/donghu/2022/');
    expect(donghu).toContain('/zh-hant/bureaus/donghu/');
    expect(donghu.filter((url) => !url.startsWith('/zh-hant/'))).toEqual([]);
    const marriage = await search('zh-hant', '結婚登記', { type: '數據' });
    expect(marriage.find((hit) => hit.url === '/zh-hant/reports/donghu/2022/#marriage-registrations')).toMatchObject({ kind: 'figure', bureau: '東湖區', year: '2022' });
    const beds = (await search('zh-hant', '養老床位')).find((hit) => hit.url === '/zh-hant/reports/donghu/2022/#eldercare-beds');
    expect(beds).toMatchObject({ kind: 'figure', value: '408張', bureau: '東湖區', year: '2022' });
  });

  it('figure results carry the exact value, bureau and year', async () => {
    const hits = await search('zh', '养老床位', { type: '数据' });
    const donghu = hits.find((hit) => hit.url === '/reports/donghu/2022/#eldercare-beds');
    expect(donghu).toMatchObject({ kind: 'figure', value: '408张', bureau: '东湖区', year: '2022' });
    const english = (await search('en', 'eldercare beds', { type: 'Figures' })).find((hit) => hit.url === '/en/reports/chongqing/2017/#eldercare-beds');
    expect(english).toMatchObject({ kind: 'figure', value: '207,000 beds', bureau: 'Chongqing', year: '2017' });
  });

  it('filters narrow by bureau, year, topic and type', async () => {
    const all = await search('zh', '养老');
    const donghu = await search('zh', '养老', { bureau: '东湖区' });
    expect(donghu.length).toBeGreaterThan(0);
    expect(donghu.length).toBeLessThan(all.length);
    expect(donghu.every((hit) => hit.url.includes('donghu') || hit.bureau === '东湖区')).toBe(true);
    const year2017 = await search('zh', '养老', { year: '2017' });
    expect(year2017.length).toBeGreaterThan(0);
    expect(year2017.every((hit) => hit.url.includes('2017') || hit.year === '2017' || hit.url.includes('/bureaus/'))).toBe(true);
    const figuresOnly = await search('zh', '养老', { type: '数据' });
    expect(figuresOnly.length).toBeGreaterThan(0);
    expect(figuresOnly.every((hit) => hit.kind === 'figure')).toBe(true);
    const pagesOnly = await search('zh', '养老', { type: '页面' });
    expect(pagesOnly.length).toBeGreaterThan(0);
    expect(pagesOnly.every((hit) => hit.kind !== 'figure')).toBe(true);
    const marriageFigure = '/en/reports/donghu/2022/#marriage-registrations';
    expect((await search('en', 'marriage registrations')).map((hit) => hit.url)).toContain(marriageFigure);
    expect((await search('en', 'marriage registrations', { topic: 'Marriage registration' })).map((hit) => hit.url)).toContain(marriageFigure);
    expect((await search('en', 'marriage registrations', { topic: 'Eldercare' })).map((hit) => hit.url)).not.toContain(marriageFigure);
  });

  it('does not index page chrome (navigation and footer words)', async () => {
    // The skip link's words stand only in the page chrome, never in <main>.
    expect(await search('en', 'skip')).toEqual([]);
    const indexed = await pages.zh.evaluate(async () => {
      const pagefind = (window as unknown as { pf: { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string; content: string }> }> }> } }).pf;
      const data = await Promise.all((await pagefind.search('东湖区')).results.map((result) => result.data()));
      return data.find((item) => item.url === '/reports/donghu/2022/')?.content ?? '';
    });
    expect(indexed).toContain('东湖区');
    for (const chrome of ['跳到正文', '主导航', '数据来自各机构公开发布的文件']) expect(indexed).not.toContain(chrome);
  });

  it('loads nothing of Pagefind until the reader searches, and a first search stays under 300 KB', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.server.origin}/search/`, { waitUntil: 'networkidle' });
      served.server.sent.clear();
      await page.waitForTimeout(300);
      expect([...served.server.sent.keys()].filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
      await page.fill('#search-input', '养老床位');
      await page.waitForSelector('.result-figure');
      await page.waitForLoadState('networkidle');
      const bytes = [...served.server.sent.entries()].filter(([path]) => path.startsWith('/pagefind/')).reduce((sum, [, size]) => sum + size, 0);
      console.log(`first search (养老床位) transferred ${bytes} bytes of Pagefind code and index`);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThan(300_000);
    } finally {
      await page.close();
    }
  });

  it('more than one page of results: the first 20 are shown, the rest come with a button, not silently dropped', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.server.origin}/search/`);
      // 养老 is in dozens of the sample's figures and pages, so paging is guaranteed.
      await page.fill('#search-input', '养老');
      await page.waitForSelector('.result');
      await expect.poll(() => page.textContent('#search-status'), { timeout: 10_000 }).toMatch(/找到 \d+ 条结果/);
      const total = Number((await page.textContent('#search-status'))?.match(/\d+/)?.[0]);
      expect(total).toBeGreaterThan(40);
      await expect.poll(() => page.locator('.result').count()).toBe(20);
      await page.click('#search-more');
      await expect.poll(() => page.locator('.result').count()).toBe(40);
    } finally {
      await page.close();
    }
  });

  it('every figure hit in the built index shows the hand-written value and year, in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      // No query, the type filter on figures: every report page, every figure of each.
      const results = await pageResults(lang, null, { type: lang === 'zh' ? '数据' : 'Figures' });
      const records = Object.fromEntries(
        results.flatMap((page) => hitsOf(page, { query: '', pages: false, figures: true }).map((hit) => [hit.url, { value: hit.value, year: hit.year, yearFilter: page.filters.year }])),
      );
      for (const figure of FIGURES) {
        const url = `${reportPath(figure.key, lang)}#${splitKey(figure.key).figureId}`;
        const year = REPORTS[splitKey(figure.key).report]!.searchYear[lang];
        expect(records[url], `${url}`).toEqual({ value: figure[lang], year, yearFilter: [year] });
      }
    }
  });

  it('on the Chinese search page, 东湖 养老床位 lists eldercare-bed figures with values, and a click lands on the figure', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.server.origin}/search/`);
      // With the bureau's name: the national series also has eldercare beds, in many reports.
      await page.fill('#search-input', '东湖 养老床位');
      await page.waitForSelector('.result-figure');
      await expect.poll(() => page.textContent('#search-status')).toMatch(/找到 \d+ 条结果/);
      const figureLink = page.locator('.result-figure a[href="/reports/donghu/2022/#eldercare-beds"]');
      await expect.poll(() => figureLink.count()).toBe(1);
      const item = page.locator('.result-figure', { has: page.locator('a[href="/reports/donghu/2022/#eldercare-beds"]') });
      expect(await item.textContent()).toContain('408张');
      await figureLink.click();
      await page.waitForURL('**/reports/donghu/2022/#eldercare-beds');
      // document.querySelector, since Playwright's own selector engine has no :target.
      const target = await page.evaluate(() => ({ id: document.querySelector(':target')?.id, text: document.querySelector(':target')?.textContent }));
      expect(target.id).toBe('eldercare-beds');
      expect(target.text).toContain('408张');
    } finally {
      await page.close();
    }
  });
});
