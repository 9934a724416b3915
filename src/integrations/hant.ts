/**
 * The Traditional Chinese edition, written when Astro has finished the pages (before
 * Pagefind indexes them: src/lib/build-site.ts). See src/lib/hant/edition.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { LoadContext } from '../lib/load/context.ts';
import { loadHantExceptions } from '../lib/load/hant-exceptions.ts';
import { writeHantEdition } from '../lib/hant/edition.ts';
import { normalizeBase } from '../lib/routes.ts';

export function hantEdition({ siteRoot }: { siteRoot: string }): AstroIntegration {
  const site = { origin: '', base: '/' };
  return {
    name: 'annals:hant',
    hooks: {
      'astro:config:done': ({ config }) => {
        site.origin = config.site ? new URL(config.site).origin : '';
        site.base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        // Already validated with the whole site by the annals integration.
        // (The exceptions list holds no dates, so "today" does not matter here.)
        const keep = loadHantExceptions(new LoadContext(siteRoot, new Date().toISOString().slice(0, 10)));
        const pages = writeHantEdition(fileURLToPath(dir), keep, site);
        logger.info(`${pages} pages in Traditional Chinese (/zh-hant/)`);
      },
    },
  };
}
