/**
 * `npm run import -- figures.xlsx` for a long table of figures: the example workbook
 * (docs/examples/) gives exactly the YAML written here by hand and a site the real
 * validator accepts; a broken workbook gives one located message per problem, in the
 * sheet and in the YAML, and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportInput } from '../../../src/import/formats/read-input.ts';
import { bureauIds } from '../../../src/import/bureau-entry.ts';
import { changeFields, qualifierOf } from '../../../src/import/sheet-figures/cells.ts';
import { importFigureTable, isFigureTable } from '../../../src/import/sheet-figures/run.ts';
import { loadCatalog } from '../../../src/import/map-indicators.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { renderReports } from '../../../src/import/sheet-figures/render.ts';
import type { FigureRow } from '../../../src/import/sheet-figures/rows.ts';

const REPO = join(import.meta.dirname, '../../..');
const EXAMPLE = join(REPO, 'docs/examples/figures-example.xlsx');
const BROKEN = join(REPO, 'tests/fixtures/import-formats/figures-broken.xlsx');
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'annals-sheet-test-'));
  cpSync(join(REPO, 'tests/fixtures/basic'), root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function runImport(file: string) {
  return spawnSync(process.execPath, [join(REPO, 'src/cli/import.ts'), file, '--root', root], { encoding: 'utf8' });
}

const EXPECTED_2020 = `# yaml-language-server: $schema=../../../schemas/report.schema.json
# Written by \`npm run import\` from figures-example.xlsx. Check with: npm run validate

bureau: example-district
year: 2020
source:
  title: 示例区民政局2020年工作总结（虚构）
  date: 2021-02
figures:
  eldercare-beds:
    value: 17.8万
    unit: 张
    as_of: 2020-12
  dibao-standard:
    value: "760"
    unit: 元/人·月
    note: { zh: 城乡统一标准。, en: One standard for town and country. }
`;

const EXPECTED_2021 = `# yaml-language-server: $schema=../../../schemas/report.schema.json
# Written by \`npm run import\` from figures-example.xlsx. Check with: npm run validate

bureau: example-district
year: 2021
source:
  title: 示例区民政局2021年工作总结（虚构）
  date: 2022-03-01
figures:
  eldercare-beds:
    value: 18.6万
    unit: 张
    as_of: 2021-12
    change: { reported: 4.5%, direction: up }
  dibao-paid:
    value: 2610.00万
    unit: 元
  orphans-supported:
    value: "3500"
    qualifier: over
    unit: 名
  operation-rate:
    value: "80.0"
    qualifier: nearly
    unit: "%"
  social-orgs:
    value: "1116"
    unit: 家
  bed-subsidy-2022-target:
    indicator: bed-subsidy
    range: [ "4000", "6000" ]
    unit: 元/张
    status: target
    as_of: "2022"
`;

describe('the example workbook', () => {
  it('writes one figures file per report, exactly, and a narrative for each; the validator then finds no problem', () => {
    const result = runImport(EXAMPLE);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Read figures-example.xlsx: 8 figures for 2 reports, 0 problems.');
    expect(readFileSync(join(root, 'data/figures/example-district/2020.yaml'), 'utf8')).toBe(EXPECTED_2020);
    expect(readFileSync(join(root, 'data/figures/example-district/2021.yaml'), 'utf8')).toBe(EXPECTED_2021);
    expect(readFileSync(join(root, 'content/reports/example-district/2021/zh.mdx'), 'utf8')).toMatch(/^---\ntitle: "示例区民政局2021年工作总结（虚构）"\n/);
    expect(existsSync(join(root, 'data/indicators/_proposed-figures-example.yaml'))).toBe(false);
    expect(loadSite(root).issues).toEqual([]);
  });

  it('its CSV source imports to the same files', () => {
    expect(runImport(join(REPO, 'docs/examples/figures-example.csv')).status).toBe(0);
    expect(readFileSync(join(root, 'data/figures/example-district/2021.yaml'), 'utf8')).toBe(EXPECTED_2021.replace('figures-example.xlsx', 'figures-example.csv'));
  });

  it('never overwrites: a second import refuses and names the existing file', () => {
    expect(runImport(EXAMPLE).status).toBe(0);
    const again = runImport(EXAMPLE);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Refusing to overwrite');
    expect(again.stderr).toContain('data/figures/example-district/2020.yaml');
  });
});

describe('a broken workbook (Chinese headers)', () => {
  async function importBroken() {
    const input = await readImportInput(BROKEN);
    expect(isFigureTable(input.sheets ?? [])).toBe(true);
    return importFigureTable(input.sheets ?? [], { root, fileName: 'figures-broken.xlsx', bureaus: bureauIds(root), catalog: loadCatalog(root) });
  }

  it('locates every problem in the sheet, the validator\'s also in the YAML it would write, and writes nothing', async () => {
    const result = await importBroken();
    const where = (cell: string): string => `figures-broken.xlsx › 示例表 › ${cell}`;
    expect(result.problems.map(({ issue, written }) => [issue.file, issue.field, issue.code, written])).toEqual([
      [where('J1'), '', 'sheet-unknown-column', undefined],
      [where('A3'), 'bureau', 'sheet-empty-cell', undefined],
      [where('D4'), 'value', 'not-a-number', 'data/figures/example-district/2021.yaml:13:12  figures.orphans-supported.value  (not written)'],
      [where('E5'), 'unit', 'unit-mismatch', 'data/figures/example-district/2021.yaml:17:11  figures.operation-rate.unit  (not written)'],
      [where('B6'), 'year', 'sheet-bad-year', undefined],
      [where('C7'), 'indicator', 'invalid-option', 'data/indicators/_proposed-figures-broken.yaml:7:10  new-thing.topic  (not written)'],
      [where('C8'), 'indicator', 'sheet-duplicate-figure', undefined],
      [where('F9'), 'qualifier', 'sheet-bad-qualifier', undefined],
      [where('G10'), 'change', 'sheet-bad-change', undefined],
      [where('A11'), 'bureau', 'sheet-unknown-bureau', undefined],
      [where('I12'), 'note', 'sheet-note-one-language', undefined],
    ]);
    expect(result.problems.map(({ issue }) => [issue.line, issue.column])).toEqual([[1, 10], [3, 1], [4, 4], [5, 5], [6, 2], [7, 3], [8, 3], [9, 6], [10, 7], [11, 1], [12, 9]]);
    expect(result.problems.map(({ issue }) => issue.params['found'])).toEqual(['remarks', '', '三千五', '人', '20x1', 'TODO', 'eldercare-beds', '大概', '翻了一番', 'nowhere', '城乡比']);
    expect(result.problems[6]?.issue.params['first']).toBe('C2');
    expect(result.written).toEqual([]);
    expect(existsSync(join(root, 'data/figures/example-district/2021.yaml'))).toBe(false);
    expect(existsSync(join(root, 'data/indicators/_proposed-figures-broken.yaml'))).toBe(false);
  });

  it('the command prints each problem at its cell, in zh and en, exits 1 and shows no stack trace', () => {
    const result = runImport(BROKEN);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('figures-broken.xlsx › 示例表 › A3  bureau\n  这一行的 bureau 是空的。');
    expect(result.stderr).toContain('figures-broken.xlsx › 示例表 › D4  value  ←  data/figures/example-district/2021.yaml:13:12  figures.orphans-supported.value  (not written)\n  “三千五” 不是数字。');
    expect(result.stderr).toContain('  This row has no bureau.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain('Nothing was written');
  });
});

describe('tables that cannot be read as figures', () => {
  async function problemsOf(csv: string) {
    writeFileSync(join(root, 'figures.csv'), csv);
    const input = await readImportInput(join(root, 'figures.csv'));
    const result = importFigureTable(input.sheets ?? [], { root, fileName: 'figures.csv', bureaus: bureauIds(root), catalog: loadCatalog(root) });
    expect(result.written).toEqual([]);
    return result.problems.map(({ issue }) => [issue.file, issue.field, issue.code, issue.params['found']]);
  }

  it('a header without one of the four required columns names it, at the header row', async () => {
    expect(await problemsOf('bureau,year,value\nexample-district,2021,5\n')).toEqual([['figures.csv › A1', 'indicator', 'sheet-missing-column', 'indicator']]);
  });

  it('a bureau or indicator that is not an id (a name typed instead) is refused at its cell', async () => {
    expect(await problemsOf('bureau,year,indicator,value\nExample District,2021,养老床位,5\n')).toEqual([
      ['figures.csv › A2', 'bureau', 'sheet-bad-id', 'Example District'],
      ['figures.csv › C2', 'indicator', 'sheet-bad-id', '养老床位'],
    ]);
  });

  it('a header and no rows says there are no figures', async () => {
    expect(await problemsOf('bureau,year,indicator,value\n,,,\n')).toEqual([['figures.csv › A1', '', 'sheet-no-figures', undefined]]);
  });
});

describe('cells as statisticians write them', () => {
  it('changes: relative, points and absolute, with their direction', () => {
    expect(changeFields('增长7.6%')).toEqual({ reported: '7.6%', direction: 'up' });
    expect(changeFields('7.6%')).toEqual({ reported: '7.6%' });
    expect(changeFields('比上年下降0.6个千分点')).toEqual({ points: '0.6', direction: 'down' });
    expect(changeFields('提高2个百分点')).toEqual({ points: '2', direction: 'up' });
    expect(changeFields('减少3.2万人')).toEqual({ amount: '3.2万', direction: 'down' });
    expect(changeFields('翻了一番')).toBeUndefined();
  });

  it('qualifiers: the YAML codes and the Chinese words', () => {
    expect([qualifierOf('over'), qualifierOf('余'), qualifierOf('超过'), qualifierOf('约'), qualifierOf('左右'), qualifierOf('近'), qualifierOf('不足'), qualifierOf('最高'), qualifierOf('不低于')])
      .toEqual(['over', 'over', 'over', 'about', 'about', 'nearly', 'under', 'up-to', 'at-least']);
    expect(qualifierOf('大概')).toBeUndefined();
  });

  it('a number cell keeps the decimals its format shows (0.0 → 2.0), never a float\'s extra digits', async () => {
    const path = join(root, 'numbers.xlsx');
    await writeXlsxFile([{ data: [[{ type: Number, value: 2, format: '0.0' }, { type: Number, value: 764.3 }, { type: Number, value: 0.1 + 0.2, format: '0.00' }]], sheet: 'S' }]).toFile(path);
    const input = await readImportInput(path);
    expect(input.sheets?.[0]?.rows).toEqual([['2.0', '764.3', '0.30']]);
  });

  it('an ordinary table is not a table of figures: it goes through the text pipeline', async () => {
    const input = await readImportInput(join(REPO, 'tests/fixtures/import-formats/table.xlsx'));
    expect(isFigureTable(input.sheets ?? [])).toBe(false);
  });
});

describe('sources', () => {
  it('the source most rows of a report name is the report\'s; a row naming another gets it as the figure\'s own, with its kind', () => {
    const bulletin = { title: '示例区2021年民政统计公报（虚构）', date: '2022-05', kind: 'official-bulletin' };
    const row = (id: string, value: string, source: FigureRow['source'], index: number): FigureRow => ({
      row: index, place: { file: 'f.xlsx', sheet: 'S' }, columns: {}, bureau: 'example-district', year: 2021, indicator: id, id, fields: { value }, source,
    });
    const [report] = renderReports([
      row('eldercare-beds', '18.6万', bulletin, 1),
      row('dibao-paid', '2610.00万', bulletin, 2),
      row('social-orgs', '1116', { title: '示例区新闻（虚构）', url: 'https://example.org/news', kind: 'news-report' }, 3),
    ], 'f.xlsx');
    expect(report?.figures).toBe(`# Written by \`npm run import\` from f.xlsx. Check with: npm run validate

bureau: example-district
year: 2021
source:
  title: 示例区2021年民政统计公报（虚构）
  date: 2022-05
figures:
  eldercare-beds:
    value: 18.6万
  dibao-paid:
    value: 2610.00万
  social-orgs:
    value: "1116"
    source:
      title: 示例区新闻（虚构）
      url: https://example.org/news
      kind: news-report
`);
  });
});
