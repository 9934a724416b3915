/**
 * The importer on the five seed documents, measured against the hand-written lists of the
 * figures each states (tests/fixtures/import/*.expected.yaml). The acceptance line is
 * across all five: at least 95% of expected figures right (value + scale + unit), at most
 * 2% of extracted items false.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CatalogIndicator } from '../../../src/import/map-indicators.ts';
import { describeExtracted, measure, measurementTable, parseExpected, type Measurement } from '../../../src/import/measure.ts';
import { importReport, type ImportResult } from '../../../src/import/pipeline.ts';

const SEEDS = '/work/shared/seeds';
const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

/** A small fixed catalog, so these tests do not move when the real catalog is edited. */
const CATALOG: CatalogIndicator[] = [
  { id: 'eldercare-beds', name: { zh: '养老床位', en: 'Eldercare beds' }, topic: 'eldercare', kind: 'count', unit: { zh: '张', en: 'beds' }, file: 'test' },
  { id: 'eldercare-institutions', name: { zh: '养老机构', en: 'Eldercare institutions' }, topic: 'eldercare', kind: 'count', unit: { zh: '家', en: 'institutions' }, file: 'test' },
  { id: 'dibao-standard', name: { zh: '城乡低保标准', en: 'Dibao standard' }, topic: 'assistance', kind: 'amount', unit: { zh: '元/人·月', en: 'CNY per person per month' }, file: 'test' },
  { id: 'marriage-registrations', name: { zh: '结婚登记', en: 'Marriage registrations' }, topic: 'marriage', kind: 'count', unit: { zh: '对', en: 'couples' }, file: 'test' },
];

const documents = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.expected.yaml'))
  .sort()
  .map((name) => {
    const expected = parseExpected(readFileSync(join(FIXTURES, name), 'utf8'));
    const raw = readFileSync(join(SEEDS, expected.source), 'utf8');
    const result = importReport(raw, { bureau: 'seed', year: expected.year, sourceFile: expected.source, catalog: CATALOG, bureauKnown: true });
    // The seeds' lists leave the title's figures out (000…expected.yaml); the corpus counts them.
    const titleBlocks = new Set(result.blocks.flatMap((block, index) => (block.title ? [index] : [])));
    return { name, expected, result, measurement: measure(result.extraction.figures.filter((figure) => !titleBlocks.has(figure.block)), expected.figures) };
  });

describe('importer on the five seeds', () => {
  it('has a hand-written expected list for each of the five seeds', () => {
    expect(documents.map((document) => document.expected.source)).toEqual(
      readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort(),
    );
  });

  it('extracts at least 95% of the figures right and at most 2% false, across all five', () => {
    const rows = documents.map((document) => ({ document: document.expected.source, measurement: document.measurement }));
    console.log(`\n${measurementTable(rows)}\n`);
    const total = (pick: (m: Measurement) => number): number => documents.reduce((sum, d) => sum + pick(d.measurement), 0);
    const expected = total((m) => m.expected);
    const right = total((m) => m.right);
    const extracted = total((m) => m.extracted);
    const falseItems = total((m) => m.false.length);
    const report = documents.flatMap((d) => [
      ...d.measurement.missed.map((miss) => `${d.expected.source} missed line ${miss.line}: ${miss.value}${miss.scale}${miss.unit}`),
      ...d.measurement.false.map((item) => `${d.expected.source} false ${describeExtracted(item)}`),
    ]);
    expect(right / expected, report.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(falseItems / extracted, report.join('\n')).toBeLessThanOrEqual(0.02);
  });

  it('gets qualifiers, statuses and changes of the right figures mostly right too', () => {
    for (const { measurement: m } of documents) {
      expect(m.qualifierAgrees / m.right).toBeGreaterThanOrEqual(0.9);
      expect(m.statusAgrees / m.right).toBeGreaterThanOrEqual(0.9);
      expect(m.changeAgrees / m.right).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('writes draft YAML that parses, with unique figure ids the narrative references', () => {
    for (const { result } of documents) {
      const data = parse(result.files.figures ?? '', { schema: 'failsafe' }) as { figures: Record<string, unknown> };
      const ids = Object.keys(data.figures);
      expect(ids.length).toBe(result.assignment.figures.length);
      const referenced = [...(result.files.narrative ?? '').matchAll(/<Figure id="([^"]+)" \/>/g)].map((match) => match[1]);
      expect(new Set(referenced)).toEqual(new Set(ids));
    }
  });

  it('merges a figure restated later into the first statement when the catalog identifies both', () => {
    const donghu = documents.find((d) => d.expected.source.startsWith('003')) as (typeof documents)[number];
    const institutions = donghu.result.assignment.figures.find((figure) => figure.id === 'eldercare-institutions');
    expect(institutions?.occurrences.map((occurrence) => occurrence.line)).toEqual([69, 73]);
  });

  it('records blanked digits as unknown, never as a guessed value', () => {
    const unnamed = documents.find((d) => d.expected.source.startsWith('002')) as (typeof documents)[number];
    const blanked = unnamed.result.extraction.figures.filter((figure) => figure.shape === 'unknown');
    expect(blanked.map((figure) => figure.value)).toEqual(['20_0', '20_0']);
    expect(unnamed.result.files.figures).toContain('unknown: { as_written: 20_0万 }');
    expect(unnamed.result.files.figures).not.toMatch(/value: 20\d0万/);
  });

  it('keeps the report and drops the page furniture of every seed', () => {
    const dropped = (result: ImportResult): string => result.cleaned.dropped.map((line) => line.text).join('\n');
    const kept = (result: ImportResult): string => result.blocks.map((block) => block.text).join('\n');
    for (const { result } of documents) {
      expect(kept(result)).not.toMatch(/版权|ICP|分享到|上一篇|无码|查看详情|<s id|第\s*\d+\s*页/);
      expect(kept(result)).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/);
    }
    const donghu = documents.find((d) => d.expected.source.startsWith('003')) as (typeof documents)[number];
    expect(dropped(donghu.result)).toContain('赣ICP备05005744号');
    expect(donghu.result.cleaned.meta.disclosure).toMatchObject({ index_no: 's224672--2023-0055', date: '2023-03-17 14:45', validity: 'valid', scope: 'public', manner: 'proactive' });
  });
});
