/**
 * The search index, written by Pagefind's Node API after Astro has built the pages.
 *
 * Pages are indexed from their <main> (data-pagefind-body), so navigation and footers are
 * not. Figures have no records of their own: each report page's figures table carries
 * every figure's search words and the page its figures' hit fields
 * (src/lib/search/figure-entry.ts), and the search page turns a matching row into a hit of
 * its own (src/lib/search/figure-hits.ts). One index per language follows from the pages'
 * <html lang> (the Traditional edition's pages get their own).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the HTML under `outDir` into `outDir/pagefind`. Throws with Pagefind's own errors. */
export async function indexSite(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
