/**
 * The linear-time cases (issue 8): one report of 8,000 and of 32,000 figures, validated
 * each in a process of its own, and a narrative with a 1,000,000-character line, which
 * validation must refuse (NARRATIVE_LINE_LIMIT) quickly rather than hand to search
 * indexing. Targets use CPU time, which contention from other processes does not change,
 * and the 32k ÷ 8k ratio measured in the same run, which a superlinear step would blow up.
 */
import { join } from 'node:path';
import { generateLargeReport, generateLongLine } from './large-inputs.ts';
import { runStep, type StepResult } from './run-child.ts';
import type { TargetResult } from './targets.ts';

export const LARGE_BUDGET = {
  figures: 32_000,
  baselineFigures: 8_000,
  validateCpuMs: 3_000,
  /** Linear is 4 (32,000 ÷ 8,000); the quadratic duplicate-key check made it about 16. */
  maxRatio: 6,
  lineLength: 1_000_000,
  longLineCpuMs: 1_000,
} as const;

export interface LargeResult {
  baseline: StepResult;
  large: StepResult;
  longLine: StepResult;
}

export async function measureLarge(projectRoot: string, log: (line: string) => void): Promise<LargeResult> {
  const dir = (name: string): string => join(projectRoot, '.annals', 'bench', name);
  const validate = async (name: string): Promise<StepResult> => runStep('validate', dir(name), join(dir(name), 'dist'));
  log(`• one report of ${LARGE_BUDGET.baselineFigures.toLocaleString('en')} and of ${LARGE_BUDGET.figures.toLocaleString('en')} figures; a ${LARGE_BUDGET.lineLength.toLocaleString('en')}-character narrative line`);
  generateLargeReport(dir('figures-8k'), LARGE_BUDGET.baselineFigures);
  const baseline = await validate('figures-8k');
  generateLargeReport(dir('figures-32k'), LARGE_BUDGET.figures);
  const large = await validate('figures-32k');
  generateLongLine(dir('long-line'), LARGE_BUDGET.lineLength);
  const longLine = await validate('long-line');
  for (const [name, step] of [['8k', baseline], ['32k', large], ['long line', longLine]] as const) {
    log(`  ${name}: ${(step.ms / 1000).toFixed(2)} s wall, ${(step.cpuMs / 1000).toFixed(2)} s CPU${step.ok ? '' : ` (refused: ${step.issues} problem(s))`}`);
  }
  return { baseline, large, longLine };
}

export function largeTargets({ baseline, large, longLine }: LargeResult): TargetResult[] {
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const ratio = large.cpuMs / baseline.cpuMs;
  const refused = !longLine.ok && (longLine.error ?? '').includes('over the limit of');
  return [
    {
      name: `validate one ${LARGE_BUDGET.figures.toLocaleString('en')}-figure file (CPU)`, limit: '≤ 3 s',
      measured: large.ok ? `${s(large.cpuMs)} (wall ${s(large.ms)})` : `invalid: ${(large.error ?? '').split('\n')[0]}`,
      verdict: large.ok && large.cpuMs <= LARGE_BUDGET.validateCpuMs ? 'PASS' : 'FAIL',
    },
    {
      name: `validation is linear: ${LARGE_BUDGET.figures / 1000}k ÷ ${LARGE_BUDGET.baselineFigures / 1000}k figures (CPU)`, limit: `≤ ${LARGE_BUDGET.maxRatio}× (linear: 4×)`,
      measured: `${ratio.toFixed(1)}×`, verdict: baseline.ok && large.ok && ratio <= LARGE_BUDGET.maxRatio ? 'PASS' : 'FAIL',
    },
    {
      name: `a ${LARGE_BUDGET.lineLength.toLocaleString('en')}-character narrative line is refused (CPU)`, limit: '≤ 1 s, line-too-long',
      measured: `${s(longLine.cpuMs)}${refused ? ', refused' : ', NOT refused'}`,
      verdict: refused && longLine.cpuMs <= LARGE_BUDGET.longLineCpuMs ? 'PASS' : 'FAIL',
    },
  ];
}
