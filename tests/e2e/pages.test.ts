/**
 * What a person sees, in real Chromium against the built sample site: language switching,
 * pages without JavaScript, care mode (关怀版), accessibility (axe, WCAG 2.2 A/AA), and
 * no console errors or failed requests on any page type.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { loadSite } from '../../src/lib/load-site.ts';
import { FIGURES, reportPath, splitKey } from '../expectations/figures.ts';
import { hasBrowser, sampleSiteInBrowser } from '../helpers/browser.ts';
import { axeViolations, openPage, PAGE_TYPES, WCAG22_AA } from '../helpers/page-check.ts';
const { site } = loadSite(process.cwd());
if (!site) throw new Error('The sample site must be valid');

const localized = (lang: 'zh' | 'en', path: string) => (lang === 'zh' ? path : `/en${path}`);

describe.skipIf(!hasBrowser)('pages in a real browser', () => {
  const served = sampleSiteInBrowser();

  const open = (path: string, options: { context?: BrowserContext; care?: boolean } = {}) => openPage(served.browser, `${served.server.origin}${path}`, options);
  const axe = axeViolations;

  for (const lang of ['zh', 'en'] as const) {
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

  it('the language switch keeps you on the same page', async () => {
    const { page } = await open('/reports/donghu/2022/');
    try {
      await page.click('.lang-switch');
      await page.waitForURL('**/en/reports/donghu/2022/');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.click('.lang-switch');
      await page.waitForURL(/\/reports\/donghu\/2022\/$/);
      expect(new URL(page.url()).pathname).toBe('/reports/donghu/2022/');
      await page.goto(`${served.server.origin}/en/indicators/eldercare-beds/`);
      await page.click('.lang-switch');
      expect(new URL(page.url()).pathname).toBe('/indicators/eldercare-beds/');
    } finally {
      await page.context().close();
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

  it('with JavaScript disabled, every figure is on its page in both languages, exactly as written by hand', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    try {
      for (const report of site.reports) {
        for (const lang of ['zh', 'en'] as const) {
          const page = await context.newPage();
          const path = localized(lang, `/reports/${report.bureauId}/${report.year}/`);
          await page.goto(`${served.server.origin}${path}`);
          const rows = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('tr.figure-row')].map((row) => [row.id, (row as HTMLElement).innerText])));
          // Every figure of the report has its visible row…
          expect(Object.keys(rows).sort(), path).toEqual(report.figures.map((figure) => figure.id).sort());
          // …and those of the hand-written table show exactly the expected text.
          const expected = FIGURES.filter((figure) => reportPath(figure.key, lang) === path);
          expect(expected.length, path).toBeGreaterThan(0);
          for (const figure of expected) expect(rows[splitKey(figure.key).figureId], `${figure.key} (${lang})`).toContain(figure[lang]);
          // Without JS the care-mode toggle, which could not work, is not offered.
          expect(await page.locator('#care-toggle').isVisible()).toBe(false);
          await page.close();
        }
      }
    } finally {
      await context.close();
    }
  });

  it('prints a report as a clean document: no navigation, figure rows not split', async () => {
    const { page } = await open('/reports/donghu/2022/');
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
