/**
 * The Traditional Chinese edition of the sample site, built once by the global setup:
 * known strings in hand-written Traditional text, figures with the Simplified page's exact
 * digits, the exceptions list, its language, alternates, feed, sitemap, search index, and no
 * script the Simplified page does not have.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadSite } from '../../src/lib/load-site.ts';
import { allPages } from '../../src/lib/discovery.ts';
import { pageText } from '../helpers/html.ts';

const dist = inject('sampleDist');
const { site } = loadSite(process.cwd());
if (!site) throw new Error('The sample site must be valid');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('the Traditional Chinese edition (/zh-hant/)', () => {
  it('shows the Donghu report in Traditional characters, figures and all', () => {
    const html = read('zh-hant/reports/donghu/2022/index.html');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-Hant">/);
    expect(html).toContain('<h1>東湖區民政局2022年工作總結</h1>');
    expect(html).toContain('<a class="fig" href="#dibao-standard" data-figure="dibao-standard">855元/人·月</a>');
    expect(html).toContain('<td class="value" data-figure-value>2092戶');
    const text = pageText(html);
    expect(text).toContain('南昌市東湖區民政局');
    expect(text).toContain('1110萬元');
    expect(text).toContain('https://annals.example.org/zh-hant/reports/donghu/2022/#warm-projects-funding');
  });

  it('keeps every figure row\'s digits exactly as the Simplified page shows them', () => {
    for (const report of site.reports) {
      const path = `reports/${report.bureauId}/${report.year}/index.html`;
      const rows = (html: string) => Object.fromEntries([...html.matchAll(/<tr id="([^"]+)" class="figure-row[^"]*">([\s\S]*?)<\/tr>/g)].map((match) => [match[1], (pageText(match[2]!).match(/\d+(?:[.:]\d+)*/g) ?? []).join(' ')]));
      const simplified = rows(read(path));
      expect(Object.keys(simplified)).toHaveLength(report.figures.length);
      expect(rows(read(`zh-hant/${path}`)), path).toEqual(simplified);
    }
  });

  it('says 餘 for "more than" after a number, in a figure\'s chart and table', () => {
    expect(pageText(read('zh-hant/indicators/eldercare-closed-management-days/index.html'))).toContain('130餘天');
  });

  it('keeps the terms of data/hant-exceptions.yaml as written', () => {
    expect(pageText(read('zh-hant/reports/chongqing/2021/index.html'))).toContain('原文由“重庆发布”刊出，本站採集的是養老網站的轉載版本。');
  });

  it('links its own pages, switches to the other two editions, and lists all three as alternates', () => {
    const html = read('zh-hant/indicators/eldercare-beds/index.html');
    expect(html).toContain('<a class="site-name" href="/zh-hant/">民政年報</a>');
    expect(html).toContain('<nav class="lang-switch" aria-label="語言版本"><a href="/indicators/eldercare-beds/" hreflang="zh-CN" lang="zh-CN" data-edition="zh">简体</a><a href="/zh-hant/indicators/eldercare-beds/" hreflang="zh-Hant" lang="zh-Hant" data-edition="zh-hant" aria-current="true">繁體</a><a href="/en/indicators/eldercare-beds/" hreflang="en" lang="en" data-edition="en">English</a></nav>');
    for (const page of ['indicators/eldercare-beds/index.html', 'en/indicators/eldercare-beds/index.html', 'zh-hant/indicators/eldercare-beds/index.html']) {
      const head = read(page);
      expect(head).toContain('<link rel="alternate" hreflang="zh-CN" href="https://annals.example.org/indicators/eldercare-beds/">');
      expect(head).toContain('<link rel="alternate" hreflang="zh-Hant" href="https://annals.example.org/zh-hant/indicators/eldercare-beds/">');
      expect(head).toContain('<link rel="alternate" hreflang="en" href="https://annals.example.org/en/indicators/eldercare-beds/">');
    }
    expect(html).toContain('<link rel="canonical" href="https://annals.example.org/zh-hant/indicators/eldercare-beds/">');
  });

  it('exists for every Chinese page, and adds no script to any', () => {
    const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).join('\n');
    for (const page of allPages(site)) {
      const path = page('zh').slice(1);
      expect(scripts(read(join('zh-hant', path, 'index.html'))), path).toBe(scripts(read(join(path, 'index.html'))));
    }
  });

  it('has its own feed, sitemap entries and search index; its search page does not convert queries to Simplified', () => {
    const feed = read('zh-hant/feed.xml');
    expect(feed).toContain('xml:lang="zh-Hant"');
    expect(feed).toContain('<title>東湖區民政局2022年工作總結</title>\n    <link href="https://annals.example.org/zh-hant/reports/donghu/2022/"/>');
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://annals.example.org/zh-hant/reports/donghu/2022/</loc>');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="zh-Hant" href="https://annals.example.org/zh-hant/reports/donghu/2022/"/>');
    expect(readdirSync(join(dist, 'pagefind')).filter((file) => file.endsWith('.pf_meta')).map((file) => file.split('_')[0]).sort()).toEqual(['pagefind.en', 'pagefind.zh-cn', 'pagefind.zh-hant']);
    expect(read('search/index.html')).toContain('data-han=');
    expect(read('zh-hant/search/index.html')).not.toContain('data-han');
  });

  it('converts the chart SVG it offers, points its embed code at its own embed page, and leaves download paths alone', () => {
    const html = read('zh-hant/indicators/eldercare-beds/index.html');
    const svgs = [...html.matchAll(/href="data:image\/svg\+xml;charset=utf-8,([^"]*)"/g)].map((match) => decodeURIComponent(match[1]!));
    expect(svgs).toHaveLength(4);
    expect(svgs[0]).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 500" width="800" height="500" lang="zh-Hant" font-family="sans-serif" font-size="13">\n<title>養老床位：全國</title>');
    expect(svgs[0]).toContain('>來源：重慶市 2017年、東湖區 2022年、全國 2012年、全國 2013年、全國 2015年、全國 2016年、全國 2022年、全國 2023年、營口市 2019年</text>');
    expect(svgs[0]).toContain('>民政年報 · https://annals.example.org/zh-hant/indicators/eldercare-beds/</text>');
    expect(html).toContain('<textarea readonly rows="3">&lt;iframe src=&quot;https://annals.example.org/zh-hant/embed/indicators/eldercare-beds/&quot; title=&quot;養老床位&quot; width=&quot;100%&quot; height=&quot;720&quot; style=&quot;border:0&quot; loading=&quot;lazy&quot;&gt;&lt;/iframe&gt;</textarea>');
    expect(existsSync(join(dist, 'zh-hant/embed/indicators/eldercare-beds/index.html'))).toBe(true);
    // Downloads exist once, in Simplified, at language-neutral paths: both editions link the same files.
    const downloads = (page: string) => [...new Set([...read(page).matchAll(/href="(\/data\/[^"]*)"/g)].map((match) => match[1]))];
    const expected = ['/data/indicators/eldercare-beds.csv', '/data/indicators/eldercare-beds.xlsx', '/data/indicators/eldercare-beds.json', '/data/cite/zh/indicators/eldercare-beds.ris', '/data/cite/zh/indicators/eldercare-beds.csl.json'];
    expect(downloads('zh-hant/indicators/eldercare-beds/index.html')).toEqual(expected);
    expect(downloads('indicators/eldercare-beds/index.html')).toEqual(expected);
  });

  it('is offered on the 404 page', () => {
    expect(read('404.html')).toContain('<a href="/zh-hant/" hreflang="zh-Hant" lang="zh-Hant">繁體中文版首頁</a>');
    expect(existsSync(join(dist, 'zh-hant', '404.html'))).toBe(false);
  });
});
