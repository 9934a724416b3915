/** What a file the search page fetched is, for the first search's breakdown (first-search.ts). */
export function searchFileKind(path: string): string {
  if (!path.startsWith('/pagefind/')) return 'client';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.endsWith('.json')) return 'entry';
  return 'pagefind-js';
}
