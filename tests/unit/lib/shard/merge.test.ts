/**
 * `npm run merge` refuses shard sets that do not belong together, and files two shards
 * write differently, with every problem at once and the output folder left as it was.
 * Shard outputs here are written by hand (a manifest and a few files); the real build's
 * are tested in tests/build/shard-merge.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../../../src/lib/build/errors.ts';
import { MergeInputError, mergeShards } from '../../../../src/lib/shard/merge.ts';

const DIGEST = 'a'.repeat(64);
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'annals-merge-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function shardOutput(name: string, manifest: Record<string, unknown> | undefined, files: Record<string, string> = {}): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.annals-build.json'), '{"annals-build":1}\n');
  if (manifest) writeFileSync(join(dir, '.annals-shard.json'), JSON.stringify({ 'annals-shard': 1, inputs: DIGEST, site: 'https://annals.example.org', base: '/', ...manifest }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** The problems of a refused merge, as [code, where, selected params]. */
async function refusal(shards: string[]): Promise<Array<[string, string, Record<string, string>]>> {
  const error = await mergeShards({ root, outDir: 'dist', shards }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MergeInputError);
  return (error as MergeInputError).problems.map((problem: BuildError) => [problem.code, problem.where, problem.params]);
}

describe('mergeShards refuses', () => {
  it('no shards at all', async () => {
    expect(await refusal([])).toEqual([['merge-no-shards', '--out dist', {}]]);
  });

  it('a folder that is not a shard output (no manifest), with the other problems', async () => {
    const plain = shardOutput('plain', undefined, { 'index.html': 'x' });
    const first = shardOutput('one', { shard: '1/2' });
    const other = shardOutput('two', { shard: '2/3', inputs: 'b'.repeat(64) });
    expect(await refusal([plain, first, other])).toEqual([
      ['merge-not-a-shard', plain, { path: plain, file: '.annals-shard.json' }],
      ['merge-mismatch', other, { path: other, first, field: 'N', found: '3', expected: '2' }],
      ['merge-mismatch', other, { path: other, first, field: 'inputs', found: 'b'.repeat(64), expected: DIGEST }],
    ]);
  });

  it('shards of another site URL or base path', async () => {
    const first = shardOutput('one', { shard: '1/2' });
    const other = shardOutput('two', { shard: '2/2', site: 'https://mz.example.gov.cn', base: '/mzj/' });
    expect(await refusal([first, other])).toEqual([
      ['merge-mismatch', other, { path: other, first, field: 'site', found: 'https://mz.example.gov.cn', expected: 'https://annals.example.org' }],
      ['merge-mismatch', other, { path: other, first, field: 'base', found: '/mzj/', expected: '/' }],
    ]);
  });

  it('a missing shard and a repeated one', async () => {
    const first = shardOutput('one', { shard: '1/3' });
    const again = shardOutput('one-again', { shard: '1/3' });
    const third = shardOutput('three', { shard: '3/3' });
    expect(await refusal([first, again, third])).toEqual([['merge-shards-incomplete', '--out dist', { count: '3', missing: '2/3', repeated: '1/3' }]]);
  });

  it('a file two shards write with different bytes, and publishes nothing', async () => {
    const out = shardOutput('dist', undefined, { 'index.html': 'the old site' });
    const first = shardOutput('one', { shard: '1/2' }, { '404.html': 'not found', '_astro/a.css': 'a{}', 'reports/x/index.html': 'x' });
    const second = shardOutput('two', { shard: '2/2' }, { '404.html': 'not found', '_astro/a.css': 'b{}', 'reports/y/index.html': 'y' });
    expect(await refusal([first, second])).toEqual([['merge-conflict', second, { path: second, first, file: '_astro/a.css' }]]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the old site');
  });
});

describe('mergeShards joins', () => {
  it('the pages of every shard, identical shared files once, and each search bundle whole', async () => {
    const first = shardOutput('one', { shard: '1/2' }, { '404.html': 'not found', 'reports/x/index.html': 'x', 'pagefind/pagefind.js': 'p1', 'pagefind/annals-indexes.json': '{"indexes":[]}\n' });
    const second = shardOutput('two', { shard: '2/2' }, { '404.html': 'not found', 'reports/y/index.html': 'y', 'pagefind/pagefind.js': 'p2', 'pagefind/annals-indexes.json': '{"indexes":[]}\n' });
    const { outDir } = await mergeShards({ root, outDir: 'dist', shards: [second, first] });
    const read = (file: string): string => readFileSync(join(outDir, file), 'utf8');
    expect(read('reports/x/index.html')).toBe('x');
    expect(read('reports/y/index.html')).toBe('y');
    expect(read('pagefind/pagefind.js')).toBe('p1');
    expect(read('pagefind/shards/2/pagefind.js')).toBe('p2');
    expect(read('pagefind/annals-indexes.json')).toBe('{"indexes":["shards/2/"]}\n');
    expect(read('.annals-build.json')).toBe('{"annals-build":1}\n');
    expect(() => read('.annals-shard.json')).toThrow();
    expect(() => read('pagefind/shards/2/annals-indexes.json')).toThrow();
  });
});
