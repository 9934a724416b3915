/**
 * `npm run merge`: joins the outputs of a sharded build into one site, all or nothing, with
 * the build's own safety (src/lib/build/): the output folder is checked as for a build,
 * the site is assembled in a staging folder beside it under the same lock, marked, and
 * swapped in with two renames. Bad shard sets and conflicting files publish nothing.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BuildError, fsError, type Outcome } from '../build/errors.ts';
import { checkOutDir, writeMarker } from '../build/out-dir.ts';
import { swapIn } from '../build/swap.ts';
import { abandonWork, endWork, leftoverWarning, recover, startWork, withOutcome, type Work } from '../build/work.ts';
import { assembleShards } from './assemble.ts';
import { writeSearchIndexes } from './manifest.ts';
import { planMerge } from './plan.ts';

export interface MergeOptions {
  /** The project root: --out is relative to it and checked against it, as for a build. */
  root: string;
  /** Output folder, relative to root; default "dist". */
  outDir?: string;
  /** The shard outputs, absolute or relative to the working directory. */
  shards: readonly string[];
}

/** Every reason a set of shards cannot be merged; nothing was touched. */
export class MergeInputError extends Error {
  readonly problems: BuildError[];
  constructor(problems: BuildError[]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.name = 'MergeInputError';
    this.problems = problems;
  }
}

let active: Work | undefined;

/**
 * Returns the output folder and warnings (leftovers that could not be removed). Throws
 * MergeInputError (nothing touched) or a BuildError whose outcome says what state the
 * output is in (unchanged, restored or missing).
 */
export async function mergeShards(options: MergeOptions): Promise<{ outDir: string; shards: number; warnings: BuildError[] }> {
  const root = resolve(options.root);
  const outArg = options.outDir ?? 'dist';
  const where = `--out ${outArg}`;
  const outDir = resolve(root, outArg);
  checkOutDir(root, outDir, where);
  const { shards, problems } = planMerge(options.shards.map((dir) => resolve(dir)), where);
  if (problems.length > 0) throw new MergeInputError(problems);

  const work = startWork(outDir, where);
  const { paths, state } = work;
  active = work;
  try {
    const warnings = recover(work, root, where);
    try {
      mkdirSync(paths.staging);
    } catch (error) {
      throw fsError(where, 'create', paths.staging, error);
    }
    const { conflicts, bundles } = assembleShards(shards, paths.staging);
    if (conflicts.length > 0) throw new MergeInputError(conflicts);
    writeSearchIndexes(paths.staging, bundles);
    writeMarker(paths.staging);
    // The merge waits for the old output's deletion (the build does not): it holds the lock
    // until then, and merging is not on an editor's path.
    const leftover = await (await swapIn(paths, where, state)).removal;
    if (leftover) warnings.push(leftoverWarning(where, outDir, leftover));
    return { outDir, shards: shards.length, warnings };
  } catch (error) {
    if (error instanceof MergeInputError) throw error;
    throw withOutcome(error instanceof BuildError ? error : fsError(where, 'write', paths.staging, error), outDir);
  } finally {
    endWork(work);
    active = undefined;
  }
}

/** For SIGINT/SIGTERM: removes staging, puts a set-aside output back, releases the lock. */
export function abortActiveMerge(): Outcome | undefined {
  if (!active) return undefined;
  const work = active;
  active = undefined;
  return abandonWork(work);
}
