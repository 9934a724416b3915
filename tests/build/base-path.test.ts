/**
 * The sample site built for https://example.gov.cn/mzj/annals/: every URL it writes carries
 * /mzj/annals/, in pages (links, assets, forms, canonical, hreflang, citations), discovery
 * files, downloads and the 404 page. Expected URLs are written out by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';

const dist = inject('subfolderDist');
const rootDist = inject('sampleDist');
const read = (path: string, from = dist) => readFileSync(join(from, path), 'utf8');

describe('the site built under /mzj/annals/', () => {
  it('no page links, loads or submits anything outside /mzj/annals/', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(250);
    const outside = pages.flatMap((file) =>
      [...read(file).matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((match) => match[1] ?? '').filter((url) => !url.startsWith('/mzj/annals/')).map((url) => `${file}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('gives a page its canonical URL, language alternates and feed under the base', () => {
    const html = read('en/indicators/eldercare-beds/index.html');
    expect(html).toContain('<link rel="canonical" href="https://example.gov.cn/mzj/annals/en/indicators/eldercare-beds/">');
    expect(html).toContain('<link rel="alternate" hreflang="zh-CN" href="https://example.gov.cn/mzj/annals/indicators/eldercare-beds/">');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://example.gov.cn/mzj/annals/indicators/eldercare-beds/">');
    expect(html).toContain('href="/mzj/annals/en/feed.xml"');
    expect(html).toContain('<script type="module" src="/mzj/annals/_astro/');
    expect(html).toMatch(/<link rel="stylesheet" href="\/mzj\/annals\/_astro\/[^"]+\.css">/);
    expect(html).toContain('<a href="/mzj/annals/indicators/eldercare-beds/" hreflang="zh-CN" lang="zh-CN" data-edition="zh">简体</a>');
    expect(html).toContain('<a href="/mzj/annals/zh-hant/indicators/eldercare-beds/" hreflang="zh-Hant" lang="zh-Hant" data-edition="zh-hant">繁體</a>');
  });

  it('writes the Traditional edition under the base, its links and alternates too', () => {
    const html = read('zh-hant/indicators/eldercare-beds/index.html');
    expect(html).toContain('<link rel="canonical" href="https://example.gov.cn/mzj/annals/zh-hant/indicators/eldercare-beds/">');
    expect(html).toContain('<link rel="alternate" hreflang="zh-Hant" href="https://example.gov.cn/mzj/annals/zh-hant/indicators/eldercare-beds/">');
    expect(html).toContain('<a class="site-name" href="/mzj/annals/zh-hant/">民政年報</a>');
    expect(html).toContain('href="/mzj/annals/zh-hant/feed.xml"');
    expect(read('zh-hant/feed.xml')).toContain('<link href="https://example.gov.cn/mzj/annals/zh-hant/reports/donghu/2022/"/>');
    expect(read('sitemap-0.xml')).toContain('<loc>https://example.gov.cn/mzj/annals/zh-hant/reports/donghu/2022/</loc>');
  });

  it('cites a figure with its permalink under the base', () => {
    const html = read('reports/donghu/2022/index.html');
    expect(html).toContain('https://example.gov.cn/mzj/annals/reports/donghu/2022/#eldercare-beds');
    expect(html).not.toContain('https://example.gov.cn/reports/');
  });

  it('writes the sitemap, feeds and robots.txt with the base', () => {
    expect(read('sitemap-0.xml')).toContain('<loc>https://example.gov.cn/mzj/annals/en/reports/donghu/2022/</loc>');
    expect(read('sitemap-0.xml')).toContain('<xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.gov.cn/mzj/annals/reports/donghu/2022/"/>');
    expect(read('en/feed.xml')).toContain('<link href="https://example.gov.cn/mzj/annals/en/feed.xml" rel="self"/>');
    expect(read('feed.xml')).toContain('<id>https://example.gov.cn/mzj/annals/reports/donghu/2022/</id>');
    expect(read('sitemap.xml')).toContain('<loc>https://example.gov.cn/mzj/annals/sitemap-0.xml</loc>');
    expect(read('robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.gov.cn/mzj/annals/sitemap.xml\n');
  });

  it('puts the base in the downloads’ permalinks and site address', () => {
    const [header, ...rows] = parseCsv(read('data/reports/donghu-2022.csv')).records;
    const row = rows.find((record) => record[header!.indexOf('figure_id')] === 'eldercare-beds')!;
    expect(row[header!.indexOf('permalink_zh')]).toBe('https://example.gov.cn/mzj/annals/reports/donghu/2022/#eldercare-beds');
    expect(row[header!.indexOf('permalink_en')]).toBe('https://example.gov.cn/mzj/annals/en/reports/donghu/2022/#eldercare-beds');
    const json = JSON.parse(read('data/annals.json')) as { metadata: { site: string } };
    expect(json.metadata.site).toBe('https://example.gov.cn/mzj/annals/');
  });

  it('has one 404 page, for both languages, not indexed, with absolute links under the base', () => {
    const html = read('404.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain('<form class="wrap header-search" role="search" action="/mzj/annals/search/" method="get">');
    expect(html).toContain('action="/mzj/annals/en/search/"');
    for (const href of ['/mzj/annals/', '/mzj/annals/indicators/', '/mzj/annals/en/', '/mzj/annals/en/indicators/']) expect(html).toContain(`href="${href}"`);
    expect(html).not.toContain('data-pagefind-body');
    expect(read('sitemap-0.xml')).not.toContain('404');
  });

  it('at the root, the same 404 page links from the root', () => {
    const html = read('404.html', rootDist);
    expect(html).toContain('<form class="wrap header-search" role="search" action="/search/" method="get">');
    for (const href of ['/', '/indicators/', '/en/', '/en/indicators/']) expect(html).toContain(`href="${href}"`);
  });
});
