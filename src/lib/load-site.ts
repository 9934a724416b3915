/**
 * Reads and validates a whole site: catalog, bureaus, every report's data and narratives.
 * Returns every problem at once; the site only when there are none.
 *
 * Pure with respect to its input folder: no Astro, so `npm run validate` is fast and the
 * same checks run inside `astro build` and `astro dev` through the integration. Each step
 * lives in src/lib/load/.
 */
import type { Issue } from './issues.ts';
import { loadBureaus } from './load/bureaus.ts';
import { loadCatalog } from './load/catalog.ts';
import { loadHantExceptions } from './load/hant-exceptions.ts';
import { LoadContext } from './load/context.ts';
import { attachNarratives } from './load/narratives.ts';
import { loadReports } from './load/reports.ts';
import { checkYearOnYearChanges } from './load/year-on-year.ts';
import type { Site } from './model.ts';

export interface LoadResult {
  site?: Site;
  issues: Issue[];
  /** Every input file read, for the dev server to watch. */
  files: string[];
}

export function loadSite(root: string): LoadResult {
  const context = new LoadContext(root);
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
  context.issues.push(...checkYearOnYearChanges(reports, root));

  const { issues, files } = context;
  if (issues.length > 0) return { issues, files };
  return { site: { indicators: catalog.indicators, bureaus: publishers.bureaus, reports, hantKeep }, issues, files };
}
