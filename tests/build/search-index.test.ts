/**
 * Search indexing in a process of its own (src/lib/search-index.ts), one Pagefind run per
 * edition (src/lib/search-index-child.ts), driven through real `npm run build` processes:
 * - the bundle is the one a single Pagefind run over the same pages writes, byte for byte;
 * - a Pagefind that dies (a stand-in binary, PAGEFIND_BINARY_PATH) fails the build with the
 *   bilingual 'build-step-failed' message, no stack trace, and dist/ untouched;
 * - SIGTERM while indexing ends the indexer and its Pagefind, not just the build.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestTree, runBuild, type ChildResult } from '../helpers/build-child.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';

const REPO = join(import.meta.dirname, '..', '..');
const BUILD_TIMEOUT = 120_000;
let fixture: FixtureCopy;
let root: string;
let dist: string;
let previous: Record<string, string>;
let scratch: string;

const leftovers = (): string[] => readdirSync(root).filter((entry) => entry.includes('.annals-')).sort();
/** Whether a process still runs (a zombie, ended but not yet reaped, does not). */
const running = (pid: number): boolean => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};
/** Whether a process has ended within a second (a kill is not instant). */
async function ends(pid: number): Promise<boolean> {
  for (let tries = 0; tries < 20 && running(pid); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  return !running(pid);
}

/** A stand-in for Pagefind's binary: a shell script. */
function fakePagefind(name: string, script: string): string {
  const path = join(scratch, name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** `npm run build` with extra environment, and a hook once it is running. */
function buildWith(env: Record<string, string>, whileRunning?: (pid: number) => Promise<void>): Promise<ChildResult> {
  const child = spawn(process.execPath, [join(REPO, 'src', 'cli', 'build.ts'), '--root', root], {
    cwd: REPO,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  void whileRunning?.(child.pid!);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'annals-index-'));
  fixture = copyFixture('basic');
  root = fixture.root;
  dist = join(root, 'dist');
  const first = await runBuild(['--root', root]);
  expect(first.code).toBe(0);
  previous = digestTree(dist);
}, BUILD_TIMEOUT);
afterAll(() => {
  fixture.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

describe('one Pagefind run per edition', () => {
  it('lists the three editions in one entry, each with its pages', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // The basic fixture has 28 pages with a search body per edition (Simplified at the
    // root, English under /en/, Traditional under /zh-hant/).
    expect(Object.entries(entry.languages).map(([language, index]) => [language, index.page_count])).toEqual([
      ['en', 28],
      ['zh-cn', 28],
      ['zh-hant', 28],
    ]);
  });

  it('writes the very bundle a single Pagefind run over the same pages writes', async () => {
    const single = mkdtempSync(join(tmpdir(), 'annals-single-'));
    try {
      cpSync(dist, single, { recursive: true, filter: (source) => !source.startsWith(join(dist, 'pagefind')) });
      const { index } = await pagefind.createIndex({});
      await index!.addDirectory({ path: single });
      await index!.writeFiles({ outputPath: join(single, 'pagefind') });
      await pagefind.close();
      const built = digestTree(join(dist, 'pagefind'));
      // The build adds the list of shard indexes (empty in a single build).
      delete built['annals-indexes.json'];
      expect(built).toEqual(digestTree(join(single, 'pagefind')));
    } finally {
      rmSync(single, { recursive: true, force: true });
    }
  });
});

describe('a failure in the indexer', () => {
  it('a Pagefind that dies fails the build with the bilingual message and leaves dist/ untouched', async () => {
    const dying = fakePagefind('dying', 'echo "memory allocation of 1073741824 bytes failed" >&2\nexit 134');
    const result = await buildWith({ PAGEFIND_BINARY_PATH: dying });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '\n--out dist\n' +
        '  构建在建立搜索索引（Pagefind）时失败：Pagefind stopped before finishing; Pagefind said: memory allocation of 1073741824 bytes failed\n' +
        '  The build failed while indexing for search (Pagefind): Pagefind stopped before finishing; Pagefind said: memory allocation of 1073741824 bytes failed\n\n' +
        `✗ 构建失败；${dist} 未被改动。\n✗ Build failed; ${dist} was not changed.\n`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(digestTree(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT);

  it('SIGTERM while indexing ends the indexer and its Pagefind too', async () => {
    const pidFile = join(scratch, 'pagefind.pid');
    // Stands for a Pagefind busy writing a large index: it answers nothing for ten minutes.
    const busy = fakePagefind('busy', `echo $$ > ${pidFile}\nexec sleep 600`);
    let pagefindPid = 0;
    let indexerPid = 0;
    const result = await buildWith({ PAGEFIND_BINARY_PATH: busy }, async (buildPid) => {
      while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8').trim() === '') await new Promise((resolve) => setTimeout(resolve, 50));
      pagefindPid = Number(readFileSync(pidFile, 'utf8'));
      // Field 4 of /proc/<pid>/stat is the parent: the indexer's process.
      indexerPid = Number(readFileSync(`/proc/${pagefindPid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      process.kill(buildPid, 'SIGTERM');
    });
    expect(result.code).toBe(143);
    expect(result.stderr).toContain('The build was interrupted (SIGTERM); its unfinished staging folder was removed.\n');
    expect(pagefindPid).toBeGreaterThan(0);
    expect(indexerPid).not.toBe(pagefindPid);
    expect(await ends(pagefindPid)).toBe(true);
    expect(await ends(indexerPid)).toBe(true);
    expect(digestTree(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT);
});
