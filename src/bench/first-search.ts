/**
 * The bytes a reader's first search transfers on a built site: the site served on
 * 127.0.0.1 by a plain file server that counts what it sends, the Chinese search page
 * opened in Chromium, then one query typed. Counts only what the search loads (everything
 * after the page has settled), split by search bundle, so the projection can tell the fixed
 * part (Pagefind's JS and WebAssembly) from what each merged shard index adds.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

export interface FirstSearch {
  query: string;
  /** Bytes as stored and served here, uncompressed: the figure the targets use. */
  bytes: number;
  /**
   * The same with JS, JSON and CSS gzipped (zlib's default level), as a host that compresses
   * text sends them; Pagefind's index, fragments and WebAssembly are stored gzipped already.
   */
  gzipBytes: number;
  requests: number;
  /** Bytes per bundle: "pagefind" (shard 1's, with the JS and WebAssembly), "pagefind/shards/2"…, "other" (the search client). */
  byBundle: Record<string, number>;
  /** Bytes of each bundle's pf_meta file (its index's page list, which grows with its pages). */
  metaByBundle: Record<string, number>;
  results: number;
  /** Bytes per requested path. */
  files: Record<string, number>;
}

export async function measureFirstSearch(dist: string, query: string, chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<FirstSearch> {
  const sent = new Map<string, number>();
  const gzipped = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) return void response.writeHead(404).end();
    const size = statSync(file).size;
    sent.set(path, (sent.get(path) ?? 0) + size);
    const text = ['.js', '.json', '.css'].includes(extname(file));
    gzipped.set(path, (gzipped.get(path) ?? 0) + (text ? gzipSync(readFileSync(file)).length : size));
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/search/`, { waitUntil: 'networkidle' });
    sent.clear();
    gzipped.clear();
    await page.fill('#search-input', query);
    await page.waitForSelector('#search-results li', { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results li').count();
    const byBundle: Record<string, number> = {};
    const metaByBundle: Record<string, number> = {};
    for (const [path, bytes] of sent) {
      const bundle = /^\/pagefind\/shards\/\d+\//.exec(path)?.[0].slice(1, -1) ?? (path.startsWith('/pagefind/') ? 'pagefind' : 'other');
      byBundle[bundle] = (byBundle[bundle] ?? 0) + bytes;
      if (path.endsWith('.pf_meta')) metaByBundle[bundle] = (metaByBundle[bundle] ?? 0) + bytes;
    }
    const bytes = [...sent.values()].reduce((sum, value) => sum + value, 0);
    const gzipBytes = [...gzipped.values()].reduce((sum, value) => sum + value, 0);
    return { query, bytes, gzipBytes, requests: sent.size, byBundle, metaByBundle, results, files: Object.fromEntries(sent) };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
