/**
 * The importer run on the development corpus (../shared/import-corpus) and on the five
 * seeds, scored against their hand-written lists. Shared by the corpus test and
 * tools/score-import.ts (which prints the tables of docs/importer.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFiles, extractedFigures, scoreDocument, yearOfFile, type DocumentScore } from '../../src/import/corpus-score.ts';
import { loadCatalog } from '../../src/import/map-indicators.ts';
import { measure, parseExpected } from '../../src/import/measure.ts';
import { importReport, type ImportResult } from '../../src/import/pipeline.ts';

export const REPO = join(import.meta.dirname, '../..');
export const SEEDS = '/work/shared/seeds';
const FIXTURES = join(REPO, 'tests/fixtures/import');

export interface Scored {
  file: string;
  year: number;
  raw: string;
  result: ImportResult;
  score: DocumentScore;
}

export function scoreCorpus(): Scored[] {
  const catalog = loadCatalog(REPO);
  return corpusFiles().map(({ file, path, expected }) => {
    const raw = readFileSync(path, 'utf8');
    const year = yearOfFile(file);
    const result = importReport(raw, { bureau: 'corpus', year, sourceFile: file, catalog, bureauKnown: true });
    return { file, year, raw, result, score: scoreDocument(file, expected, extractedFigures(result)) };
  });
}

/**
 * The held-out tables (tests/fixtures/import-tables/holdout): fictional documents written
 * after the table rules, in shapes and words those rules were not written on, each with its
 * figures listed by hand in expected.tsv (the corpus's format). Never tune on them; add a
 * new document instead.
 */
export const HOLDOUT = join(REPO, 'tests/fixtures/import-tables/holdout');

export function scoreHoldout(): Scored[] {
  const catalog = loadCatalog(REPO);
  return corpusFiles(HOLDOUT).map(({ file, path, expected }) => {
    const raw = readFileSync(path, 'utf8');
    const year = yearOfFile(file);
    const result = importReport(raw, { bureau: 'holdout', year, sourceFile: file, catalog, bureauKnown: true });
    return { file, year, raw, result, score: scoreDocument(file, expected, extractedFigures(result)) };
  });
}

/** The seeds' lists (tests/fixtures/import) count a change's `from` as part of its figure, not as one. */
export function scoreSeeds(): Scored[] {
  const catalog = loadCatalog(REPO);
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.expected.yaml'))
    .sort()
    .map((name) => {
      const expected = parseExpected(readFileSync(join(FIXTURES, name), 'utf8'));
      const raw = readFileSync(join(SEEDS, expected.source), 'utf8');
      const result = importReport(raw, { bureau: 'seed', year: expected.year, sourceFile: expected.source, catalog, bureauKnown: true });
      // The seeds' lists leave the title out (tests/fixtures/import/000…yaml); the corpus counts it.
      const titleBlocks = new Set(result.blocks.flatMap((block, index) => (block.title ? [index] : [])));
      const m = measure(result.extraction.figures.filter((figure) => !titleBlocks.has(figure.block)), expected.figures);
      const score: DocumentScore = {
        file: expected.source,
        expected: m.expected,
        extracted: m.extracted,
        right: m.right,
        missed: m.missed.map((miss) => ({ value: miss.value, scale: miss.scale, unit: miss.unit, what: miss.what ?? '', line: miss.line })),
        false: m.false.map((item) => ({ value: item.value, scale: item.scale, unit: item.unit, what: item.written, line: item.line })),
      };
      return { file: expected.source, year: expected.year, raw, result, score };
    });
}
