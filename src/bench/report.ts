/**
 * The benchmark's outputs: the tables printed to the terminal and the JSON written to
 * bench/results.json (committed, so results can be compared across commits).
 */
import { loadavg } from 'node:os';
import type { Machine } from './machine.ts';
import type { SampleResult } from './measure-sample.ts';
import type { SizeResult } from './measure-size.ts';
import type { StepResult } from './run-child.ts';
import { formatBytes, formatSeconds, renderTable } from './table.ts';
import type { TargetResult } from './targets.ts';

export interface BenchResults {
  machine: Machine;
  sizes: SizeResult[];
  sample: SampleResult;
  targets: TargetResult[];
}

const step = (result: StepResult) => ({
  ok: result.ok,
  ms: Math.round(result.ms),
  cpuMs: Math.round(result.cpuMs),
  maxRssBytes: result.maxRssBytes,
  helpersBytes: result.helpersBytes,
  // The processes the step spawned (Pagefind; a render or index child): node's cpuMs misses them.
  helpersCpuMs: Math.round(result.helpersCpuMs),
  peakBytes: result.peakBytes,
  peakBoundBytes: result.peakBoundBytes,
  ...(!result.ok && { error: (result.error ?? result.output).slice(0, 2000) }),
});

export function resultsJson(results: BenchResults): unknown {
  return {
    command: 'npm run bench',
    measuredAt: new Date().toISOString(),
    machine: { ...results.machine, loadAverageAtEnd: Number(loadavg()[0]!.toFixed(2)) },
    sizes: results.sizes.map((size) => ({
      reports: size.site.reports,
      bureaus: size.site.bureaus,
      figures: size.site.figures,
      validation: step(size.validation),
      build: step(size.build),
      ...(size.dist && {
        pages: size.dist.pages,
        pagesPerSecond: Number(size.pagesPerSecond!.toFixed(1)),
        files: size.dist.files,
        distBytes: size.dist.bytes,
        pagefindBytes: size.dist.pagefindBytes,
        filesPerReportPage: Number((size.dist.files / reportPages(size)).toFixed(1)),
      }),
      ...(size.bare && {
        bare: { build: step(size.bare.build), ...(size.bare.dist && { pages: size.bare.dist.pages, files: size.bare.dist.files, distBytes: size.bare.dist.bytes, pagefindBytes: size.bare.dist.pagefindBytes }) },
      }),
      ...(ratios(size) && { ratios: ratios(size) }),
    })),
    pageWeight: {
      site: 'sample site (repository root), zh pages; gzip at zlib default level',
      build: step(results.sample.build),
      pages: results.sample.pages.map((page) => ({
        type: page.withChart ? `${page.type} (with chart)` : page.type,
        path: page.path,
        htmlBytes: page.htmlBytes,
        htmlGzipBytes: page.htmlGzipBytes,
        jsGzipBytes: page.jsGzipBytes,
        totalGzipBytes: page.htmlGzipBytes + page.jsGzipBytes,
        onDemandJsGzipBytes: page.onDemandJsGzipBytes,
        chart: page.chart,
        scripts: page.scripts,
      })),
      pagesChecked: results.sample.pagesChecked,
      heaviestJsWithoutChart: results.sample.heaviestNoChart && { path: results.sample.heaviestNoChart.path, jsGzipBytes: results.sample.heaviestNoChart.jsGzipBytes },
      heaviestJsWithChart: results.sample.heaviestChart
        ? { path: results.sample.heaviestChart.path, jsGzipBytes: results.sample.heaviestChart.jsGzipBytes }
        : 'n/a: no page with a <canvas>',
    },
    targets: results.targets,
  };
}

/** Report pages of a size: each report in its three editions (zh, zh-Hant, en). */
const reportPages = (size: SizeResult): number => size.site.reports * 3;

/** Annals against the bare baseline of the same run: build time and peak memory. */
export function ratios(size: SizeResult): { build: number; peak: number } | undefined {
  if (!size.build.ok || !size.bare?.build.ok) return undefined;
  return { build: Number((size.build.ms / size.bare.build.ms).toFixed(2)), peak: Number((size.build.peakBytes / size.bare.build.peakBytes).toFixed(2)) };
}

export function printResults(results: BenchResults, print: (text: string) => void): void {
  const { machine } = results;
  print(`\nMachine: ${machine.nproc} CPUs (${machine.cpu}), ${formatBytes(machine.memoryBytes)} memory, Node ${machine.node}, load average ${machine.loadAverageAtStart} at start\n`);
  print(renderTable(
    ['reports', 'figures', 'validate', '(cpu)', 'build', '(cpu)', '(helpers cpu)', 'pages', 'pages/s', 'peak RSS', 'node', 'helpers', 'dist', 'search index'],
    results.sizes.map(({ site, validation, build, dist, pagesPerSecond }) => [
      String(site.reports), String(site.figures),
      formatSeconds(validation.ms), formatSeconds(validation.cpuMs),
      build.ok ? formatSeconds(build.ms) : 'FAILED', formatSeconds(build.cpuMs), formatSeconds(build.helpersCpuMs),
      dist ? String(dist.pages) : '—', pagesPerSecond ? pagesPerSecond.toFixed(1) : '—',
      formatBytes(build.peakBytes), formatBytes(build.maxRssBytes), formatBytes(build.helpersBytes),
      dist ? formatBytes(dist.bytes) : '—', dist ? formatBytes(dist.pagefindBytes) : '—',
    ]),
  ));
  const compared = results.sizes.filter((size) => size.bare);
  if (compared.length > 0) {
    print('\nAnnals against bare Astro + MDX + Pagefind on the same narratives, built one after the other in this run:\n');
    print(renderTable(
      ['reports', 'Annals build', 'bare build', 'ratio', 'Annals peak', 'bare peak', 'ratio', 'files per report page'],
      compared.map((size) => [
        String(size.site.reports), formatSeconds(size.build.ms), size.bare!.build.ok ? formatSeconds(size.bare!.build.ms) : 'FAILED', ratios(size) ? `${ratios(size)!.build}×` : '—',
        formatBytes(size.build.peakBytes), formatBytes(size.bare!.build.peakBytes), ratios(size) ? `${ratios(size)!.peak}×` : '—',
        size.dist ? (size.dist.files / reportPages(size)).toFixed(1) : '—',
      ]),
    ));
  }
  const { sample } = results;
  print('\npeak RSS: node and Pagefind together, sampled every 0.1 s; node: the build process\'s own maxRSS; helpers: the peaks of the processes it spawns (Pagefind, esbuild), summed. (cpu): node CPU time, Pagefind excluded.');
  print(`\nPage weight, sample site (zh; gzip): built in ${formatSeconds(sample.build.ms)}${sample.attempts > 1 ? ` after ${sample.attempts} attempts` : ''}\n`);
  print(renderTable(
    ['page', 'path', 'HTML', 'HTML gz', 'JS gz', 'HTML+JS gz', 'chart', 'on-demand JS gz'],
    sample.pages.map((page) => [
      page.withChart ? `${page.type} + chart` : page.type, page.path, formatBytes(page.htmlBytes), formatBytes(page.htmlGzipBytes), formatBytes(page.jsGzipBytes),
      formatBytes(page.htmlGzipBytes + page.jsGzipBytes), page.chart ? 'yes' : 'no', page.onDemandJsGzipBytes ? formatBytes(page.onDemandJsGzipBytes) : '—',
    ]),
  ));
  print(`\nTargets (JS checked on all ${sample.pagesChecked} pages of the sample site)\n`);
  print(renderTable(['target', 'limit', 'measured', ''], results.targets.map((target) => [target.name, target.limit, target.measured, target.verdict])));
}
