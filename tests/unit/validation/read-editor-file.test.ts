/**
 * The one safe read of an editor's file (src/lib/load/read-file.ts), on files written to a
 * scratch folder: which characters count as control characters, the cap of 20 reported per
 * file, where a bad byte is pointed at (after a BOM too), and when a file is called UTF-8 with
 * a stray byte rather than another encoding. Every expected code, position and parameter is
 * written by hand.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEditorFile } from '../../../src/lib/load/read-file.ts';

const SCRATCH = join(import.meta.dirname, '..', '..', '..', '.annals', 'fixtures');
mkdirSync(SCRATCH, { recursive: true });
const root = mkdtempSync(join(SCRATCH, 'read-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function read(bytes: Uint8Array | string) {
  const path = join(root, 'note.yaml');
  writeFileSync(path, bytes);
  return readEditorFile(root, path, 'data/note.yaml');
}
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

describe('control characters', () => {
  it('C0 controls but tab, LF and CR, DEL and C1 controls; not a no-break space', () => {
    const result = read('a\u0000b\u0008c\td\u000Be\u000Cf\rg\u000Eh\u001Fi\u007Fj\u009Fk\u00A0l\n');
    expect(result.text).toBeUndefined();
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.code, issue.params['found']])).toEqual([
      [1, 2, 'control-character', 'U+0000'],
      [1, 4, 'control-character', 'U+0008'],
      [1, 8, 'control-character', 'U+000B'],
      [1, 10, 'control-character', 'U+000C'],
      [1, 14, 'control-character', 'U+000E'],
      [1, 16, 'control-character', 'U+001F'],
      [1, 18, 'control-character', 'U+007F'],
      [1, 20, 'control-character', 'U+009F'],
    ]);
    expect(result.issues[0]).toMatchObject({ file: 'data/note.yaml', field: '' });
  });

  it('tab, LF, CR and a no-break space alone are plain text', () => {
    expect(read('a\tb\r\nc\u00A0d\n')).toEqual({ text: 'a\tb\r\nc\u00A0d\n', issues: [] });
  });

  it('at most 20 are reported, the first 20', () => {
    const result = read(`x${'\u0001'.repeat(25)}\n`);
    expect(result.issues).toHaveLength(20);
    expect(result.issues.at(-1)).toMatchObject({ line: 1, column: 21, params: { found: 'U+0001' } });
  });
});

describe('a file that is not UTF-8', () => {
  it('five CJK characters to one bad byte: UTF-8 with a stray byte, pointed at the byte', () => {
    const result = read(bytes('示例区民政 caf', [0xe9], '\n'));
    expect(result.issues).toEqual([
      { file: 'data/note.yaml', line: 1, column: 10, field: '', code: 'stray-byte', params: { found: 'data/note.yaml' } },
    ]);
  });

  it('four CJK characters to one bad byte: another encoding, at the same place', () => {
    const result = read(bytes('示例区民 caf', [0xe9], '\n'));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([[1, 9, 'not-utf8']]);
  });

  it('after a BOM, the bad byte\'s column is the one an editor sees (the BOM is not a character)', () => {
    const result = read(bytes([0xef, 0xbb, 0xbf], 'ab\ncd', [0xe9], '\n'));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([[2, 3, 'not-utf8']]);
  });

  it('a GBK character after ASCII on a later line: the start of its bytes', () => {
    // 示例 in GBK is CA BE C0 FD; CA BE happens to be a valid UTF-8 pair.
    const result = read(bytes('title: x\nname: ', [0xca, 0xbe, 0xc0, 0xfd], '\n'));
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([[2, 7, 'not-utf8']]);
  });
});
