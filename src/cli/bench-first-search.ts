/**
 * `node src/cli/bench-first-search.ts <dist> [query…]`: the bytes a reader's first search
 * transfers on a built site (src/bench/first-search.ts), per query, with the files it
 * fetched grouped by kind (Pagefind's JS and WebAssembly, entry, meta, index chunks,
 * filters, fragments, our own client). For before/after comparisons of the search page;
 * needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { measureFirstSearch } from '../bench/first-search.ts';
import { searchFileKind } from '../bench/first-search-kinds.ts';

const [dist, ...queries] = process.argv.slice(2);
if (!dist) {
  console.error('usage: bench-first-search.ts <dist> [query…]');
  process.exit(2);
}
for (const query of queries.length > 0 ? queries : ['养老床位', '東湖區']) {
  const measured = await measureFirstSearch(resolve(dist), query);
  const kinds: Record<string, { files: number; bytes: number }> = {};
  for (const [path, bytes] of Object.entries(measured.files)) {
    const kind = (kinds[searchFileKind(path)] ??= { files: 0, bytes: 0 });
    kind.files += 1;
    kind.bytes += bytes;
  }
  console.log(`${query}: ${measured.bytes} bytes (${measured.gzipBytes} with JS and JSON gzipped) in ${measured.requests} requests, ${measured.results} results shown (load average ${loadavg()[0]!.toFixed(1)})`);
  for (const [kind, { files, bytes }] of Object.entries(kinds).sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${kind.padEnd(12)} ${String(files).padStart(4)} files ${String(bytes).padStart(9)} bytes`);
}
