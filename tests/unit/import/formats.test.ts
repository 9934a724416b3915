/**
 * Each document format `npm run import` accepts, read from a small fictional document of
 * that format (tests/fixtures/import-formats/, made by make-fixtures.sh), into the plain
 * lines the text pipeline takes; and each kind of unreadable or hostile file refused with
 * its located message.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readImportInput } from '../../../src/import/formats/read-input.ts';

const REPO = join(import.meta.dirname, '../../..');
const FIXTURES = join(REPO, 'tests/fixtures/import-formats');
const scratch = mkdtempSync(join(tmpdir(), 'annals-formats-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function linesOf(name: string): Promise<string[]> {
  const input = await readImportInput(join(FIXTURES, name));
  expect(input.issues).toEqual([]);
  return (input.text ?? '').split('\n');
}

const TABLE_WITH_MERGED_HEADER = [
  '单位：万元',
  '项目 | 单位 | 年度 | 年度',
  '项目 | 单位 | 2022年 | 2023年',
  '城乡低保金 | 万元 | 1100.2 | 1234.5',
  '临时救助金 | 万元 | 56.4 | 61.8',
];

describe('document formats → plain lines', () => {
  it('.html: the main content only (no menu, breadcrumb, sidebar or footer), the page heading first, the table with its merged header filled', async () => {
    expect(await linesOf('report.html')).toEqual([
      '示例县民政局2023年工作总结（虚构）',
      '2023年，示例县民政局围绕基本民生保障开展工作。全年发放城乡低保金1234.5万元，新增养老床位320张，登记社会组织215个。本文为测试用的虚构文本，所有数字均为编造。',
      '一、主要数据',
      ...TABLE_WITH_MERGED_HEADER,
      '二、下一步打算',
      '下一步，示例县民政局将继续完善社会救助体系，推进养老服务提质增效。',
    ]);
  });

  it('.docx: headings, paragraphs, list items, and the table with rowspan and colspan cells filled', async () => {
    expect(await linesOf('report.docx')).toEqual([
      '示例县民政局2023年工作总结（虚构）',
      '2023年，示例县民政局全年发放城乡低保金1234.5万元，新增养老床位320张。本文为测试用的虚构文本。',
      '一、主要数据',
      ...TABLE_WITH_MERGED_HEADER,
      '二、下一步打算',
      '继续完善社会救助体系。',
      '推进养老服务提质增效。',
    ]);
  });

  it('.pdf: lines rebuilt from text positions, table cells split at column gaps, no space between Chinese and digits', async () => {
    expect(await linesOf('report.pdf')).toEqual([
      '示例县民政局2023年工作总结（虚构）',
      '全年发放城乡低保金1234.5万元，新增养老床位320张。',
      '单位：万元',
      '项目 | 单位 | 2022年 | 2023年',
      '城乡低保金 | 万元 | 1100.2 | 1234.5',
      '临时救助金 | 万元 | 56.4 | 61.8',
      '下一步，示例县民政局将继续完善社会救助体系。',
    ]);
  });

  it('.xlsx: merged cells filled in; a caption or unit merged across the table is one line of prose', async () => {
    expect(await linesOf('table.xlsx')).toEqual(['示例县民政主要指标（虚构）', ...TABLE_WITH_MERGED_HEADER]);
  });

  it('.csv: quoted cells read, empty trailing columns dropped', async () => {
    expect(await linesOf('table.csv')).toEqual([
      '示例县民政主要指标（虚构）',
      '单位：万元',
      '项目 | 单位 | 2022年 | 2023年',
      '城乡低保金 | 万元 | 1100.2 | 1234.5',
      '临时救助金 | 万元 | 56.4 | 61.8',
    ]);
  });

  it('.txt and .html in GBK (as many government pages are) are decoded, not refused', async () => {
    const text = '示例县民政局2023年工作总结（虚构）\n全年发放城乡低保金1234.5万元，新增养老床位320张，登记社会组织215个，救助困难群众一千余人次。';
    writeFileSync(join(scratch, 'gbk.txt'), gbkBytes(text));
    writeFileSync(join(scratch, 'gbk.html'), gbkBytes(`<html><head><meta charset="gbk"><title>t</title></head><body><p>${text.replace('\n', '</p><p>')}</p></body></html>`));
    expect((await readImportInput(join(scratch, 'gbk.txt'))).text).toBe(text);
    expect((await readImportInput(join(scratch, 'gbk.html'))).text).toBe(text);
  });
});

/** GBK bytes of a text, made by iconv (the test must not use the decoder under test). */
function gbkBytes(text: string): Buffer {
  const result = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
  return result.stdout;
}

describe('unreadable and hostile files: one located message each, nothing read', () => {
  async function issueOf(name: string, content?: Buffer | string) {
    const path = join(scratch, name);
    if (content !== undefined) writeFileSync(path, content);
    const input = await readImportInput(path);
    expect(input.text).toBeUndefined();
    expect(input.issues).toHaveLength(1);
    const [issue] = input.issues;
    expect(issue).toMatchObject({ file: path, line: 1, column: 1, field: '' });
    return issue!;
  }

  it('an old binary .doc is not a format: import-format-unknown names the extension', async () => {
    expect(await issueOf('report.doc', 'x')).toMatchObject({ code: 'import-format-unknown', params: { extension: '.doc' } });
  });

  it('a file over 50 MB is refused before it is read', async () => {
    const path = join(scratch, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024 + 1);
    expect(await issueOf('huge.txt')).toMatchObject({ code: 'import-file-too-large', params: { size: '52428801', limit: '52428800' } });
  });

  it('a .docx packing one part 1000:1 (a zip bomb) is refused before it is unpacked', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(await issueOf('bomb.docx', Buffer.from(bomb))).toMatchObject({ code: 'import-archive-too-large', params: { size: String(8 * 1024 * 1024) } });
  });

  it('a zip bomb that declares small sizes is stopped by counting what it really unpacks', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    view.setUint32(22, 100, true); // local header: uncompressed size
    const central = Buffer.from(bomb).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.setUint32(central + 24, 100, true); // central directory: uncompressed size
    const issue = await issueOf('lying.xlsx', Buffer.from(bomb));
    expect(issue).toMatchObject({ code: 'import-archive-too-large', params: { limit: String(200 * 1024 * 1024) } });
    expect(Number(issue.params['size'])).toBeGreaterThan(1024 * 1024);
    expect(Number(issue.params['size'])).toBeLessThan(8 * 1024 * 1024);
  });

  it('an .xlsx that is not a zip archive, a damaged .docx and a damaged PDF are unreadable, with the reader\'s reason', async () => {
    expect(await issueOf('text.xlsx', 'just text, not a workbook')).toMatchObject({ code: 'import-file-unreadable', params: { format: '.xlsx' } });
    const notWord = zipSync({ 'hello.txt': new TextEncoder().encode('hello') });
    expect(await issueOf('empty.docx', Buffer.from(notWord))).toMatchObject({ code: 'import-file-unreadable', params: { format: '.docx' } });
    const damaged = readFileSync(join(FIXTURES, 'report.pdf')).subarray(0, 400);
    expect(await issueOf('damaged.pdf', damaged)).toMatchObject({ code: 'import-file-unreadable', params: { format: '.pdf' } });
  });

  it('a PDF with no text (a scan) says so', async () => {
    const input = await readImportInput(join(FIXTURES, 'blank.pdf'));
    expect(input.issues).toMatchObject([{ code: 'import-no-text', line: 1, column: 1, params: { format: '.pdf' } }]);
  });

  it('a Latin-1 text file is not guessed at: not-utf8 names the encoding', async () => {
    expect(await issueOf('latin.txt', Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve r\xe9sum\xe9 d\xe9j\xe0 vu.', 'latin1'))).toMatchObject({ code: 'not-utf8' });
  });
});

describe('npm run import -- <document>', () => {
  it('imports a .docx end to end: the draft takes its title from the document heading and its figures from the text', () => {
    const root = join(scratch, 'site');
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'data/bureaus.yaml'), 'example-county:\n  name: { zh: 示例县民政局, en: Example County Civil Affairs Bureau }\n  short: { zh: 示例县, en: Example County }\n  level: county\n  fictional: true\n');
    const result = spawnSync(process.execPath, [join(REPO, 'src/cli/import.ts'), join(FIXTURES, 'report.docx'), '--bureau', 'example-county', '--year', '2023', '--root', root], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const yaml = readFileSync(join(root, 'data/figures/example-county/2023.yaml'), 'utf8');
    expect(yaml).toContain('title: 示例县民政局2023年工作总结（虚构）');
    expect(yaml).toContain('value: 1234.5万');
    expect(yaml).toContain('value: 320');
  });

  it('an unreadable document: exit 1, the located bilingual message, no stack trace, nothing written', () => {
    const root = join(scratch, 'site-bad');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(scratch, 'bad.docx'), 'not a zip');
    const result = spawnSync(process.execPath, [join(REPO, 'src/cli/import.ts'), join(scratch, 'bad.docx'), '--bureau', 'example-county', '--year', '2023', '--root', root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(scratch, 'bad.docx')}:1:1`);
    expect(result.stderr).toContain('无法把');
    expect(result.stderr).toContain('cannot be read as a .docx file');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(spawnSync('ls', ['-A', root], { encoding: 'utf8' }).stdout).toBe('');
  });
});

describe('tables in hostile pages', () => {
  it('spans cannot build a huge grid: rows and columns stay within 1000', async () => {
    const cell = '<td colspan="1000" rowspan="65534">x</td>';
    const html = `<html><head><title>t</title></head><body><h1>示例（虚构）</h1><table>${`<tr>${cell.repeat(50)}</tr>`.repeat(3)}</table></body></html>`;
    const path = join(scratch, 'spans.html');
    writeFileSync(path, html);
    const lines = (await readImportInput(path)).text?.split('\n') ?? [];
    expect(lines).toEqual(['示例（虚构）', 'x', 'x', 'x']); // the first row's cell covers all three rows and 1000 columns
  });
});
