/**
 * The Astro configuration of an Annals site, as a function so that tests can build fixture
 * sites (their own data/ and content/) with the very same pages and settings.
 */
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import { fileURLToPath } from 'node:url';
import { MDX_FEATURES } from '../lib/narrative-parse.ts';
import { annals } from './annals.ts';

export interface AnnalsConfigOptions {
  /** Folder holding data/ and content/; defaults to the current project. */
  root?: string;
  outDir?: string;
  /** Public URL of the deployed site, for canonical links, sitemaps and citations. */
  site?: string;
}

const projectSrc = fileURLToPath(new URL('../', import.meta.url));
const projectPublic = fileURLToPath(new URL('../../public/', import.meta.url));

export function annalsConfig(options: AnnalsConfigOptions = {}): AstroUserConfig {
  return {
    ...(options.root && { root: options.root }),
    ...(options.outDir && { outDir: options.outDir }),
    srcDir: projectSrc,
    publicDir: projectPublic,
    site: options.site ?? process.env.ANNALS_SITE_URL ?? 'https://annals.example.org',
    trailingSlash: 'always',
    build: { format: 'directory', inlineStylesheets: 'never' },
    integrations: [annals(), mdx()],
    devToolbar: { enabled: false },
    // Narratives have no code blocks; Shiki's inline styles would also break the CSP.
    // The parser's features are the validator's (src/lib/narrative-parse.ts), so both read the same tree.
    markdown: { syntaxHighlight: false, processor: satteri({ features: { ...MDX_FEATURES } }) },
    // A strict Content-Security-Policy on every page (a <meta>, so it works on any host).
    // Pagefind compiles its WebAssembly search, which needs 'wasm-unsafe-eval'.
    security: {
      csp: {
        directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
        scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
        styleDirective: { resources: ["'self'"] },
      },
    },
    // No inline scripts: every script is a file, so a strict Content-Security-Policy holds.
    vite: { build: { assetsInlineLimit: 0 } },
  } as AstroUserConfig;
}
