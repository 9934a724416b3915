/**
 * The sharding commands refuse bad arguments before touching anything, with the bilingual
 * message and no stack trace: `npm run build -- --shard` outside i/N, and `npm run merge`
 * given a folder that is not a shard output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build-child.ts';
import { FIXTURES } from '../helpers/fixture.ts';

const REPO = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'annals-shard-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run build -- --shard', () => {
  it.each(['3/2', '0/2', 'two', '1/300'])('refuses --shard %s (shard-invalid) and writes nothing', async (value) => {
    const out = join(scratch, `out-${value.replace(/\W/g, '_')}`);
    const result = await runBuild(['--root', join(FIXTURES, 'sharded'), '--out', out, '--shard', value]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`--shard ${value}\n`);
    expect(result.stderr).toContain(`--shard 的值 “${value}” 无效：应写成 i/N`);
    expect(result.stderr).toContain(`Invalid --shard "${value}": write i/N, shard i of N (1 ≤ i ≤ N ≤ 256)`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run merge', () => {
  it('refuses a folder without a shard manifest (merge-not-a-shard), naming it', () => {
    writeFileSync(join(scratch, 'plain-file'), '');
    const result = spawnSync(process.execPath, [join(REPO, 'src/cli/merge.ts'), '--root', scratch, '--out', 'site', join(scratch, 'plain-file')], { encoding: 'utf8', cwd: REPO });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(scratch, 'plain-file')}\n  “${join(scratch, 'plain-file')}” 不是分片构建的输出（没有可读的 .annals-shard.json）`);
    expect(result.stderr).toContain(`"${join(scratch, 'plain-file')}" is not the output of a sharded build (it has no readable .annals-shard.json)`);
    expect(result.stderr).toContain(`Build failed; ${join(scratch, 'site')} was not changed.`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(scratch, 'site'))).toBe(false);
  });
});
