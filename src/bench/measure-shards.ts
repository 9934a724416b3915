/**
 * The sharded benchmark: a fictional site of R reports (generate-site.ts) validated once,
 * built as N shards one after another (each in a fresh process: time, CPU, peak memory of
 * node and Pagefind together), merged, counted, and searched once in Chromium.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { bureauShard } from '../lib/shard/shard.ts';
import { distStats, type DistStats } from './dist-stats.ts';
import { measureFirstSearch, type FirstSearch } from './first-search.ts';
import { generateSite } from './generate-site.ts';
import { benchBureaus } from './publishers.ts';
import { runStep, type StepResult } from './run-child.ts';
import { runShardStep } from './shard-step.ts';

export interface ShardRun extends StepResult {
  index: number;
  reports: number;
  dist?: DistStats;
}

export interface ShardBench {
  reports: number;
  bureaus: number;
  figures: number;
  count: number;
  validation: StepResult;
  shards: ShardRun[];
  merge?: StepResult;
  dist?: DistStats;
  firstSearch?: FirstSearch;
}

export const FIRST_SEARCH_QUERY = '养老床位';

export async function measureShards(projectRoot: string, reports: number, count: number, log: (line: string) => void): Promise<ShardBench> {
  const dir = join(projectRoot, '.annals', 'bench', `sharded-${reports}`);
  log(`• ${reports} reports as ${count} shards: generating into ${dir}`);
  const site = generateSite(dir, reports);
  const perBureau = site.reports / site.bureaus;
  const validation = await runStep('validate', dir, join(dir, 'dist'));
  if (!validation.ok) throw new Error(`The generated site is not valid (a generator bug):\n${validation.error ?? validation.output}`);
  log(`  validated in ${(validation.ms / 1000).toFixed(1)} s`);
  const result: ShardBench = { reports: site.reports, bureaus: site.bureaus, figures: site.figures, count, validation, shards: [] };
  const outputs = Array.from({ length: count }, (_, index) => join(dir, `shard-${index + 1}`));
  for (const [index, outDir] of outputs.entries()) {
    const shard = index + 1;
    const owned = benchBureaus(site.bureaus).filter((bureau) => bureauShard(bureau.id, count) === shard).length * perBureau;
    const step = await runShardStep({ shard: `${shard}/${count}` }, dir, outDir);
    const run: ShardRun = { ...step, index: shard, reports: owned, ...(step.ok && { dist: distStats(outDir) }) };
    result.shards.push(run);
    log(`  shard ${shard}/${count} (${owned} reports): ${step.ok ? `${(step.ms / 1000).toFixed(1)} s, peak ${(step.peakBytes / 1024 ** 3).toFixed(2)} GiB` : `FAILED\n${(step.error ?? step.output).slice(0, 1500)}`}`);
    if (!step.ok) return result;
  }
  const mergedDir = join(dir, 'merged');
  result.merge = await runShardStep({ merge: outputs }, dir, mergedDir);
  log(`  merge: ${result.merge.ok ? `${(result.merge.ms / 1000).toFixed(1)} s` : `FAILED\n${(result.merge.error ?? result.merge.output).slice(0, 1500)}`}`);
  if (!result.merge.ok) return result;
  // The shard outputs are only the merge's input; keep the disk for the merged site.
  for (const outDir of outputs) rmSync(outDir, { recursive: true, force: true });
  result.dist = distStats(mergedDir);
  result.firstSearch = await measureFirstSearch(mergedDir, FIRST_SEARCH_QUERY);
  log(`  merged site: ${result.dist.files} files; first search ${(result.firstSearch.bytes / 1024).toFixed(0)} KiB`);
  return result;
}
