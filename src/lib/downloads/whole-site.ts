/**
 * Whether the site offers one whole-site file (/data/annals.csv|json|xlsx). A small site's
 * journalists want one file; a large one's would grow without limit (issue 13: at 3,200
 * bureaus × 10 years `annals.json` passes V8's string limit). So the whole-site files are
 * written only while the site has at most WHOLE_SITE_ROW_LIMIT figures; beyond it the
 * manifest (/data/manifest.json, ./manifest.ts) lists the per-report files instead, and
 * pages link the manifest. Bound and measurements: docs/scale.md, "Bounds".
 */
import type { Site } from '../model.ts';

/**
 * The most rows a whole-site file may hold. Measured on this machine with the sample's rows
 * (docs/scale.md): 20,000 rows make a 13.6 MB CSV and about 37 MB of JSON, and the XLSX
 * writer (which holds its workbook in memory) peaks at about 280 MiB above the build.
 * A province of 150 bureaus × 4 years × 30 figures (18,000 rows) still gets its one file.
 */
export const WHOLE_SITE_ROW_LIMIT = 20_000;

/** Figures of the whole site (one download row each). */
export function siteFigureCount(site: Pick<Site, 'reports'>): number {
  return site.reports.reduce((count, report) => count + report.figures.length, 0);
}

/** True when the site writes /data/annals.* (at most WHOLE_SITE_ROW_LIMIT rows); `limit` for tests. */
export function offersWholeSiteFile(site: Pick<Site, 'reports'>, limit = WHOLE_SITE_ROW_LIMIT): boolean {
  return siteFigureCount(site) <= limit;
}
