/**
 * A draft is meant to become a valid report once the editor has done the review list.
 * This imports seed 003 for a new bureau into a scratch site, checks that the only
 * problems `npm run validate` finds in the draft are the ones the review list names,
 * resolves the TODOs the way an editor would, and validates again with the lead's loader.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/lib/build-site.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import type { Issue } from '../../../src/lib/issues.ts';

const REPO = join(import.meta.dirname, '../../..');
const BUREAU = 'demo-donghu';
const OURS = [`data/figures/${BUREAU}/2022.yaml`, `content/reports/${BUREAU}/2022/zh.mdx`, `data/indicators/_proposed-${BUREAU}-2022.yaml`];
let root: string;

const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const write = (path: string, text: string): void => writeFileSync(join(root, path), text);
/** Issues in the files the importer wrote, and in the bureau entry it added. */
const oursOf = (issues: readonly Issue[]): Issue[] =>
  issues.filter((issue) => OURS.includes(issue.file) || (issue.file === 'data/bureaus.yaml' && issue.field.startsWith(BUREAU)));

beforeAll(() => {
  // Inside the project, so the draft's MDX resolves Astro's runtime when it is built.
  mkdirSync(join(REPO, '.annals'), { recursive: true });
  root = mkdtempSync(join(REPO, '.annals', 'validate-draft-'));
  mkdirSync(join(root, 'data'), { recursive: true });
  cpSync(join(REPO, 'data/indicators'), join(root, 'data/indicators'), { recursive: true });
  cpSync(join(REPO, 'data/bureaus.yaml'), join(root, 'data/bureaus.yaml'));
  const result = spawnSync(
    process.execPath,
    [join(REPO, 'src/cli/import.ts'), '/work/shared/seeds/003_d99df1b6b6e7336a.txt', '--bureau', BUREAU, '--year', '2022', '--root', root,
      '--zh-name', '南昌市东湖区民政局（示例）', '--en-name', 'Donghu District Civil Affairs Bureau (demo)', '--level', 'district'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a draft from seed 003 for a new bureau', () => {
  it('before review, fails validation only on numbers the review list names', () => {
    const issues = oursOf(loadSite(root).issues);
    expect(issues.length).toBeGreaterThan(0);
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(['number-in-narrative']));
    const review = read(`data/figures/${BUREAU}/2022.review.md`);
    for (const issue of issues) expect(review).toContain(`The narrative still types “${String(issue.params['found'])}” (zh.mdx line ${issue.line}, column ${issue.column})`);
  });

  it('passes validation once its TODOs are resolved', () => {
    // The narrative: each number the review list names that is not a figure is reworded
    // (若干, "some"); spelling it in Chinese numerals would only be refused again.
    const mdxPath = `content/reports/${BUREAU}/2022/zh.mdx`;
    const lines = read(mdxPath).split('\n');
    const typed = loadSite(root).issues.filter((issue) => issue.file === mdxPath && issue.code === 'number-in-narrative');
    for (const issue of typed.sort((a, b) => b.line - a.line || b.column - a.column)) {
      const line = lines[issue.line - 1] ?? '';
      const found = String(issue.params['found']);
      expect(line.slice(issue.column - 1, issue.column - 1 + found.length)).toBe(found);
      lines[issue.line - 1] = line.slice(0, issue.column - 1) + '若干' + line.slice(issue.column - 1 + found.length);
    }
    write(mdxPath, lines.join('\n').replace('summary: "TODO"', 'summary: 东湖区民政局工作总结的示例导入。'));
    // Labels, names and units the importer could not translate.
    for (const path of [`data/figures/${BUREAU}/2022.yaml`, `data/indicators/_proposed-${BUREAU}-2022.yaml`, 'data/bureaus.yaml']) {
      write(path, read(path).replace(/"TODO: ([^"]*)"/g, '"$1"').replace(/\bTODO short English name\b/g, 'Donghu (demo)').replace(/en: TODO\b/g, 'en: reviewed'));
    }
    const result = loadSite(root);
    expect(oursOf(result.issues)).toEqual([]);
    expect(result.issues).toEqual([]);
    const report = result.site?.reports.find((candidate) => candidate.bureauId === BUREAU);
    expect(report?.figures.length).toBeGreaterThan(80);
  });

  it('then builds into a report page showing its figures in both languages', async () => {
    const { outDir } = await buildSite({ root, quiet: true });
    const zh = readFileSync(join(outDir, 'reports', BUREAU, '2022', 'index.html'), 'utf8');
    expect(zh).toContain('2850.46万元');
    const en = readFileSync(join(outDir, 'en', 'reports', BUREAU, '2022', 'index.html'), 'utf8');
    expect(en).toContain('CNY 28,504,600');
  });
});
