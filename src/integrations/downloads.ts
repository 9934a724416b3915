/**
 * Writes the downloads manifests (src/lib/downloads/manifest-write.ts) once Astro has
 * written the download files: they list each file's size and SHA-256, which only the
 * written files can give. Runs in `astro build` only; the dev server has no manifest.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generatedDate } from '../lib/downloads/metadata.ts';
import { FALLBACK_SITE_URL } from '../lib/downloads/paths.ts';
import { writeDownloadManifests } from '../lib/downloads/manifest-write.ts';
import { loadSite, type LoadResult } from '../lib/load-site.ts';
import { readSite } from '../lib/site-data.ts';
import { normalizeBase } from '../lib/routes.ts';
import type { Shard } from '../lib/shard/shard.ts';

export interface DownloadManifestOptions {
  siteRoot: string;
  /** The validation buildSite made; the site is loaded again only without it. */
  validated?: LoadResult | undefined;
  /** The site prepared for the renderer's process (src/lib/site-data.ts); read instead of validating again. */
  dataDir?: string | undefined;
  shard?: Shard | undefined;
}

export function downloadManifests({ siteRoot, validated, dataDir, shard }: DownloadManifestOptions): AstroIntegration {
  let home = '';
  return {
    name: 'annals:download-manifests',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The site's home with its base: every URL in the manifests is absolute under it.
        home = new URL(normalizeBase(config.base), config.site ?? FALLBACK_SITE_URL).href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = dataDir ? readSite(dataDir) : (validated ?? loadSite(siteRoot)).site;
        if (!site) return; // the integration "annals" has already failed the build with the problems
        const written = await writeDownloadManifests({ dir: fileURLToPath(dir), site, shard, home, generated: generatedDate(site, process.env) });
        logger.info(`${written.length} 份下载清单 / download manifest(s)`);
      },
    },
  };
}
