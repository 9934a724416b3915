/** Base paths: how a site's address becomes the base every URL starts with. */
import { describe, expect, it } from 'vitest';
import { siteAndBase } from '../../../src/integrations/config.ts';
import { localeOfPath, normalizeBase, routes, switchLocale, toHant } from '../../../src/lib/routes.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['mzj/annals', '/mzj/annals/'],
    ['/mzj/annals', '/mzj/annals/'],
    ['/mzj/annals/', '/mzj/annals/'],
    ['//mzj//annals//', '/mzj/annals/'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('siteAndBase', () => {
  it("takes the base from the site address's path", () => {
    expect(siteAndBase({ site: 'https://www.example.gov.cn/mzj/annals' })).toEqual({ site: 'https://www.example.gov.cn/mzj/annals', base: '/mzj/annals/' });
    expect(siteAndBase({ site: 'https://mz.example.gov.cn' }).base).toBe('/');
  });

  it('lets an explicit base win over the address', () => {
    expect(siteAndBase({ site: 'https://www.example.gov.cn/', base: 'annals' }).base).toBe('/annals/');
  });
});

describe('routes outside a build (plain Node: base "/")', () => {
  it('are root-relative, as the search index stores them', () => {
    expect(routes.figure('en', 'donghu', 2022, 'eldercare-beds')).toBe('/en/reports/donghu/2022/#eldercare-beds');
    expect(routes.home('zh')).toBe('/');
    expect(routes.feed('en')).toBe('/en/feed.xml');
    expect(routes.file('/data/annals.csv')).toBe('/data/annals.csv');
  });

  it('switch language and tell the locale of a path', () => {
    expect(switchLocale('/reports/donghu/2022/', 'en')).toBe('/en/reports/donghu/2022/');
    expect(switchLocale('/en/', 'zh')).toBe('/');
    expect(localeOfPath('/en/about/')).toBe('en');
    expect(localeOfPath('/english/')).toBe('zh');
  });
});

describe('toHant: the Traditional edition of a Simplified address', () => {
  it('puts Chinese pages and the feed under /zh-hant/, keeping anchors and queries', () => {
    expect(toHant('/')).toBe('/zh-hant/');
    expect(toHant('/reports/donghu/2022/#dibao-standard')).toBe('/zh-hant/reports/donghu/2022/#dibao-standard');
    expect(toHant('/search/?q=1')).toBe('/zh-hant/search/?q=1');
    expect(toHant('/feed.xml')).toBe('/zh-hant/feed.xml');
    expect(toHant('https://annals.example.org/about/', 'https://annals.example.org')).toBe('https://annals.example.org/zh-hant/about/');
  });
  it('leaves English pages, assets, downloads, the sitemap, other hosts and anchors alone', () => {
    for (const url of ['/en/about/', '/zh-hant/about/', '/_astro/a.css', '/pagefind/pagefind.js', '/data/annals.csv', '/care.js', '/favicon.svg', '/sitemap.xml', '/404.html', '#x', 'https://www.cq.gov.cn/about/', 'https://annals.example.org/about/']) {
      expect(toHant(url)).toBe(url);
    }
  });
});
