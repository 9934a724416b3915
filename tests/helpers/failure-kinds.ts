/**
 * Scores the importer on the failure kinds of issue 12 (tests/fixtures/import/failure-kinds.ts):
 * a case passes only when everything it states holds. Used by the test and by
 * tools/score-import.ts for the before/after table.
 */
import { FAILURE_KINDS, type KindCase } from '../fixtures/import/failure-kinds.ts';
import { loadCatalog } from '../../src/import/map-indicators.ts';
import { importReport, type ImportResult } from '../../src/import/pipeline.ts';
import { REPO } from './import-scores.ts';
import { scanNarrative } from '../../src/lib/narrative.ts';

export interface KindScore {
  kind: string;
  name: string;
  passed: number;
  cases: number;
  failures: string[];
}

/** Why a case fails, or [] when it passes. */
export function caseFailures(result: ImportResult, want: KindCase): string[] {
  const out: string[] = [];
  const figures = result.extraction.figures;
  if (want.figures) {
    const got = figures.map((f) => `${f.value}${f.scale}${f.unit}${f.change?.from ? `<${f.change.from}` : ''}`).sort();
    const expected = want.figures.map((f) => `${f.value}${f.scale ?? ''}${f.unit}${f.from ? `<${f.from}` : ''}`).sort();
    if (got.join(',') !== expected.join(',')) out.push(`figures ${got.join(',')} ≠ ${expected.join(',')}`);
    for (const f of want.figures) {
      const found = figures.find((g) => g.value === f.value && g.unit === f.unit);
      if (!found) continue;
      if (f.per && (found as { per?: string }).per !== f.per) out.push(`${f.value}: per ${(found as { per?: string }).per} ≠ ${f.per}`);
      if (f.qualifier && found.qualifier !== f.qualifier) out.push(`${f.value}: qualifier ${found.qualifier} ≠ ${f.qualifier}`);
    }
  }
  if (want.title !== undefined && (result.cleaned.title?.text ?? '') !== want.title) out.push(`title “${result.cleaned.title?.text ?? ''}” ≠ “${want.title}”`);
  const idOfValue = (value: string): string | undefined => {
    const index = figures.findIndex((f) => f.value === value);
    const id = result.assignment.idOf[index];
    return result.assignment.figures.find((f) => f.id === id)?.indicatorId;
  };
  if (want.distinctIndicators) {
    const ids = want.distinctIndicators.map(idOfValue);
    if (new Set(ids).size !== ids.length) out.push(`indicators not distinct: ${ids.join(',')}`);
  }
  for (const [value, indicator] of Object.entries(want.indicators ?? {})) {
    const id = idOfValue(value);
    if (indicator.startsWith('!') ? id === indicator.slice(1) : id !== indicator) out.push(`${value} → ${id}, want ${indicator}`);
  }
  if (want.narrativeClean) {
    const typed = scanNarrative(result.files.narrative ?? '', 'zh.mdx').issues.filter((issue) => issue.code === 'number-in-narrative');
    if (typed.length > 0) out.push(`narrative types ${typed.map((issue) => String(issue.params['found'])).join(', ')}`);
  }
  if (want.narrativeNamed) {
    const review = result.files.review ?? '';
    // What the real narrative checker refuses must each be named in the review list.
    const typed = scanNarrative(result.files.narrative ?? '', 'zh.mdx').issues.filter((issue) => issue.code === 'number-in-narrative');
    for (const issue of typed) {
      if (!review.includes(`types “${String(issue.params['found'])}” (zh.mdx line ${issue.line}`)) out.push(`narrative types ${String(issue.params['found'])}, not in the review list`);
    }
  }
  return out;
}

export function scoreFailureKinds(): KindScore[] {
  const catalog = loadCatalog(REPO);
  return Object.entries(FAILURE_KINDS).map(([kind, { name, cases }]) => {
    const failures = cases.flatMap((want, index) => {
      const result = importReport(want.text, { bureau: 'kinds', year: 2023, sourceFile: `kind-${kind}-${index + 1}.txt`, catalog, bureauKnown: true });
      return caseFailures(result, want).map((why) => `case ${index + 1}: ${why}`);
    });
    const passed = cases.filter((want, index) => !failures.some((why) => why.startsWith(`case ${index + 1}:`))).length;
    return { kind, name, passed, cases: cases.length, failures };
  });
}

export function kindTable(scores: readonly KindScore[]): string {
  return ['| kind | what | cases passed |', '|---|---|---:|', ...scores.map((s) => `| ${s.kind} | ${s.name} | ${s.passed} / ${s.cases} |`)].join('\n');
}
