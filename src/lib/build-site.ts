/**
 * Builds a site all or nothing: validate, build into a staging folder, index it for
 * search, then swap it into place. A failure at any step leaves the previous dist/ as it
 * was and no partial site anywhere.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { annalsConfig } from '../integrations/config.ts';
import { InvalidSiteError } from './issues.ts';
import { loadSite } from './load-site.ts';
import { indexSite } from './search-index.ts';

export interface BuildOptions {
  root: string;
  outDir?: string;
  site?: string;
  /** Path the site is served under ("/mzj/annals/"); defaults to ANNALS_BASE, else the site URL's path. */
  base?: string;
  /** Silence Astro's progress output (tests). */
  quiet?: boolean;
}

export async function buildSite(options: BuildOptions): Promise<{ outDir: string }> {
  const root = resolve(options.root);
  const outDir = resolve(root, options.outDir ?? 'dist');
  const result = loadSite(root);
  if (!result.site) throw new InvalidSiteError(result.issues);

  const workDir = join(root, '.annals');
  const staging = join(workDir, `staging-${process.pid}`);
  const previous = join(workDir, `previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  try {
    await build({
      ...annalsConfig({ root, outDir: staging, ...(options.site && { site: options.site }), ...(options.base && { base: options.base }) }),
      configFile: false,
      logLevel: options.quiet ? 'error' : 'info',
    });
    await indexSite(staging, result.site);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return { outDir };
}
