/**
 * One measured step, run in a child process of its own (`node_modules/.bin/node
 * src/bench/child.ts <validate|build> <root> <outDir> <resultFile>`), so that each site
 * size starts from a cold process and its peak memory is its own: maxRSS is a high-water
 * mark and can never go down within a process.
 *
 * The result goes to a JSON file rather than stdout, which Astro also writes to.
 */
import { writeFileSync } from 'node:fs';
import { buildSite } from '../lib/build-site.ts';
import { formatIssues, InvalidSiteError } from '../lib/issues.ts';
import { loadSite } from '../lib/load-site.ts';

export interface ChildResult {
  ok: boolean;
  /** Wall-clock time of the step, in milliseconds. */
  ms: number;
  /** CPU time (user + system) of this process, in milliseconds: what contention does not change. */
  cpuMs: number;
  /** Peak resident set size of this process, in bytes (helpers it spawns are not included). */
  maxRssBytes: number;
  issues?: number;
  error?: string;
}

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const [mode, root, outDir, resultFile] = process.argv.slice(2);
if (!root || !outDir || !resultFile || (mode !== 'validate' && mode !== 'build' && mode !== 'bare')) {
  console.error('usage: child.ts <validate|build|bare> <root> <outDir> <resultFile>');
  process.exit(2);
}

const started = performance.now();
const cpuBefore = process.cpuUsage();
let result: Pick<ChildResult, 'ok' | 'issues' | 'error'>;
let removal: Promise<unknown> = Promise.resolve();
try {
  if (mode === 'validate') {
    const loaded = loadSite(root);
    result = loaded.site ? { ok: true, issues: 0 } : { ok: false, issues: loaded.issues.length, error: formatIssues(loaded.issues.slice(0, 20), 'en') };
  } else if (mode === 'bare') {
    // The baseline (bare-site.ts): astro build, then Pagefind over its output.
    const { build } = await import('astro');
    await build({ root, outDir, logLevel: 'error' });
    const { indexSite } = await import('../lib/search-index.ts');
    await indexSite(outDir);
    result = { ok: true };
  } else {
    // The time to publish; the replaced site's background deletion is awaited after measuring.
    removal = (await buildSite({ root, outDir, quiet: true })).previousRemoved;
    result = { ok: true };
  }
} catch (error) {
  const text = error instanceof InvalidSiteError ? formatIssues(error.issues, 'en') : error instanceof Error ? (error.stack ?? error.message) : String(error);
  result = { ok: false, error: text };
}
const cpu = process.cpuUsage(cpuBefore);
const report: ChildResult = {
  ...result,
  ms: performance.now() - started,
  cpuMs: (cpu.user + cpu.system) / 1000,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
};
await removal;
writeFileSync(resultFile, JSON.stringify(report));
// Astro or Pagefind may leave handles open; the measurement is taken, so end here.
process.exit(result.ok ? 0 : 1);
