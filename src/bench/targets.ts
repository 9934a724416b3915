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
  /** The whole build against the bare Astro + MDX + Pagefind baseline of the same run (issue 13). */
  buildRatio: 2,
  /** Report pages are 3 per report (zh, zh-Hant, en); every file of dist/, search index included. */
  filesPerReportPage: 15,
  /** Annals' own process (Astro, validation, data). */
  nodePeakBytes: 3 * 1024 ** 3,
  /**
   * Everything together, Pagefind's native indexer included (issue 13). Pagefind held
   * 2.7–3.0 GiB while it indexed one record per figure; figures are now found through
   * the report pages' rows (docs/scale.md).
   */
  totalPeakBytes: 2.5 * 1024 ** 3,
  noChartJsBytes: 2 * 1024,
  chartJsBytes: 70 * 1024,
} as const;

export interface Measured {
  validateMs?: number;
  /** Annals' whole build ÷ the bare baseline's, same run. */
  buildRatio?: number;
  filesPerReportPage?: number;
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
    check(`build ${n} reports ÷ bare Astro + MDX + Pagefind`, '≤ 2×', measured.buildRatio, BUDGET.buildRatio + 1e-9, (ratio) => `${ratio.toFixed(2)}×`),
    check(`build ${n} reports: files in dist/ per report page`, '≤ 15', measured.filesPerReportPage, BUDGET.filesPerReportPage + 1e-9, (files) => files.toFixed(1)),
    check(`build ${n} reports: node maxRSS`, '< 3 GiB', measured.nodeMaxRssBytes, BUDGET.nodePeakBytes, gib),
    // Pagefind indexes in a native process of its own, which the node figure leaves out.
    check(`build ${n} reports: peak RSS with Pagefind`, '≤ 2.5 GiB', measured.peakBytes, BUDGET.totalPeakBytes, gib),
    // "≤" limits: compare against limit + 1 with "<".
    check('JS on pages without a chart', '≤ 2 KiB gz', measured.noChartJs?.bytes, BUDGET.noChartJsBytes + 1, kib, measured.noChartJs && ` (${measured.noChartJs.path})`),
    check('JS on chart pages', '≤ 70 KiB gz', measured.chartJs?.bytes, BUDGET.chartJsBytes + 1, kib, measured.chartJs && ` (${measured.chartJs.path})`, 'no page with a <canvas> yet'),
  ];
}
