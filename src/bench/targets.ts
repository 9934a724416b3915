/**
 * The performance budget, checked against measured numbers. A target whose measurement
 * was not taken in this run (another size was asked for, no chart page exists) is "n/a",
 * which does not fail the run.
 */
export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export interface TargetResult {
  name: string;
  limit: string;
  measured: string;
  verdict: Verdict;
}

export const BUDGET = {
  /** The size the time and memory targets are stated for. */
  reports: 1000,
  validateMs: 10_000,
  buildMs: 180_000,
  /** Annals' own process (Astro, validation, data). */
  nodePeakBytes: 3 * 1024 ** 3,
  /**
   * Everything together, Pagefind's native indexer included: a quarter of this 24 GiB
   * machine class. Pagefind holds the whole index in memory (about 2.9 GiB for 2,300 pages
   * plus 60,000 figure records at 1,000 reports); splitting the index per language is the
   * way down if sites grow past that.
   */
  totalPeakBytes: 6 * 1024 ** 3,
  noChartJsBytes: 2 * 1024,
  chartJsBytes: 70 * 1024,
} as const;

export interface Measured {
  validateMs?: number;
  buildMs?: number;
  /** The build process's own maxRSS. */
  nodeMaxRssBytes?: number;
  /** The build process and its helpers (Pagefind's indexer) together. */
  peakBytes?: number;
  /** Heaviest up-front JS of a page without a chart, and of a chart page (undefined: none). */
  noChartJs?: { bytes: number; path: string };
  chartJs?: { bytes: number; path: string };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const gib = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

function check(
  name: string, limit: string, value: number | undefined, max: number, show: (n: number) => string,
  where = '', absent = 'not measured in this run',
): TargetResult {
  if (value === undefined) return { name, limit, measured: absent, verdict: 'n/a' };
  return { name, limit, measured: `${show(value)}${where}`, verdict: value < max ? 'PASS' : 'FAIL' };
}

export function checkTargets(measured: Measured): TargetResult[] {
  const n = BUDGET.reports.toLocaleString('en');
  return [
    check(`validate ${n} reports`, '< 10 s', measured.validateMs, BUDGET.validateMs, seconds),
    check(`build ${n} reports`, '< 180 s', measured.buildMs, BUDGET.buildMs, seconds),
    check(`build ${n} reports: node maxRSS`, '< 3 GiB', measured.nodeMaxRssBytes, BUDGET.nodePeakBytes, gib),
    // Pagefind indexes in a native process of its own, which the node figure leaves out.
    check(`build ${n} reports: peak RSS with Pagefind`, '< 6 GiB', measured.peakBytes, BUDGET.totalPeakBytes, gib),
    // "≤" limits: compare against limit + 1 with "<".
    check('JS on pages without a chart', '≤ 2 KiB gz', measured.noChartJs?.bytes, BUDGET.noChartJsBytes + 1, kib, measured.noChartJs && ` (${measured.noChartJs.path})`),
    check('JS on chart pages', '≤ 70 KiB gz', measured.chartJs?.bytes, BUDGET.chartJsBytes + 1, kib, measured.chartJs && ` (${measured.chartJs.path})`, 'no page with a <canvas> yet'),
  ];
}
