/**
 * The build never loses or misreports a site (issue 8 §4, issue 14 §4), driven through
 * real child processes of `npm run build`:
 * - `--out` that would destroy input or foreign files is refused, touching nothing;
 * - a fault after rendering, after indexing or during the swap leaves the previous dist/
 *   byte-identical, with no staging folder left, and says so truthfully;
 * - SIGKILL during render, indexing and the swap leaves leftovers that the next build
 *   puts back or removes; SIGINT/SIGTERM clean up at once;
 * - a read-only folder under a real non-root user is reported, not hidden.
 * One "previous dist" is built once and copied into place for each case.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { digestTree, runBuild } from '../helpers/build-child.ts';

const REPO = join(import.meta.dirname, '..', '..');
let fixture: FixtureCopy;
let root: string;
let dist: string;
let pristine: string;
let previous: Record<string, string>;
/** Per build, generous: two cores shared with other work make an 8 s build take 30 s. */
const BUILD_TIMEOUT = 120_000;

/** Staging, set-aside and lock entries the build keeps beside dist/. */
const leftovers = (): string[] => readdirSync(root).filter((entry) => entry.includes('.annals-')).sort();
const resetDist = (): void => {
  rmSync(dist, { recursive: true, force: true });
  cpSync(pristine, dist, { recursive: true });
};
const unchanged = (path: string): string => `✗ 构建失败；${path} 未被改动。\n✗ Build failed; ${path} was not changed.\n`;
const restored = (path: string): string =>
  `✗ 构建失败；${path} 曾被移开，现已原样恢复为上一次的网站。\n✗ Build failed; ${path} was moved aside and has been put back: it holds the previous site, unchanged.\n`;

beforeAll(async () => {
  fixture = copyFixture('basic');
  root = fixture.root;
  dist = join(root, 'dist');
  const first = await runBuild(['--root', root]);
  expect(first.code).toBe(0);
  pristine = mkdtempSync(join(tmpdir(), 'annals-previous-dist-'));
  rmSync(pristine, { recursive: true });
  cpSync(dist, pristine, { recursive: true });
  previous = digestTree(dist);
});
afterAll(() => {
  fixture.dispose();
  rmSync(pristine, { recursive: true, force: true });
});

describe('the previous build', () => {
  it('is a whole site carrying the marker file', () => {
    expect(previous['.annals-build.json']).toBeDefined();
    expect(previous['index.html']).toBeDefined();
    expect(previous['pagefind/pagefind.js']).toBeDefined();
    expect(Object.keys(previous).length).toBeGreaterThan(50);
    expect(leftovers()).toEqual([]);
  });
});

describe('--out that would destroy what it holds is refused, touching nothing', () => {
  const projectCases = [
    ['data', 'data', '项目的 data/ 目录（或其中的目录）', "the project's data/ folder (or a folder inside it)"],
    ['content', 'content', '项目的 content/ 目录（或其中的目录）', "the project's content/ folder (or a folder inside it)"],
    ['src/site', 'src/site', '项目的 src/ 目录（或其中的目录）', "the project's src/ folder (or a folder inside it)"],
    ['.', '', '项目根目录', 'the project root'],
    ['..', '..', '包含项目的上级目录', 'a folder that contains the project'],
    // The Annals installation's own folders, even when the site lives elsewhere.
    [join(REPO, 'public'), join(REPO, 'public'), '项目的 public/ 目录（或其中的目录）', "the project's public/ folder (or a folder inside it)"],
  ] as const;
  for (const [arg, relative, whatZh, whatEn] of projectCases) {
    it(`--out ${arg}`, async () => {
      const before = digestTree(root);
      const parentBefore = readdirSync(dirname(root)).sort();
      const path = relative === '' ? root : relative === '..' ? dirname(root) : relative.startsWith('/') ? relative : join(root, relative);
      const result = await runBuild(['--root', root, '--out', arg]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `\n--out ${arg}\n` +
          `  不能输出到 “${path}”：它是${whatZh}。构建会整体替换输出目录，这会毁掉其中的文件。请改用新的目录，例如 --out dist。\n` +
          `  Cannot build into "${path}": it is ${whatEn}. The build replaces the whole output folder, which would destroy what it holds. Use a new folder instead, e.g. --out dist.\n\n` +
          unchanged(path),
      );
      expect(digestTree(root)).toEqual(before);
      expect(readdirSync(dirname(root)).sort()).toEqual(parentBefore);
    });
  }

  it('an existing folder holding files the build did not write', async () => {
    const foreign = mkdtempSync(join(tmpdir(), 'annals-foreign-'));
    try {
      writeFileSync(join(foreign, 'keep.txt'), 'not ours');
      mkdirSync(join(foreign, 'sub'));
      writeFileSync(join(foreign, 'sub', 'notes.md'), 'not ours either');
      const before = digestTree(foreign);
      const result = await runBuild(['--root', root, '--out', foreign]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `\n--out ${foreign}\n` +
          `  “${foreign}” 已有不是 Annals 写入的文件（没有标记文件 .annals-build.json）。构建会整体替换输出目录，所以拒绝使用它。请改用新的或空的目录；若它确是旧版 Annals 生成的网站（没有别的文件），请先删除它再构建。\n` +
          `  "${foreign}" already holds files Annals did not write (it has no .annals-build.json marker). The build replaces the whole output folder, so it refuses to use this one. Use a new or empty folder; if it is a site built by an older Annals (and holds nothing else), delete it, then build again.\n\n` +
          unchanged(foreign),
      );
      expect(digestTree(foreign)).toEqual(before);
      expect(readdirSync(dirname(foreign)).filter((entry) => entry.startsWith(`.${foreign.split('/').pop()}.annals-`))).toEqual([]);
    } finally {
      rmSync(foreign, { recursive: true, force: true });
    }
  });

  it('a symbolic link, even to a folder the build owns', async () => {
    const link = join(root, 'site-link');
    symlinkSync(dist, link);
    try {
      const result = await runBuild(['--root', root, '--out', 'site-link']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`  “${link}” 已存在，但是符号链接。请改用新的目录，例如 --out dist。\n`);
      expect(result.stderr).toContain(`  "${link}" exists but is a symbolic link. Use a new folder instead, e.g. --out dist.\n`);
      expect(digestTree(dist)).toEqual(previous);
    } finally {
      rmSync(link);
    }
  });

  it('a folder another live build holds the lock of', async () => {
    writeFileSync(join(root, '.dist.annals-lock'), `${process.pid}\n`);
    try {
      const result = await runBuild(['--root', root]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `  Another build (process ${process.pid}) is writing "${dist}". Wait for it to finish and try again; if no such process is running, delete the lock file ${join(root, '.dist.annals-lock')}.\n`,
      );
      expect(result.stderr).toContain(`  另一个构建（进程 ${process.pid}）正在写入 “${dist}”。`);
      expect(digestTree(dist)).toEqual(previous);
    } finally {
      rmSync(join(root, '.dist.annals-lock'));
    }
  });
});

describe('a build failing after it has started leaves the previous dist/ byte-identical', () => {
  it('after Astro has written staging', async () => {
    resetDist();
    const result = await runBuild(['--root', root], { fault: 'after-render:throw' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '\n--out dist\n  构建在生成页面（Astro）时失败：injected fault at after-render\n  The build failed while rendering the pages (Astro): injected fault at after-render\n\n' + unchanged(dist),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(digestTree(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT);

  it('after indexing', async () => {
    resetDist();
    const result = await runBuild(['--root', root], { fault: 'after-index:throw' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '\n--out dist\n  构建在建立搜索索引（Pagefind）时失败：injected fault at after-index\n  The build failed while indexing for search (Pagefind): injected fault at after-index\n\n' + unchanged(dist),
    );
    expect(digestTree(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT);

  it('during the swap, when moving the new site in is refused (EACCES): the old one is put back', async () => {
    resetDist();
    const result = await runBuild(['--root', root], { fault: 'swap-in:EACCES' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `\n--out dist\n  无权替换 “${dist}”（EACCES）。请让运行构建的用户能写入该目录及其上级目录（例如 chmod -R u+w 或 chown），或改用其他 --out 目录。\n` +
        `  No permission to replace "${dist}" (EACCES). Give the user running the build write access to it and to its parent folder (e.g. chmod -R u+w, or chown), or use another --out folder.\n\n` +
        restored(dist),
    );
    expect(digestTree(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT);

  it('during the swap, when neither moving the new site in (EXDEV) nor the old one back works: says where the old site is', async () => {
    resetDist();
    const result = await runBuild(['--root', root], { fault: 'swap-in:EXDEV,roll-back:EACCES' });
    expect(result.code).toBe(1);
    const aside = leftovers();
    expect(aside).toEqual([expect.stringMatching(/^\.dist\.annals-previous-\d+$/)]);
    const path = join(root, aside[0]!);
    expect(result.stderr).toContain(
      `\n--out dist\n  无法替换 “${dist}”（EXDEV: injected at swap-in）。若输出目录是挂载点或在另一个磁盘上，请改为输出到它里面的子目录。\n` +
        `  Could not replace "${dist}" (EXDEV: injected at swap-in). If the output folder is a mount point or on another disk, build into a folder inside it.\n\n` +
        `✗ 构建失败，且无法恢复：${dist} 现在不存在。上一次的网站完好地保存在 ${path}，请手动改回：mv ${path} ${dist}\n` +
        `✗ Build failed and could not be rolled back: ${dist} does not exist now. The previous site is intact at ${path}; put it back by hand: mv ${path} ${dist}\n`,
    );
    expect(existsSync(dist)).toBe(false);
    expect(digestTree(path)).toEqual(previous);
    // The fix the message gives restores the previous site byte for byte.
    renameSync(path, dist);
    expect(digestTree(dist)).toEqual(previous);
  }, BUILD_TIMEOUT);
});

describe('interrupted builds', () => {
  it('SIGINT during render removes staging at once and says dist/ is unchanged', async () => {
    resetDist();
    const result = await runBuild(['--root', root], { fault: 'during-render:hang', signalAtFault: 'SIGINT' });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain(
      '\n构建被中断（SIGINT），已删除未完成的临时目录。\nThe build was interrupted (SIGINT); its unfinished staging folder was removed.\n' + unchanged(dist),
    );
    expect(digestTree(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT);

  it('SIGTERM during the swap puts the old dist/ back and says so', async () => {
    resetDist();
    const result = await runBuild(['--root', root], { fault: 'swap-in:hang', signalAtFault: 'SIGTERM' });
    expect(result.code).toBe(143);
    expect(result.stderr).toContain(
      '\n构建被中断（SIGTERM），已删除未完成的临时目录。\nThe build was interrupted (SIGTERM); its unfinished staging folder was removed.\n' + restored(dist),
    );
    expect(digestTree(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT);

  it('SIGINT after the new site is in place says it is published, not unchanged', async () => {
    resetDist();
    const result = await runBuild(['--root', root], { fault: 'remove-previous:hang', signalAtFault: 'SIGINT' });
    expect(result.code).toBe(130);
    const aside = leftovers().filter((entry) => entry.includes('previous'));
    expect(aside).toEqual([expect.stringMatching(/^\.dist\.annals-previous-\d+$/)]);
    const path = join(root, aside[0]!);
    expect(result.stderr).toContain(
      `新网站此前已发布到 ${dist}；上一次的网站可能还留在 ${path}，下次构建会删除它。\n` +
        `The new site had already been published in ${dist}; the previous one may remain at ${path}, and the next build removes it.\n`,
    );
    expect(result.stderr).not.toContain('was not changed');
    expect(digestTree(dist)['.annals-build.json']).toBeDefined();
    expect(digestTree(path)).toEqual(previous);
  }, BUILD_TIMEOUT);

  it('SIGKILL during render, during indexing and during the swap: the next build puts back or removes every leftover', async () => {
    resetDist();
    const render = await runBuild(['--root', root], { fault: 'during-render:hang', signalAtFault: 'SIGKILL' });
    expect(render.signal).toBe('SIGKILL');
    expect(digestTree(dist)).toEqual(previous);
    // The kill really left a partial site behind: Astro had written pages into staging.
    const afterRender = leftovers();
    expect(afterRender).toEqual(['.dist.annals-lock', expect.stringMatching(/^\.dist\.annals-staging-\d+$/)]);
    expect(digestTree(join(root, afterRender[1]!))['reports/example-district/2022/index.html']).toBeDefined();

    const index = await runBuild(['--root', root], { fault: 'during-index:hang', signalAtFault: 'SIGKILL' });
    expect(index.signal).toBe('SIGKILL');
    expect(digestTree(dist)).toEqual(previous);
    const afterIndex = leftovers();
    // The first build's staging is gone (cleaned by the second), which left its own.
    expect(afterIndex).toEqual(['.dist.annals-lock', expect.stringMatching(/^\.dist\.annals-staging-\d+$/)]);
    expect(afterIndex[1]).not.toBe(afterRender[1]);

    const swap = await runBuild(['--root', root], { fault: 'swap-in:hang', signalAtFault: 'SIGKILL' });
    expect(swap.signal).toBe('SIGKILL');
    // Killed between the two renames: dist/ is aside, whole, under its set-aside name.
    expect(existsSync(dist)).toBe(false);
    const afterSwap = leftovers();
    expect(afterSwap).toEqual(['.dist.annals-lock', expect.stringMatching(/^\.dist\.annals-previous-\d+$/), expect.stringMatching(/^\.dist\.annals-staging-\d+$/)]);
    expect(digestTree(join(root, afterSwap[1]!))).toEqual(previous);

    // The next build (failing late, so its own output cannot be confused with the old one)
    // puts the previous site back byte for byte and leaves nothing behind.
    const next = await runBuild(['--root', root], { fault: 'after-render:throw' });
    expect(next.code).toBe(1);
    expect(next.stderr).toContain(unchanged(dist));
    expect(digestTree(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, 4 * BUILD_TIMEOUT);
});

describe('a read-only folder in dist/, built by a real non-root user', () => {
  it('publishes the new site and names the old one it could not delete; after the fix, the next build removes it', async () => {
    resetDist();
    chmodSync(join(dist, 'reports'), 0o555);
    // We run as root, which ignores permissions: drop to nobody with setpriv (util-linux).
    const dropToNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : [];
    // nobody must be able to reach this checkout (a clone under a private 0700 temp folder
    // is out of its reach). Where it cannot, the same EACCES is injected at the same step,
    // so the outcome and its message are still tested, though not by the kernel.
    const reachable = dropToNobody.length === 0 || spawnSync(dropToNobody[0]!, [...dropToNobody.slice(1), process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(join(process.cwd(), 'src/cli/build.ts'))})`]).status === 0;
    const asUser = reachable ? dropToNobody : [];
    if (!reachable) console.warn('build-safety: nobody cannot reach this checkout; EACCES is injected at remove-previous instead.');
    // Astro keeps its generated types in <its root>/.astro, and its root is the Annals
    // project (src/integrations/config.ts): that one folder must be the user's too.
    const dotAstro = join(process.cwd(), '.astro');
    mkdirSync(dotAstro, { recursive: true });
    if (asUser.length > 0) execFileSync('chown', ['-R', 'nobody:nogroup', root, dotAstro]);
    try {
      const result = await runBuild(['--root', root], reachable ? { prefix: asUser } : { fault: 'remove-previous:EACCES' });
      expect(result.code).toBe(0);
      const aside = leftovers();
      expect(aside).toEqual([expect.stringMatching(/^\.dist\.annals-previous-\d+$/)]);
      const path = join(root, aside[0]!);
      expect(result.stderr).toContain(
        `\n--out dist\n  新网站已发布到 ${dist}，但上一次的网站 ${path} 未能删除完（EACCES）。它不会被发布；请手动删除：chmod -R u+w ${path} && rm -rf ${path}（下次构建也会再试）。\n` +
          `  The new site is published in ${dist}, but the previous one at ${path} could not be fully removed (EACCES). It is not part of the site; remove it by hand: chmod -R u+w ${path} && rm -rf ${path} (the next build tries again too).\n`,
      );
      expect(result.stderr).not.toContain('was not changed');
      expect(result.stdout).toContain(`✓ Site built into ${dist}\n`);
      expect(digestTree(dist)).toEqual(previous);
    } finally {
      if (asUser.length > 0) execFileSync('chown', ['-R', `${process.getuid?.()}:${process.getgid?.()}`, root, dotAstro]);
    }
    // The fix the message gives, then a build whose lock was left by a build that no
    // longer runs: the lock is taken over and the set-aside site removed.
    execFileSync('chmod', ['-R', 'u+w', root]);
    writeFileSync(join(root, '.dist.annals-lock'), `${deadPid()}\n`);
    const next = await runBuild(['--root', root]);
    expect(next.code).toBe(0);
    expect(leftovers()).toEqual([]);
    // Builds are deterministic, so the new site equals the previous one byte for byte.
    expect(digestTree(dist)).toEqual(previous);
  }, 2 * BUILD_TIMEOUT);
});

/** A pid no process has now: a child that has already exited. */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-p', 'process.pid'], { encoding: 'utf8' }).trim());
}
