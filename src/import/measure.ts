/**
 * Measuring the importer against a hand-written list of the figures a document states
 * (tests/fixtures/import/<seed>.expected.yaml).
 *
 *   right  an expected figure the importer extracted with the same value, scale and unit;
 *   missed an expected figure it did not;
 *   false  an extracted item that matches no expected figure (not a figure, or a figure
 *          read wrong: a wrong unit counts as one miss and one false).
 * Matching is one-to-one and prefers the same source line, then the nearest one, so a
 * value that occurs twice ("3个社区" … "3个社区") is counted twice only if stated twice.
 * Qualifier, status and change are compared on the right ones and reported, not scored.
 */
import { parse } from 'yaml';
import type { ExtractedFigure } from './types.ts';

export interface ExpectedFigure {
  line: number;
  value: string;
  scale: string;
  unit: string;
  qualifier?: string;
  status: string;
  change?: { reported?: string; from?: string };
  restates?: number;
  what?: string;
}

export interface ExpectedDocument {
  source: string;
  year: number;
  figures: ExpectedFigure[];
}

/** Reads a fixture with the failsafe schema, so "855" and "1:0.81" stay strings. */
export function parseExpected(text: string): ExpectedDocument {
  const data = parse(text, { schema: 'failsafe' }) as {
    source: string;
    year: string;
    figures: Array<Record<string, unknown>>;
  };
  return {
    source: data.source,
    year: Number(data.year),
    figures: data.figures.map((raw) => {
      const change = raw['change'] as { reported?: string; from?: string } | undefined;
      return {
        line: Number(raw['line']),
        value: String(raw['value']),
        scale: String(raw['scale'] ?? ''),
        unit: String(raw['unit'] ?? ''),
        ...(raw['qualifier'] !== undefined && { qualifier: String(raw['qualifier']) }),
        status: String(raw['status'] ?? 'actual'),
        ...(change && { change }),
        ...(raw['restates'] !== undefined && { restates: Number(raw['restates']) }),
        ...(raw['what'] !== undefined && { what: String(raw['what']) }),
      };
    }),
  };
}

export const figureKey = (figure: { value: string; scale: string; unit: string }): string => `${figure.value}|${figure.scale}|${figure.unit}`;

export interface Measurement {
  expected: number;
  extracted: number;
  right: number;
  missed: ExpectedFigure[];
  false: ExtractedFigure[];
  /** Among the right ones: how many also agree on qualifier, status and change. */
  qualifierAgrees: number;
  statusAgrees: number;
  changeAgrees: number;
  pairs: Array<{ expected: ExpectedFigure; extracted: ExtractedFigure }>;
}

function changeAgrees(expected: ExpectedFigure, extracted: ExtractedFigure): boolean {
  const want = expected.change ?? {};
  const got = extracted.change ?? {};
  return (want.reported ?? '') === (got.reported ?? '') && (want.from ?? '') === (got.from ?? '');
}

export function measure(extracted: readonly ExtractedFigure[], expected: readonly ExpectedFigure[]): Measurement {
  const used = new Set<number>();
  const pairs: Measurement['pairs'] = [];
  const unmatched: ExpectedFigure[] = [];

  // Two passes: same line first, so a nearer wrong candidate cannot take a right one's place.
  const pending = [...expected];
  for (const sameLineOnly of [true, false]) {
    const still: ExpectedFigure[] = [];
    for (const want of pending) {
      let best = -1;
      let bestDistance = Infinity;
      extracted.forEach((got, index) => {
        if (used.has(index) || figureKey(got) !== figureKey(want)) return;
        const distance = Math.abs(got.line - want.line);
        if ((sameLineOnly && distance > 0) || distance >= bestDistance) return;
        best = index;
        bestDistance = distance;
      });
      if (best === -1) {
        still.push(want);
        continue;
      }
      used.add(best);
      pairs.push({ expected: want, extracted: extracted[best] as ExtractedFigure });
    }
    pending.splice(0, pending.length, ...still);
  }
  unmatched.push(...pending);

  return {
    expected: expected.length,
    extracted: extracted.length,
    right: pairs.length,
    missed: unmatched.sort((a, b) => a.line - b.line),
    false: extracted.filter((_, index) => !used.has(index)),
    qualifierAgrees: pairs.filter(({ expected: want, extracted: got }) => (want.qualifier ?? '') === (got.qualifier ?? '')).length,
    statusAgrees: pairs.filter(({ expected: want, extracted: got }) => want.status === got.status).length,
    changeAgrees: pairs.filter(({ expected: want, extracted: got }) => changeAgrees(want, got)).length,
    pairs,
  };
}

/** The key an extracted figure is compared by, as the fixtures write it. */
export function describeExtracted(figure: ExtractedFigure): string {
  return `line ${figure.line}: ${figure.value}${figure.scale}${figure.unit} (“${figure.written}”)`;
}

/** The per-document table docs/importer.md shows (the seeds test prints it). */
export function measurementTable(rows: ReadonlyArray<{ document: string; measurement: Measurement }>): string {
  const total = rows.reduce(
    (sum, { measurement: m }) => ({
      expected: sum.expected + m.expected,
      right: sum.right + m.right,
      missed: sum.missed + m.missed.length,
      false: sum.false + m.false.length,
      extracted: sum.extracted + m.extracted,
    }),
    { expected: 0, right: 0, missed: 0, false: 0, extracted: 0 },
  );
  const lines = [
    '| document | expected | right | missed | false |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(({ document, measurement: m }) => `| ${document} | ${m.expected} | ${m.right} | ${m.missed.length} | ${m.false.length} |`),
    `| **all five** | **${total.expected}** | **${total.right}** (${((100 * total.right) / Math.max(1, total.expected)).toFixed(1)}%) | **${total.missed}** | **${total.false}** (${((100 * total.false) / Math.max(1, total.extracted)).toFixed(1)}% of ${total.extracted} extracted) |`,
  ];
  return lines.join('\n');
}
