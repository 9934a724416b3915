/**
 * The lock and the leftover clean-up (src/lib/build/workdir.ts) when the file system
 * refuses: failures a test running as root cannot provoke with permissions, injected into
 * node:fs for one path at a time. Everything else is real, on temp folders.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** path → the error the next calls of that fs function on it throw (a count of times, or always). */
const refusals = vi.hoisted(() => new Map<string, { fn: string; code?: string; times: number }>());
/** path → what another process does right after this one removes it (a race). */
const afterRemoval = vi.hoisted(() => new Map<string, () => void>());

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const guarded = <F extends (...args: never[]) => unknown>(name: string, fn: F): F =>
    ((...args: Parameters<F>) => {
      const refusal = refusals.get(String(args[0]));
      if (refusal?.fn === name && refusal.times > 0) {
        refusal.times--;
        throw Object.assign(new Error(`${refusal.code ?? 'no code'}: refused ${name}`), refusal.code ? { code: refusal.code } : {});
      }
      return fn(...args);
    }) as F;
  return {
    ...real,
    writeFileSync: guarded('writeFileSync', real.writeFileSync),
    renameSync: guarded('renameSync', real.renameSync),
    rmSync: guarded('rmSync', (...args: Parameters<typeof real.rmSync>) => {
      real.rmSync(...args);
      afterRemoval.get(String(args[0]))?.();
    }),
  };
});

const { BuildError } = await import('../../../src/lib/build/errors.ts');
const { acquireLock, recoverLeftovers, workPaths } = await import('../../../src/lib/build/workdir.ts');

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'annals-workdir-'));
});
afterEach(() => {
  refusals.clear();
  afterRemoval.clear();
  rmSync(parent, { recursive: true, force: true });
});

function caught(run: () => unknown): InstanceType<typeof BuildError> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BuildError);
    return error as InstanceType<typeof BuildError>;
  }
  throw new Error('expected a BuildError');
}

describe('the lock, when the file system refuses', () => {
  it('writing it (EACCES) is build-permission naming the lock file', () => {
    const paths = workPaths(join(parent, 'dist'));
    refusals.set(paths.lock, { fn: 'writeFileSync', code: 'EACCES', times: 1 });
    const error = caught(() => acquireLock(paths, '--out dist'));
    expect(error.code).toBe('build-permission');
    expect(error.params).toEqual({ path: paths.lock, code: 'EACCES', actionZh: '写入', actionEn: 'write' });
  });

  it('one that reappears each time it is taken over (other builds won the race) is build-locked, naming the last pid', () => {
    const paths = workPaths(join(parent, 'dist'));
    writeFileSync(paths.lock, '4194999\n');
    let racers = 0;
    afterRemoval.set(paths.lock, () => writeFileSync(paths.lock, ` ${4194990 + ++racers} \n`));
    const error = caught(() => acquireLock(paths, '--out dist'));
    expect(error.code).toBe('build-locked');
    expect(error.params).toEqual({ pid: '4194992', path: paths.out, lock: paths.lock });
    expect(racers).toBe(2);
  });

  it('one that reappears once is taken on the second try', () => {
    const paths = workPaths(join(parent, 'dist'));
    refusals.set(paths.lock, { fn: 'writeFileSync', code: 'EEXIST', times: 1 });
    acquireLock(paths, '--out dist');
    expect(readFileSync(paths.lock, 'utf8')).toBe(`${process.pid}\n`);
  });

  it('holding this process\'s own pid (a build of it that did not release it) is taken over', () => {
    const paths = workPaths(join(parent, 'dist'));
    writeFileSync(paths.lock, `${process.pid}\n`);
    acquireLock(paths, '--out dist');
    expect(readFileSync(paths.lock, 'utf8')).toBe(`${process.pid}\n`);
  });
});

describe('leftovers, when the file system refuses', () => {
  it('putting back the set-aside site fails: build-fs-error naming the folder (nothing removed)', () => {
    const paths = workPaths(join(parent, 'dist'), 5);
    const aside = join(parent, '.dist.annals-previous-11');
    mkdirSync(aside);
    refusals.set(aside, { fn: 'renameSync', code: 'EXDEV', times: 1 });
    const error = caught(() => recoverLeftovers(paths, join(parent, 'project'), '--out dist'));
    expect(error.code).toBe('build-fs-error');
    expect(error.params).toMatchObject({ path: aside, code: 'EXDEV', actionZh: '移动', actionEn: 'move' });
    expect(existsSync(aside)).toBe(true);
  });

  it('a folder that cannot be removed is returned with its code (ERROR without one); the others are removed', () => {
    const paths = workPaths(join(parent, 'dist'), 5);
    mkdirSync(paths.out);
    const busy = join(parent, '.dist.annals-staging-21');
    const odd = join(parent, '.dist.annals-previous-22');
    const gone = join(parent, '.dist.annals-staging-23');
    for (const dir of [busy, odd, gone]) mkdirSync(dir);
    refusals.set(busy, { fn: 'rmSync', code: 'EBUSY', times: 1 });
    refusals.set(odd, { fn: 'rmSync', times: 1 });
    const failed = recoverLeftovers(paths, join(parent, 'project'), '--out dist');
    expect(failed.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: odd, code: 'ERROR' },
      { path: busy, code: 'EBUSY' },
    ]);
    expect(readdirSync(parent).sort()).toEqual(['.dist.annals-previous-22', '.dist.annals-staging-21', 'dist']);
  });
});
