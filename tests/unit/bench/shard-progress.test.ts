/**
 * The sharded benchmark resumes (src/bench/shard-progress.ts): a shard measured in an
 * earlier run is reused only if it succeeded and its output still holds the shard
 * manifest the merge needs, and only for the same size and shard count.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readProgress, writeProgress, type ShardRun } from '../../../src/bench/shard-progress.ts';

const step = { ok: true, ms: 1000, cpuMs: 500, maxRssBytes: 1, helpersBytes: 2, helpersCpuMs: 3, peakBytes: 4, peakBoundBytes: 5, output: 'the end of what the child printed' };
const run = (index: number, ok = true): ShardRun => ({ ...step, ok, index, reports: 100 });

let runs = '';
afterEach(() => rmSync(runs, { recursive: true, force: true }));

function shardOutput(index: number): void {
  mkdirSync(join(runs, `shard-${index}`), { recursive: true });
  writeFileSync(join(runs, `shard-${index}`, '.annals-shard.json'), '{}');
}

describe('readProgress', () => {
  it('keeps the successful shards whose output still holds its manifest, and the validation', () => {
    runs = mkdtempSync(join(tmpdir(), 'annals-progress-'));
    shardOutput(1);
    shardOutput(3);
    mkdirSync(join(runs, 'shard-2')); // an output without its manifest: an interrupted build
    writeProgress(runs, { reports: 400, count: 4, validation: step, shards: [run(1), run(2), run(3, false)] });
    const progress = readProgress(runs, 400, 4);
    expect(progress.shards.map((shard) => shard.index)).toEqual([1]);
    expect(progress.validation?.ms).toBe(1000);
    expect(progress.shards[0]).not.toHaveProperty('output');
  });

  it('starts over for another size or shard count, or with nothing saved', () => {
    runs = mkdtempSync(join(tmpdir(), 'annals-progress-'));
    expect(readProgress(runs, 400, 4)).toEqual({ reports: 400, count: 4, shards: [] });
    shardOutput(1);
    writeProgress(runs, { reports: 400, count: 4, validation: step, shards: [run(1)] });
    expect(readProgress(runs, 400, 2)).toEqual({ reports: 400, count: 2, shards: [] });
    expect(readProgress(runs, 4000, 4)).toEqual({ reports: 4000, count: 4, shards: [] });
  });
});
