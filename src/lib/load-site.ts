/**
 * Reads and validates a whole site: catalog, bureaus, every report's data and narratives.
 * Returns every problem at once; the site only when there are none.
 *
 * Pure with respect to its input folder: no Astro, so `npm run validate` is fast and the
 * same checks run inside `astro build` and `astro dev` through the integration. Each step
 * lives in src/lib/load/.
 */
import { buildDate } from './build-date.ts';
import type { Issue } from './issues.ts';
import { loadBureaus } from './load/bureaus.ts';
import { loadCatalog } from './load/catalog.ts';
import { loadHantExceptions } from './load/hant-exceptions.ts';
import { LoadContext } from './load/context.ts';
import { attachNarratives } from './load/narratives.ts';
import { loadReports } from './load/reports.ts';
import { findWarnings } from './load/warnings.ts';
import { checkYearOnYearChanges } from './load/year-on-year.ts';
import type { Site } from './model.ts';

export interface LoadResult {
  site?: Site;
  issues: Issue[];
  /** Problems that do not stop the build (src/lib/load/facts.ts, src/lib/load/warnings.ts). */
  warnings: Issue[];
  /** Every input file read, for the dev server to watch. */
  files: string[];
}

export interface LoadOptions {
  /** "Today" for validation, YYYY-MM-DD; defaults to ANNALS_BUILD_DATE, else today (UTC). */
  buildDate?: string;
}

/**
 * Never throws: an unexpected error (a bug, not an editor's mistake, since every input
 * problem is an issue) becomes one 'internal-error' issue, so no command shows a stack.
 */
export function loadSite(root: string, options: LoadOptions = {}): LoadResult {
  const date = buildDate(options.buildDate !== undefined ? { ANNALS_BUILD_DATE: options.buildDate } : process.env);
  if ('error' in date) {
    const issue: Issue = { file: 'ANNALS_BUILD_DATE', line: 1, column: 1, field: 'ANNALS_BUILD_DATE', code: 'bad-build-date', params: { found: date.error } };
    return { issues: [issue], warnings: [], files: [] };
  }
  const context = new LoadContext(root, date.date);
  try {
    return loadInto(context);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    return { issues: [...context.issues, { file: '.', line: 1, column: 1, field: '', code: 'internal-error', params: { detail } }], warnings: context.warnings, files: context.files };
  }
}

function loadInto(context: LoadContext): LoadResult {
  const { root } = context;
  const catalog = loadCatalog(context);
  const publishers = loadBureaus(context);
  const loaded = loadReports(context, {
    indicators: catalog.indicators,
    brokenIndicatorIds: catalog.brokenIds,
    bureaus: publishers.bureaus,
    brokenBureauIds: publishers.brokenIds,
  });
  attachNarratives(context, loaded);
  const hantKeep = loadHantExceptions(context);
  const reports = [...loaded.reports.values()].sort((a, b) => a.bureauId.localeCompare(b.bureauId) || a.year - b.year);
  context.issues.push(...checkYearOnYearChanges(reports, root, catalog.indicators));

  const { issues, files } = context;
  if (issues.length > 0) return { issues, warnings: context.warnings, files };
  const warnings = [...context.warnings, ...findWarnings(reports, root)];
  return { site: { indicators: catalog.indicators, bureaus: publishers.bureaus, reports, hantKeep }, issues, warnings, files };
}
