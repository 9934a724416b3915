/**
 * Astro's build of a validated site, in a process of its own (src/lib/render-child.ts),
 * so that the render's memory (Vite's module graph, every page's render) is released
 * before search indexing starts: the build's peak is the larger of the two steps, not
 * their sum (docs/scale.md). The validated site reaches the renderer as prepared JSON
 * files (src/lib/site-data.ts), in a temporary folder removed afterwards (a build killed
 * outright leaves it in the system's temporary folder): validation runs once, in the
 * build's process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from './child-step.ts';
import type { LoadResult } from './load-site.ts';
import { writeSiteData } from './site-data.ts';
import type { Shard } from './shard/shard.ts';

const CHILD = fileURLToPath(new URL('./render-child.ts', import.meta.url));

export interface RenderOptions {
  /** The site's folder (data/, content/). */
  root: string;
  /** Where Astro writes the pages (the build's staging folder). */
  outDir: string;
  /** A validation without issues. */
  validated: LoadResult;
  site?: string;
  base?: string;
  shard?: Shard;
  /** Astro logs errors only. */
  quiet?: boolean;
}

/** What the render child receives (as one JSON argument). */
export type RenderJob = Omit<RenderOptions, 'validated'> & { dataDir: string };

/** Renders the pages into `outDir`. Rejects with an Error of one line (Astro's message), or how the renderer's process ended. */
export async function renderSite({ validated, ...options }: RenderOptions): Promise<void> {
  if (!validated.site) throw new Error('renderSite needs a validated site');
  const dataDir = mkdtempSync(join(tmpdir(), 'annals-data-'));
  // Also when an interrupt ends the process mid-render (src/cli/build.ts exits at once).
  const remove = (): void => rmSync(dataDir, { recursive: true, force: true });
  process.once('exit', remove);
  try {
    writeSiteData(dataDir, { site: validated.site, warnings: validated.warnings });
    const job: RenderJob = { ...options, dataDir };
    await runChild<true>(CHILD, { args: [JSON.stringify(job)], name: 'the renderer', stderr: 'inherit' });
  } finally {
    process.off('exit', remove);
    remove();
  }
}
