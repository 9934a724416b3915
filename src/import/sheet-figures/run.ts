/**
 * `npm run import -- figures.xlsx` for a long table of figures (one row per figure; the
 * columns in columns.ts): the reports' files are made, checked by the real validator in a
 * scratch copy of the site's data/ and content/, and then written, unless a row could not
 * be placed in a report, in which case nothing is written. Every problem is located in the
 * spreadsheet, and for problems in a written file in that file too (locate.ts).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSite } from '../../lib/load-site.ts';
import { entryExists } from '../../lib/load/read-file.ts';
import type { SheetGrid } from '../formats/sheet.ts';
import type { CatalogIndicator } from '../map-indicators.ts';
import { writeDraftFiles, type DraftFile } from '../write-draft.ts';
import { findHeader } from './columns.ts';
import { locate, type LocatedIssue } from './locate.ts';
import { proposalsFile, proposeIndicators, renderReports } from './render.ts';
import { readFigureRows, sheetIssue, type FigureRow } from './rows.ts';

export interface SheetImport {
  /** Every problem, in sheet order. */
  problems: LocatedIssue[];
  /** Files written, relative to the root (none when a row could not be placed). */
  written: string[];
  reports: number;
  figures: number;
  /** Problems the validator found in files this import did not write. */
  elsewhere: number;
}

/** Whether any sheet is a long table of figures (its first row names the columns). */
export function isFigureTable(sheets: readonly SheetGrid[]): boolean {
  return sheets.some((sheet) => findHeader(sheet.rows) !== undefined);
}

/**
 * @param fileName the spreadsheet's name as messages show it (`figures.xlsx`)
 * @throws RefusedToOverwrite (write-draft.ts) when a report's file exists already
 */
export function importFigureTable(sheets: readonly SheetGrid[], options: { root: string; fileName: string; bureaus: ReadonlySet<string>; catalog: readonly CatalogIndicator[] }): SheetImport {
  const { root, fileName } = options;
  const rows: FigureRow[] = [];
  const problems: LocatedIssue[] = [];
  for (const sheet of sheets) {
    const header = findHeader(sheet.rows);
    if (!header) continue;
    const read = readFigureRows(sheet.rows, header, { file: fileName, sheet: sheet.name }, options.bureaus);
    rows.push(...read.figures);
    problems.push(...read.issues.map((issue) => ({ issue })));
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({ issue: sheetIssue({ file: fileName, sheet: sheets[0]?.name ?? '' }, 0, 0, '', 'sheet-no-figures', {}) });
  }
  const placed = problems.length === 0;

  const reports = renderReports(rows, fileName);
  const { proposals, rowOf } = proposeIndicators(rows, options.catalog);
  const proposalsPath = `data/indicators/_proposed-${fileStem(fileName)}.yaml`;
  const files: DraftFile[] = reports.flatMap((report) => [
    { path: report.figuresPath, content: report.figures },
    ...(hasNarrative(root, report.bureau, report.year) ? [] : [{ path: report.narrativePath, content: report.narrative }]),
  ]);
  if (proposals.length > 0) files.push({ path: proposalsPath, content: proposalsFile(proposals, fileName) });

  let elsewhere = 0;
  if (files.length > 0) {
    const scratch = mkdtempSync(join(tmpdir(), 'annals-sheet-'));
    try {
      for (const folder of ['data', 'content']) {
        if (entryExists(join(root, folder))) cpSync(join(root, folder), join(scratch, folder), { recursive: true, verbatimSymlinks: true });
      }
      writeDraftFiles(scratch, files);
      const ours = new Set(files.map((file) => file.path));
      const { issues } = loadSite(scratch);
      for (const issue of issues) {
        if (ours.has(issue.file)) problems.push(locate(issue, reports, { path: proposalsPath, rowOf }));
        else elsewhere += 1;
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  problems.sort((a, b) => a.issue.line - b.issue.line || a.issue.column - b.issue.column);
  if (!placed) for (const problem of problems) if (problem.written) problem.written += '  (not written)';
  const written = placed && files.length > 0 ? writeDraftFiles(root, files) : [];
  return { problems, written, reports: reports.length, figures: rows.length, elsewhere };
}

function hasNarrative(root: string, bureau: string, year: number): boolean {
  return ['zh', 'en'].some((language) => entryExists(join(root, 'content/reports', bureau, String(year), `${language}.mdx`)));
}

/** `Figures 2023.xlsx` → `figures-2023`: a file-name-safe stem for the proposals file. */
function fileStem(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return stem || 'sheet';
}
