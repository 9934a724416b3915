/**
 * Puts a finished staging folder in place of the output folder: move the old output
 * aside, move staging in, then delete the old one. Each move is a rename between
 * siblings, atomic on one file system. If moving staging in fails, the old output is
 * moved back, and the error says which state the output is in.
 */
import { existsSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { BuildError, fsError, type Outcome } from './errors.ts';
import { fault, faultSync } from './fault.ts';
import type { WorkPaths } from './workdir.ts';

/** What the swap has done so far; read by an interrupt to roll back. */
export interface SwapState {
  movedAside: boolean;
  /** The new site is in place; only the old one's removal remains. */
  published: boolean;
}

/** The old output's folder when it could not be removed, and the error's code. */
export interface Leftover {
  path: string;
  code: string;
}

/**
 * Throws a BuildError whose outcome is unchanged, restored or missing. On success, the new
 * site is published; `removal` settles when the old output's folder is deleted, with the
 * folder if it could not be (never rejects). The deletion (tens of thousands of files on a
 * large site) runs in the background, so publishing does not wait for it.
 */
export async function swapIn(paths: WorkPaths, where: string, state: SwapState): Promise<{ removal: Promise<Leftover | undefined> }> {
  if (existsSync(paths.out)) {
    try {
      await fault('swap-aside');
      renameSync(paths.out, paths.previous);
    } catch (error) {
      throw fsError(where, 'rename', paths.out, error);
    }
    state.movedAside = true;
  }
  try {
    await fault('swap-in');
    renameSync(paths.staging, paths.out);
  } catch (error) {
    const failure = error instanceof BuildError ? error : fsError(where, 'replace', paths.out, error);
    failure.outcome = rollBack(paths, state);
    throw failure;
  }
  state.movedAside = false;
  state.published = true;
  if (!existsSync(paths.previous)) return { removal: Promise.resolve(undefined) };
  return { removal: removePrevious(paths.previous) };
}

async function removePrevious(previous: string): Promise<Leftover | undefined> {
  try {
    await fault('remove-previous');
    await rm(previous, { recursive: true, force: true });
    return undefined;
  } catch (error) {
    return { path: previous, code: (error as NodeJS.ErrnoException).code ?? 'ERROR' };
  }
}

/** Moves the old output back if it was moved aside; says where things are. Synchronous, for signal handlers. */
export function rollBack(paths: WorkPaths, state: SwapState): Outcome {
  if (state.published) return { code: 'outcome-published', params: { path: paths.out, previous: paths.previous } };
  if (!state.movedAside) return { code: 'outcome-unchanged', params: { path: paths.out } };
  try {
    if (!existsSync(paths.out)) {
      faultSync('roll-back');
      renameSync(paths.previous, paths.out);
    }
    state.movedAside = false;
    return { code: 'outcome-restored', params: { path: paths.out } };
  } catch {
    return { code: 'outcome-missing', params: { path: paths.out, previous: paths.previous } };
  }
}
