/** The Traditional edition's conversion: text (with exceptions) and a page's HTML. Expected text written by hand. */
import { describe, expect, it } from 'vitest';
import { traditionalConverter } from '../../../src/lib/hant/convert.ts';
import { hantPage, keptInMarkup } from '../../../src/lib/hant/page.ts';

describe('traditionalConverter', () => {
  const convert = traditionalConverter();

  it('converts place and bureau names, phrase-aware, in Taiwan glyphs without regional vocabulary', () => {
    expect(convert('南昌市东湖区民政局')).toBe('南昌市東湖區民政局');
    expect(convert('困难群众养老床位')).toBe('困難群眾養老床位');
    expect(convert('政府信息公开')).toBe('政府信息公開');
    expect(convert('乾隆年间的干部')).toBe('乾隆年間的幹部');
  });

  it('keeps every digit of a figure, converting its unit and scale words', () => {
    expect(convert('20.7万张')).toBe('20.7萬張');
    expect(convert('2850.46万元')).toBe('2850.46萬元');
    expect(convert('1:0.81')).toBe('1:0.81');
    expect(convert('130余天，3800余名')).toBe('130餘天，3800餘名');
  });

  it('keeps the exceptions as written, converting the text around them', () => {
    const keeping = traditionalConverter(['示例区', '重庆发布']);
    expect(keeping('示例区民政局（虚构）')).toBe('示例区民政局（虛構）');
    expect(keeping('原文由“重庆发布”刊出')).toBe('原文由“重庆发布”刊出');
    expect(keeping('东湖区与示例区')).toBe('東湖區與示例区');
  });
});

describe('hantPage', () => {
  const convert = traditionalConverter();
  const page = [
    '<!DOCTYPE html><html lang="zh-CN"><head><title>东湖区 · 民政年报</title>',
    '<link rel="canonical" href="https://x.gov.cn/reports/donghu/2022/">',
    '<link rel="alternate" hreflang="zh-CN" href="https://x.gov.cn/reports/donghu/2022/">',
    '<meta property="og:url" content="https://x.gov.cn/reports/donghu/2022/"><meta property="og:locale" content="zh_CN">',
    '<script>var s = "东湖区";</script></head><body>',
    '<nav class="lang-switch" aria-label="语言版本"><a href="/reports/donghu/2022/" hreflang="zh-CN" lang="zh-CN" data-edition="zh" aria-current="true">简体</a>',
    '<a href="/zh-hant/reports/donghu/2022/" hreflang="zh-Hant" lang="zh-Hant" data-edition="zh-hant">繁體</a></nav>',
    '<a href="/indicators/">指标</a><a href="https://www.cq.gov.cn/about/">来源</a><a href="/data/annals.csv">下载</a>',
    '<a class="fig" href="#beds" data-figure="beds">20.7万张</a><p lang="en">Donghu 东湖</p>',
    '<p>东湖区. https://x.gov.cn/reports/donghu/2022/#beds, 访问日期</p><button data-copied="已复制引用">复制</button>',
    '<div data-search data-han="东湖区"></div><form action="/search/"><input placeholder="输入关键词"></form></body></html>',
  ].join('');
  const out = hantPage(page, convert, { origin: 'https://x.gov.cn', base: '/' });

  it('says it is zh-Hant, and moves its own links (not other hosts, files or chosen editions) under /zh-hant/', () => {
    expect(out).toContain('<html lang="zh-Hant">');
    expect(out).toContain('<title>東湖區 · 民政年報</title>');
    expect(out).toContain('<link rel="canonical" href="https://x.gov.cn/zh-hant/reports/donghu/2022/">');
    expect(out).toContain('<link rel="alternate" hreflang="zh-CN" href="https://x.gov.cn/reports/donghu/2022/">');
    expect(out).toContain('<meta property="og:url" content="https://x.gov.cn/zh-hant/reports/donghu/2022/"><meta property="og:locale" content="zh_TW">');
    expect(out).toContain('<a href="/zh-hant/indicators/">指標</a><a href="https://www.cq.gov.cn/about/">來源</a><a href="/data/annals.csv">下載</a>');
    expect(out).toContain('<form action="/zh-hant/search/"><input placeholder="輸入關鍵詞"></form>');
  });

  it('converts the strings scripts show, and moves permalinks written as text', () => {
    expect(out).toContain('<p>東湖區. https://x.gov.cn/zh-hant/reports/donghu/2022/#beds, 訪問日期</p><button data-copied="已複製引用">複製</button>');
  });

  it('marks the Traditional edition current in the switch and leaves the Simplified label as it is', () => {
    expect(out).toContain('<nav class="lang-switch" aria-label="語言版本"><a href="/reports/donghu/2022/" hreflang="zh-CN" lang="zh-CN" data-edition="zh">简体</a>');
    expect(out).toContain('data-edition="zh-hant" aria-current="true">繁體</a>');
  });

  it('converts figures\' words, not scripts, English passages or the Simplified-query list (which it drops)', () => {
    expect(out).toContain('data-figure="beds">20.7萬張</a>');
    expect(out).toContain('<script>var s = "东湖区";</script>');
    expect(out).toContain('<p lang="en">Donghu 东湖</p>');
    expect(out).toContain('<div data-search></div>');
  });

  it('reads "<" inside a quoted attribute value as text, and changes no byte it does not convert', () => {
    const html = '<html lang="zh-CN"><head><meta name="description" content="示例区<试点>民政局（虚构）"><meta property=\'og:title\' content=\'关于&quot;试点&quot;\'></head><body><img alt="甲<乙>丙" src="/a.png"><a href=/x/ download>下载&amp;说明</a><br /></body></html>';
    expect(hantPage(html, convert, { origin: 'https://x.gov.cn', base: '/' })).toBe(
      '<html lang="zh-Hant"><head><meta name="description" content="示例區<試點>民政局（虛構）"><meta property=\'og:title\' content=\'關於&quot;試點&quot;\'></head><body><img alt="甲<乙>丙" src="/a.png"><a href=/zh-hant/x/ download>下載&amp;說明</a><br /></body></html>',
    );
  });

  it('keeps an exception as written where the page escapes it', () => {
    const keep = traditionalConverter(['试点<甲>'].flatMap(keptInMarkup));
    const html = '<html lang="zh-CN"><body><p title="试点<甲>区">试点&lt;甲&gt;区</p></body></html>';
    expect(hantPage(html, keep, { origin: 'https://x.gov.cn', base: '/' })).toBe('<html lang="zh-Hant"><body><p title="试点<甲>區">试点&lt;甲&gt;區</p></body></html>');
  });

  it('points the embed code shown in a textarea at the Traditional embed page, with its title converted', () => {
    const html = '<html lang="zh-CN"><body><textarea readonly rows="3">&lt;iframe src=&quot;https://x.gov.cn/embed/indicators/beds/&quot; title=&quot;养老床位&quot;&gt;&lt;/iframe&gt;</textarea></body></html>';
    expect(hantPage(html, convert, { origin: 'https://x.gov.cn', base: '/' })).toBe(
      '<html lang="zh-Hant"><body><textarea readonly rows="3">&lt;iframe src=&quot;https://x.gov.cn/zh-hant/embed/indicators/beds/&quot; title=&quot;養老床位&quot;&gt;&lt;/iframe&gt;</textarea></body></html>',
    );
  });

  it('converts a chart SVG carried in a data: link, its language and the page it names, and leaves download paths alone', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" lang="zh"><title>养老床位</title><text>民政年报 · https://x.gov.cn/indicators/beds/</text></svg>';
    const html = `<html lang="zh-CN"><body><a href="data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}" download="beds-zh.svg">SVG 矢量图</a><a href="/data/indicators/beds.csv" download>CSV 数据</a></body></html>`;
    const link = /href="data:image\/svg\+xml;charset=utf-8,([^"]*)"/.exec(hantPage(html, convert, { origin: 'https://x.gov.cn', base: '/' }))![1]!;
    expect(decodeURIComponent(link)).toBe('<svg xmlns="http://www.w3.org/2000/svg" lang="zh-Hant"><title>養老床位</title><text>民政年報 · https://x.gov.cn/zh-hant/indicators/beds/</text></svg>');
    expect(hantPage(html, convert, { origin: 'https://x.gov.cn', base: '/' })).toContain('download="beds-zh.svg">SVG 矢量圖</a><a href="/data/indicators/beds.csv" download>CSV 數據</a>');
  });

  it('under a base path, moves the links under it and nothing else', () => {
    const html = '<html lang="zh-CN"><body><a href="/mzj/annals/about/">关于</a><a href="/mzj/annals/care.js">脚本</a><a href="/other/">其他</a><link rel="canonical" href="https://x.gov.cn/mzj/annals/about/"></body></html>';
    expect(hantPage(html, convert, { origin: 'https://x.gov.cn', base: '/mzj/annals/' })).toBe(
      '<html lang="zh-Hant"><body><a href="/mzj/annals/zh-hant/about/">關於</a><a href="/mzj/annals/care.js">腳本</a><a href="/other/">其他</a><link rel="canonical" href="https://x.gov.cn/mzj/annals/zh-hant/about/"></body></html>',
    );
  });
});
