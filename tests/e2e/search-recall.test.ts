/**
 * Search recall and precision, table-driven, as a reader experiences it: each query is
 * typed into the real search page (so the page's own query normalisation, traditional →
 * simplified conversion and Pagefind all take part) in Chromium against the built sample
 * index, and every result link on every page of results is collected.
 *
 * Expectations are written by hand from data/figures/*.yaml and the narratives. `must`
 * lists results the query has to return; `mustNot` results it must never return; `only`
 * says the results must be exactly `must` (a decimal query finds exactly the figures that
 * contain that decimal). Precision counts judged results: those in `must` or `mustNot`,
 * and every result of an `only` row.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, sampleSiteInBrowser } from '../helpers/browser.ts';

interface Row {
  lang: 'zh' | 'en';
  query: string;
  must: string[];
  mustNot?: string[];
  only?: boolean;
}

const DH = '/reports/donghu/2022/';
const CQ17 = '/reports/chongqing/2017/';
const CQ21 = '/reports/chongqing/2021/';
const YK = '/reports/yingkou/2019/';
const en = (path: string): string => `/en${path}`;

const TABLE: Row[] = [
  // Decimals: only figures that contain that decimal, never a longer integer or decimal.
  { lang: 'zh', query: '8.5', must: [], mustNot: [`${DH}#dibao-standard`, DH], only: true },
  { lang: 'en', query: '8.5', must: [], mustNot: [en(`${DH}#dibao-standard`), en(DH)], only: true },
  { lang: 'zh', query: '5.06', must: [], mustNot: [`${DH}#means-test-housing-households`, DH], only: true },
  { lang: 'zh', query: '2.1', must: [], mustNot: [`${DH}#administrative-villages`, `${DH}#social-orgs-annual-inspections`, `${CQ21}#average-in-person-visits`], only: true },
  { lang: 'zh', query: '0.21', must: [`${CQ21}#average-in-person-visits`], only: true },
  { lang: 'zh', query: '20.7万', must: [`${CQ17}#eldercare-beds`], mustNot: [`${DH}#warm-projects-funding`, '/about/'], only: true },
  { lang: 'en', query: '20.7万', must: [en(`${CQ17}#eldercare-beds`)], only: true },
  { lang: 'zh', query: '20.7', must: [`${CQ17}#eldercare-beds`], only: true },
  { lang: 'zh', query: '2850.46', must: [`${DH}#dibao-funds-paid`], only: true },
  { lang: 'en', query: '2850.46', must: [en(`${DH}#dibao-funds-paid`)], only: true },
  { lang: 'zh', query: '2.7亿', must: [`${CQ17}#medical-eldercare-investment`], only: true },
  { lang: 'zh', query: '52.3万', must: [`${YK}#elderly-population-60-plus`], only: true },
  { lang: 'zh', query: '20.34万', must: [`${DH}#longevity-allowance-person-times`], only: true },
  { lang: 'zh', query: '83.5%', must: [`${CQ21}#community-eldercare-stations-social-operation-rate`], only: true },
  { lang: 'zh', query: '7.6%', must: [`${DH}#dibao-standard`], only: true },
  { lang: 'zh', query: '0.81', must: [`${CQ21}#dibao-standard-ratio`], only: true },
  // A decimal no figure has means no results, even next to a common word.
  { lang: 'zh', query: '8.5 元', must: [], mustNot: [`${DH}#dibao-standard`, DH, '/topics/assistance/'], only: true },
  { lang: 'zh', query: '2.1 东湖区', must: [], mustNot: [`${DH}#administrative-villages`, DH, '/bureaus/donghu/'], only: true },
  { lang: 'zh', query: '重庆 20.7万', must: [`${CQ17}#eldercare-beds`], only: true },
  { lang: 'en', query: '30.5', must: [en(`${CQ17}#eldercare-beds-per-1000-elderly`)], only: true },
  // Full-width digits and punctuation, as copied from a Word document.
  { lang: 'zh', query: '８５５', must: [`${DH}#dibao-standard`, DH], mustNot: [`${DH}#tekun-support-standard`] },
  { lang: 'zh', query: '２８５０．４６', must: [`${DH}#dibao-funds-paid`], only: true },
  { lang: 'zh', query: '２０．７万', must: [`${CQ17}#eldercare-beds`], mustNot: [`${DH}#warm-projects-funding`, '/about/'], only: true },
  { lang: 'zh', query: '１．５万', must: [`${YK}#eldercare-beds`], mustNot: [`${DH}#eldercare-service-circle-target`], only: true },
  { lang: 'zh', query: '2850．46', must: [`${DH}#dibao-funds-paid`], only: true },
  // Thousands separators, ASCII and Chinese, and integers written out in full.
  { lang: 'zh', query: '1，426', must: [`${CQ17}#eldercare-institutions`, CQ17], mustNot: [`${DH}#eldercare-institutions`] },
  { lang: 'zh', query: '2,328', must: [`${DH}#marriage-registrations`, DH], mustNot: [`${DH}#divorce-registrations`] },
  { lang: 'en', query: '1,426', must: [en(`${CQ17}#eldercare-institutions`), en(CQ17)], mustNot: [en(`${DH}#eldercare-institutions`)] },
  { lang: 'en', query: '207,000', must: [en(`${CQ17}#eldercare-beds`), en(CQ17)], mustNot: [en(`${DH}#eldercare-beds`)] },
  { lang: 'en', query: '207000', must: [en(`${CQ17}#eldercare-beds`), en(CQ17)], mustNot: [en(`${DH}#eldercare-beds`)] },
  { lang: 'zh', query: '207000', must: [`${CQ17}#eldercare-beds`], mustNot: [`${DH}#eldercare-beds`] },
  // Traditional characters find the Simplified content.
  { lang: 'zh', query: '東湖區', must: [DH, '/bureaus/donghu/', `${DH}#eldercare-beds`], mustNot: [CQ17, YK, `${CQ17}#eldercare-beds`] },
  { lang: 'zh', query: '結婚登記', must: [DH, `${DH}#marriage-registrations`], mustNot: [`${DH}#eldercare-beds`, CQ17] },
  { lang: 'zh', query: '養老床位', must: [`${DH}#eldercare-beds`, `${CQ17}#eldercare-beds`, `${YK}#eldercare-beds`], mustNot: [`${DH}#marriage-registrations`] },
  // English words on the Chinese page find the figures.
  { lang: 'zh', query: 'marriage', must: [`${DH}#marriage-registrations`, `${DH}#marriage-certificate-reissues`, `${DH}#marriage-archive-digitisation-funding`], mustNot: [`${DH}#eldercare-beds`] },
  { lang: 'zh', query: 'eldercare beds', must: [`${DH}#eldercare-beds`, `${CQ17}#eldercare-beds`, `${YK}#eldercare-beds`], mustNot: [`${DH}#marriage-registrations`] },
  // Ordinary words keep working.
  { lang: 'zh', query: '养老床位', must: [`${DH}#eldercare-beds`, `${CQ17}#eldercare-beds`, `${YK}#eldercare-beds`, DH, CQ17, YK], mustNot: [`${DH}#marriage-registrations`] },
  { lang: 'zh', query: '结婚登记', must: [DH, `${DH}#marriage-registrations`], mustNot: [`${DH}#eldercare-beds`, CQ17] },
  { lang: 'zh', query: '东湖区', must: [DH, '/bureaus/donghu/', `${DH}#eldercare-beds`], mustNot: [CQ17, YK, `${CQ17}#eldercare-beds`] },
  { lang: 'zh', query: '低保', must: [`${DH}#dibao-standard`, `${CQ21}#dibao-standard-ratio`, DH], mustNot: [`${DH}#marriage-registrations`] },
  { lang: 'zh', query: '855', must: [`${DH}#dibao-standard`, DH], mustNot: [`${DH}#tekun-support-standard`] },
  { lang: 'en', query: 'dibao', must: [en(`${DH}#dibao-standard`), en(DH)], mustNot: [en(`${DH}#marriage-registrations`)] },
  { lang: 'en', query: 'eldercare beds', must: [en(`${DH}#eldercare-beds`), en(`${CQ17}#eldercare-beds`), en(`${YK}#eldercare-beds`)], mustNot: [en(`${DH}#marriage-registrations`)] },
  { lang: 'en', query: 'marriage registrations', must: [en(`${DH}#marriage-registrations`), en(DH)], mustNot: [en(`${DH}#eldercare-beds`)] },
  { lang: 'en', query: 'Chongqing', must: [en(`${CQ21}#dibao-standard-ratio`), en('/bureaus/chongqing/')], mustNot: [en(`${DH}#eldercare-beds`), en('/bureaus/donghu/')] },
];

const DONE = { zh: /找到 \d+ 条结果|没有找到结果/, en: /\d+ results|No results/ };

describe.skipIf(!hasBrowser)('search recall and precision (table, real browser)', () => {
  const served = sampleSiteInBrowser();
  const totals = { expected: 0, found: 0, judged: 0, correct: 0 };

  const searchPages = new Map<Row['lang'], Page>();

  /** Every result link the search page shows for a typed query, after "more" until all are shown. */
  async function resultsOf(row: Row): Promise<string[]> {
    let page = searchPages.get(row.lang);
    if (!page) {
      page = await served.browser.newPage();
      await page.goto(`${served.server.origin}${row.lang === 'zh' ? '' : '/en'}/search/`);
      searchPages.set(row.lang, page);
    }
    // Clear the previous query first, so its results cannot pass for this one's.
    await page.fill('#search-input', '');
    await expect.poll(() => page.textContent('#search-status')).toBe('');
    await page.fill('#search-input', row.query);
    // The page records the query in its URL once the results and their count are shown.
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('q')), { timeout: 15_000 }).toBe(row.query);
    await expect.poll(() => page.textContent('#search-status')).toMatch(DONE[row.lang]);
    while (await page.isVisible('#search-more')) {
      const shown = await page.locator('.result').count();
      await page.click('#search-more');
      await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(shown);
    }
    return page.locator('.result-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }

  it.each(TABLE.map((row) => [row.lang, row.query, row] as const))('%s: %s', async (_lang, _query, row) => {
    const urls = await resultsOf(row);
    const found = row.must.filter((url) => urls.includes(url));
    const wrong = urls.filter((url) => row.mustNot?.includes(url) || (row.only && !row.must.includes(url)));
    totals.expected += row.must.length;
    totals.found += found.length;
    totals.judged += found.length + wrong.length;
    totals.correct += found.length;
    expect(urls, `${row.query}: results that must be found`).toEqual(expect.arrayContaining(row.must));
    expect(wrong, `${row.query}: results that must not be found`).toEqual([]);
  });

  it('loads the Traditional → Simplified converter only for a query that needs it, and a first search stays under 300 KB', async () => {
    // Pages are opened with browser.newPage(), a fresh context each, so nothing is cached.
    const firstSearch = async (query: string): Promise<Map<string, number>> => {
      const page = await served.browser.newPage();
      try {
        await page.goto(`${served.server.origin}/search/`, { waitUntil: 'networkidle' });
        served.server.sent.clear();
        await page.fill('#search-input', query);
        await page.waitForSelector('.result-figure');
        await page.waitForLoadState('networkidle');
        return new Map(served.server.sent);
      } finally {
        await page.close();
      }
    };
    const isConverter = (path: string): boolean => /\/_astro\/to-simplified\.[\w-]+\.js$/u.test(path);
    const simplified = await firstSearch('养老床位');
    expect([...simplified.keys()].filter(isConverter)).toEqual([]);
    const traditional = await firstSearch('東湖區');
    const converter = [...traditional].filter(([path]) => isConverter(path));
    expect(converter).toHaveLength(1);
    // Everything the first search fetched: the search client, Pagefind's code and index, the converter.
    const searchBytes = [...traditional.values()].reduce((sum, size) => sum + size, 0);
    console.log(`first search (東湖區): ${searchBytes} bytes in all, of which the converter ${converter[0]?.[1]} bytes`);
    expect(searchBytes).toBeLessThan(300_000);
  });

  afterAll(() => {
    const recall = totals.found / totals.expected;
    const precision = totals.judged === 0 ? 1 : totals.correct / totals.judged;
    console.log(
      `search table: ${TABLE.length} queries, recall ${(recall * 100).toFixed(1)}% (${totals.found}/${totals.expected}), ` +
        `precision ${(precision * 100).toFixed(1)}% (${totals.correct}/${totals.judged} judged results)`,
    );
  });
});
