/**
 * What a sharded benchmark run has measured so far, kept on disk beside the shard outputs
 * (`<runs>/progress.json`) after every step, so that a run that stopped (a deadline, a
 * crash, Ctrl-C) resumes at the first shard it has not measured instead of starting over.
 * A shard is reused only if its result says ok and its output still holds the shard
 * manifest the merge needs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StepResult } from './run-child.ts';
import type { DistStats } from './dist-stats.ts';

export interface ShardRun extends StepResult {
  index: number;
  reports: number;
  dist?: DistStats;
  /** Load average (1, 5, 15 min) when the step started and when it ended. */
  load?: { start: number[]; end: number[] };
}

export interface ShardProgress {
  reports: number;
  count: number;
  validation?: StepResult;
  shards: ShardRun[];
}

const FILE = 'progress.json';

/** The progress recorded in `runs` for this size and shard count, or an empty one. */
export function readProgress(runs: string, reports: number, count: number): ShardProgress {
  const empty: ShardProgress = { reports, count, shards: [] };
  const file = join(runs, FILE);
  if (!existsSync(file)) return empty;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as ShardProgress;
  if (saved.reports !== reports || saved.count !== count) return empty;
  // Keep only shards whose output is still whole enough to merge.
  const shards = saved.shards.filter((run) => run.ok && existsSync(join(runs, `shard-${run.index}`, '.annals-shard.json')));
  return { ...saved, shards };
}

export function writeProgress(runs: string, progress: ShardProgress): void {
  mkdirSync(runs, { recursive: true });
  writeFileSync(join(runs, FILE), `${JSON.stringify(progress, (key, value: unknown) => (key === 'output' ? undefined : value), 2)}\n`);
}
