/**
 * The two commands end to end, in a scratch copy of a site: `npm run import` and
 * `npm run new` create their files, add a new bureau, and never overwrite anything.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../../..');
const SEED = '/work/shared/seeds/004_f5e801b0ac21c3b9.txt';
let root: string;

function run(script: 'import' | 'new', args: string[]) {
  return spawnSync(process.execPath, [join(REPO, 'src/cli', `${script}.ts`), ...args, '--root', root], { encoding: 'utf8' });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'annals-import-'));
  mkdirSync(join(root, 'data'), { recursive: true });
  cpSync(join(REPO, 'data/indicators'), join(root, 'data/indicators'), { recursive: true });
  writeFileSync(join(root, 'data/bureaus.yaml'), 'yingkou:\n  name: { zh: 营口市民政局, en: Yingkou Municipal Civil Affairs Bureau }\n  short: { zh: 营口市, en: Yingkou }\n  level: city\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run import', () => {
  it('writes the draft for a known bureau, with the review list next to the data', () => {
    const result = run('import', [SEED, '--bureau', 'yingkou', '--year', '2019']);
    expect(result.status, result.stderr).toBe(0);
    for (const path of ['data/figures/yingkou/2019.yaml', 'data/figures/yingkou/2019.review.md', 'content/reports/yingkou/2019/zh.mdx']) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
    expect(existsSync(join(root, 'data/indicators/_proposed-yingkou-2019.yaml'))).toBe(false);
    const data = parse(readFileSync(join(root, 'data/figures/yingkou/2019.yaml'), 'utf8'), { schema: 'failsafe' }) as Record<string, unknown>;
    expect(data['bureau']).toBe('yingkou');
    expect(readFileSync(join(root, 'data/figures/yingkou/2019.review.md'), 'utf8')).toMatch(/- \[ \] line \d+: /);
  });

  it('refuses to overwrite, and writes nothing at all when one target exists', () => {
    mkdirSync(join(root, 'content/reports/yingkou/2019'), { recursive: true });
    writeFileSync(join(root, 'content/reports/yingkou/2019/zh.mdx'), 'mine');
    const result = run('import', [SEED, '--bureau', 'yingkou', '--year', '2019']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refusing to overwrite');
    expect(result.stderr).toContain('content/reports/yingkou/2019/zh.mdx');
    expect(readFileSync(join(root, 'content/reports/yingkou/2019/zh.mdx'), 'utf8')).toBe('mine');
    expect(existsSync(join(root, 'data/figures/yingkou/2019.yaml'))).toBe(false);
  });

  it('for a new bureau, adds it to bureaus.yaml and puts proposed indicators in their own catalog file', () => {
    const result = run('import', [SEED, '--bureau', 'new-city', '--year', '2019', '--zh-name', '新城市民政局']);
    expect(result.status, result.stderr).toBe(0);
    const bureaus = readFileSync(join(root, 'data/bureaus.yaml'), 'utf8');
    expect(bureaus).toContain('yingkou:');
    expect(bureaus).toMatch(/new-city:.*TODO/);
    expect(bureaus).toContain('level: TODO');
    expect(existsSync(join(root, 'data/indicators/_proposed-new-city-2019.yaml'))).toBe(true);
  });

  it('writes a table\'s other years into their own reports, but never into an existing file or through a link', () => {
    const input = join(REPO, 'tests/fixtures/import-tables/report-with-years.txt');
    const editors = 'bureau: yingkou\nyear: 2022\nsource: { title: 编辑的文件 }\nfigures:\n  eldercare-beds:\n    value: 1402\n';
    mkdirSync(join(root, 'data/figures/yingkou'), { recursive: true });
    writeFileSync(join(root, 'data/figures/yingkou/2022.yaml'), editors);
    const outside = join(mkdtempSync(join(tmpdir(), 'annals-outside-')), '2021.yaml');
    writeFileSync(outside, 'outside\n');
    symlinkSync(outside, join(root, 'data/figures/yingkou/2021.yaml'));
    const result = run('import', [input, '--bureau', 'yingkou', '--year', '2023']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(root, 'data/figures/yingkou/2022.yaml'), 'utf8')).toBe(editors);
    expect(readFileSync(outside, 'utf8')).toBe('outside\n');
    expect(existsSync(join(root, 'content/reports/yingkou/2022/zh.mdx'))).toBe(false);
    const review = readFileSync(join(root, 'data/figures/yingkou/2023.review.md'), 'utf8');
    expect(review).toContain('“1,402” (table row 2022年) belongs to the 2022 report: data/figures/yingkou/2022.yaml already has it (`eldercare-beds`): not written again.');
    expect(review).toContain('“1,310” (table row 2021年) belongs to the 2021 report: data/figures/yingkou/2021.yaml exists and was not changed: add `eldercare-beds: { value: 1310, unit: 张 }` to its figures.');
    rmSync(join(root, 'data/figures/yingkou/2021.yaml'));
    rmSync(join(root, 'data/figures/yingkou/2023.yaml'));
    rmSync(join(root, 'data/figures/yingkou/2023.review.md'));
    rmSync(join(root, 'content/reports/yingkou/2023'), { recursive: true });
    expect(run('import', [input, '--bureau', 'yingkou', '--year', '2023']).status).toBe(0);
    expect(readFileSync(join(root, 'data/figures/yingkou/2021.yaml'), 'utf8')).toContain('  eldercare-beds:\n    value: 1310\n    as_of: 2021');
    expect(readFileSync(join(root, 'content/reports/yingkou/2021/zh.mdx'), 'utf8')).toContain('2021年：养老机构（家）<Figure id="eldercare-institutions" />');
  });

  it('explains bad arguments', () => {
    const result = run('import', [SEED, '--bureau', 'Ying Kou', '--year', '2019']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('kebab-case');
  });
});

describe('npm run new', () => {
  it('creates the data file and both narratives, and adds a new bureau from flags', () => {
    const result = run('new', ['donghu-demo', '2024', '--zh-name', '南昌市东湖区民政局', '--en-name', 'Donghu demo', '--level', 'district']);
    expect(result.status, result.stderr).toBe(0);
    const figures = readFileSync(join(root, 'data/figures/donghu-demo/2024.yaml'), 'utf8');
    expect(figures).toContain('index_no: TODO    # 索引号');
    expect(readFileSync(join(root, 'content/reports/donghu-demo/2024/zh.mdx'), 'utf8')).toMatch(/^---\ntitle: TODO/);
    expect(readFileSync(join(root, 'content/reports/donghu-demo/2024/en.mdx'), 'utf8')).toMatch(/^---\ntitle: TODO/);
    const bureaus = parse(readFileSync(join(root, 'data/bureaus.yaml'), 'utf8'), { schema: 'failsafe' }) as Record<string, Record<string, unknown>>;
    expect(bureaus['donghu-demo']).toMatchObject({ level: 'district', short: { zh: '东湖区' }, name: { zh: '南昌市东湖区民政局', en: 'Donghu demo' } });
  });

  it('never overwrites and does not add the bureau twice', () => {
    expect(run('new', ['yingkou', '2024']).status).toBe(0);
    const before = readFileSync(join(root, 'data/bureaus.yaml'), 'utf8');
    const again = run('new', ['yingkou', '2024']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Refusing to overwrite');
    expect(readFileSync(join(root, 'data/bureaus.yaml'), 'utf8')).toBe(before);
  });

  it('adds a national publisher, also when npm took --level for itself (`npm run new --level national mca 2021`)', () => {
    const result = spawnSync('npm', ['run', '--silent', 'new', '--level', 'national', 'mca', '2021', '--', '--root', root, '--zh-name', '民政部', '--en-name', 'Ministry of Civil Affairs'], { cwd: REPO, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const bureaus = parse(readFileSync(join(root, 'data/bureaus.yaml'), 'utf8'), { schema: 'failsafe' }) as Record<string, Record<string, unknown>>;
    expect(bureaus.mca).toMatchObject({ level: 'national', name: { zh: '民政部', en: 'Ministry of Civil Affairs' } });
    expect(existsSync(join(root, 'data/figures/mca/2021.yaml'))).toBe(true);
  });

  it('refuses an unknown level before writing anything', () => {
    const result = run('new', ['other', '2024', '--level', 'town']);
    expect(result.status).toBe(2);
    expect(existsSync(join(root, 'data/figures/other'))).toBe(false);
  });
});

