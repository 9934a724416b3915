/**
 * Puts a finished staging folder in place of the output folder: move the old output
 * aside, move staging in, then delete the old one. Each move is a rename between
 * siblings, atomic on one file system. If moving staging in fails, the old output is
 * moved back, and the error says which state the output is in.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { BuildError, fsError, type Outcome } from './errors.ts';
import { fault, faultSync } from './fault.ts';
import type { WorkPaths } from './workdir.ts';

/** What the swap has done so far; read by an interrupt to roll back. */
export interface SwapState {
  movedAside: boolean;
  /** The new site is in place; only the old one's removal remains. */
  published: boolean;
}

/**
 * Throws a BuildError whose outcome is unchanged, restored or missing. On success returns
 * the old output's folder if it could not be removed (the new site is published anyway).
 */
export async function swapIn(paths: WorkPaths, where: string, state: SwapState): Promise<{ leftover?: { path: string; code: string } }> {
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
  if (!existsSync(paths.previous)) return {};
  try {
    await fault('remove-previous');
    rmSync(paths.previous, { recursive: true, force: true });
    return {};
  } catch (error) {
    return { leftover: { path: paths.previous, code: (error as NodeJS.ErrnoException).code ?? 'ERROR' } };
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
