/** Every URL the site emits, written by hand: Chinese at the root, English under /en/. */
import { describe, expect, it } from 'vitest';
import { indicatorRowId, langFromParam, langParam, localeOfPath, routes, switchLocale } from '../../../src/lib/routes.ts';

describe('routes', () => {
  it.each([
    ['home', routes.home('zh'), '/', routes.home('en'), '/en/'],
    ['report', routes.report('zh', 'donghu', 2022), '/reports/donghu/2022/', routes.report('en', 'donghu', 2022), '/en/reports/donghu/2022/'],
    ['figure', routes.figure('zh', 'donghu', 2022, 'eldercare-beds'), '/reports/donghu/2022/#eldercare-beds', routes.figure('en', 'donghu', 2022, 'eldercare-beds'), '/en/reports/donghu/2022/#eldercare-beds'],
    ['bureau', routes.bureau('zh', 'chongqing'), '/bureaus/chongqing/', routes.bureau('en', 'chongqing'), '/en/bureaus/chongqing/'],
    ['bureaus', routes.bureaus('zh'), '/bureaus/', routes.bureaus('en'), '/en/bureaus/'],
    ['indicator', routes.indicator('zh', 'eldercare-beds'), '/indicators/eldercare-beds/', routes.indicator('en', 'eldercare-beds'), '/en/indicators/eldercare-beds/'],
    ['indicator row', routes.indicatorRow('zh', 'eldercare-beds', 'yingkou', 2019, 'eldercare-beds'), '/indicators/eldercare-beds/#yingkou-2019-eldercare-beds', routes.indicatorRow('en', 'eldercare-beds', 'yingkou', 2019, 'eldercare-beds'), '/en/indicators/eldercare-beds/#yingkou-2019-eldercare-beds'],
    ['indicators', routes.indicators('zh'), '/indicators/', routes.indicators('en'), '/en/indicators/'],
    ['topic', routes.topic('zh', 'eldercare'), '/topics/eldercare/', routes.topic('en', 'eldercare'), '/en/topics/eldercare/'],
    ['topics', routes.topics('zh'), '/topics/', routes.topics('en'), '/en/topics/'],
    ['about', routes.about('zh'), '/about/', routes.about('en'), '/en/about/'],
    ['search', routes.search('zh'), '/search/', routes.search('en'), '/en/search/'],
  ])('%s', (_, zh, zhExpected, en, enExpected) => {
    expect(zh).toBe(zhExpected);
    expect(en).toBe(enExpected);
  });

  it('the row id on an indicator page joins bureau, year and figure id', () => {
    expect(indicatorRowId('unnamed-city', 2022, 'longevity-allowance-paid')).toBe('unnamed-city-2022-longevity-allowance-paid');
  });
});

describe('locale in routes and paths', () => {
  it('the [...lang] parameter is absent for Chinese and "en" for English', () => {
    expect(langParam('zh')).toBeUndefined();
    expect(langParam('en')).toBe('en');
    expect(langFromParam(undefined)).toBe('zh');
    expect(langFromParam('en')).toBe('en');
    expect(langFromParam('fr')).toBe('zh');
  });

  it.each([
    ['/', 'zh'],
    ['/en', 'en'],
    ['/en/', 'en'],
    ['/en/reports/donghu/2022/', 'en'],
    ['/english/', 'zh'],
    ['/reports/en/', 'zh'],
  ])('localeOfPath(%s) is %s', (path, lang) => {
    expect(localeOfPath(path)).toBe(lang);
  });

  it.each([
    ['/reports/donghu/2022/', 'en', '/en/reports/donghu/2022/'],
    ['/en/reports/donghu/2022/', 'zh', '/reports/donghu/2022/'],
    ['/', 'en', '/en/'],
    ['/en/', 'zh', '/'],
    ['/en', 'zh', '/'],
    ['/en/', 'en', '/en/'],
    ['/indicators/', 'zh', '/indicators/'],
    ['/english/', 'en', '/en/english/'],
  ])('switchLocale(%s, %s) is %s', (path, to, expected) => {
    expect(switchLocale(path, to as 'zh' | 'en')).toBe(expected);
  });
});
