/**
 * LibreOffice Calc, headless (Debian's libreoffice-calc-nogui), as a reader's spreadsheet:
 * it opens downloads with its automatic detection on and writes back what each cell
 * DISPLAYS. Without soffice the spreadsheet tests are skipped with a loud message, except
 * in CI, where a missing soffice is a failure (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { parseCsv } from './csv.ts';

export const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
export const hasSoffice = spawnSync('sh', ['-c', 'command -v "$0"', SOFFICE], { stdio: 'ignore' }).status === 0;

if (!hasSoffice) {
  if (process.env.CI) throw new Error(`Spreadsheet tests need LibreOffice (${SOFFICE}); .ci/run installs Debian's libreoffice-calc-nogui package.`);
  console.warn(`\n⚠️  SPREADSHEET TESTS SKIPPED: no ${SOFFICE}. Install it with: apt-get install libreoffice-calc-nogui\n`);
}

const CSV_FILTER = 'Text - txt - csv (StarCalc)';
/**
 * Opening a CSV as a person does: comma, double quote, UTF-8 (76), from line 1, no column
 * types forced, the given locale, quoted fields NOT forced to text (token 7) and "detect
 * special numbers" ON (token 8: dates, times, percentages, scientific notation), as Excel
 * always does. Formulas are evaluated (the default).
 */
export const detectingCsvImport = (locale: number): string => `${CSV_FILTER}:44,34,76,1,,${locale},false,true`;
/** Saving each sheet (token 12: -1, all sheets, one file each) as CSV with cells as shown (token 9). */
const DISPLAYED_CSV_EXPORT = `csv:${CSV_FILTER}:44,34,76,1,,0,false,true,true,false,false,-1`;

export const LOCALE_EN_US = 1033;
export const LOCALE_ZH_CN = 2052;

/**
 * Opens each file in LibreOffice (one soffice start for all, with a private profile) and
 * returns what each sheet displays: file stem → sheet name → records. A CSV input is read
 * with `csvImport`; an XLSX as it is. LibreOffice ends records with LF: read with that.
 */
export function displayedSheets(files: string[], csvImport?: string): Map<string, Map<string, string[][]>> {
  const work = mkdtempSync(join(tmpdir(), 'annals-soffice-'));
  try {
    const args = [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore'];
    if (csvImport) args.push(`--infilter=${csvImport}`);
    args.push('--convert-to', DISPLAYED_CSV_EXPORT, '--outdir', join(work, 'out'), ...files);
    const run = spawnSync(SOFFICE, args, { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
    const result = new Map<string, Map<string, string[][]>>();
    for (const file of files) {
      const stem = basename(file, extname(file));
      const sheets = new Map<string, string[][]>();
      // "<stem>-<sheet>.csv" per sheet; the sheet of a CSV is named after the file.
      const names = run.stdout.matchAll(/Writing sheet (.+?) -> (.+?\.csv)/g);
      for (const [, sheet = '', path = ''] of names) {
        if (basename(path).startsWith(`${stem}-`)) sheets.set(sheet, readDisplayed(path));
      }
      if (sheets.size === 0) throw new Error(`soffice wrote no sheet for ${file}:\n${run.stdout}\n${run.stderr}`);
      result.set(stem, sheets);
    }
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** LibreOffice's CSV ends records with LF: turn each LF outside quotes into CRLF for the strict reader. */
function readDisplayed(path: string): string[][] {
  let quoted = false;
  let text = '';
  for (const char of readFileSync(path, 'utf8')) {
    if (char === '"') quoted = !quoted;
    text += char === '\n' && !quoted ? '\r\n' : char;
  }
  return parseCsv(text).records;
}
