/**
 * Discovery files of the basic fixture: the sitemap validated against the sitemaps.org XSD
 * (tests/schemas/, with xmllint compiled to WebAssembly), its URLs and the Atom feeds
 * compared with lists written by hand. The Atom feed is checked for well-formed XML; no
 * Atom schema is available offline (see tests/schemas/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { atomFeed, publishedDate, robots } from '../../../src/lib/discovery.ts';
import { sitemapFile, sitemapIndex } from '../../../src/lib/sitemaps.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { FIXTURES } from '../../helpers/fixture.ts';

const { site } = loadSite(join(FIXTURES, 'basic'));
if (!site) throw new Error('basic fixture must load');
const ORIGIN = 'https://annals.test';
const SCHEMAS = join(import.meta.dirname, '..', '..', 'schemas');

/** The sitemap schema, plus our declaration of <xhtml:link>, which sitemap.xsd checks strictly. */
async function validateSitemap(xml: string) {
  const main = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="sitemap.xsd"/>
  <xsd:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="xhtml-link.xsd"/>
</xsd:schema>`;
  return validateXML({
    xml: [{ fileName: 'sitemap.xml', contents: xml }],
    schema: [{ fileName: 'main.xsd', contents: main }],
    preload: ['sitemap.xsd', 'xhtml-link.xsd'].map((fileName) => ({ fileName, contents: readFileSync(join(SCHEMAS, fileName), 'utf8') })),
  });
}

/** Every page of the basic fixture, by hand: 6 fixed pages, 2 reports, 1 bureau, 8 indicators, 13 topics. */
const PAGES = [
  '/', '/bureaus/', '/indicators/', '/topics/', '/about/', '/search/',
  '/reports/example-district/2022/', '/reports/example-district/2023/',
  '/bureaus/example-district/',
  ...['eldercare-beds', 'dibao-standard', 'dibao-paid', 'orphans-supported', 'operation-rate', 'urban-rural-ratio', 'bed-subsidy', 'social-orgs'].map((id) => `/indicators/${id}/`),
  ...['eldercare', 'assistance', 'social-orgs', 'community', 'marriage', 'children', 'funeral', 'places', 'social-work', 'disability', 'services', 'population', 'emergency'].map((topic) => `/topics/${topic}/`),
];

describe('sitemap', () => {
  let xml = '';
  beforeAll(async () => {
    xml = await sitemapFile(site, ORIGIN, 0);
  });

  it('is valid against the sitemaps.org schema', async () => {
    const result = await validateSitemap(xml);
    expect(result.errors.map((error) => error.message)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validator does reject a broken sitemap (a <url> without <loc>, a stray element)', async () => {
    const broken = xml.replace(/<loc>[^<]*<\/loc>/, '').replace('</urlset>', '<page/></urlset>');
    const result = await validateSitemap(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThanOrEqual(2);
  });

  it('lists every page once per edition (zh, zh-Hant, en), each with its alternates', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const expected = PAGES.flatMap((path) => [`${ORIGIN}${path}`, `${ORIGIN}/zh-hant${path}`, `${ORIGIN}/en${path}`]);
    expect([...locs].sort()).toEqual([...expected].sort());
    const entry = /<url>\s*<loc>https:\/\/annals\.test\/en\/reports\/example-district\/2023\/<\/loc>([\s\S]*?)<\/url>/.exec(xml);
    expect(entry?.[1]).toBe(
      '<xhtml:link rel="alternate" hreflang="zh-CN" href="https://annals.test/reports/example-district/2023/"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="https://annals.test/zh-hant/reports/example-district/2023/"/><xhtml:link rel="alternate" hreflang="en" href="https://annals.test/en/reports/example-district/2023/"/>',
    );
  });

  it('is split into files of at most the given number of URLs, listed by the index: 90 URLs at 50 a file are 50 + 40', async () => {
    expect(await sitemapIndex(site, ORIGIN, 50)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://annals.test/sitemap-0.xml</loc></sitemap><sitemap><loc>https://annals.test/sitemap-1.xml</loc></sitemap></sitemapindex>',
    );
    const files = [await sitemapFile(site, ORIGIN, 0, 50), await sitemapFile(site, ORIGIN, 1, 50)];
    const locs = files.map((file) => [...file.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
    expect(locs.map((list) => list.length)).toEqual([50, 40]);
    for (const file of files) expect((await validateSitemap(file)).valid).toBe(true);
    const expected = PAGES.flatMap((path) => [`${ORIGIN}${path}`, `${ORIGIN}/zh-hant${path}`, `${ORIGIN}/en${path}`]);
    expect(locs.flat().sort()).toEqual([...expected].sort());
  });
});

describe('Atom feeds', () => {
  it('are well-formed XML in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const result = await validateXML({ xml: [{ fileName: 'feed.xml', contents: atomFeed(site, ORIGIN, lang) }], normalization: 'format' });
      expect(result.errors, lang).toEqual([]);
    }
    const malformed = await validateXML({ xml: [{ fileName: 'feed.xml', contents: '<feed><entry></feed>' }], normalization: 'format' });
    expect(malformed.errors.length).toBeGreaterThan(0);
  });

  it('list the reports newest first, with their titles, dates and permalinks (zh)', () => {
    const feed = atomFeed(site, ORIGIN, 'zh');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(feed).toContain('<title>民政年报</title>');
    expect(feed).toContain('<link href="https://annals.test/feed.xml" rel="self"/>');
    expect(feed).toContain('<updated>2023-03-17T00:00:00Z</updated>\n  <entry>');
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((match) => match[0]);
    expect(entries).toHaveLength(2);
    // 2022's source is dated 2023-03-17; 2023's states no date, so its year stands for it.
    expect(entries[0]).toContain('<title>示例区民政局2022年工作总结</title>');
    expect(entries[0]).toContain('<id>https://annals.test/reports/example-district/2022/</id>');
    expect(entries[0]).toContain('<updated>2023-03-17T00:00:00Z</updated>');
    expect(entries[0]).toContain('<author><name>示例区民政局（虚构）</name></author>');
    expect(entries[1]).toContain('<title>示例区民政局2023年工作总结</title>');
    expect(entries[1]).toContain('<updated>2023-01-01T00:00:00Z</updated>');
  });

  it('in English, fall back to the Chinese title where a report has no English narrative', () => {
    const feed = atomFeed(site, ORIGIN, 'en');
    expect(feed).toContain('<link href="https://annals.test/en/feed.xml" rel="self"/>');
    expect(feed).toContain('<title>Civil Affairs Annals</title>');
    expect(feed).toContain('<title>Example District Civil Affairs Bureau, 2022 summary</title>');
    expect(feed).toContain('<title>示例区民政局2023年工作总结</title>');
    expect(feed).toContain('<id>https://annals.test/en/reports/example-district/2023/</id>');
  });

  it('list only the newest reports: with a limit of 1, the 2022 report (published 2023-03-17) alone', () => {
    const entries = [...atomFeed(site, ORIGIN, 'zh', 1).matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((match) => match[0]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toContain('<id>https://annals.test/reports/example-district/2022/</id>');
  });

  it('escape text for XML', () => {
    const odd = { ...site, reports: [{ ...site.reports[0]!, narratives: { zh: { ...site.reports[0]!.narratives.zh!, title: 'A & B <c> "d"' } } }] };
    expect(atomFeed(odd, ORIGIN, 'zh')).toContain('<title>A &amp; B &lt;c&gt; &quot;d&quot;</title>');
  });
});

describe('publishedDate and robots', () => {
  it('pads a year or month to a full timestamp', () => {
    const report = site.reports[0]!;
    expect(publishedDate({ ...report, source: { ...report.source, date: '2023-03' } })).toBe('2023-03-01T00:00:00Z');
    expect(publishedDate({ ...report, source: { ...report.source, date: '2023' } })).toBe('2023-01-01T00:00:00Z');
    expect(publishedDate({ ...report, source: { ...report.source, date: undefined }, disclosure: { date: '2023-04-02 14:45' } } as typeof report)).toBe('2023-04-02T00:00:00Z');
  });

  it('robots.txt allows everything and names the sitemap', () => {
    expect(robots(ORIGIN)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://annals.test/sitemap.xml\n');
  });
});
