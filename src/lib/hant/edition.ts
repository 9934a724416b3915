/**
 * Writes the Traditional edition into a built site: every Simplified page (the Chinese
 * pages at the base's root, not /en/, not the 404 page) again under /zh-hant/, converted,
 * and the Chinese Atom feed as /zh-hant/feed.xml. Runs after Astro has written the pages
 * and before Pagefind indexes them, so the edition gets its own search index (its pages
 * say lang="zh-Hant").
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { HANT_SEGMENT, toHant } from '../routes.ts';
import { traditionalConverter } from './convert.ts';
import { HANT_HTML_LANG, hantPage, keptInMarkup, type SiteAddress } from './page.ts';

/** Folders of the built site that hold no Simplified page. */
const SKIP = new Set(['en', HANT_SEGMENT, '_astro', 'pagefind', 'data']);

/**
 * `outDir`: the built site (its files at the base's root). `keep`: terms never converted.
 * `site`: the site's origin and base, for its links. Returns the number of pages written.
 */
export function writeHantEdition(outDir: string, keep: readonly string[], site: SiteAddress): number {
  // Pages and the feed are converted in their source text, where a term may stand escaped.
  const convert = traditionalConverter(keep.flatMap(keptInMarkup));
  const target = join(outDir, HANT_SEGMENT);
  const pages = simplifiedPages(outDir);
  for (const page of pages) {
    const out = join(target, relative(outDir, page));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, hantPage(readFileSync(page, 'utf8'), convert, site));
  }
  // The feed is our own Atom (src/lib/discovery.ts): markup and URLs are ASCII, so the whole
  // text converts; links to the site move to the edition. A shard other than 1 has no feed
  // (site-wide pages are shard 1's: src/lib/shard/).
  if (!existsSync(join(outDir, 'feed.xml'))) return pages.length;
  const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
  const hantFeed = convert(feed)
    .replace(/xml:lang="[^"]*"/, `xml:lang="${HANT_HTML_LANG}"`)
    .replace(/(href="|<id>)([^"<]+)/g, (_, lead: string, url: string) => lead + toHant(url, site.origin, site.base));
  writeFileSync(join(target, 'feed.xml'), hantFeed);
  return pages.length;
}

function simplifiedPages(outDir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, top: boolean) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && !(top && SKIP.has(entry.name))) walk(join(folder, entry.name), false);
      else if (entry.isFile() && entry.name === 'index.html') found.push(join(folder, entry.name));
    }
  };
  walk(outDir, true);
  return found.sort((a, b) => a.split(sep).length - b.split(sep).length || a.localeCompare(b));
}
