/**
 * The folders a build works in, beside its output folder, and the lock that keeps two
 * builds of the same output apart.
 *
 * Staging and the set-aside previous site are SIBLINGS of the output folder
 * (`.<name>.annals-staging-<pid>`, `.<name>.annals-previous-<pid>`): same parent, same
 * file system, so the swap is two renames, each atomic. The lock
 * (`.<name>.annals-lock`, holding the builder's pid) sits beside them too. While a build
 * holds the lock, every other staging or previous folder of that output is a leftover of
 * an interrupted build: a previous site is put back if the output is missing (a build
 * killed mid-swap), everything else is removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BuildError, fsError } from './errors.ts';

export interface WorkPaths {
  out: string;
  staging: string;
  previous: string;
  lock: string;
}

export function workPaths(out: string, pid = process.pid): WorkPaths {
  const parent = dirname(out);
  const name = basename(out);
  return {
    out,
    staging: join(parent, `.${name}.annals-staging-${pid}`),
    previous: join(parent, `.${name}.annals-previous-${pid}`),
    lock: join(parent, `.${name}.annals-lock`),
  };
}

/** True if a process with this pid exists (EPERM: it exists but is not ours). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock of `paths.out`, creating its parent folder if needed. A lock whose
 * builder is gone (killed) is taken over. Throws 'build-locked' if a live build holds it.
 */
export function acquireLock(paths: WorkPaths, where: string): void {
  const parent = dirname(paths.out);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (error) {
    throw fsError(where, 'create', parent, error);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(paths.lock, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(where, 'write', paths.lock, error);
    }
    const holder = Number.parseInt(readText(paths.lock), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new BuildError(where, 'build-locked', { pid: String(holder), path: paths.out, lock: paths.lock });
    }
    rmSync(paths.lock, { force: true });
  }
  throw new BuildError(where, 'build-locked', { pid: readText(paths.lock).trim(), path: paths.out, lock: paths.lock });
}

export function releaseLock(paths: WorkPaths): void {
  if (readText(paths.lock).trim() === String(process.pid)) rmSync(paths.lock, { force: true });
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * With the lock held: puts back a previous site left aside by a build killed mid-swap
 * (only when the output is missing), then removes every other leftover staging and
 * previous folder of this output, and the pre-lock `<root>/.annals/{staging,previous}-<pid>`
 * folders whose builder is gone. Returns what it could not remove, with the error code
 * (for a warning).
 */
export function recoverLeftovers(paths: WorkPaths, root: string, where: string): { path: string; code: string }[] {
  const parent = dirname(paths.out);
  const pattern = new RegExp(`^\\.${escape(basename(paths.out))}\\.annals-(staging|previous)-\\d+$`);
  const found = readdirSync(parent).filter((entry) => pattern.test(entry)).map((entry) => join(parent, entry));
  const previous = found.filter((path) => path.includes('.annals-previous-'));
  if (!existsSync(paths.out) && previous.length > 0) {
    const newest = previous.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
    try {
      renameSync(newest, paths.out);
    } catch (error) {
      throw fsError(where, 'rename', newest, error);
    }
  }
  const legacyDir = join(root, '.annals');
  const legacy = existsSync(legacyDir)
    ? readdirSync(legacyDir)
        .filter((entry) => /^(staging|previous)-\d+$/.test(entry) && !isAlive(Number(entry.split('-')[1])))
        .map((entry) => join(legacyDir, entry))
    : [];
  const failed: { path: string; code: string }[] = [];
  for (const path of [...found, ...legacy]) {
    if (!existsSync(path)) continue;
    try {
      rmSync(path, { recursive: true, force: true });
    } catch (error) {
      failed.push({ path, code: (error as NodeJS.ErrnoException).code ?? 'ERROR' });
    }
  }
  return failed;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
