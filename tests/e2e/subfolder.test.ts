/**
 * The sample site as deployed under a bureau's portal: built for
 * https://example.gov.cn/mzj/annals/ and served only under /mzj/annals/ (anything outside is
 * a 404). Every page type in both languages loads with no failed request or console error
 * and passes axe; care mode, the language switch, search and the 404 page work there.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser, sampleSiteInBrowser } from '../helpers/browser.ts';
import { SUBFOLDER } from '../helpers/layouts.ts';
import { axeViolations, openPage, PAGE_TYPES, WCAG22_AA } from '../helpers/page-check.ts';

const EDITIONS = ['zh', 'zh-hant', 'en'] as const;
const localized = (lang: (typeof EDITIONS)[number], path: string) => (lang === 'zh' ? path : `/${lang}${path}`);

describe.skipIf(!hasBrowser)(`the site served only under ${SUBFOLDER}`, () => {
  const served = sampleSiteInBrowser('subfolder');
  const open = (path: string) => openPage(served.browser, served.server.url(path));

  it('is not served outside the subfolder (so a link that drops the base fails)', async () => {
    expect((await fetch(`${served.server.origin}/reports/donghu/2022/`)).status).toBe(404);
    expect((await fetch(`${served.server.origin}/_astro/`)).status).toBe(404);
    expect((await fetch(served.server.url('/reports/donghu/2022/'))).status).toBe(200);
  });

  for (const lang of EDITIONS) {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      it(`${type} (${lang}): styles, scripts and the care-mode script load; no failed requests or console errors; no axe violations`, async () => {
        const { page, problems } = await open(localized(lang, path));
        try {
          // The stylesheet applied (the header search is a flex row) and the care-mode script ran (it shows the toggle).
          expect(await page.evaluate(() => getComputedStyle(document.querySelector('.header-search')!).display)).toBe('flex');
          expect(await page.locator('#care-toggle').isVisible()).toBe(true);
          expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }

  it('the language switch and the navigation stay under the subfolder', async () => {
    const { page, problems } = await open('/reports/donghu/2022/');
    try {
      await page.click('.lang-switch a[data-edition="en"]');
      await page.waitForURL('**/mzj/annals/en/reports/donghu/2022/');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.click('.site-nav a[href="/mzj/annals/en/indicators/"]');
      await page.waitForURL('**/mzj/annals/en/indicators/');
      await page.click('.lang-switch a[data-edition="zh-hant"]');
      await page.waitForURL('**/mzj/annals/zh-hant/indicators/');
      await page.click('.site-nav a[href="/mzj/annals/zh-hant/topics/"]');
      await page.waitForURL('**/mzj/annals/zh-hant/topics/');
      await page.click('.lang-switch a[data-edition="zh"]');
      await page.waitForURL('**/mzj/annals/topics/');
      expect(new URL(page.url()).pathname).toBe('/mzj/annals/topics/');
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('search loads Pagefind from the subfolder, and its results link under it', async () => {
    const { page, problems } = await open('/search/');
    try {
      // Donghu's hits (figures and the report page), all on the first page of results (the
      // bureau's name keeps the national series' many marriage figures out).
      await page.fill('#search-input', '东湖 结婚登记');
      await page.waitForSelector('.result-figure');
      await page.waitForLoadState('networkidle');
      const hrefs = await page.locator('.result a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs).toContain('/mzj/annals/reports/donghu/2022/#marriage-registrations');
      expect(hrefs).toContain('/mzj/annals/reports/donghu/2022/');
      expect(hrefs.filter((href) => !href.startsWith('/mzj/annals/'))).toEqual([]);
      await page.click('.result-figure a[href="/mzj/annals/reports/donghu/2022/#marriage-registrations"]');
      await page.waitForURL('**/mzj/annals/reports/donghu/2022/#marriage-registrations');
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('marriage-registrations');
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a missing URL at any depth shows the 404 page, styled, in both languages, with working links', async () => {
    const missing = served.server.url('/en/reports/nowhere/1999/deeper/');
    const { page, problems } = await openPage(served.browser, missing);
    try {
      // The one expected failure: the missing document itself (its status, and Chromium's console line for it).
      const documentMissing = [`404: ${missing}`, 'console: Failed to load resource: the server responded with a status of 404 (Not Found)'];
      expect(problems).toEqual(documentMissing);
      expect(await page.textContent('h1')).toBe('找不到这个页面');
      expect(await page.textContent('#not-found-en')).toBe('Page not found');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.header-search')!).display)).toBe('flex');
      expect(await page.locator('#care-toggle').isVisible()).toBe(true);
      expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
      const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links).toEqual(['/mzj/annals/', '/mzj/annals/indicators/', '/mzj/annals/search/', '/mzj/annals/zh-hant/', '/mzj/annals/en/', '/mzj/annals/en/indicators/', '/mzj/annals/en/search/']);
      // The English search box sends its query to the English search page, under the subfolder.
      await page.fill('#not-found-search-en', 'eldercare beds');
      await page.press('#not-found-search-en', 'Enter');
      await page.waitForURL('**/mzj/annals/en/search/?q=eldercare+beds');
      await page.waitForSelector('.result-figure');
      await page.goBack();
      await page.click('main a[href="/mzj/annals/en/indicators/"]');
      await page.waitForURL('**/mzj/annals/en/indicators/');
      expect(await page.textContent('h1')).toBe('Indicators');
      // Going back fetched the missing page (and its 404) once more; nothing else failed.
      expect(problems).toEqual([...documentMissing, ...documentMissing]);
    } finally {
      await page.context().close();
    }
  });
});
