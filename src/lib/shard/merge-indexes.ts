/**
 * In the browser: merges into Pagefind the search indexes listed in a bundle's
 * annals-indexes.json (written by every build; empty except after `npm run merge`, which
 * lists the other shards' bundles, src/lib/shard/assemble.ts). Runs after `init()`, before
 * the first search. No JS from the listed bundles runs: Pagefind loads only their index
 * files, with the primary bundle's WebAssembly.
 */
import { withBase } from '../routes.ts';

export interface MergeablePagefind {
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
}

/**
 * `options` are given to every merged index (baseUrl, excerptLength, mergeFilter: as the
 * bundle's own). `bundle` is the URL of a pagefind/ folder, this site's by default. A
 * missing or unreadable list (a site built before lists existed) means nothing to merge.
 */
export async function mergeListedIndexes(pagefind: MergeablePagefind, options: Record<string, unknown>, bundle = new URL(withBase('pagefind/'), location.href).href): Promise<number> {
  const listUrl = new URL('annals-indexes.json', bundle);
  const response = await fetch(listUrl).catch(() => undefined);
  if (!response?.ok) return 0;
  const list = (await response.json().catch(() => ({}))) as { indexes?: unknown };
  // Only shard folders under the bundle: a list cannot point the page anywhere else.
  const paths = Array.isArray(list.indexes) ? list.indexes.filter((entry): entry is string => typeof entry === 'string' && /^shards\/\d+\/$/.test(entry)) : [];
  const local = listUrl.origin === location.origin;
  for (const path of paths) {
    const url = new URL(path, listUrl);
    await pagefind.mergeIndex(local ? url.pathname : url.href, options);
  }
  return paths.length;
}
