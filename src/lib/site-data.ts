/**
 * The validated site, prepared once per build as JSON files that pages read while Astro
 * renders them (the integration's `virtual:annals/site` module reads them; nothing of the
 * data passes through the bundler). `buildSite` validates, writes them, and the renderer's
 * process reads them: validation runs once, in one process.
 *
 * Layout of a data folder:
 *   site.json                     the Site (src/lib/model.ts)
 *   warnings.json                 the validation's warnings, for the build's log
 *   reports/<bureau>/<year>.json  one Report each: what a report page loads
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from './issues.ts';
import type { Report, Site } from './model.ts';

export interface SiteData {
  site: Site;
  /** Warnings of the validation, for the build's log. */
  warnings: Issue[];
}

/** A bureau id or year as a file name: validated ids are slugs, but a path must never climb out. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function reportFile(dir: string, bureauId: string, year: number): string {
  if (!SEGMENT.test(bureauId) || !Number.isInteger(year)) throw new Error(`No prepared data for report ${bureauId} ${year}`);
  return join(dir, 'reports', bureauId, `${year}.json`);
}

/** Writes `data` into `dir` (which must exist): site.json and a file per report. */
export function writeSiteData(dir: string, data: SiteData): void {
  writeFileSync(join(dir, 'site.json'), JSON.stringify(data.site));
  writeFileSync(join(dir, 'warnings.json'), JSON.stringify(data.warnings));
  for (const report of data.site.reports) {
    const file = reportFile(dir, report.bureauId, report.year);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(report));
  }
}

export function readSite(dir: string): Site {
  return JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as Site;
}

export function readWarnings(dir: string): Issue[] {
  return JSON.parse(readFileSync(join(dir, 'warnings.json'), 'utf8')) as Issue[];
}

/** One report, read from its own file: a fresh copy, held only as long as its page holds it. Throws if there is none. */
export function readReport(dir: string, bureauId: string, year: number): Report {
  return JSON.parse(readFileSync(reportFile(dir, bureauId, year), 'utf8')) as Report;
}
