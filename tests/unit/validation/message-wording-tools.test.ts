/**
 * What the importer, the build and the shard merge tell the person running them
 * (src/lib/messages/{import,build,shard}.ts): each message names the value it quotes and says
 * how to fix it, in zh and en. The CLI and build tests raise these codes; these pin the words,
 * written out by hand (a fragment per language: the found value and the fix).
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageCode, type MessageParams } from '../../../src/lib/messages.ts';

type Case = [code: MessageCode, params: MessageParams, zh: string, en: string];

const check = (cases: Case[]): void => {
  it.each(cases)('%s', (code, params, zh, en) => {
    const text = MESSAGES[code](params);
    expect(text.zh).toContain(zh);
    expect(text.en).toContain(en);
  });
};

describe('importer and spreadsheet messages', () => {
  check([
    ['import-file-too-large', { found: 'a.pdf', size: '9', limit: '5' }, '“a.pdf” 有 9 字节，超过导入文件的上限 5 字节', '"a.pdf" is 9 bytes, over the import limit of 5 bytes'],
    ['import-format-unknown', { found: 'a.doc', extension: '.doc' }, '无法导入 “a.doc”：不支持扩展名 “.doc”', 'Cannot import "a.doc": the extension ".doc" is not supported'],
    ['import-file-unreadable', { found: 'a.pdf', format: 'PDF', reason: 'bad xref' }, '无法把 “a.pdf” 当作 PDF 文件读取（bad xref）', '"a.pdf" cannot be read as a PDF file (bad xref)'],
    ['import-archive-too-large', { found: 'a.docx', size: '9', limit: '5' }, '“a.docx” 解压后会有 9 字节', '"a.docx" would unpack to 9 bytes'],
    ['import-no-text', { found: 'a.pdf', format: 'PDF' }, '“a.pdf” 中没有可读取的文字（PDF）', '"a.pdf" holds no readable text (PDF)'],
    ['sheet-missing-column', { found: 'value' }, '表头缺少 “value” 列', 'header has no "value" column'],
    ['sheet-unknown-column', { found: 'valu' }, '表头 “valu” 不是已知的列名', 'The header "valu" names no known column'],
    ['sheet-empty-cell', { column: 'year' }, '这一行的 year 是空的', 'This row has no year.'],
    ['sheet-bad-id', { column: 'indicator', found: 'Beds' }, 'indicator 写的是 “Beds”，但这里要写编号', 'The indicator is "Beds", but an id is expected here'],
    ['sheet-unknown-bureau', { found: 'x' }, 'data/bureaus.yaml 中没有机构 “x”', 'There is no bureau "x" in data/bureaus.yaml'],
    ['sheet-bad-year', { found: '22' }, '年度 “22” 不是年份', 'The year "22" is not a year'],
    ['sheet-bad-qualifier', { found: '大概' }, '限定词 “大概” 无法识别', 'The qualifier "大概" is not recognised'],
    ['sheet-bad-change', { found: '翻番' }, '变化 “翻番” 无法识别', 'The change "翻番" is not recognised'],
    ['sheet-note-one-language', { column: 'note_en' }, '请同时填写 note_en 列', 'fill in the note_en column too'],
    ['sheet-duplicate-figure', { found: 'beds', first: 'A2' }, '已有数据 “beds”（见 A2）', 'already has the figure "beds" (see A2)'],
    ['sheet-no-figures', {}, '数据表有表头，但下面没有任何数据行', 'The table has a header but no rows of figures below it'],
  ]);
});

describe('build messages', () => {
  check([
    ['out-forbidden', { path: '/', whatZh: '根目录', whatEn: 'the root' }, '不能输出到 “/”：它是根目录', 'Cannot build into "/": it is the root'],
    ['out-not-owned', { path: 'out', marker: '.annals-site' }, '“out” 已有不是 Annals 写入的文件（没有标记文件 .annals-site）', '"out" already holds files Annals did not write (it has no .annals-site marker)'],
    ['out-not-a-folder', { path: 'out', kind: 'symlink' }, '“out” 已存在，但是符号链接', '"out" exists but is a symbolic link'],
    ['out-not-a-folder', { path: 'out', kind: 'file' }, '“out” 已存在，但不是目录', '"out" exists but is not a folder'],
    ['build-locked', { pid: '42', path: 'dist', lock: 'dist.lock' }, '另一个构建（进程 42）正在写入 “dist”', 'Another build (process 42) is writing "dist"'],
    ['build-locked', { pid: '42', path: 'dist', lock: 'dist.lock' }, '请删除锁文件 dist.lock', 'delete the lock file dist.lock'],
    ['build-permission', { actionZh: '写入', actionEn: 'write', path: 'dist', code: 'EACCES' }, '无权写入 “dist”（EACCES）', 'No permission to write "dist" (EACCES)'],
    ['build-fs-error', { actionZh: '移动', actionEn: 'move', path: 'dist', detail: 'EXDEV' }, '无法移动 “dist”（EXDEV）', 'Could not move "dist" (EXDEV)'],
    ['build-interrupted', { signal: 'SIGINT' }, '构建被中断（SIGINT），已删除未完成的临时目录', 'The build was interrupted (SIGINT); its unfinished staging folder was removed'],
    ['build-step-failed', { stepZh: '建立索引', stepEn: 'indexing', detail: 'boom' }, '构建在建立索引时失败：boom', 'The build failed while indexing: boom'],
    ['outcome-unchanged', { path: 'dist' }, '✗ 构建失败；dist 未被改动。', '✗ Build failed; dist was not changed.'],
    ['outcome-restored', { path: 'dist' }, '✗ 构建失败；dist 曾被移开，现已原样恢复', '✗ Build failed; dist was moved aside and has been put back'],
    ['outcome-missing', { path: 'dist', previous: 'dist.old' }, '请手动改回：mv dist.old dist', 'put it back by hand: mv dist.old dist'],
    ['outcome-leftover', { path: 'dist', previous: 'dist.old', code: 'EBUSY' }, '上一次的网站 dist.old 未能删除完（EBUSY）', 'the previous one at dist.old could not be fully removed (EBUSY)'],
    ['outcome-published', { path: 'dist', previous: 'dist.old' }, '新网站此前已发布到 dist；上一次的网站可能还留在 dist.old', 'The new site had already been published in dist; the previous one may remain at dist.old'],
  ]);
});

describe('shard messages', () => {
  check([
    ['shard-invalid', { found: '5/4', max: '64' }, '--shard 的值 “5/4” 无效', 'Invalid --shard "5/4": write i/N, shard i of N (1 ≤ i ≤ N ≤ 64)'],
    ['merge-no-shards', {}, '没有给出要合并的分片目录', 'No shard folders to merge.'],
    ['merge-not-a-shard', { path: 'a', file: 'shard.json' }, '“a” 不是分片构建的输出（没有可读的 shard.json）', '"a" is not the output of a sharded build (it has no readable shard.json)'],
    ['merge-mismatch', { path: 'b', field: 'site', found: 'x', first: 'a', expected: 'y' }, '分片 “b” 的 site 是 “x”，而 “a” 的是 “y”', 'Shard "b" has site "x", but "a" has "y"'],
    ['merge-shards-incomplete', { count: '4', missing: '3', repeated: '2' }, '共 4 个分片，缺少 3，重复给出 2。', 'of 4 shards, missing 3, given more than once 2.'],
    ['merge-shards-incomplete', { count: '4', missing: '', repeated: '' }, '共 4 个分片，缺少 。', 'of 4 shards, missing none. Give each shard exactly once.'],
    ['merge-conflict', { first: 'a', path: 'b', file: 'index.html' }, '分片 “a” 和 “b” 都有文件 “index.html”，但内容不同', 'Shards "a" and "b" both hold "index.html", with different bytes'],
  ]);
});
