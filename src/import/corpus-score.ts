/**
 * Scoring the importer on the development corpus (/work/shared/import-corpus): its
 * `expected.tsv` lists, per file, every figure the text states (`file`, `value`, `unit`,
 * `phrase`), the value as written with its scale word (`50万`, `814.33萬`, `1,500`, `38%`).
 *
 * A figure is right when the importer extracted the same value (digits, thousands
 * separators dropped), scale (万/亿, 萬/億 folded) and unit (traditional folded to
 * simplified, `%` taken from the value). The corpus lists both figures of a before/after
 * pair ("由500元提高到530元": 500 and 530), so a change's `from` counts as an extracted
 * figure here, with the scale and unit of its pair. Matching is one-to-one per document
 * (the list has no line numbers): a value stated three times is right three times only if
 * extracted three times.
 *
 *   right   expected and extracted with the same value, scale and unit;
 *   missed  expected, not extracted so;
 *   false   extracted, matching nothing expected (a wrong unit is one miss and one false).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSimplified } from './convert.ts';
import type { ImportResult } from './pipeline.ts';

export interface ScoredFigure {
  value: string;
  scale: string;
  unit: string;
  /** What the corpus says it is (its `phrase`), or the importer's written expression. */
  what: string;
  line?: number;
}

export interface DocumentScore {
  file: string;
  expected: number;
  extracted: number;
  right: number;
  missed: ScoredFigure[];
  false: ScoredFigure[];
}

/** "1,750,824.6" → 1750824.6; "814.33萬" → 814.33 + 万; "38%" → 38 with unit %. */
export function normalizeExpected(value: string, unit: string): { value: string; scale: string; unit: string } {
  let digits = value.replace(/,/g, '').trim();
  let scale = '';
  const scaleWord = /(万|萬|亿|億)$/.exec(digits);
  if (scaleWord) {
    scale = scaleWord[1] === '萬' || scaleWord[1] === '万' ? '万' : '亿';
    digits = digits.slice(0, -1);
  }
  let folded = toSimplified(unit.trim());
  // A unit column may carry the scale word (万元): the same figure as 1,234万元 in prose.
  const unitScale = /^(万|亿)(.+)$/.exec(folded);
  if (unitScale && !scale) {
    scale = unitScale[1] ?? '';
    folded = unitScale[2] ?? '';
  }
  if (digits.endsWith('%')) {
    digits = digits.slice(0, -1);
    folded = '%';
  }
  return { value: digits, scale, unit: folded };
}

export function readExpectedTsv(path: string): Map<string, ScoredFigure[]> {
  const byFile = new Map<string, ScoredFigure[]>();
  const [, ...rows] = readFileSync(path, 'utf8').split('\n');
  for (const row of rows) {
    if (row.trim() === '') continue;
    const [file = '', value = '', unit = '', phrase = ''] = row.split('\t');
    const list = byFile.get(file) ?? [];
    list.push({ ...normalizeExpected(value, unit), what: phrase });
    byFile.set(file, list);
  }
  return byFile;
}

/** Every figure the importer states for a document, a change's `from` included. */
export function extractedFigures(result: ImportResult): ScoredFigure[] {
  const out: ScoredFigure[] = [];
  for (const figure of result.extraction.figures) {
    if (figure.shape !== 'number') continue;
    out.push({ value: figure.value, scale: figure.scale, unit: figure.unit, what: figure.written, line: figure.line });
    const from = figure.change?.from;
    if (from) {
      const scale = /[万亿]$/.exec(from)?.[0] ?? '';
      out.push({ value: scale ? from.slice(0, -1) : from, scale, unit: figure.unit, what: `${figure.written} (from)`, line: figure.line });
    }
  }
  return out;
}

const key = (figure: ScoredFigure): string => `${figure.value}|${figure.scale}|${figure.unit}`;

export function scoreDocument(file: string, expected: readonly ScoredFigure[], extracted: readonly ScoredFigure[]): DocumentScore {
  const pool = new Map<string, number[]>();
  extracted.forEach((figure, index) => pool.set(key(figure), [...(pool.get(key(figure)) ?? []), index]));
  const used = new Set<number>();
  const missed: ScoredFigure[] = [];
  for (const want of expected) {
    const index = pool.get(key(want))?.find((candidate) => !used.has(candidate));
    if (index === undefined) missed.push(want);
    else used.add(index);
  }
  return {
    file,
    expected: expected.length,
    extracted: extracted.length,
    right: used.size,
    missed,
    false: extracted.filter((_, index) => !used.has(index)),
  };
}

/** The work year a corpus file name gives (…-2020-…), else `fallback` (masked 20xx). */
export function yearOfFile(file: string, fallback = 2021): number {
  const year = /(?:^|-)((?:19|20)\d{2})(?=-)/.exec(file)?.[1];
  return year ? Number(year) : fallback;
}

export interface Totals {
  expected: number;
  extracted: number;
  right: number;
  missed: number;
  false: number;
}

export function totals(scores: readonly DocumentScore[]): Totals {
  return scores.reduce(
    (sum, score) => ({
      expected: sum.expected + score.expected,
      extracted: sum.extracted + score.extracted,
      right: sum.right + score.right,
      missed: sum.missed + score.missed.length,
      false: sum.false + score.false.length,
    }),
    { expected: 0, extracted: 0, right: 0, missed: 0, false: 0 },
  );
}

const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

/** The table docs/importer.md shows: recall = right / expected, precision = right / extracted. */
export function scoreTable(scores: readonly DocumentScore[], totalLabel = 'all'): string {
  const row = (name: string, s: Totals): string =>
    `| ${name} | ${s.expected} | ${s.extracted} | ${s.right} | ${s.missed} | ${s.false} | ${percent(s.right, s.expected)} | ${percent(s.right, s.extracted)} | ${percent(s.false, s.extracted)} |`;
  return [
    '| document | expected | extracted | right | missed | false | recall | precision | false share |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scores.map((s) => row(s.file, { ...s, missed: s.missed.length, false: s.false.length })),
    row(`**${totalLabel}**`, totals(scores)),
  ].join('\n');
}

export const CORPUS_DIR = '/work/shared/import-corpus';

export function corpusFiles(dir = CORPUS_DIR): Array<{ file: string; path: string; expected: ScoredFigure[] }> {
  const expected = readExpectedTsv(join(dir, 'expected.tsv'));
  return [...expected.keys()].sort().map((file) => ({ file, path: join(dir, 'texts', file), expected: expected.get(file) ?? [] }));
}
