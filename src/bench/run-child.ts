/**
 * Runs one measured step (src/bench/child.ts) in a fresh Node 24 process and collects its
 * numbers, plus the peak memory of any helper processes it spawned.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from './child.ts';
import { watchTree } from './tree-peak.ts';

const NODE = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const OUTPUT_TAIL = 4000;

export interface StepResult extends ChildResult {
  /** Peak memory of the step's helper processes (Pagefind), summed. */
  helpersBytes: number;
  /** CPU time of the step's helper processes (Pagefind), summed, in milliseconds. */
  helpersCpuMs: number;
  /** The largest RSS of the child and its helpers together, sampled: the step's peak. */
  peakBytes: number;
  /** The child's own peak plus each helper's: an upper bound, as if all peaked at once. */
  peakBoundBytes: number;
  /** The end of what the child printed, to show when it failed. */
  output: string;
}

export function runStep(mode: 'validate' | 'build' | 'bare', root: string, outDir: string): Promise<StepResult> {
  return runMeasured(CHILD, (resultFile) => [mode, root, outDir, resultFile], root);
}

/**
 * Runs `script` (a child like child.ts that writes a ChildResult as JSON to the file it is
 * given) in a fresh Node 24 process in `cwd`, with the arguments `args(resultFile)`.
 */
export async function runMeasured(script: string, args: (resultFile: string) => string[], cwd: string): Promise<StepResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'annals-bench-'));
  const resultFile = join(scratch, 'result.json');
  try {
    const child = spawn(NODE, [script, ...args(resultFile)], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const watch = watchTree(child.pid!);
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const code = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (exitCode) => resolve(exitCode ?? 1));
    });
    const { helpersBytes, simultaneousBytes, helpersCpuMs } = watch.stop();
    let result: ChildResult;
    try {
      result = JSON.parse(readFileSync(resultFile, 'utf8')) as ChildResult;
    } catch {
      result = { ok: false, ms: 0, cpuMs: 0, maxRssBytes: 0, error: `child exited with code ${code} without a result` };
    }
    // Sampling can miss the child's own peak; its maxRSS is exact, so the peak is at least that.
    const peakBytes = Math.max(simultaneousBytes, result.maxRssBytes);
    return { ...result, helpersBytes, helpersCpuMs, peakBytes, peakBoundBytes: result.maxRssBytes + helpersBytes, output };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
