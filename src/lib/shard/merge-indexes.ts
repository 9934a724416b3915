/**
 * In the browser: merges into Pagefind the search indexes listed in
 * pagefind/annals-indexes.json (written by every build; empty except after `npm run merge`,
 * which lists the other shards' bundles, src/lib/shard/assemble.ts). Runs once, after
 * `init()`, before the first search. No JS from the listed bundles runs: Pagefind loads
 * only their index files, with the primary bundle's WebAssembly.
 */
import { withBase } from '../routes.ts';

export interface MergeablePagefind {
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
}

/**
 * `options` are given to every merged index (baseUrl, excerptLength: as the primary's).
 * A missing or unreadable list means a single build from before the list existed: nothing to merge.
 */
export async function mergeListedIndexes(pagefind: MergeablePagefind, options: Record<string, unknown>): Promise<number> {
  const listUrl = new URL(withBase('pagefind/annals-indexes.json'), location.href);
  const response = await fetch(listUrl).catch(() => undefined);
  if (!response?.ok) return 0;
  const list = (await response.json().catch(() => ({}))) as { indexes?: unknown };
  const paths = Array.isArray(list.indexes) ? list.indexes.filter((entry): entry is string => typeof entry === 'string' && /^shards\/\d+\/$/.test(entry)) : [];
  // Only our own shards' folders, under pagefind/: the list cannot point the page elsewhere.
  for (const path of paths) await pagefind.mergeIndex(new URL(path, listUrl).pathname, options);
  return paths.length;
}
