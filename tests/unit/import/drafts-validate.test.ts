/**
 * Issue 12, deliverable 4: every draft the importer makes from the development corpus and
 * from the seeds passes validation once the editor has resolved what its review list
 * names, and only that. The editor is scripted: it rewords each number the list says the
 * narrative still types (若干), and pastes the proposed catalog entries the list shows; it
 * has no fix for any other item, so a problem the list does not name, or names without a
 * fix, fails the test.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles, yearOfFile } from '../../../src/import/corpus-score.ts';
import { loadCatalog } from '../../../src/import/map-indicators.ts';
import { draftFiles, importReport } from '../../../src/import/pipeline.ts';
import { writeDraftFiles } from '../../../src/import/write-draft.ts';
import { addBureau } from '../../../src/import/bureau-entry.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { REPO, SEEDS } from '../../helpers/import-scores.ts';

const NEW_BUREAU = { zhName: '示例区民政局', enName: 'Example District Civil Affairs Bureau', level: 'district' };

function scratchSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'annals-drafts-'));
  mkdirSync(join(root, 'data'), { recursive: true });
  cpSync(join(REPO, 'data/indicators'), join(root, 'data/indicators'), { recursive: true });
  cpSync(join(REPO, 'data/bureaus.yaml'), join(root, 'data/bureaus.yaml'));
  return root;
}

/**
 * The scripted editor: acts on the review list's items only. Returns the items it could not
 * act on. A typed number is named in this report's narrative (“zh.mdx line 3”) or in another
 * year's narrative draft by its path (a table's other year, other-reports.ts).
 */
function resolve(root: string, review: string, narrativePath: string): string[] {
  const unresolved: string[] = [];
  const typed: Array<{ path: string; line: number; column: number; found: string }> = [];
  for (const item of review.split('\n').filter((line) => line.startsWith('- [ ] '))) {
    const number = /The narrative still types “(.+?)” \((zh\.mdx|content\/reports\/\S+\.mdx) line (\d+), column (\d+)\)/.exec(item);
    if (number) typed.push({ found: number[1] ?? '', path: number[2] === 'zh.mdx' ? narrativePath : (number[2] ?? ''), line: Number(number[3]), column: Number(number[4]) });
    else if (item.includes('`npm run validate` will refuse')) unresolved.push(item);
  }
  for (const path of new Set([narrativePath, ...typed.map((entry) => entry.path)])) {
    const mdx = readFileSync(join(root, path), 'utf8').split('\n');
    for (const { line, column, found } of typed.filter((entry) => entry.path === path).sort((a, b) => b.line - a.line || b.column - a.column)) {
      const text = mdx[line - 1] ?? '';
      if (text.slice(column - 1, column - 1 + found.length) !== found) unresolved.push(`not at ${path} ${line}:${column}: ${found}`);
      else mdx[line - 1] = `${text.slice(0, column - 1)}若干${text.slice(column - 1 + found.length)}`;
    }
    writeFileSync(join(root, path), mdx.join('\n'));
  }
  const proposals = /```yaml\n([\s\S]*?)```/.exec(review)?.[1];
  if (proposals) writeFileSync(join(root, 'data/indicators/_accepted.yaml'), proposals);
  return unresolved;
}

const documents = [
  ...corpusFiles().map(({ file, path }) => ({ file, path, year: yearOfFile(file), bureau: 'example-district', known: false, otherYears: [] as number[] })),
  // The seeds' work years, as their expected lists give them (tests/fixtures/import).
  ...Object.entries({ '000_07bbf3174e1764b6.txt': 2017, '001_d0ec94d3b34c9a3d.txt': 2021, '002_b293c6d65e874545.txt': 2022, '003_d99df1b6b6e7336a.txt': 2022, '004_f5e801b0ac21c3b9.txt': 2019 }).map(([file, year]) => ({
    file,
    path: join(SEEDS, file),
    year,
    bureau: 'donghu',
    known: true,
    otherYears: [] as number[],
  })),
  // Fictional: a column per year and a row per year, so drafts for 2021 and 2022 are written too.
  { file: 'report-with-years.txt', path: join(REPO, 'tests/fixtures/import-tables/report-with-years.txt'), year: 2023, bureau: 'example-district', known: false, otherYears: [2021, 2022] },
];

describe('drafts from the corpus and the seeds, after their review lists are resolved', () => {
  it.each(documents)('$file passes validation', ({ path, year, bureau, known, otherYears }) => {
    const root = scratchSite();
    try {
      const result = importReport(readFileSync(path, 'utf8'), {
        bureau, year, sourceFile: 'input.txt', catalog: loadCatalog(root), bureauKnown: known,
        selfCheck: { root, ...(!known && { bureauFlags: NEW_BUREAU }) },
      });
      writeDraftFiles(root, draftFiles(result));
      if (!known) addBureau(root, bureau, NEW_BUREAU);
      // Before: the draft fails only where the review list says it will.
      const before = loadSite(root).issues;
      for (const issue of before.filter((candidate) => candidate.code === 'number-in-narrative')) {
        expect(result.files.review).toContain(`types “${String(issue.params['found'])}” (zh.mdx line ${issue.line}, column ${issue.column})`);
      }
      const unresolved = resolve(root, result.files.review ?? '', result.paths.narrative);
      expect(unresolved).toEqual([]);
      const site = loadSite(root);
      expect(site.issues).toEqual([]);
      // Every other year a table has figures for is a report of its own, with its figures.
      expect(result.otherReports.map((other) => other.year)).toEqual(otherYears);
      for (const other of result.otherReports) {
        expect(site.site?.reports.find((report) => report.bureauId === bureau && report.year === other.year)?.figures.length).toBe(other.assignment.figures.length);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
