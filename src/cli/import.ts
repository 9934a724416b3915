/**
 * `npm run import -- <file> --bureau <id> --year <yyyy> [--root DIR]
 *                   [--zh-name … --en-name … --level …]`
 *
 * <file> is .txt, .html/.htm (a saved web page), .docx, .pdf, .xlsx or .csv; each is read
 * into plain text by src/import/formats/ (tables as `|` lines). Turns the report into a draft for the
 * editor: data/figures/<bureau>/<year>.yaml, content/reports/<bureau>/<year>/zh.mdx and the
 * review list data/figures/<bureau>/<year>.review.md. Never overwrites a file. When the
 * bureau is new, a TODO entry is added to data/bureaus.yaml (from the flags, as
 * `npm run new` does) and proposed indicators go to data/indicators/_proposed-<bureau>-<year>.yaml.
 */
import './edge.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { REVIEW_DATA_DIR, reviewData } from '../import/review-page/data.ts';
import { parseArgs } from 'node:util';
import { addBureau, BUREAU_ID, bureauIds, bureauStub } from '../import/bureau-entry.ts';
import { loadCatalog } from '../import/map-indicators.ts';
import { readImportInput } from '../import/formats/read-input.ts';
import { draftFiles, importReport } from '../import/pipeline.ts';
import { importFigureTable, isFigureTable } from '../import/sheet-figures/run.ts';
import type { SheetGrid } from '../import/formats/sheet.ts';
import { formatLocated } from '../import/sheet-figures/locate.ts';
import { formatIssue } from '../lib/issues.ts';
import { readSiteFile, RefusedToOverwrite, writeDraftFiles } from '../import/write-draft.ts';

const USAGE = 'Usage: npm run import -- <file.txt|.html|.docx|.pdf|.xlsx|.csv> --bureau <id> --year <yyyy> [--root DIR] [--zh-name … --en-name … --level …]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bureau: { type: 'string' },
    year: { type: 'string' },
    root: { type: 'string', default: '.' },
    'zh-name': { type: 'string' },
    'en-name': { type: 'string' },
    level: { type: 'string' },
  },
});

const [inputPath] = positionals;
if (!inputPath || positionals.length > 1) fail('Give exactly one input file.');
const root = resolve(values.root);
const input = await readImportInput(inputPath);
if (input.issues.length > 0 || input.text === undefined) {
  console.error(input.issues.map((issue) => formatIssue(issue)).join('\n\n'));
  process.exit(1);
}
if (input.sheets && isFigureTable(input.sheets)) process.exit(importFigures(input.sheets));
const bureau = values.bureau ?? fail('--bureau is required.');
if (!BUREAU_ID.test(bureau)) fail(`--bureau must be a kebab-case id such as "donghu"; got "${bureau}".`);
const yearText = values.year ?? fail('--year is required (the work year the report is about).');
if (!/^(19|20)\d{2}$/.test(yearText)) fail(`--year must be a year such as 2022; got "${yearText}".`);
const year = Number(yearText);

const raw = input.text;

const bureauKnown = bureauIds(root).has(bureau);
const bureauFlags = { zhName: values['zh-name'], enName: values['en-name'], level: values.level };
if (!bureauKnown) {
  try {
    bureauStub(bureau, bureauFlags); // checks --level before anything is written
  } catch (error) {
    fail((error as Error).message);
  }
}
const result = importReport(raw, {
  bureau, year, sourceFile: basename(inputPath), catalog: loadCatalog(root), bureauKnown, selfCheck: { root, bureauFlags }, siteFile: readSiteFile(root),
});
// This report's draft, and a draft for each other year a table has figures for (unless that report's file exists).
const files = draftFiles(result);

try {
  const written = writeDraftFiles(root, files);
  if (!bureauKnown) {
    addBureau(root, bureau, bureauFlags);
    written.push('data/bureaus.yaml (new entry appended, with TODOs)');
  }
  const { figures } = result.assignment;
  const matched = figures.filter((figure) => figure.match).length;
  console.log(`Imported ${basename(inputPath)}: ${figures.length} figures (${result.extraction.figures.length} statements), ${matched} matched to the catalog, ${figures.length - matched} proposed.`);
  console.log(`Wrote:\n${written.map((path) => `  ${path}`).join('\n')}`);
  console.log(`${result.review.length} items to review in ${result.paths.review}.`);
  // For the dev-only review page (npm run dev → /_import/): scratch data, ignored by git.
  mkdirSync(join(root, REVIEW_DATA_DIR), { recursive: true });
  writeFileSync(join(root, REVIEW_DATA_DIR, `${bureau}-${year}.json`), JSON.stringify(reviewData(result, { bureau, year, sourceFile: basename(inputPath), raw })));
  console.log(`Review it in the browser: npm run dev, then /_import/`);
} catch (error) {
  if (error instanceof RefusedToOverwrite) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

/**
 * A spreadsheet whose first row names the figure columns (bureau, year, indicator, value …):
 * one figures file per report, checked by the validator. Returns the exit code.
 */
function importFigures(sheets: SheetGrid[]): number {
  const name = basename(inputPath!);
  try {
    const result = importFigureTable(sheets, { root, fileName: name, bureaus: bureauIds(root), catalog: loadCatalog(root) });
    if (result.problems.length > 0) console.error(`${result.problems.map(formatLocated).join('\n\n')}\n`);
    console.log(`Read ${name}: ${result.figures} figures for ${result.reports} report${result.reports === 1 ? '' : 's'}, ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}.`);
    if (result.written.length > 0) console.log(`Wrote:\n${result.written.map((path) => `  ${path}`).join('\n')}`);
    else console.log('Nothing was written: fix the rows named above in the spreadsheet and import it again.');
    if (result.elsewhere > 0) console.log(`(${result.elsewhere} other problems in files this import did not write: npm run validate lists them.)`);
    return result.problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof RefusedToOverwrite) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
