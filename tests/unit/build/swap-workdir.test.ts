/**
 * The work folders, lock and swap of a build (src/lib/build/{workdir,swap,errors}.ts), on
 * real temp folders, with faults injected through ANNALS_FAULT. Expected paths, codes and
 * texts are written by hand.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildError, formatBuildError, fsError } from '../../../src/lib/build/errors.ts';
import { rollBack, swapIn, type SwapState } from '../../../src/lib/build/swap.ts';
import { acquireLock, isAlive, recoverLeftovers, releaseLock, workPaths } from '../../../src/lib/build/workdir.ts';

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'annals-swap-'));
});
afterEach(() => {
  delete process.env.ANNALS_FAULT;
  rmSync(parent, { recursive: true, force: true });
});

const site = (dir: string, text: string): void => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};
const page = (dir: string): string => readFileSync(join(dir, 'index.html'), 'utf8');
/** A pid no process has (above Linux's pid_max of 4194304). */
const DEAD_PID = 4_194_999;

describe('workPaths', () => {
  it('puts staging, previous and lock beside the output, named after it and the pid', () => {
    expect(workPaths('/srv/www/dist', 42)).toEqual({
      out: '/srv/www/dist',
      staging: '/srv/www/.dist.annals-staging-42',
      previous: '/srv/www/.dist.annals-previous-42',
      lock: '/srv/www/.dist.annals-lock',
    });
  });
});

describe('isAlive', () => {
  it('is true for this process and false for a pid nobody has', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(DEAD_PID)).toBe(false);
  });
});

describe('the lock', () => {
  it('is created with this pid (and the missing parent), and released', () => {
    const paths = workPaths(join(parent, 'www', 'dist'));
    acquireLock(paths, '--out www/dist');
    expect(readFileSync(paths.lock, 'utf8')).toBe(`${process.pid}\n`);
    releaseLock(paths);
    expect(existsSync(paths.lock)).toBe(false);
  });

  it('of a live other process refuses the build with build-locked', () => {
    const paths = workPaths(join(parent, 'dist'));
    writeFileSync(paths.lock, '1\n'); // pid 1 (init) is always alive
    let error: unknown;
    try {
      acquireLock(paths, '--out dist');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).code).toBe('build-locked');
    expect((error as BuildError).where).toBe('--out dist');
    expect((error as BuildError).params).toEqual({ pid: '1', path: paths.out, lock: paths.lock });
    expect(readFileSync(paths.lock, 'utf8')).toBe('1\n');
  });

  it('of a dead process, or holding no pid, is taken over', () => {
    const paths = workPaths(join(parent, 'dist'));
    for (const stale of [`${DEAD_PID}\n`, 'garbage', '']) {
      writeFileSync(paths.lock, stale);
      acquireLock(paths, '--out dist');
      expect(readFileSync(paths.lock, 'utf8')).toBe(`${process.pid}\n`);
    }
  });

  it('is not released when another process holds it', () => {
    const paths = workPaths(join(parent, 'dist'));
    writeFileSync(paths.lock, '1\n');
    releaseLock(paths);
    expect(readFileSync(paths.lock, 'utf8')).toBe('1\n');
  });
});

describe('swapIn', () => {
  it('replaces the output with staging, then removes the previous site in the background', async () => {
    const paths = workPaths(join(parent, 'dist'), 7);
    site(paths.out, 'old');
    site(paths.staging, 'new');
    const state: SwapState = { movedAside: false, published: false };
    const { removal } = await swapIn(paths, '--out dist', state);
    // Published before the old site is gone: the swap does not wait for the deletion.
    expect(page(paths.out)).toBe('new');
    expect(state).toEqual({ movedAside: false, published: true });
    expect(await removal).toBeUndefined();
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(state).toEqual({ movedAside: false, published: true });
  });

  it('publishes into a new output folder', async () => {
    const paths = workPaths(join(parent, 'dist'), 7);
    site(paths.staging, 'new');
    const state: SwapState = { movedAside: false, published: false };
    expect(await (await swapIn(paths, '--out dist', state)).removal).toBeUndefined();
    expect(page(paths.out)).toBe('new');
    expect(state).toEqual({ movedAside: false, published: true });
  });

  it('leaves the output untouched when moving it aside fails (EACCES → build-permission)', async () => {
    const paths = workPaths(join(parent, 'dist'), 7);
    site(paths.out, 'old');
    site(paths.staging, 'new');
    process.env.ANNALS_FAULT = 'swap-aside:EACCES';
    const state: SwapState = { movedAside: false, published: false };
    const error = await swapIn(paths, '--out dist', state).then(() => undefined, (caught: unknown) => caught as BuildError);
    expect(error?.code).toBe('build-permission');
    expect(error?.params).toEqual({ path: paths.out, code: 'EACCES', actionZh: '移动', actionEn: 'move' });
    expect(page(paths.out)).toBe('old');
    expect(state).toEqual({ movedAside: false, published: false });
  });

  it('puts the old output back when moving staging in fails, and says so', async () => {
    const paths = workPaths(join(parent, 'dist'), 7);
    site(paths.out, 'old');
    site(paths.staging, 'new');
    process.env.ANNALS_FAULT = 'swap-in:EXDEV';
    const state: SwapState = { movedAside: false, published: false };
    const error = await swapIn(paths, '--out dist', state).then(() => undefined, (caught: unknown) => caught as BuildError);
    expect(error?.code).toBe('build-fs-error');
    expect(error?.params).toEqual({ path: paths.out, code: 'EXDEV', actionZh: '替换', actionEn: 'replace', detail: 'EXDEV: injected at swap-in' });
    expect(error?.outcome).toEqual({ code: 'outcome-restored', params: { path: paths.out } });
    expect(page(paths.out)).toBe('old');
    expect(existsSync(paths.previous)).toBe(false);
    expect(state.movedAside).toBe(false);
  });

  it('says where the old site is when the roll-back fails too', async () => {
    const paths = workPaths(join(parent, 'dist'), 7);
    site(paths.out, 'old');
    site(paths.staging, 'new');
    process.env.ANNALS_FAULT = 'swap-in:throw,roll-back:EBUSY';
    const state: SwapState = { movedAside: false, published: false };
    const error = await swapIn(paths, '--out dist', state).then(() => undefined, (caught: unknown) => caught as BuildError);
    expect(error?.outcome).toEqual({ code: 'outcome-missing', params: { path: paths.out, previous: paths.previous } });
    expect(existsSync(paths.out)).toBe(false);
    expect(page(paths.previous)).toBe('old');
  });

  it('reports an old site it could not remove as a leftover, the new one published', async () => {
    const paths = workPaths(join(parent, 'dist'), 7);
    site(paths.out, 'old');
    site(paths.staging, 'new');
    process.env.ANNALS_FAULT = 'remove-previous:EPERM';
    const state: SwapState = { movedAside: false, published: false };
    expect(await (await swapIn(paths, '--out dist', state)).removal).toEqual({ path: paths.previous, code: 'EPERM' });
    expect(page(paths.out)).toBe('new');
    expect(page(paths.previous)).toBe('old');
    expect(state).toEqual({ movedAside: false, published: true });
    // An error without a code still names the folder.
    process.env.ANNALS_FAULT = 'remove-previous:throw';
    rmSync(paths.out, { recursive: true });
    site(paths.staging, 'newer');
    expect(await (await swapIn(paths, '--out dist', { movedAside: false, published: false })).removal).toEqual({ path: paths.previous, code: 'ERROR' });
  });
});

describe('rollBack', () => {
  const paths = workPaths('/nonexistent/dist', 9);
  it('after publishing, says the site is published and where the old one may be', () => {
    expect(rollBack(paths, { movedAside: true, published: true })).toEqual({
      code: 'outcome-published',
      params: { path: '/nonexistent/dist', previous: '/nonexistent/.dist.annals-previous-9' },
    });
  });
  it('before moving anything aside, says the output is unchanged', () => {
    expect(rollBack(paths, { movedAside: false, published: false })).toEqual({ code: 'outcome-unchanged', params: { path: '/nonexistent/dist' } });
  });
  it('when the output is back in place already, says restored and clears movedAside', () => {
    const real = workPaths(join(parent, 'dist'), 9);
    site(real.out, 'old');
    const state: SwapState = { movedAside: true, published: false };
    expect(rollBack(real, state)).toEqual({ code: 'outcome-restored', params: { path: real.out } });
    expect(state.movedAside).toBe(false);
  });
});

describe('recoverLeftovers', () => {
  it('puts back the newest previous site when the output is missing, and removes other leftovers', () => {
    const paths = workPaths(join(parent, 'dist'), 5);
    site(join(parent, '.dist.annals-previous-11'), 'older');
    site(join(parent, '.dist.annals-previous-12'), 'newest');
    utimesSync(join(parent, '.dist.annals-previous-11'), new Date('2020-01-01'), new Date('2020-01-01'));
    utimesSync(join(parent, '.dist.annals-previous-12'), new Date('2024-01-01'), new Date('2024-01-01'));
    site(join(parent, '.dist.annals-staging-13'), 'half');
    site(join(parent, '.other.annals-staging-14'), 'not ours');
    site(join(parent, '.dist.annals-staging-x'), 'no pid');
    expect(recoverLeftovers(paths, join(parent, 'project'), '--out dist')).toEqual([]);
    expect(page(paths.out)).toBe('newest');
    expect(readdirSync(parent).sort()).toEqual(['.dist.annals-staging-x', '.other.annals-staging-14', 'dist']);
  });

  it('keeps the output when it exists, removing every previous and staging folder', () => {
    const paths = workPaths(join(parent, 'dist'), 5);
    site(paths.out, 'current');
    site(join(parent, '.dist.annals-previous-11'), 'older');
    expect(recoverLeftovers(paths, join(parent, 'project'), '--out dist')).toEqual([]);
    expect(page(paths.out)).toBe('current');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('removes the old <root>/.annals/{staging,previous}-<pid> folders of dead builders only', () => {
    const root = join(parent, 'project');
    const paths = workPaths(join(parent, 'dist'), 5);
    site(join(root, '.annals', `staging-${DEAD_PID}`), 'x');
    site(join(root, '.annals', `previous-${DEAD_PID}`), 'x');
    site(join(root, '.annals', `staging-${process.pid}`), 'alive');
    site(join(root, '.annals', 'mutation'), 'other');
    site(join(root, '.annals', `old-staging-${DEAD_PID}`), 'not a build folder');
    site(join(root, '.annals', `staging-${DEAD_PID}.bak`), 'not a build folder');
    expect(recoverLeftovers(paths, root, '--out dist')).toEqual([]);
    expect(readdirSync(join(root, '.annals')).sort()).toEqual(['mutation', `old-staging-${DEAD_PID}`, `staging-${DEAD_PID}.bak`, `staging-${process.pid}`].sort());
  });

  it('escapes the output name in its pattern', () => {
    const paths = workPaths(join(parent, 'a.b'), 5);
    site(paths.out, 'current');
    site(join(parent, '.aXb.annals-staging-3'), 'other output');
    site(join(parent, '.a.b.annals-staging-4'), 'a leftover of this output');
    recoverLeftovers(paths, join(parent, 'project'), '--out a.b');
    expect(readdirSync(parent).sort()).toEqual(['.aXb.annals-staging-3', 'a.b']);
  });
});

describe('build errors', () => {
  it('fsError: permission codes name the fix, others the detail', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      const error = fsError('--out dist', 'write', '/srv/dist/.lock', Object.assign(new Error('nope'), { code }));
      expect(error.code).toBe('build-permission');
      expect(error.params).toEqual({ path: '/srv/dist/.lock', code, actionZh: '写入', actionEn: 'write' });
    }
    const busy = fsError('--out dist', 'remove', '/srv/dist', Object.assign(new Error('resource busy'), { code: 'EBUSY' }));
    expect(busy.code).toBe('build-fs-error');
    expect(busy.params).toEqual({ path: '/srv/dist', code: 'EBUSY', actionZh: '删除', actionEn: 'remove', detail: 'resource busy' });
    const plain = fsError('--out dist', 'create', '/srv', 'odd');
    expect(plain.params).toEqual({ path: '/srv', code: 'ERROR', actionZh: '创建', actionEn: 'create', detail: 'odd' });
    expect(plain.name).toBe('BuildError');
    expect(plain.message).toBe('Could not create "/srv" (odd). If the output folder is a mount point or on another disk, build into a folder inside it.');
  });

  it('formatBuildError: where, zh, en, a blank line, then the outcome (unchanged by default)', () => {
    const error = new BuildError('--out dist', 'build-interrupted', { signal: 'SIGINT' });
    expect(formatBuildError(error, 'dist')).toBe([
      '--out dist',
      '  构建被中断（SIGINT），已删除未完成的临时目录。',
      '  The build was interrupted (SIGINT); its unfinished staging folder was removed.',
      '',
      '✗ 构建失败；dist 未被改动。',
      '✗ Build failed; dist was not changed.',
    ].join('\n'));
    error.outcome = { code: 'outcome-restored', params: { path: 'dist' } };
    expect(formatBuildError(error, 'ignored').split('\n').slice(4)).toEqual([
      '✗ 构建失败；dist 曾被移开，现已原样恢复为上一次的网站。',
      '✗ Build failed; dist was moved aside and has been put back: it holds the previous site, unchanged.',
    ]);
  });
});

describe('file-system failures become located build errors', () => {
  it('a lock whose parent cannot be created (a file is in the way) is build-fs-error "create"', () => {
    writeFileSync(join(parent, 'www'), 'a file');
    const paths = workPaths(join(parent, 'www', 'dist'));
    let error: BuildError | undefined;
    try {
      acquireLock(paths, '--out www/dist');
    } catch (caught) {
      error = caught as BuildError;
    }
    expect(error?.code).toBe('build-fs-error');
    expect(error?.where).toBe('--out www/dist');
    expect(error?.params).toMatchObject({ path: join(parent, 'www'), actionZh: '创建', actionEn: 'create' });
  });

  it('an error without a code (or no error at all) is code ERROR', () => {
    expect(fsError('--out dist', 'rename', '/srv/dist', undefined).params).toEqual({
      path: '/srv/dist', code: 'ERROR', actionZh: '移动', actionEn: 'move', detail: 'undefined',
    });
  });
});

describe('ANNALS_FAULT (test-only fault injection)', () => {
  it('throws a plain error for "throw", naming the point', async () => {
    process.env.ANNALS_FAULT = 'after-index:throw';
    const { faultSync } = await import('../../../src/lib/build/fault.ts');
    expect(() => faultSync('after-index')).toThrow(new Error('injected fault at after-index'));
    expect(() => faultSync('after-render')).not.toThrow();
  });

  it('throws an error with the errno code for an errno action only', async () => {
    const { faultSync } = await import('../../../src/lib/build/fault.ts');
    process.env.ANNALS_FAULT = 'swap-in:EBUSY';
    let error: NodeJS.ErrnoException | undefined;
    try {
      faultSync('swap-in');
    } catch (caught) {
      error = caught as NodeJS.ErrnoException;
    }
    expect(error?.code).toBe('EBUSY');
    expect(error?.message).toBe('EBUSY: injected at swap-in');
    for (const action of ['hang', 'xEBUSY', 'EBUSY1', 'ebusy', '']) {
      process.env.ANNALS_FAULT = `swap-in:${action}`;
      expect(() => faultSync('swap-in'), action).not.toThrow();
    }
  });

  it('hang: names the point on stderr (what a test waits for before it sends a signal), then never settles', async () => {
    const { fault } = await import('../../../src/lib/build/fault.ts');
    // The hang keeps the process alive with an interval; a fake one leaves no handle behind.
    vi.useFakeTimers({ toFake: ['setInterval'] });
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      process.env.ANNALS_FAULT = 'after-render:throw,during-index:hang';
      let settled = false;
      void fault('during-index').then(() => (settled = true), () => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      vi.advanceTimersByTime(10 * 60_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(settled).toBe(false);
      expect(write.mock.calls).toEqual([['annals-fault: during-index\n']]);
    } finally {
      write.mockRestore();
      vi.useRealTimers();
    }
  });

  it('fault() returns at once for a point not named', async () => {
    const { fault } = await import('../../../src/lib/build/fault.ts');
    process.env.ANNALS_FAULT = 'swap-in:hang';
    await expect(fault('swap-aside')).resolves.toBeUndefined();
  });
});
