/** Runs one step of the sharded benchmark (shard-child.ts) measured like every bench step (run-child.ts). */
import { fileURLToPath } from 'node:url';
import { runMeasured, type StepResult } from './run-child.ts';

const CHILD = fileURLToPath(new URL('./shard-child.ts', import.meta.url));

/** Builds shard `i/N` of the site at `root` into `outDir`, or merges the given shard outputs into it. */
export function runShardStep(step: { shard: string } | { merge: string[] }, root: string, outDir: string): Promise<StepResult> {
  return runMeasured(CHILD, (resultFile) => ('shard' in step ? ['shard', root, outDir, step.shard, resultFile] : ['merge', root, outDir, resultFile, ...step.merge]), root);
}
