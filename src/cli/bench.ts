/**
 * `npm run bench [-- --reports N ...] [--out FILE]`: build-time, memory and page-weight
 * benchmark on fictional data (see docs/benchmark.md). Generates sites of each size
 * (default 100 and 1,000 reports), validates and builds each in a process of its own,
 * weighs the pages of the sample site, times the linear-time cases (one huge figures
 * file, one huge narrative line: measure-large.ts), prints tables, writes bench/results.json and
 * checks the performance budget: exit code 1 if a target fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine } from '../bench/machine.ts';
import { largeTargets, measureLarge } from '../bench/measure-large.ts';
import { measureSample } from '../bench/measure-sample.ts';
import { measureSize, type SizeResult } from '../bench/measure-size.ts';
import { printResults, ratios, resultsJson } from '../bench/report.ts';
import { BUDGET, checkTargets } from '../bench/targets.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    reports: { type: 'string', multiple: true },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const sizes = (values.reports ?? ['100', '1000']).flatMap((text) => text.split(',')).map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--reports takes whole numbers of reports (got ${values.reports?.join(', ')})`);
  process.exit(2);
}

const log = (line: string): void => console.log(line);
const machine = describeMachine();
const results: SizeResult[] = [];
try {
  for (const size of sizes) results.push(await measureSize(projectRoot, size, log));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const sample = await measureSample(projectRoot, log);
const large = await measureLarge(projectRoot, log);

const budgetSize = results.find((size) => size.site.reports === BUDGET.reports);
const targets = checkTargets({
  ...(budgetSize && { validateMs: budgetSize.validation.ms }),
  ...(budgetSize?.build.ok && { nodeMaxRssBytes: budgetSize.build.maxRssBytes, peakBytes: budgetSize.build.peakBytes }),
  ...(budgetSize && ratios(budgetSize) && { buildRatio: ratios(budgetSize)!.build }),
  ...(budgetSize?.dist && { filesPerReportPage: budgetSize.dist.files / (budgetSize.site.reports * 3) }),
  ...(sample.heaviestNoChart && { noChartJs: { bytes: sample.heaviestNoChart.jsGzipBytes, path: sample.heaviestNoChart.path } }),
  ...(sample.heaviestChart && { chartJs: { bytes: sample.heaviestChart.jsGzipBytes, path: sample.heaviestChart.path } }),
});
// A build that failed outright fails its targets, whatever else was measured.
for (const size of results.filter((candidate) => !candidate.build.ok)) {
  targets.push({ name: `build ${size.site.reports} reports`, limit: 'succeeds', measured: (size.build.error ?? size.build.output).split('\n')[0] ?? 'failed', verdict: 'FAIL' });
}
targets.push(...largeTargets(large));
if (!sample.build.ok) targets.push({ name: 'build the sample site', limit: 'succeeds', measured: `failed ${sample.attempts} times`, verdict: 'FAIL' });

const all = { machine, sizes: results, sample, targets };
printResults(all, log);
const outFile = resolve(projectRoot, values.out);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(resultsJson(all), null, 2)}\n`);
log(`\nResults written to ${outFile}`);
if (targets.some((target) => target.verdict === 'FAIL')) {
  log('✗ At least one target failed.');
  process.exitCode = 1;
} else {
  log('✓ Every measured target passed.');
}
