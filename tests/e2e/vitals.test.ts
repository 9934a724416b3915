/**
 * Core Web Vitals held by a test (issue 15): no layout shift while each page type loads,
 * is searched (the search page) and is scrolled, on a 390 px phone and a desktop, in all
 * three editions. CLS ≤ 0.01 is asserted on the sum of every layout-shift entry, which is
 * never less than CLS (its largest session window).
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser, sampleSiteInBrowser } from '../helpers/browser.ts';
import { measureLayoutShift } from '../helpers/layout-shift.ts';
import { PAGE_TYPES } from '../helpers/page-check.ts';

const EDITIONS = ['zh', 'zh-hant', 'en'] as const;
const localized = (lang: (typeof EDITIONS)[number], path: string) => (lang === 'zh' ? path : `/${lang}${path}`);
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1350, height: 940 },
];
/** A query with results in each edition (typed as a reader would). */
const QUERY = { zh: '养老床位', 'zh-hant': '養老床位', en: 'eldercare beds' };

describe.skipIf(!hasBrowser)('layout shift (CLS) in a real browser', () => {
  const served = sampleSiteInBrowser();

  for (const lang of EDITIONS) {
    for (const viewport of VIEWPORTS) {
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        it(`${type} (${lang}, ${viewport.name} ${viewport.width}px): CLS ≤ 0.01 while loading${type === 'search' ? ', searching' : ''} and scrolling`, async () => {
          const shift = await measureLayoutShift(served.browser, `${served.server.origin}${localized(lang, path)}`, { ...viewport, search: type === 'search' ? QUERY[lang] : undefined });
          expect(shift.total, shift.sources.join('\n')).toBeLessThanOrEqual(0.01);
        });
      }
      it(`search opened with a query in the URL (${lang}, ${viewport.name}): CLS ≤ 0.01 as results arrive`, async () => {
        const shift = await measureLayoutShift(served.browser, `${served.server.origin}${localized(lang, '/search/')}?q=${encodeURIComponent(QUERY[lang])}`, viewport);
        expect(shift.total, shift.sources.join('\n')).toBeLessThanOrEqual(0.01);
      });
    }
  }
});
