/**
 * Connect middleware for the dev server: while the site has problems, every page request
 * gets the problem page (problem-page.ts) instead of a rendered page or Astro's overlay.
 *
 * Vite's own requests (its client, modules, dependencies), ours (/__annals/…, served
 * before this) and files of public/ pass. The status is 503 Service Unavailable: the
 * page is temporarily unavailable and comes back once the data is fixed. A 200 would let
 * link checkers and scripts take the problem page for the page; 500 would say the server
 * failed, while it works and only waits for the editor. Browsers and curl show a 503's body.
 */
import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Issue } from '../issues.ts';
import { localeOfPath } from '../routes.ts';
import { renderProblemPage } from './problem-page.ts';

export interface ProblemMiddlewareOptions {
  root: string;
  publicDir: string;
  /** The reload script's tag, for the current generation. */
  client: () => string;
  /** The current problems; empty when the site is valid. */
  problems: () => readonly Issue[];
}

const VITE_PATHS = /^\/(@|__|node_modules\/|\.astro\/)|\/node_modules\//;
const VITE_QUERY = /[?&](import|raw|url|inline|worker|sharedworker|html-proxy|direct|t|v)(=|&|$)/;

export function problemPageMiddleware(options: ProblemMiddlewareOptions) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const problems = options.problems();
    if (problems.length === 0 || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    const url = request.url ?? '/';
    const path = pathOf(url);
    if (path === undefined || VITE_PATHS.test(path) || VITE_QUERY.test(url) || isPublicFile(options.publicDir, path)) return next();
    const html = renderProblemPage({ issues: problems, lang: localeOfPath(path), root: options.root, path, client: options.client() });
    response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : html);
  };
}

function pathOf(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

function isPublicFile(publicDir: string, path: string): boolean {
  try {
    return !path.includes('\0') && statSync(join(publicDir, path)).isFile();
  } catch {
    return false;
  }
}
