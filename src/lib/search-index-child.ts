/**
 * The search indexer's own process (started by `indexSite`, src/lib/search-index.ts):
 * `node search-index-child.ts <outDir>`, with an IPC channel to the build.
 *
 * Indexes each edition in a Pagefind process of its own, one after another, all into
 * `<outDir>/pagefind`: Pagefind holds every page it was given until it has written the
 * index, so three editions indexed apart need about a third of the memory at once.
 * Pagefind already keeps each language apart (`<lang>_<hash>` files, one entry per
 * language in `pagefind-entry.json`), so the result is the index one pass would write;
 * only the entry file is merged (`mergeEntries`).
 *
 * Answers the build with the number of HTML files read, or an error (src/lib/child-step.ts,
 * which also ends this process and Pagefind when the build goes away).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { answerParent } from './child-step.ts';
import { HANT_SEGMENT, langParam } from './routes.ts';

/** One Pagefind run: the pages under `outDir` that `globs` match (Pagefind's glob syntax). */
export interface IndexPass {
  name: string;
  globs: string[];
}

const ENTRY = 'pagefind-entry.json';
const STOPPED = 'Pagefind stopped before finishing';

/**
 * The editions of a built site, each one pass: /en/, /zh-hant/, and the Chinese pages at
 * the root (every other top-level entry but pagefind/). Folders that do not exist are left out.
 */
export function editionPasses(outDir: string): IndexPass[] {
  const prefixed = [langParam('en')!, HANT_SEGMENT];
  const passes: IndexPass[] = prefixed.filter((dir) => existsSync(join(outDir, dir))).map((dir) => ({ name: dir, globs: [`${dir}/**/*.html`] }));
  const rest = readdirSync(outDir, { withFileTypes: true }).filter((entry) => !prefixed.includes(entry.name) && entry.name !== 'pagefind');
  const globs = rest.flatMap((entry) => (entry.isDirectory() ? [`${escapeGlob(entry.name)}/**/*.html`] : entry.name.endsWith('.html') ? [escapeGlob(entry.name)] : []));
  // One glob, so Pagefind walks the folder once and numbers the pages as a single pass would.
  return globs.length > 0 ? [{ name: 'zh', globs: [`{${globs.join(',')}}`] }, ...passes] : passes;
}

/** Pagefind's globs treat these as syntax; a backslash makes them literal. */
const escapeGlob = (name: string): string => name.replace(/[\\{}[\]*?,<>!()]/g, '\\$&');

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [field: string]: unknown;
}

/**
 * The entry of all passes: each pass's languages. A language written by two passes means
 * one language's pages lie in two editions' folders; its second index would hide the first.
 */
export function mergeEntries(entries: Entry[]): Entry {
  const merged: Entry = { ...entries[0]!, languages: {} };
  for (const entry of entries) {
    for (const [language, index] of Object.entries(entry.languages)) {
      if (merged.languages[language]) throw new Error(`pages in language "${language}" lie in more than one edition's folder`);
      merged.languages[language] = index;
    }
  }
  // In the order one pass writes them (by name), so the entry is byte for byte that pass's.
  merged.languages = Object.fromEntries(Object.entries(merged.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  return merged;
}

/** Runs every pass and merges their entries. Returns the number of HTML files Pagefind read. Throws Pagefind's errors. */
export async function indexEditions(outDir: string): Promise<number> {
  const outputPath = join(outDir, 'pagefind');
  const entries: Entry[] = [];
  let pages = 0;
  for (const pass of editionPasses(outDir)) {
    pages += await runPass(outDir, pass, outputPath);
    entries.push(JSON.parse(readFileSync(join(outputPath, ENTRY), 'utf8')) as Entry);
  }
  if (entries.length > 1) writeFileSync(join(outputPath, ENTRY), JSON.stringify(mergeEntries(entries)));
  return pages;
}

async function runPass(outDir: string, pass: IndexPass, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const glob of pass.globs) {
      const added = await index.addDirectory({ path: outDir, glob });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      pages += added.page_count;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await index.deleteIndex();
    // Ends this Pagefind process, so the next pass starts with none of this one's memory.
    await pagefind.close();
  }
}

// Run only as the indexer's process, not when a test imports this module.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  // The library's word when Pagefind's pipe breaks under a request: Pagefind has ended.
  answerParent(() => indexEditions(process.argv[2]!), STOPPED, (message) => (message === 'Pagefind backend closed' ? STOPPED : message));
}
