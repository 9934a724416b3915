/**
 * `npm run bench:shards [-- --reports 4000 --shards 4 --project 32000 --out FILE --fresh --only 2,3]`: the
 * sharded benchmark (src/bench/measure-shards.ts) and the projection of docs/scale.md
 * (src/bench/projection.ts). Checks the targets of issue 13: every shard's peak memory
 * (node and Pagefind together) ≤ 2.5 GiB, the merge ≤ 20% of the summed shard times, and
 * the first search on the merged site ≤ 300 KB.
 * Writes bench/shards.json; exit code 1 if a target fails. Takes tens of minutes at 4,000;
 * a stopped run resumes at the first shard not yet measured unless --fresh is given;
 * --only measures just the shards listed (merge and search wait for all).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine } from '../bench/machine.ts';
import { measureShards } from '../bench/measure-shards.ts';
import { project, ratesFrom } from '../bench/projection.ts';
import { formatBytes, formatSeconds, renderTable } from '../bench/table.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '4000' },
    shards: { type: 'string', default: '4' },
    project: { type: 'string', default: '32000' },
    out: { type: 'string', default: 'bench/shards.json' },
    fresh: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const [reports, count, target] = [values.reports, values.shards, values.project].map(Number) as [number, number, number];
if (![reports, count, target].every((value) => Number.isInteger(value) && value > 0) || count < 2) {
  console.error('--reports, --shards (at least 2) and --project take whole numbers');
  process.exit(2);
}
const PEAK_LIMIT = 2.5 * 1024 ** 3;
const MERGE_SHARE = 0.2;
const FIRST_SEARCH_LIMIT = 300_000;

const log = (line: string): void => console.log(line);
const machine = describeMachine();
const bench = await measureShards(projectRoot, reports, count, log, values.fresh, values.only?.split(',').map(Number));
const load = (run: { load?: { start: number[]; end: number[] } }): string => (run.load ? `${run.load.start[0]} → ${run.load.end[0]}` : '—');
log(`\n${renderTable(
  ['shard', 'reports', 'time', 'node CPU', 'helpers CPU', 'peak (node + Pagefind)', 'files', 'bytes', 'load average'],
  bench.shards.map((shard) => [`${shard.index}/${count}`, String(shard.reports), formatSeconds(shard.ms), formatSeconds(shard.cpuMs), formatSeconds(shard.helpersCpuMs ?? 0), formatBytes(shard.peakBytes), String(shard.dist?.files ?? '—'), shard.dist ? formatBytes(shard.dist.bytes) : '—', load(shard)]),
)}`);
const summed = bench.shards.reduce((sum, shard) => sum + shard.ms, 0);
const targets = [
  ...bench.shards.map((shard) => ({ name: `shard ${shard.index}/${count} peak memory`, limit: '≤ 2.50 GiB', measured: formatBytes(shard.peakBytes), pass: shard.ok && shard.peakBytes <= PEAK_LIMIT })),
  { name: 'merge time / summed shard times', limit: '≤ 20%', measured: bench.merge?.ok ? `${((100 * bench.merge.ms) / summed).toFixed(1)}% (${formatSeconds(bench.merge.ms)} of ${formatSeconds(summed)})` : bench.merge ? 'failed' : 'not run (shards missing)', pass: Boolean(bench.merge?.ok) && bench.merge!.ms <= MERGE_SHARE * summed },
  { name: `first search (${bench.firstSearch?.query ?? '—'}) on the merged site`, limit: '≤ 300 KB', measured: bench.firstSearch ? `${bench.firstSearch.bytes} bytes in ${bench.firstSearch.requests} requests` : 'not measured', pass: Boolean(bench.firstSearch) && bench.firstSearch!.bytes <= FIRST_SEARCH_LIMIT },
];
log(`\n${renderTable(['target', 'limit', 'measured', ''], targets.map((t) => [t.name, t.limit, t.measured, t.pass ? 'ok' : 'FAIL']))}`);

// Two projections: from wall times (what this machine took, load included) and from CPU
// times, node's and its helpers' (Pagefind's) together, which a busy machine changes little.
const projection: Record<string, unknown> = {};
if (bench.merge?.ok && bench.dist && bench.firstSearch) {
  const cpu = (step: { cpuMs: number; helpersCpuMs?: number }): number => step.cpuMs + (step.helpersCpuMs ?? 0);
  const timings = {
    wall: { validateMs: bench.validation.ms, shards: bench.shards, mergeMs: bench.merge.ms },
    cpu: { validateMs: cpu(bench.validation), shards: bench.shards.map((shard) => ({ ...shard, ms: cpu(shard) })), mergeMs: cpu(bench.merge) },
  };
  for (const [name, timing] of Object.entries(timings)) {
    const rates = ratesFrom({ reports: bench.reports, ...timing, files: bench.dist.files, bytes: bench.dist.bytes, pagefindBytes: bench.dist.pagefindBytes, firstSearch: bench.firstSearch });
    const at = project(rates, target);
    projection[name] = { rates, at };
    log(`\nProjection to ${target} reports on ${at.runners} runners, 10-minute budget, from ${name} times: ${at.shards === undefined ? `not reachable (every shard spends ${formatSeconds(at.floorMs)} on validation and, shard 1, the site-wide pages)` : `${at.shards} shards`}; longest shard ${formatSeconds(at.longestShardMs)}, build ${formatSeconds(at.buildMs)}, merge ${formatSeconds(at.mergeMs)}; ${Math.round(at.files)} files, ${formatBytes(at.bytes)} (search ${formatBytes(at.pagefindBytes)}); first search ${formatBytes(at.firstSearchBytes)}`);
  }
}
const outFile = resolve(projectRoot, values.out);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify({ command: 'npm run bench:shards', measuredAt: new Date().toISOString(), machine, bench, targets, projection }, (key, value: unknown) => (key === 'output' ? undefined : value), 2)}\n`);
log(`\nResults written to ${outFile}`);
if (targets.some((t) => !t.pass)) process.exitCode = 1;
