/** Sitemap with hreflang alternates, Atom feeds per locale, robots.txt, canonical and OG tags. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadSite } from '../../src/lib/load-site.ts';

const dist = inject('sampleDist');
const { site } = loadSite(process.cwd());
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('discovery files', () => {
  it('the sitemap is an index of one file here, which lists every report in both languages, each with its alternates', () => {
    expect(read('sitemap.xml')).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://annals.example.org/sitemap-0.xml</loc></sitemap></sitemapindex>');
    const xml = read('sitemap-0.xml');
    for (const report of site!.reports) {
      for (const prefix of ['', '/en']) {
        const loc = `https://annals.example.org${prefix}/reports/${report.bureauId}/${report.year}/`;
        const entry = new RegExp(`<url>\\s*<loc>${loc.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}</loc>([\\s\\S]*?)</url>`).exec(xml);
        expect(entry, loc).not.toBeNull();
        expect(entry![1]).toContain(`hreflang="zh-CN" href="https://annals.example.org/reports/${report.bureauId}/${report.year}/"`);
        expect(entry![1]).toContain(`hreflang="en" href="https://annals.example.org/en/reports/${report.bureauId}/${report.year}/"`);
      }
    }
  });

  it('has an Atom feed of reports per locale', () => {
    for (const [path, lang] of [['feed.xml', 'zh-CN'], ['en/feed.xml', 'en']] as const) {
      const xml = read(path);
      expect(xml).toContain(`xml:lang="${lang}"`);
      expect(xml.match(/<entry>/g)).toHaveLength(site!.reports.length);
      expect(xml).toMatch(/<updated>\d{4}-\d{2}-\d{2}T00:00:00Z<\/updated>/);
    }
    expect(read('index.html')).toContain('type="application/atom+xml"');
  });

  it('has robots.txt pointing at the sitemap', () => {
    expect(read('robots.txt')).toContain('Sitemap: https://annals.example.org/sitemap.xml');
  });

  it('gives every page a canonical URL and Open Graph tags', () => {
    const html = read('en/indicators/eldercare-beds/index.html');
    expect(html).toContain('<link rel="canonical" href="https://annals.example.org/en/indicators/eldercare-beds/">');
    expect(html).toContain('<meta property="og:url" content="https://annals.example.org/en/indicators/eldercare-beds/">');
    expect(html).toMatch(/<meta property="og:title" content="Eldercare beds/);
  });
});
