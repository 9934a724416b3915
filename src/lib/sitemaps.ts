/**
 * The sitemap as a sitemap index (`/sitemap.xml`) and its files (`/sitemap-<n>.xml`), each
 * listing at most SITEMAP_URLS_PER_FILE URLs, the limit of the sitemaps.org protocol
 * (https://www.sitemaps.org/protocol.html#index), so no file grows with the site beyond it.
 * Written by the `sitemap` package (sitemap.js); every page is listed in its three
 * editions, each with all three as hreflang alternates.
 */
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { HTML_LANG } from '../i18n/index.ts';
import { allPages } from './discovery.ts';
import type { Site } from './model.ts';
import { routes, toHant } from './routes.ts';

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_URLS_PER_FILE = 50_000;

/** Every URL of the site (pages × editions), in a stable order, with its alternates. */
export function sitemapItems(site: Site, origin: string): SitemapItemLoose[] {
  return allPages(site).flatMap((page) => {
    const editions = [
      { lang: HTML_LANG.zh, url: new URL(page('zh'), origin).href },
      { lang: 'zh-Hant', url: new URL(toHant(page('zh')), origin).href },
      { lang: HTML_LANG.en, url: new URL(page('en'), origin).href },
    ];
    return editions.map((edition) => ({ url: edition.url, links: editions }));
  });
}

/** How many sitemap files the site needs (at least one, so the index is never empty). */
export function sitemapFileCount(site: Site, perFile = SITEMAP_URLS_PER_FILE): number {
  return Math.max(1, Math.ceil(allPages(site).length * 3 / perFile));
}

/** Sitemap file `index` (0-based): its share of sitemapItems. */
export async function sitemapFile(site: Site, origin: string, index: number, perFile = SITEMAP_URLS_PER_FILE): Promise<string> {
  const stream = new SitemapStream({ xmlns: { xhtml: true, news: false, image: false, video: false } });
  for (const item of sitemapItems(site, origin).slice(index * perFile, (index + 1) * perFile)) stream.write(item);
  stream.end();
  return (await streamToPromise(stream)).toString('utf8');
}

/** The sitemap index: one entry per sitemap file. */
export async function sitemapIndex(site: Site, origin: string, perFile = SITEMAP_URLS_PER_FILE): Promise<string> {
  const stream = new SitemapIndexStream();
  for (let index = 0; index < sitemapFileCount(site, perFile); index += 1) stream.write({ url: new URL(routes.sitemapFile(index), origin).href });
  stream.end();
  return (await streamToPromise(stream)).toString('utf8');
}
