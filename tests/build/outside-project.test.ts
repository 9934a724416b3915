/**
 * A site kept in a folder of its own, outside this project (a bureau's repository that
 * uses Annals as a tool): `npm run validate -- --root DIR` and `npm run build -- --root DIR`
 * work on it through the real CLI, in a child process, and the pages carry its figures.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixture.ts';

const run = promisify(execFile);
const PROJECT = join(import.meta.dirname, '..', '..');

/** Runs one of our CLIs with the project's Node, from the project folder, as `npm run` does. */
async function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(PROJECT, 'src', 'cli', script), ...args], {
      cwd: PROJECT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 240_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('a site in a folder outside the project', () => {
  let parent: string;
  let site: string;

  beforeAll(() => {
    parent = mkdtempSync(join(tmpdir(), 'annals-elsewhere-'));
    site = join(parent, 'bureau-site');
    cpSync(join(FIXTURES, 'basic'), site, { recursive: true });
  });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('is not inside the project (the premise of the test)', () => {
    expect(site.startsWith(PROJECT)).toBe(false);
  });

  it('validates with --root', async () => {
    const result = await cli('validate.ts', ['--root', site]);
    // The fixture's one warning (a change with no earlier report to check it against), no problem.
    expect(result.stderr).toContain('data/figures/example-district/2022.yaml:16:53  figures.dibao-standard.change.reported');
    expect(result.stderr).not.toMatch(/problem|问题/);
    expect(result.stdout.trim().split('\n')).toEqual([
      '✓ 2 reports, 10 figures, 8 indicators, 1 bureaus: no problems.',
      '1 项变化无法核对（上一年没有可比的报告数值，页面注明变化的比较基准）：data/figures/example-district/2022.yaml:16:53',
      '1 changes could not be checked (no earlier report value to compare; pages say what each is relative to): data/figures/example-district/2022.yaml:16:53',
    ]);
    expect(result.code).toBe(0);
  });

  it('builds with --root into its own dist/, narratives and figures included', async () => {
    const result = await cli('build.ts', ['--root', site]);
    expect(result.stderr).not.toMatch(/error|failed/i);
    expect(result.stdout).toContain(`✓ Site built into ${join(site, 'dist')}`);
    expect(result.code).toBe(0);
    const zh = readFileSync(join(site, 'dist', 'reports', 'example-district', '2022', 'index.html'), 'utf8');
    const en = readFileSync(join(site, 'dist', 'en', 'reports', 'example-district', '2022', 'index.html'), 'utf8');
    // The narrative's MDX, compiled from outside the project, and its figures from the site's YAML.
    expect(zh).toContain('<h2 id="养老服务">养老服务</h2>');
    expect(zh).toMatch(/<tr id="eldercare-beds"[^>]*>.*?<td class="value" data-figure-value>20\.7万张</);
    expect(en).toMatch(/<tr id="eldercare-beds"[^>]*>.*?<td class="value" data-figure-value>207,000 beds</);
    expect(zh).toMatch(/<tr id="dibao-standard"[^>]*>.*?<td class="value" data-figure-value>855元\/人·月</);
    expect(existsSync(join(site, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'dist', '404.html'))).toBe(true);
    // Nothing half-built left behind in the site's folder.
    expect(readdirSync(dirname(site)).filter((name) => name.includes('.annals-'))).toEqual([]);
    expect(readdirSync(site).filter((name) => name.includes('.annals-'))).toEqual([]);
  }, 240_000);
});
