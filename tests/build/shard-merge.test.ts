/**
 * Sharded builds: the fixture tests/fixtures/sharded (three fictional bureaus) built once
 * whole and once as two shards merged with `npm run merge`'s code. Every page and download
 * of the merged site must be byte-identical to the single build's; only the search bundle
 * (pagefind/) differs. In Chromium, the merged site's search page finds hits of both shards.
 *
 * Shard assignment (FNV-1a of the bureau id, mod 2; written here by hand):
 * example-district and example-town → shard 1, example-city → shard 2.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { mergeShards } from '../../src/lib/shard/merge.ts';
import { hasBrowser, launchBrowser } from '../helpers/browser.ts';
import { digestTree } from '../helpers/build-child.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let fixture: FixtureCopy;
let work: string;
const out = (name: string): string => join(work, name);

beforeAll(async () => {
  fixture = copyFixture('sharded');
  work = mkdtempSync(join(fixture.root, '..', 'shard-outputs-'));
  await buildSite({ root: fixture.root, outDir: out('single'), quiet: true });
  await buildSite({ root: fixture.root, outDir: out('shard-1'), shard: { index: 1, count: 2 }, quiet: true });
  await buildSite({ root: fixture.root, outDir: out('shard-2'), shard: { index: 2, count: 2 }, quiet: true });
  // Given out of order: the merge orders shards by their manifest, not by the command line.
  await mergeShards({ root: fixture.root, outDir: out('merged'), shards: [out('shard-2'), out('shard-1')] });
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  fixture.dispose();
});

const outsideSearch = (tree: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(tree).filter(([path]) => !path.startsWith('pagefind/')));

describe('a site built as two shards and merged', () => {
  it('has exactly the single build’s files, byte for byte, outside the search bundle', () => {
    const single = outsideSearch(digestTree(out('single')));
    const merged = outsideSearch(digestTree(out('merged')));
    expect(Object.keys(merged)).toEqual(Object.keys(single));
    expect(merged).toEqual(single);
    // What a reader and a download script fetch from each shard is there.
    for (const file of [
      'index.html',
      'en/index.html',
      'zh-hant/reports/example-city/2022/index.html',
      'reports/example-district/2022/index.html',
      'en/reports/example-town/2022/index.html',
      'bureaus/example-city/index.html',
      'indicators/eldercare-beds/index.html',
      'data/annals.csv',
      'data/reports/example-city-2022.xlsx',
      'data/reports/example-town-2022.json',
      'data/manifest.json',
      'data/manifest/example-city.json',
      'data/manifest/example-district.json',
      'sitemap.xml',
      'feed.xml',
      'zh-hant/feed.xml',
      '404.html',
      '.annals-build.json',
    ]) {
      expect(merged[file], file).toBeDefined();
    }
  });

  it('splits the reports by bureau: each shard writes its own bureaus’ pages, and only shard 1 the site-wide ones', () => {
    const first = digestTree(out('shard-1'));
    const second = digestTree(out('shard-2'));
    expect(first['reports/example-district/2022/index.html']).toBeDefined();
    expect(first['en/reports/example-town/2022/index.html']).toBeDefined();
    expect(first['reports/example-city/2022/index.html']).toBeUndefined();
    expect(second['reports/example-city/2022/index.html']).toBeDefined();
    expect(second['en/bureaus/example-city/index.html']).toBeDefined();
    expect(second['data/reports/example-city-2022.csv']).toBeDefined();
    // The downloads manifests: each written by the shard that wrote the files it lists.
    expect(second['data/manifest/example-city.json']).toBeDefined();
    expect(first['data/manifest/example-city.json']).toBeUndefined();
    expect(first['data/manifest/example-district.json']).toBeDefined();
    expect(first['data/manifest.json']).toBeDefined();
    for (const file of ['reports/example-district/2022/index.html', 'bureaus/example-town/index.html', 'index.html', 'indicators/eldercare-beds/index.html', 'data/annals.csv', 'data/manifest.json', 'data/manifest/example-town.json', 'feed.xml']) {
      expect(second[file], file).toBeUndefined();
    }
    expect(JSON.parse(readFileSync(join(out('shard-2'), '.annals-shard.json'), 'utf8'))).toMatchObject({ 'annals-shard': 1, shard: '2/2', site: 'https://annals.example.org', base: '/' });
  });

  it('keeps each shard’s search bundle whole and lists the second for the search page', () => {
    const merged = digestTree(out('merged'));
    expect(merged['pagefind/pagefind.js']).toBeDefined();
    expect(merged['pagefind/shards/2/pagefind-entry.json']).toBeDefined();
    expect(merged['pagefind/shards/1/pagefind-entry.json']).toBeUndefined();
    expect(readFileSync(join(out('merged'), 'pagefind/annals-indexes.json'), 'utf8')).toBe('{"indexes":["shards/2/"]}\n');
    expect(readFileSync(join(out('single'), 'pagefind/annals-indexes.json'), 'utf8')).toBe('{"indexes":[]}\n');
    expect(merged['.annals-shard.json']).toBeUndefined();
  });
});

describe.skipIf(!hasBrowser)('searching the merged site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(out('merged'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Types the query into the search page, as a reader does; returns the result links and the bureau filter's options. */
  const searchPage = async (path: string, query: string, expected: string): Promise<{ links: string[]; bureaus: string[]; page: Page }> => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(server.url(path));
    await page.fill('#search-input', query);
    await page.waitForSelector(`#search-results a[href="${expected}"]`);
    const links = await page.$$eval('#search-results a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const bureaus = await page.$$eval('select[data-filter="bureau"] option', (options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(errors).toEqual([]);
    return { links, bureaus, page };
  };

  it('finds pages and figures of shard 2 and of shard 1', async () => {
    const lakeshore = await searchPage('/en/search/', 'Lakeshore', '/en/reports/example-city/2022/');
    expect(lakeshore.links).toContain('/en/reports/example-city/2022/');
    const hillcrest = await searchPage('/en/search/', 'Hillcrest', '/en/reports/example-town/2022/');
    expect(hillcrest.links).toContain('/en/reports/example-town/2022/');
    const beds = await searchPage('/search/', '养老床位', '/reports/example-city/2022/#eldercare-beds');
    expect(beds.links).toEqual(expect.arrayContaining(['/reports/example-city/2022/#eldercare-beds', '/reports/example-town/2022/#eldercare-beds', '/reports/example-district/2022/#eldercare-beds']));
    expect(await beds.page.textContent(`#search-results li:has(a[href="/reports/example-city/2022/#eldercare-beds"]) .result-value`)).toBe('31.4万张');
  });

  it('offers the bureaus of both shards as filters, and the filter narrows across shards', async () => {
    const { bureaus, page } = await searchPage('/en/search/', 'eldercare', '/en/reports/example-city/2022/#eldercare-beds');
    expect(bureaus.sort()).toEqual(['Example City', 'Example District', 'Example Town']);
    await page.selectOption('select[data-filter="bureau"]', 'Example City');
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results a')].every((anchor) => anchor.getAttribute('href')?.includes('example-city')));
    const links = await page.$$eval('#search-results a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links).toContain('/en/reports/example-city/2022/#eldercare-beds');
  });
});
