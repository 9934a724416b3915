/**
 * What a build (src/lib/build-site.ts) and a merge of shards (src/lib/shard/merge.ts) share
 * around their own work: take the output's lock and clear earlier leftovers, say what
 * state a failure left the output in, and clean up after an interrupt. Both then fill
 * `paths.staging` their own way and publish it with swapIn (swap.ts).
 */
import { rmSync } from 'node:fs';
import { BuildError, type Outcome } from './errors.ts';
import { rollBack, type SwapState } from './swap.ts';
import { acquireLock, recoverLeftovers, releaseLock, workPaths, type WorkPaths } from './workdir.ts';

/** One build or merge of an output folder in progress: its folders and how far its swap got. */
export interface Work {
  paths: WorkPaths;
  state: SwapState;
}

/**
 * Takes the lock of `outDir` (throws 'build-locked' if a live build holds it, or a
 * file-system BuildError). Call `recover` next, inside the caller's try, so that a failure
 * there still releases the lock.
 */
export function startWork(outDir: string, where: string): Work {
  const paths = workPaths(outDir);
  acquireLock(paths, where);
  return { paths, state: { movedAside: false, published: false } };
}

/** Removes leftovers of interrupted builds (workdir.ts); one that cannot be removed is a warning. */
export function recover(work: Work, root: string, where: string): BuildError[] {
  return recoverLeftovers(work.paths, root, where).map((leftover) => leftoverWarning(where, work.paths.out, leftover));
}

/** 'outcome-leftover': the new site is published, but the folder `leftover.path` could not be removed. */
export function leftoverWarning(where: string, outDir: string, leftover: { path: string; code: string }): BuildError {
  return new BuildError(where, 'outcome-leftover', { path: outDir, previous: leftover.path, code: leftover.code });
}

/** The failure with its outcome: the one the swap set (restored, missing), else "unchanged". */
export function withOutcome(failure: BuildError, outDir: string): BuildError {
  failure.outcome ??= { code: 'outcome-unchanged', params: { path: outDir } };
  return failure;
}

/** After the work ended (or failed): removes staging if still there, releases the lock. */
export function endWork(work: Work): void {
  removeQuietly(work.paths.staging);
  releaseLock(work.paths);
}

/**
 * For SIGINT/SIGTERM handlers: synchronously puts a set-aside output back, removes staging
 * and releases the lock. Returns the output's state.
 */
export function abandonWork(work: Work): Outcome {
  const outcome = rollBack(work.paths, work.state);
  endWork(work);
  return outcome;
}

/** A staging folder that cannot be removed now is a leftover the next build removes. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // recoverLeftovers() in the next build
  }
}
