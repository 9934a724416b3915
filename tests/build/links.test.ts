/**
 * No broken link in the built sample site, in both layouts: at a host's root, and served
 * only under a bureau's portal path (anything outside it is a 404). Linkinator crawls every
 * page from the home pages and the 404 page, following links, stylesheets, scripts,
 * downloads, feeds and #fragments; absolute links to the public site (canonical, hreflang,
 * citations) are checked against the local copy; the sitemap's and feeds' URLs too.
 * Nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type LinkResult } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { SUBFOLDER, SUBFOLDER_SITE } from '../helpers/layouts.ts';
import { serveStatic } from '../helpers/static-server.ts';

const LAYOUTS = [
  { name: 'at the root', dist: () => inject('sampleDist'), base: '/', site: 'https://annals.example.org/' },
  { name: `under ${SUBFOLDER}`, dist: () => inject('subfolderDist'), base: SUBFOLDER, site: SUBFOLDER_SITE },
];

/** Every URL a discovery file names (sitemap <loc> and alternates, feed links). */
function discoveryUrls(dist: string): string[] {
  const files = ['sitemap.xml', 'sitemap-0.xml', 'feed.xml', 'en/feed.xml'].map((file) => readFileSync(join(dist, file), 'utf8'));
  return [...new Set(files.flatMap((xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>|href="([^"]+)"/g)].map((match) => match[1] ?? match[2] ?? '')))];
}

describe('links in the built site', () => {
  for (const layout of LAYOUTS) {
    it(`has no broken link ${layout.name}`, async () => {
      const dist = layout.dist();
      const server = await serveStatic(dist, { base: layout.base });
      try {
        const publicOrigin = new URL(layout.site).origin;
        const discovered = discoveryUrls(dist);
        // The discovery files must name the public site under the base, never its host root.
        expect(discovered.filter((url) => !url.startsWith(layout.site))).toEqual([]);
        const local = (url: string) => url.replace(publicOrigin, server.origin);
        const result = await check({
          path: [server.url('/'), server.url('/en/'), server.url('/404.html'), server.url('/robots.txt'), ...discovered.map(local)],
          recurse: true,
          checkFragments: true,
          checkCss: true,
          concurrency: 10,
          // A connection the local server could not take in time (status 0, ECONNRESET on a
          // loaded machine: the sitemap's ~1,000 URLs start at once) is tried again; a missing
          // file is a 404, which is never retried, so a broken link still fails the test.
          retryErrors: true,
          retryErrorsCount: 3,
          retryErrorsJitter: 2000,
          urlRewriteExpressions: [{ pattern: new RegExp(`^${publicOrigin.replace(/[.]/g, '\\.')}/`), replacement: `${server.origin}/` }],
          // Sources' own pages (gov.cn documents) are the only other links: no network in tests.
          linksToSkip: async (link) => !link.startsWith(server.origin) && !link.startsWith(publicOrigin),
        });
        const broken = result.links.filter((link: LinkResult) => link.state === 'BROKEN').map((link) => `${link.status} ${link.url} (on ${link.parent ?? 'start'})`);
        expect(broken).toEqual([]);
        const checked = result.links.filter((link) => link.state === 'OK').map((link) => link.url);
        // The crawl reached every kind of file: a report in each language, a download, a
        // feed, a script bundle, a figure's anchor and the Pagefind bundle's entry.
        // (Stylesheets and the care-mode script are inline: tests/build/page-head.test.ts.)
        for (const path of ['/reports/donghu/2022/', '/en/reports/donghu/2022/', '/data/reports/donghu-2022.csv', '/en/feed.xml']) {
          expect(checked, path).toContain(server.url(path));
        }
        expect(checked.some((url) => /\/_astro\/[^/]+\.js$/.test(url))).toBe(true);
        expect(checked.length).toBeGreaterThan(500);
      } finally {
        await server.close();
      }
    }, 180_000);
  }
});
