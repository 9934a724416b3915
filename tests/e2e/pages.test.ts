/**
 * What a person sees, in real Chromium against the built sample site: language switching,
 * pages without JavaScript, care mode (关怀版), accessibility (axe, WCAG 2.2 A/AA), and
 * no console errors or failed requests on any page type.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadSite } from '../../src/lib/load-site.ts';
import { FIGURES, reportPath, splitKey } from '../expectations/figures.ts';
import { hasBrowser, sampleSiteInBrowser } from '../helpers/browser.ts';
import { axeViolations, openPage, PAGE_TYPES, WCAG22_AA } from '../helpers/page-check.ts';
const { site } = loadSite(process.cwd());
if (!site) throw new Error('The sample site must be valid');

/** The three editions: Simplified at the root, Traditional (converted from it) and English under their prefixes. */
const EDITIONS = ['zh', 'zh-hant', 'en'] as const;
const localized = (lang: (typeof EDITIONS)[number], path: string) => (lang === 'zh' ? path : `/${lang}${path}`);

describe.skipIf(!hasBrowser)('pages in a real browser', () => {
  const served = sampleSiteInBrowser();

  const open = (path: string, options: { context?: BrowserContext; care?: boolean } = {}) => openPage(served.browser, `${served.server.origin}${path}`, options);
  const axe = axeViolations;

  for (const lang of EDITIONS) {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      it(`${type} (${lang}): no axe WCAG 2.2 A/AA violations, no console errors or failed requests`, async () => {
        const { page, problems } = await open(localized(lang, path));
        try {
          expect(await axe(page, WCAG22_AA)).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await page.context().close();
        }
      });

      it(`${type} (${lang}) in care mode: no axe violations, 7:1 contrast, large text and targets, no overflow at 360px`, async () => {
        const context = await served.browser.newContext({ viewport: { width: 360, height: 740 } });
        const { page, problems } = await open(localized(lang, path), { context, care: true });
        try {
          expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
          expect(await axe(page, WCAG22_AA)).toEqual([]);
          // Enhanced contrast (7:1) is AAA's rule; care mode promises it.
          const contrast = await page.evaluate(async () => {
            const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
            return result.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')));
          });
          expect(contrast).toEqual([]);
          const metrics = await page.evaluate(() => {
            const style = getComputedStyle(document.body);
            const fontSize = parseFloat(style.fontSize);
            const lineHeight = parseFloat(style.lineHeight) / fontSize;
            const targets = [...document.querySelectorAll<HTMLElement>('.site-nav a, .header-tools a, .header-tools button, .breadcrumbs a, button, select, input, .report-list a, .columns a')]
              .filter((element) => element.offsetParent !== null)
              .map((element) => ({ text: (element.textContent ?? '').trim().slice(0, 20), height: element.getBoundingClientRect().height }))
              .filter((target) => target.height < 44);
            return { fontSize, lineHeight, smallTargets: targets, scrollWidth: document.documentElement.scrollWidth };
          });
          expect(metrics.fontSize).toBeGreaterThanOrEqual(24); // 18pt
          expect(metrics.lineHeight).toBeGreaterThanOrEqual(1.3);
          expect(metrics.smallTargets).toEqual([]);
          expect(metrics.scrollWidth).toBeLessThanOrEqual(360);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('the language switch offers the two other editions and keeps you on the same page', async () => {
    const { page } = await open('/reports/donghu/2022/');
    const shown = () => page.locator('.lang-switch a').evaluateAll((links) => links.filter((link) => (link as HTMLElement).offsetParent !== null).map((link) => link.textContent));
    try {
      expect(await shown()).toEqual(['繁體', 'English']);
      await page.click('.lang-switch a[data-edition="zh-hant"]');
      await page.waitForURL('**/zh-hant/reports/donghu/2022/');
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
      expect(await page.textContent('h1')).toBe('東湖區民政局2022年工作總結');
      expect(await shown()).toEqual(['简体', 'English']);
      await page.click('.lang-switch a[data-edition="en"]');
      await page.waitForURL('**/en/reports/donghu/2022/');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await shown()).toEqual(['简体', '繁體']);
      await page.click('.lang-switch a[data-edition="zh"]');
      await page.waitForURL(/\/reports\/donghu\/2022\/$/);
      expect(new URL(page.url()).pathname).toBe('/reports/donghu/2022/');
      await page.goto(`${served.server.origin}/zh-hant/indicators/eldercare-beds/`);
      await page.click('.lang-switch a[data-edition="zh"]');
      expect(new URL(page.url()).pathname).toBe('/indicators/eldercare-beds/');
    } finally {
      await page.context().close();
    }
  });

  it('at 360px the header tools stay one row in every edition, and the Chinese headers are one row with the site name', async () => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 740 } });
    const rows = (page: Page, selector: string) =>
      page.evaluate((query) => new Set([...document.querySelectorAll<HTMLElement>(query)].map((element) => Math.round(element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2))).size, selector);
    try {
      for (const lang of EDITIONS) {
        const { page } = await open(localized(lang, '/reports/donghu/2022/'), { context });
        expect(await rows(page, '.header-tools > *'), lang).toBe(1);
        await page.close();
      }
      // English ("Civil Affairs Annals") takes a row of its own for the name, as it did before the third edition.
      for (const lang of ['zh', 'zh-hant'] as const) {
        const { page } = await open(localized(lang, '/reports/donghu/2022/'), { context });
        expect(await rows(page, '.site-name, .header-tools > *'), lang).toBe(1);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('care mode toggles, and is remembered across pages', async () => {
    const { page } = await open('/reports/donghu/2022/');
    try {
      const toggle = page.locator('#care-toggle');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(after).toBeGreaterThanOrEqual(24);
      expect(after).toBeGreaterThan(before);
      await page.click('.site-nav a[href="/indicators/"]');
      await page.waitForURL('**/indicators/');
      expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
      expect(await page.locator('#care-toggle').getAttribute('aria-pressed')).toBe('true');
      await page.locator('#care-toggle').click();
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  // One test per report: the sample's reports (23 with the Ministry's series) would not fit one
  // test's time limit on a busy machine.
  it.each(site.reports.map((report) => [`${report.bureauId}/${report.year}`, report] as const))('with JavaScript disabled, every figure of %s is on its page in all three editions, exactly as written by hand', async (_key, report) => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const digits = (text: string | undefined) => text?.match(/\d+(?:[.:]\d+)*/g) ?? [];
    const rowsOf = async (path: string): Promise<Record<string, string>> => {
      const page = await context.newPage();
      await page.goto(`${served.server.origin}${path}`);
      const rows = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('tr.figure-row')].map((row) => [row.id, (row as HTMLElement).innerText])));
      // Without JS the care-mode toggle, which could not work, is not offered.
      expect(await page.locator('#care-toggle').isVisible(), path).toBe(false);
      await page.close();
      return rows;
    };
    try {
      const zhPath = localized('zh', `/reports/${report.bureauId}/${report.year}/`);
      const shown: Record<string, Record<string, string>> = {};
      for (const lang of ['zh', 'en'] as const) {
        const path = localized(lang, `/reports/${report.bureauId}/${report.year}/`);
        const rows = (shown[lang] = await rowsOf(path));
        // Every figure of the report has its visible row…
        expect(Object.keys(rows).sort(), path).toEqual(report.figures.map((figure) => figure.id).sort());
        // …and those of the hand-written table show exactly the expected text.
        const expected = FIGURES.filter((figure) => reportPath(figure.key, lang) === path);
        expect(expected.length, path).toBeGreaterThan(0);
        for (const figure of expected) expect(rows[splitKey(figure.key).figureId], `${figure.key} (${lang})`).toContain(figure[lang]);
      }
      // The Traditional edition converts the words of a value (万张 → 萬張), never its digits:
      // each row carries the very digits of the Simplified row.
      const hant = await rowsOf(localized('zh-hant', `/reports/${report.bureauId}/${report.year}/`));
      expect(Object.keys(hant).sort(), zhPath).toEqual(Object.keys(shown['zh']!).sort());
      for (const [id, text] of Object.entries(shown['zh']!)) expect(digits(hant[id]), `${zhPath}#${id} (zh-hant)`).toEqual(digits(text));
    } finally {
      await context.close();
    }
  });

  it.each(EDITIONS)('prints a report as a clean document (%s): no navigation, figure rows not split', async (lang) => {
    const { page } = await open(localized(lang, '/reports/donghu/2022/'));
    try {
      await page.emulateMedia({ media: 'print' });
      const visible = await page.evaluate(() => ({
        header: getComputedStyle(document.querySelector('.site-header')!).display,
        footer: getComputedStyle(document.querySelector('.site-footer')!).display,
        rowBreak: getComputedStyle(document.querySelector('tr.figure-row')!).breakInside,
      }));
      expect(visible).toEqual({ header: 'none', footer: 'none', rowBreak: 'avoid' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    } finally {
      await page.context().close();
    }
  });
});
