/**
 * The renderer's process (started by `renderSite`, src/lib/render-site.ts):
 * `node render-child.ts <job as JSON>`. Runs Astro's build with the site's configuration
 * on the prepared data, and answers the build (src/lib/child-step.ts).
 */
import { fileURLToPath } from 'node:url';
import { annalsConfig } from '../integrations/config.ts';
import { fault } from './build/fault.ts';
import { answerParent } from './child-step.ts';
import type { RenderJob } from './render-site.ts';

/** Builds the pages of one job (exported for tests, which run it in-process with Astro replaced). */
export async function renderJob(job: RenderJob): Promise<true> {
  const { build } = await import('astro');
  const { dataDir, quiet, ...options } = job;
  const config = annalsConfig({ ...options, dataDir });
  if (process.env.ANNALS_FAULT) config.integrations = [...(config.integrations ?? []), faultIntegration];
  await build({ ...config, configFile: false, logLevel: quiet ? 'error' : 'info' });
  return true;
}

/** Only with ANNALS_FAULT set (tests): a hook inside Astro's build, after pages are written. */
const faultIntegration = { name: 'annals-fault', hooks: { 'astro:build:generated': () => fault('during-render') } };

// Run only as the renderer's process, not when a test imports this module.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  answerParent(() => renderJob(JSON.parse(process.argv[2]!) as RenderJob), 'the renderer stopped before finishing');
}
