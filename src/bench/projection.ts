/**
 * docs/scale.md's projection of a sharded build to a larger corpus, from the numbers the
 * sharded benchmark measured (measure-shards.ts); nothing here is assumed except the model:
 *
 * - Every shard validates the whole site: `validate × R` (ms per report, from the measured
 *   validation of the same site in a process of its own).
 * - A shard renders and indexes the reports it owns: `perOwned × r` (shards 2…N, whose only
 *   pages are their bureaus', minus the validation).
 * - Shard 1 also renders the site-wide pages: `siteWide × R` (what is left of its time).
 * - The merge copies every file: `mergePerFile × files`.
 * - Output files, bytes and search-index bytes grow with the reports.
 * - A first search loads Pagefind's JS and WebAssembly once, then from every bundle its
 *   entry and index chunks (`perBundle`: Pagefind cuts its index into chunks of about
 *   20–28 KB, and a query word loads its chunk whatever the corpus), and its page list
 *   (pf_meta) and filter chunks, which both grow with the pages: `metaPerReport × R` and
 *   `filtersPerReport × R` over all bundles.
 * With S shards on `runners` runners, the build takes ceil(S / runners) rounds of the
 * longest shard (shard 1), then the merge.
 */
export interface MeasuredShards {
  reports: number;
  validateMs: number;
  shards: Array<{ index: number; reports: number; ms: number }>;
  mergeMs: number;
  files: number;
  bytes: number;
  pagefindBytes: number;
  firstSearch: { bytes: number; byBundle: Record<string, number>; metaByBundle: Record<string, number>; files: Record<string, number> };
}

export interface Rates {
  validateMsPerReport: number;
  ownedMsPerReport: number;
  siteWideMsPerReport: number;
  mergeMsPerFile: number;
  filesPerReport: number;
  bytesPerReport: number;
  pagefindBytesPerReport: number;
  searchFixedBytes: number;
  searchPerBundleBytes: number;
  searchMetaBytesPerReport: number;
  searchFilterBytesPerReport: number;
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);

export function ratesFrom(measured: MeasuredShards): Rates {
  const validateMsPerReport = measured.validateMs / measured.reports;
  const [first, ...others] = [...measured.shards].sort((a, b) => a.index - b.index);
  if (!first || others.length === 0) throw new Error('the projection needs at least two shards');
  const validation = validateMsPerReport * measured.reports;
  const ownedMsPerReport = mean(others.map((shard) => (shard.ms - validation) / shard.reports));
  const siteWideMsPerReport = Math.max(0, first.ms - validation - ownedMsPerReport * first.reports) / measured.reports;
  const { byBundle, metaByBundle, files } = measured.firstSearch;
  const shardBundles = Object.keys(byBundle).filter((bundle) => bundle.startsWith('pagefind/shards/'));
  const filtersOf = (bundle: string): number =>
    Object.entries(files).filter(([path]) => path.endsWith('.pf_filter') && path.startsWith(`/${bundle}/`) && (bundle !== 'pagefind' || !path.startsWith('/pagefind/shards/'))).reduce((sum, [, bytes]) => sum + bytes, 0);
  const searchPerBundleBytes = mean(shardBundles.map((bundle) => (byBundle[bundle] ?? 0) - (metaByBundle[bundle] ?? 0) - filtersOf(bundle)));
  const metaBytes = Object.values(metaByBundle).reduce((sum, value) => sum + value, 0);
  const filterBytes = Object.entries(files).filter(([path]) => path.endsWith('.pf_filter')).reduce((sum, [, bytes]) => sum + bytes, 0);
  return {
    validateMsPerReport,
    ownedMsPerReport,
    siteWideMsPerReport,
    mergeMsPerFile: measured.mergeMs / measured.files,
    filesPerReport: measured.files / measured.reports,
    bytesPerReport: measured.bytes / measured.reports,
    pagefindBytesPerReport: measured.pagefindBytes / measured.reports,
    searchFixedBytes: measured.firstSearch.bytes - metaBytes - filterBytes - searchPerBundleBytes * (shardBundles.length + 1),
    searchPerBundleBytes,
    searchMetaBytesPerReport: metaBytes / measured.reports,
    searchFilterBytesPerReport: filterBytes / measured.reports,
  };
}

export interface Projection {
  reports: number;
  runners: number;
  budgetMs: number;
  /** Fewest shards whose build fits the budget, or undefined if none up to `maxShards` does. */
  shards: number | undefined;
  /** Time of shard 1 with that many shards (or with maxShards), and of the whole build. */
  longestShardMs: number;
  buildMs: number;
  /** The part of every shard's time that more shards cannot reduce (validation; shard 1's site-wide pages). */
  floorMs: number;
  mergeMs: number;
  files: number;
  bytes: number;
  pagefindBytes: number;
  firstSearchBytes: number;
}

export function project(rates: Rates, reports: number, runners = 8, budgetMs = 600_000, maxShards = 256): Projection {
  const floorMs = (rates.validateMsPerReport + rates.siteWideMsPerReport) * reports;
  const files = rates.filesPerReport * reports;
  const mergeMs = rates.mergeMsPerFile * files;
  const timing = (shards: number) => {
    const longestShardMs = floorMs + rates.ownedMsPerReport * Math.ceil(reports / shards);
    return { longestShardMs, buildMs: Math.ceil(shards / runners) * longestShardMs + mergeMs };
  };
  let shards: number | undefined;
  for (let candidate = 1; candidate <= maxShards && shards === undefined; candidate++) if (timing(candidate).buildMs <= budgetMs) shards = candidate;
  const chosen = shards ?? runners;
  return {
    reports,
    runners,
    budgetMs,
    shards,
    ...timing(chosen),
    floorMs,
    mergeMs,
    files,
    bytes: rates.bytesPerReport * reports,
    pagefindBytes: rates.pagefindBytesPerReport * reports,
    firstSearchBytes: rates.searchFixedBytes + rates.searchPerBundleBytes * chosen + (rates.searchMetaBytesPerReport + rates.searchFilterBytesPerReport) * reports,
  };
}
