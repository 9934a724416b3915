/**
 * A static file server for a built site on 127.0.0.1, as any plain web host would serve
 * dist/: directory URLs resolve to index.html, and types include .wasm and .pf_* files.
 *
 * With a base ("/mzj/annals/"), the site is served only under that path, as on a bureau's
 * portal: anything outside it is a bare 404, so a link that drops the base fails. A missing
 * file inside it gets the site's 404.html with status 404, as nginx's `error_page` does.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** Scheme, host and port: "http://127.0.0.1:PORT" (no base). */
  origin: string;
  /** The base path the site is served under: "/" or "/mzj/annals/". */
  base: string;
  /** The full URL of a path inside the site: url("/en/about/") → "http://127.0.0.1:PORT/mzj/annals/en/about/". */
  url: (path: string) => string;
  /** Bytes sent per request path (with the base) since the last reset, for transfer measurements. */
  sent: Map<string, number>;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, options: { base?: string; port?: number; headers?: Record<string, string> } = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const sent = new Map<string, number>();
  const send = (response: import('node:http').ServerResponse, path: string, file: string, status: number) => {
    const size = statSync(file).size;
    sent.set(path, (sent.get(path) ?? 0) + size);
    response.writeHead(status, { ...options.headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(response);
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found (outside the site)');
      return;
    }
    let file = normalize(join(root, path.slice(base.length - 1)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return send(response, path, file, 200);
    const notFound = join(root, '404.html');
    if (existsSync(notFound)) return send(response, path, notFound, 404);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base,
    url: (path) => `${origin}${base}${path.replace(/^\//, '')}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
