/**
 * One measured step of the sharded benchmark, in a process of its own (like child.ts):
 *   node src/bench/shard-child.ts shard <root> <outDir> <i/N> <resultFile>
 *   node src/bench/shard-child.ts merge <root> <outDir> <resultFile> <shard dir>…
 * Writes a ChildResult (child.ts) as JSON to <resultFile>.
 */
import { writeFileSync } from 'node:fs';
import { buildSite } from '../lib/build-site.ts';
import { formatIssues, InvalidSiteError } from '../lib/issues.ts';
import { mergeShards } from '../lib/shard/merge.ts';
import { parseShard } from '../lib/shard/shard.ts';
import type { ChildResult } from './child.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const [mode, root, outDir, ...rest] = process.argv.slice(2);
const shard = mode === 'shard' ? parseShard(rest[0] ?? '') : undefined;
const resultFile = mode === 'shard' ? rest[1] : rest[0];
if (!root || !outDir || !resultFile || (mode === 'shard' && !shard) || (mode !== 'shard' && mode !== 'merge')) {
  console.error('usage: shard-child.ts shard <root> <outDir> <i/N> <resultFile> | merge <root> <outDir> <resultFile> <shard dir>…');
  process.exit(2);
}

const started = performance.now();
const cpuBefore = process.cpuUsage();
let result: Pick<ChildResult, 'ok' | 'error'>;
try {
  if (shard) await buildSite({ root, outDir, shard, quiet: true });
  else await mergeShards({ root, outDir, shards: rest.slice(1) });
  result = { ok: true };
} catch (error) {
  const text = error instanceof InvalidSiteError ? formatIssues(error.issues, 'en') : error instanceof Error ? (error.stack ?? error.message) : String(error);
  result = { ok: false, error: text };
}
const cpu = process.cpuUsage(cpuBefore);
const report: ChildResult = { ...result, ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
writeFileSync(resultFile, JSON.stringify(report));
process.exit(result.ok ? 0 : 1);
