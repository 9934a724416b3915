/**
 * What a built page costs a reader: its HTML gzipped, and the JavaScript it loads before
 * any interaction: every <script src> (and modulepreload) on it, plus the static imports
 * of those files, each file counted once, gzipped. Dynamic `import()` targets (Pagefind's
 * client, loaded on the first search) are summed apart as "on demand".
 *
 * Sizes are gzip at zlib's default level, what a static host compresses on the fly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Path under dist/, e.g. "reports/donghu/2022/index.html". */
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** JS files loaded up front, as URL paths. */
  scripts: string[];
  jsGzipBytes: number;
  /** JS reachable only through dynamic import(), loaded on use. */
  onDemandJsGzipBytes: number;
  /** A chart page holds a <canvas>. */
  chart: boolean;
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g;
/** `import x from "…"`, `import "…"`, `export {…} from "…"`; never `import(…)` or `import.meta`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/** Measures pages of one built site, caching each JS file's size and imports. */
export class PageWeigher {
  private readonly files = new Map<string, { gzip: number; imports: string[]; dynamic: string[] } | undefined>();
  private readonly dist: string;

  /** `dist`: the built site's folder. */
  constructor(dist: string) {
    this.dist = dist;
  }

  /** A JS file by URL path; undefined when it is not part of the build (external URL). */
  private file(url: string) {
    if (this.files.has(url)) return this.files.get(url);
    const path = join(this.dist, url.replace(/^\//, '').replace(/[?#].*$/, ''));
    let entry;
    if (url.startsWith('/') && existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      const resolve = (specifier: string): string => posix.resolve(posix.dirname(url), specifier);
      const relative = (specifier: string): boolean => specifier.startsWith('/') || specifier.startsWith('.');
      entry = {
        gzip: gzipSync(text).length,
        imports: [...text.matchAll(STATIC_IMPORT)].map((m) => m[1]!).filter(relative).map(resolve),
        dynamic: [...text.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!).filter(relative).map(resolve),
      };
    }
    this.files.set(url, entry);
    return entry;
  }

  /** Every file reachable through static imports from `roots`, roots included. */
  private closure(roots: readonly string[]): Set<string> {
    const seen = new Set<string>();
    const pending = [...roots];
    while (pending.length > 0) {
      const url = pending.pop()!;
      if (seen.has(url)) continue;
      const entry = this.file(url);
      if (!entry) continue;
      seen.add(url);
      pending.push(...entry.imports);
    }
    return seen;
  }

  private gzipOf(urls: Iterable<string>): number {
    let total = 0;
    for (const url of urls) total += this.file(url)?.gzip ?? 0;
    return total;
  }

  measure(pagePath: string): PageWeight {
    const html = readFileSync(join(this.dist, pagePath), 'utf8');
    const base = `/${posix.dirname(pagePath)}/`;
    const toUrl = (src: string): string => (src.startsWith('/') ? src : posix.resolve(base, src));
    const roots = [
      ...[...html.matchAll(SCRIPT_SRC)].map((m) => m[1]!),
      ...[...html.matchAll(MODULE_PRELOAD)].map((m) => (m[1] ?? m[2])!),
    ].filter((src) => !/^[a-z]+:/i.test(src)).map(toUrl);
    const upFront = this.closure(roots);
    const dynamicRoots = [...upFront].flatMap((url) => this.file(url)?.dynamic ?? []);
    const onDemand = [...this.closure(dynamicRoots)].filter((url) => !upFront.has(url));
    return {
      path: pagePath,
      htmlBytes: Buffer.byteLength(html),
      htmlGzipBytes: gzipSync(html).length,
      scripts: [...upFront].sort(),
      jsGzipBytes: this.gzipOf(upFront),
      onDemandJsGzipBytes: this.gzipOf(onDemand),
      chart: html.includes('<canvas'),
    };
  }
}
