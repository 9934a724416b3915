/**
 * The sharded benchmark: a fictional site of R reports (generate-site.ts) validated once,
 * built as N shards one after another (each in a fresh process: time, CPU, peak memory of
 * node and Pagefind together), merged, counted, and searched once in Chromium.
 *
 * Resumable: every measured step is saved in `.annals/bench/sharded-<R>-runs/progress.json`
 * (shard-progress.ts) beside the shard outputs, and a later run with the same R and N
 * measures only what is missing. The site itself is regenerated each time (the generator
 * is deterministic, so the shards' input hashes still agree at the merge).
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { bureauShard } from '../lib/shard/shard.ts';
import { distStats, type DistStats } from './dist-stats.ts';
import { measureFirstSearch, type FirstSearch } from './first-search.ts';
import { generateSite } from './generate-site.ts';
import { benchBureaus } from './publishers.ts';
import { runStep, type StepResult } from './run-child.ts';
import { readProgress, writeProgress, type ShardRun } from './shard-progress.ts';
import { runShardStep } from './shard-step.ts';

export type { ShardRun } from './shard-progress.ts';

export interface ShardBench {
  reports: number;
  bureaus: number;
  figures: number;
  count: number;
  validation: StepResult;
  shards: ShardRun[];
  merge?: StepResult & { load?: { start: number[]; end: number[] } };
  dist?: DistStats;
  firstSearch?: FirstSearch;
}

export const FIRST_SEARCH_QUERY = '养老床位';

const load = (): number[] => loadavg().map((value) => Math.round(value * 100) / 100);

/**
 * `fresh` discards what an earlier run measured; otherwise only missing steps run. `only`
 * measures just those shards (no merge, no search): a way to spend a short slot of a busy
 * machine on the shards that matter, the rest left for a later run.
 */
export async function measureShards(projectRoot: string, reports: number, count: number, log: (line: string) => void, fresh = false, only?: number[]): Promise<ShardBench> {
  const dir = join(projectRoot, '.annals', 'bench', `sharded-${reports}`);
  const runs = join(projectRoot, '.annals', 'bench', `sharded-${reports}-runs`);
  if (fresh) rmSync(runs, { recursive: true, force: true });
  const progress = readProgress(runs, reports, count);
  log(`• ${reports} reports as ${count} shards: generating into ${dir}${progress.shards.length ? ` (resuming: shards ${progress.shards.map((s) => s.index).join(', ')} already measured)` : ''}`);
  const site = generateSite(dir, reports);
  const perBureau = site.reports / site.bureaus;
  if (!progress.validation) {
    const validation = await runStep('validate', dir, join(dir, 'dist'));
    if (!validation.ok) throw new Error(`The generated site is not valid (a generator bug):\n${validation.error ?? validation.output}`);
    progress.validation = validation;
    writeProgress(runs, progress);
  }
  const validation = progress.validation;
  log(`  validated in ${(validation.ms / 1000).toFixed(1)} s`);
  const result: ShardBench = { reports: site.reports, bureaus: site.bureaus, figures: site.figures, count, validation, shards: progress.shards };
  const outputs = Array.from({ length: count }, (_, index) => join(runs, `shard-${index + 1}`));
  for (const [index, outDir] of outputs.entries()) {
    const shard = index + 1;
    if (progress.shards.some((run) => run.index === shard) || (only && !only.includes(shard))) continue;
    const owned = benchBureaus(site.bureaus).filter((bureau) => bureauShard(bureau.id, count) === shard).length * perBureau;
    const start = load();
    const step = await runShardStep({ shard: `${shard}/${count}` }, dir, outDir);
    const run: ShardRun = { ...step, index: shard, reports: owned, load: { start, end: load() }, ...(step.ok && { dist: distStats(outDir) }) };
    log(`  shard ${shard}/${count} (${owned} reports): ${step.ok ? `${(step.ms / 1000).toFixed(1)} s, CPU ${(step.cpuMs / 1000).toFixed(1)} s, peak ${(step.peakBytes / 1024 ** 3).toFixed(2)} GiB, load ${run.load!.start[0]}→${run.load!.end[0]}` : `FAILED\n${(step.error ?? step.output).slice(0, 1500)}`}`);
    if (!step.ok) return { ...result, shards: [...progress.shards, run] };
    progress.shards = [...progress.shards, run].sort((a, b) => a.index - b.index);
    result.shards = progress.shards;
    writeProgress(runs, progress);
  }
  if (progress.shards.length < count) return result;
  const mergedDir = join(runs, 'merged');
  const start = load();
  const merge = await runShardStep({ merge: outputs }, dir, mergedDir);
  result.merge = { ...merge, load: { start, end: load() } };
  log(`  merge: ${merge.ok ? `${(merge.ms / 1000).toFixed(1)} s, CPU ${(merge.cpuMs / 1000).toFixed(1)} s` : `FAILED\n${(merge.error ?? merge.output).slice(0, 1500)}`}`);
  if (!merge.ok) return result;
  result.dist = distStats(mergedDir);
  result.firstSearch = await measureFirstSearch(mergedDir, FIRST_SEARCH_QUERY);
  log(`  merged site: ${result.dist.files} files; first search ${(result.firstSearch.bytes / 1024).toFixed(0)} KiB`);
  return result;
}
