/**
 * The search index, written by Pagefind after Astro has built the pages, in a process of
 * its own (src/lib/search-index-child.ts) that indexes each edition in turn.
 *
 * Pages are indexed from their <main> (data-pagefind-body), so navigation and footers are
 * not. Figures have no records of their own: each report page's figures table carries
 * every figure's search words and the page its figures' hit fields
 * (src/lib/search/figure-entry.ts), and the search page turns a matching row into a hit of
 * its own (src/lib/search/figure-hits.ts). One index per language follows from the pages'
 * <html lang> (the Traditional edition's pages get their own).
 */
import { fileURLToPath } from 'node:url';
import { runChild } from './child-step.ts';

const CHILD = fileURLToPath(new URL('./search-index-child.ts', import.meta.url));

/**
 * Indexes the HTML under `outDir` into `outDir/pagefind`. Resolves with the number of
 * HTML files Pagefind read. Rejects with an Error whose message is one line for the
 * build's 'build-step-failed' message: Pagefind's own errors, or how the indexer's process
 * ended (a crash, an out-of-memory kill), with the first line Pagefind printed. An
 * interrupt of the build ends the indexer and Pagefind (src/lib/child-step.ts).
 */
export async function indexSite(outDir: string): Promise<{ pages: number }> {
  const pages = await runChild<number>(CHILD, { args: [outDir], name: 'the search indexer', stderr: 'pipe', explain: said });
  return { pages };
}

/**
 * The first line Pagefind printed, as "; Pagefind said: …", or "": Pagefind's own words say
 * why it stopped (out of memory, a bad file). Its Node library's follow-up ("Service
 * stopped" with a stack trace) is left out.
 */
function said(stderr: string): string {
  const first = stderr.split('\n').map((line) => line.trim()).find((line) => line && !line.startsWith('Service stopped'));
  return first ? `; Pagefind said: ${first}` : '';
}
