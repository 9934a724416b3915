/** What a build wrote: pages, files and bytes, with the search index on its own. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DistStats {
  /** HTML pages (both languages). */
  pages: number;
  /** Every file written, pages, downloads, assets and index included. */
  files: number;
  bytes: number;
  pagefindBytes: number;
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, statSync(path).size);
  }
}

export function distStats(dist: string): DistStats {
  const stats: DistStats = { pages: 0, files: 0, bytes: 0, pagefindBytes: 0 };
  const pagefind = join(dist, 'pagefind');
  walk(dist, (path, bytes) => {
    stats.files += 1;
    stats.bytes += bytes;
    if (path.endsWith('.html')) stats.pages += 1;
    if (path.startsWith(pagefind + '/')) stats.pagefindBytes += bytes;
  });
  return stats;
}
