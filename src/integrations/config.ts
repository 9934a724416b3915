/**
 * The Astro configuration of an Annals site, as a function so that tests can build fixture
 * sites (their own data/ and content/) with the very same pages and settings.
 */
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../lib/routes.ts';
import { MDX_FEATURES } from '../lib/narrative-parse.ts';
import { careScriptHash } from '../lib/care-script.ts';
import { annals } from './annals.ts';
import type { LoadResult } from '../lib/load-site.ts';
import { hantEdition } from './hant.ts';
import { shardPages } from './shard.ts';
import { downloadManifests } from './downloads.ts';
import type { Shard } from '../lib/shard/shard.ts';

export interface AnnalsConfigOptions {
  /** Folder holding data/ and content/ (anywhere on disk); defaults to the current directory. */
  root?: string;
  /** Output folder; defaults to dist/ in the site folder. */
  outDir?: string;
  /** Public URL of the deployed site, for canonical links, sitemaps and citations. */
  site?: string;
  /** Path the site is served under ("/mzj/annals/"); defaults to ANNALS_BASE, else the path of the site URL. */
  base?: string;
  /** The site as the caller has just validated it, so Astro's build does not validate it again. */
  validated?: LoadResult;
  /** The site as buildSite has validated and prepared it (src/lib/site-data.ts), for a renderer in another process. */
  dataDir?: string;
  /** Build only the pages this shard owns (src/lib/shard/); all pages when absent. */
  shard?: Shard;
}

const FALLBACK_SITE = 'https://annals.example.org';
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const projectSrc = fileURLToPath(new URL('../', import.meta.url));
const projectPublic = fileURLToPath(new URL('../../public/', import.meta.url));

/**
 * The public URL and base path of a build: an explicit option, else ANNALS_SITE_URL /
 * ANNALS_BASE, else the path of the site URL ("https://x.gov.cn/mzj/annals" → "/mzj/annals/").
 */
export function siteAndBase(options: Pick<AnnalsConfigOptions, 'site' | 'base'> = {}): { site: string; base: string } {
  const site = options.site ?? process.env.ANNALS_SITE_URL ?? FALLBACK_SITE;
  const base = normalizeBase(options.base ?? process.env.ANNALS_BASE ?? new URL(site).pathname);
  return { site, base };
}

export function annalsConfig(options: AnnalsConfigOptions = {}): AstroUserConfig {
  const siteRoot = resolve(options.root ?? '.');
  const { site, base } = siteAndBase(options);
  return {
    // Astro's root is always this project, wherever the site's folder is: Astro and Vite
    // resolve the pages, components and packages (astro/jsx-runtime for the narratives'
    // MDX) from their root, and reject a srcDir that does not share an ancestor with it.
    // The site's data/ and content/ are read from siteRoot (see annals.ts).
    root: projectDir,
    outDir: options.outDir ?? resolve(siteRoot, 'dist'),
    // Caches belong to the site being built, not to the Annals installation, which may be
    // shared and read-only (a dependency, a CI image, another user's checkout).
    cacheDir: resolve(siteRoot, '.annals/cache/astro'),
    srcDir: projectSrc,
    publicDir: projectPublic,
    site,
    base,
    trailingSlash: 'always',
    // Stylesheets stay linked (render-blocking) on purpose: inlined, they let the first paint
    // come before a long table is parsed, and the table's columns then widen as rows arrive
    // (CLS 0.011–0.024 on a topic page at 390 px; tests/e2e/vitals.test.ts). docs/architecture.md.
    build: { format: 'directory', inlineStylesheets: 'never' },
    integrations: [annals({ siteRoot, projectDir, ...(options.validated && { validated: options.validated }), ...(options.dataDir && { dataDir: options.dataDir }) }), mdx(), hantEdition({ siteRoot }), shardPages(options.shard), downloadManifests({ siteRoot, validated: options.validated, dataDir: options.dataDir, shard: options.shard })],
    devToolbar: { enabled: false },
    // Narratives have no code blocks; Shiki's inline styles would also break the CSP.
    // The parser's features are the validator's (src/lib/narrative-parse.ts), so both read the same tree.
    markdown: { syntaxHighlight: false, processor: satteri({ features: { ...MDX_FEATURES } }) },
    // A strict Content-Security-Policy on every page (a <meta>, so it works on any host).
    // Pagefind compiles its WebAssembly search, which needs 'wasm-unsafe-eval'.
    security: {
      csp: {
        directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
        // The care-mode script is the one inline script, allowed by its hash (src/lib/care-script.ts).
        scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [careScriptHash()] },
        styleDirective: { resources: ["'self'"] },
      },
    },
    // No inline scripts but the hashed care-mode one: every other script is a file, so a strict
    // Content-Security-Policy holds.
    vite: { build: { assetsInlineLimit: 0 }, cacheDir: resolve(siteRoot, '.annals/cache/vite') },
  } as AstroUserConfig;
}
