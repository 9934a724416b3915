/**
 * The whole bad-input corpus through the real commands, as an editor runs them: each case
 * must exit non-zero with the bilingual problem list, and never print a stack trace, an
 * internal error or a linked file's content. `build` and `new`/`import` get the cases that
 * reach their own code paths (the build validates with the same loader first).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, type BadInput } from '../../helpers/bad-input-corpus.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const REPO = join(import.meta.dirname, '..', '..', '..');
const run = promisify(execFile);

/** A stack frame, a Node internal, an uncaught error's banner, or /etc/passwd's first line. */
const LEAKS = /^\s+at |node:internal|^\w*Error: |Annals internal error|Uncaught|root:x?:?0:0/m;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function command(script: string, args: readonly string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(REPO, 'src/cli', `${script}.ts`), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const copies: FixtureCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.dispose()));

function site(change: BadInput[1]): FixtureCopy {
  const copy = copyFixture('basic');
  copies.push(copy);
  change(copy);
  return copy;
}

/** Runs `work` over `items`, two at a time (the machine has two cores). */
async function inPairs<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!);
  };
  await Promise.all([worker(), worker()]);
  return results;
}

describe('npm run validate on every bad input', () => {
  it(`refuses all ${BAD_INPUTS.length} cases with located, bilingual problems and no stack trace`, async () => {
    const outcomes = await inPairs(BAD_INPUTS, async ([name, change]) => ({ name, ...(await command('validate', ['--root', site(change).root])) }));
    const wrong = outcomes
      .filter(({ code, stdout, stderr }) => code !== 1 || LEAKS.test(stdout + stderr) || !/Annals found \d+ problems?; nothing was built\./.test(stderr) || !/^\S+:\d+:\d+/m.test(stderr))
      .map(({ name, code, stderr }) => `${name}: exit ${code}\n${stderr.slice(0, 600)}`);
    expect(wrong).toEqual([]);
  }, 600_000);
});

describe('the other commands on unsafe project files', () => {
  const unsafe = BAD_INPUTS.filter(([name]) => /GBK bureaus|shadow as bureaus|bureaus\.yaml should be/.test(name));

  it('npm run build stops with the problems, no stack', async () => {
    expect(unsafe).toHaveLength(3);
    for (const [name, change] of unsafe) {
      const copy = site(change);
      const outcome = await command('build', ['--root', copy.root, '--out', join(copy.root, 'dist')]);
      expect(outcome.code, name).toBe(1);
      expect(outcome.stderr, name).toContain('Annals found 1 problem; nothing was built.');
      expect(outcome.stdout + outcome.stderr, name).not.toMatch(LEAKS);
    }
  }, 300_000);

  it('npm run new stops with the located problem, no stack', async () => {
    for (const [name, change] of unsafe) {
      const outcome = await command('new', ['other-district', '2024', '--root', site(change).root]);
      expect(outcome.code, name).toBe(1);
      expect(outcome.stderr, name).toMatch(/^data\/bureaus\.yaml:\d+:\d+/m);
      expect(outcome.stdout + outcome.stderr, name).not.toMatch(LEAKS);
    }
  }, 120_000);

  it('npm run new refuses to write through a linked folder, and writes nothing there', async () => {
    const copy = site(() => undefined);
    const elsewhere = join(copy.root, '..', `${copy.root.split('/').at(-1)}-elsewhere`);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(copy.root, 'data/figures/other-district'));
    const outcome = await command('new', ['other-district', '2024', '--root', copy.root]);
    const written = readdirSync(elsewhere);
    rmSync(elsewhere, { recursive: true });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^data\/figures\/other-district:1:1$/m);
    expect(outcome.stderr).toContain('"data/figures/other-district" is a symbolic link');
    expect(written).toEqual([]);
  });

  it('npm run import stops with the located problem, no stack', async () => {
    for (const [name, change] of unsafe) {
      const copy = site(change);
      copy.write('report.txt', '示例区民政局2024年工作总结\n\n一、社会救助\n全年发放低保金100万元。\n');
      const outcome = await command('import', [join(copy.root, 'report.txt'), '--bureau', 'other-district', '--year', '2024', '--root', copy.root]);
      expect(outcome.code, name).toBe(1);
      expect(outcome.stderr, name).toMatch(/^data\/bureaus\.yaml:\d+:\d+/m);
      expect(outcome.stdout + outcome.stderr, name).not.toMatch(LEAKS);
    }
  }, 120_000);

  it('an unknown option is explained in both languages, no stack', async () => {
    const outcome = await command('validate', ['--no-such-option']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('命令参数有误');
    expect(outcome.stderr).toContain("Invalid command-line option: Unknown option '--no-such-option'");
    expect(outcome.stderr).not.toMatch(LEAKS);
  });
});
