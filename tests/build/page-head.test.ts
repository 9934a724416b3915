/**
 * Every page of the built sample site describes itself (issue 15): a non-empty
 * <meta name="description">, a <title> of at most 70 characters with the site name last,
 * and a <caption> on every <table>. Pages are parsed with ultrahtml, not matched by regex.
 * A few descriptions are checked word for word against hand-written text.
 * No script file blocks first paint (the care-mode script is inline), and each inline script
 * and style is allowed by its hash in the page's own CSP. Embed pages, which have no site
 * chrome, share the head of every other page (src/layouts/PageHead.astro).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';
import { describe, expect, inject, it } from 'vitest';

interface Head {
  title: string;
  description: string | undefined;
  tables: number;
  captioned: number;
}

function readHead(file: string): Head {
  const head: Head = { title: '', description: undefined, tables: 0, captioned: 0 };
  walkSync(parse(readFileSync(file, 'utf8')), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const element = node as ElementNode;
    if (element.name === 'title') head.title = element.children.map((child) => ('value' in child ? String(child.value) : '')).join('');
    if (element.name === 'meta' && element.attributes.name === 'description') head.description = element.attributes.content;
    if (element.name === 'table') {
      head.tables += 1;
      const first = element.children.find((child) => child.type === ELEMENT_NODE) as ElementNode | undefined;
      if (first?.name === 'caption' && first.children.length > 0) head.captioned += 1;
    }
  });
  return head;
}

const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('page heads of the built sample site', () => {
  const dist = () => inject('sampleDist');
  const pages = () => (readdirSync(dist(), { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));

  it('every page has a description, a title within 70 characters ending in the site name, and captioned tables', () => {
    const files = pages();
    expect(files.length).toBeGreaterThan(400);
    const problems = files.flatMap((file) => {
      const head = readHead(join(dist(), file));
      const title = decode(head.title);
      const found: string[] = [];
      if (!head.description?.trim()) found.push(`${file}: no description`);
      if ([...title].length > 70) found.push(`${file}: title of ${[...title].length} characters`);
      if (!/(民政年报|民政年報|Civil Affairs Annals)$/.test(title)) found.push(`${file}: title "${title}" does not end in the site name`);
      if (head.captioned !== head.tables) found.push(`${file}: ${head.tables - head.captioned} of ${head.tables} tables without a caption`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('describes an indicator by its definition and latest value, a bureau by name, level and years, in each edition', () => {
    const head = (file: string) => readHead(join(dist(), file));
    expect(decode(head('indicators/eldercare-beds/index.html').description ?? '')).toBe('养老机构及其他养老服务设施提供的床位总数。最新数值：全国2023年823万张。');
    expect(decode(head('zh-hant/indicators/eldercare-beds/index.html').description ?? '')).toBe('養老機構及其他養老服務設施提供的床位總數。最新數值：全國2023年823萬張。');
    expect(decode(head('en/indicators/eldercare-beds/index.html').description ?? '')).toBe('Beds provided by eldercare institutions and other eldercare facilities. Latest value: 8,230,000 beds (China, 2023).');
    expect(decode(head('bureaus/chongqing/index.html').description ?? '')).toBe('重庆市民政局，直辖市民政部门。收录2017—2021年度工作报告2份及其数据。');
    expect(decode(head('en/bureaus/chongqing/index.html').description ?? '')).toBe('Chongqing Municipal Civil Affairs Bureau, a municipality-level civil-affairs bureau: 2 yearly reports (2017–2021) and their figures.');
  });

  it('shortens a long English title sensibly, keeping the site name last', () => {
    const title = (file: string) => decode(readHead(join(dist(), file)).title);
    expect(title('en/bureaus/chongqing/index.html')).toBe('Chongqing · Civil Affairs Annals');
    expect(title('en/indicators/trade-associations-decoupled/index.html')).toBe('Trade associations and chambers of… · Civil Affairs Annals');
    expect(title('bureaus/chongqing/index.html')).toBe('重庆市民政局 · 民政年报');
  });

  it('blocks first paint with no script file, and allows every inline script and style by its hash in the CSP', () => {
    const files = pages();
    const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const problems = files.flatMap((file) => {
      const html = readFileSync(join(dist(), file), 'utf8');
      const head = html.slice(0, html.indexOf('<body'));
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(head)?.[1];
      if (!csp) return [`${file}: no CSP`];
      const found: string[] = [];
      if (/<script[^>]*\ssrc=/.test(head)) found.push(`${file}: script file in the head`);
      const scriptSources = csp.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';
      const styleSources = csp.split(';').find((part) => part.trim().startsWith('style-src')) ?? '';
      for (const match of html.matchAll(/<(script|style)((?:(?!src=)[^>])*)>([\s\S]*?)<\/\1>/g)) {
        if (match[2]?.includes('application/ld+json')) continue;
        const allowed = match[1] === 'script' ? scriptSources : styleSources;
        if (!allowed.includes(hashOf(match[3] ?? ''))) found.push(`${file}: inline ${match[1]} not allowed by its hash`);
      }
      return found;
    });
    expect(problems).toEqual([]);
    // The care-mode script is inline in every page, and sets the mode before first paint.
    const report = readFileSync(join(dist(), 'en/reports/chongqing/2021/index.html'), 'utf8');
    expect(report.slice(0, report.indexOf('<body'))).toMatch(/<script>\(function \(\) \{\n  var KEY = 'annals-care';/);
  });

  it('gives every page, embed pages included, the same shared head: charset, viewport, icon, the care-mode script and the global stylesheet', () => {
    const files = pages();
    const embeds = files.filter((file) => /(^|\/)embed\/indicators\/[^/]+\/index\.html$/.test(file));
    // 148 indicators with figures in the sample, in each of the three editions.
    expect(embeds).toHaveLength(444);
    const care = readFileSync('src/scripts/care-mode.inline.js', 'utf8').trim();
    const shared = (file: string) => {
      const html = readFileSync(join(dist(), file), 'utf8');
      const head = html.slice(0, html.indexOf('<body'));
      return {
        tags: [...head.matchAll(/<meta charset="utf-8">|<meta name="viewport" content="width=device-width, initial-scale=1">|<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml">/g)].map((match) => match[0]),
        scripts: [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] === care),
        stylesheet: /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/.exec(head)?.[1],
      };
    };
    const expected = shared('index.html');
    expect(expected.tags).toHaveLength(3);
    expect(expected.scripts).toEqual([true]);
    expect(expected.stylesheet).toMatch(/^\/_astro\//);
    expect(files.filter((file) => JSON.stringify(shared(file)) !== JSON.stringify(expected))).toEqual([]);
  });

  it('keeps embed pages out of search engines, pointing them at the indicator page, in each edition', () => {
    const head = (file: string) => {
      const html = readFileSync(join(dist(), file), 'utf8');
      return html.slice(0, html.indexOf('<body'));
    };
    expect(head('embed/indicators/eldercare-beds/index.html')).toContain('<meta name="description" content="养老床位：可嵌入其他网站的图表与数据表。"><meta name="robots" content="noindex"><link rel="canonical" href="https://annals.example.org/indicators/eldercare-beds/">');
    expect(head('zh-hant/embed/indicators/eldercare-beds/index.html')).toContain('<meta name="description" content="養老床位：可嵌入其他網站的圖表與數據表。"><meta name="robots" content="noindex"><link rel="canonical" href="https://annals.example.org/zh-hant/indicators/eldercare-beds/">');
    expect(head('en/embed/indicators/eldercare-beds/index.html')).toContain('<meta name="description" content="Eldercare beds: a chart and its table to embed in other sites."><meta name="robots" content="noindex"><link rel="canonical" href="https://annals.example.org/en/indicators/eldercare-beds/">');
  });
});
