/**
 * Files an editor can hand us that are not what they seem: links, other encodings, control
 * characters, tabs, alias bombs, over-long text. The real loader on a copy of the basic
 * fixture; each case asserts the exact code, file:line:column and the words of the fix.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeIssue, formatIssues, sortIssues, type Issue } from '../../../src/lib/issues.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { BUREAUS, CATALOG, DATA_2022, DATA_2023, EN_2022, ZH_2022 } from '../../helpers/bad-input-corpus.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';


let fixture: FixtureCopy | undefined;
let outside: string | undefined;
afterEach(() => {
  fixture?.dispose();
  if (outside) rmSync(outside, { recursive: true, force: true });
  outside = undefined;
});

function broken(change: (site: FixtureCopy) => void): Issue[] {
  fixture = copyFixture('basic');
  change(fixture);
  const result = loadSite(fixture.root);
  expect(result.site, 'an invalid site must not load').toBeUndefined();
  return result.issues;
}

/** Issues as "code file:line:column", in the order an editor reads them. */
const where = (issues: readonly Issue[]): string[] => sortIssues(issues).map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column}`);

/** GBK codes of the Chinese characters in the fixture's bureaus.yaml (from the GB 18030 table). */
const GBK: Record<string, number[]> = {
  示: [0xca, 0xbe], 例: [0xc0, 0xfd], 区: [0xc7, 0xf8], 民: [0xc3, 0xf1], 政: [0xd5, 0xfe],
  局: [0xbe, 0xd6], '（': [0xa3, 0xa8], 虚: [0xd0, 0xe9], 构: [0xb9, 0xb9], '）': [0xa3, 0xa9],
};

function toGbk(text: string): Buffer {
  return Buffer.from([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : GBK[char] ?? expect.unreachable(`no GBK code for ${char}`))));
}

describe('encodings', () => {
  it('a bureaus.yaml saved in GBK is named as GBK/GB18030, with the iconv command, and blames no report', () => {
    const issues = broken((site) => writeFileSync(join(site.root, BUREAUS), toGbk(readFileSync(join(site.root, BUREAUS), 'utf8'))));
    expect(where(issues)).toEqual([`not-utf8 ${BUREAUS}:2:15`]);
    expect(issues[0]!.params.encoding).toBe('GBK/GB18030');
    const text = describeIssue(issues[0]!);
    expect(text.en).toContain('"data/bureaus.yaml" is not UTF-8; it looks like GBK/GB18030');
    expect(text.en).toContain('iconv -f GB18030 -t UTF-8 data/bureaus.yaml > data/bureaus.yaml.utf8');
    expect(text.en).toContain('Windows Notepad: Save as → Encoding → UTF-8');
    expect(text.zh).toContain('不是 UTF-8 编码，看起来是 GBK/GB18030');
  });

  it('a Latin-1 byte ("Caf\\xe9") pasted into a UTF-8 file is pointed at, without converting the whole file', () => {
    const issues = broken((site) => {
      const path = join(site.root, CATALOG);
      const text = readFileSync(path, 'latin1').replace('en: Eldercare beds', 'en: Caf\xe9 beds');
      writeFileSync(path, Buffer.from(text, 'latin1'));
    });
    expect(where(issues)).toEqual([`stray-byte ${CATALOG}:2:28`]);
    const text = describeIssue(issues[0]!);
    expect(text.en).toBe('"data/indicators/catalog.yaml" is UTF-8, but the character here is not (text pasted from a file in another encoding, such as a Latin-1 é or a GBK character). Delete the character and type it again; do not convert the whole file.');
    expect(text.zh).toContain('是 UTF-8 文件，但这里的字符不是 UTF-8');
  });

  it('an English narrative saved in Latin-1 is named as such, with the iconv command', () => {
    const issues = broken((site) => {
      const text = readFileSync(join(site.root, EN_2022), 'utf8').replace('## Social assistance', '## Café social assistance');
      writeFileSync(join(site.root, EN_2022), Buffer.from(text, 'latin1'));
    });
    expect(where(issues)).toEqual([`not-utf8 ${EN_2022}:6:7`]);
    expect(issues[0]!.params.encoding).toBe('Latin-1 (ISO-8859-1)');
    expect(describeIssue(issues[0]!).en).toContain('iconv -f ISO-8859-1 -t UTF-8 content/reports/example-district/2022/en.mdx > content/reports/example-district/2022/en.mdx.utf8');
  });

  it('a BOM before the frontmatter is ignored, and positions stay those the editor sees', () => {
    fixture = copyFixture('basic');
    const text = readFileSync(join(fixture.root, EN_2022), 'utf8');
    fixture.write(EN_2022, `\uFEFF${text}`);
    expect(loadSite(fixture.root).issues).toEqual([]);
    const zh = readFileSync(join(fixture.root, ZH_2022), 'utf8').replace('全年发放低保金', '全年共3028人，发放低保金');
    fixture.write(ZH_2022, `\uFEFF${zh}`);
    expect(where(loadSite(fixture.root).issues)).toEqual([`number-in-narrative ${ZH_2022}:8:42`]);
  });

  it('a BOM before YAML is ignored', () => {
    fixture = copyFixture('basic');
    fixture.write(DATA_2022, `\uFEFF${readFileSync(join(fixture.root, DATA_2022), 'utf8')}`);
    expect(loadSite(fixture.root).issues).toEqual([]);
  });
});

describe('control characters', () => {
  it('a NUL byte in a narrative is located and never reaches a page', () => {
    const issues = broken((site) => site.replace(ZH_2022, '全年发放低保金', '全年\u0000发放低保金'));
    expect(where(issues)).toEqual([`control-character ${ZH_2022}:8:41`]);
    expect(issues[0]!.params.found).toBe('U+0000');
    expect(describeIssue(issues[0]!).en).toContain('Only tab, line feed and carriage return are allowed');
  });

  it('a form feed in YAML is located', () => {
    const issues = broken((site) => site.replace(BUREAUS, 'level: district', 'level: \u000Cdistrict'));
    expect(where(issues)).toEqual([`control-character ${BUREAUS}:4:10`]);
    expect(describeIssue(issues[0]!).zh).toContain('不可见的控制字符 U+000C');
  });
});

describe('links and odd files', () => {
  it('a broken symlink in data/ is named, without a stack', () => {
    const issues = broken((site) => symlinkSync('/nonexistent/2021.yaml', join(site.root, 'data/figures/example-district/2021.yaml')));
    expect(where(issues)).toEqual(['symlink data/figures/example-district/2021.yaml:1:1']);
    expect(describeIssue(issues[0]!).en).toContain('"data/figures/example-district/2021.yaml" is a symbolic link; Annals does not read what it points to');
    expect(describeIssue(issues[0]!).zh).toContain('“data/figures/example-district/2021.yaml” 是符号链接（快捷方式），Annals 不会读取它指向的内容');
  });

  it('links to /etc/passwd, as data and as a narrative, are refused and never print its content', () => {
    const issues = broken((site) => {
      symlinkSync('/etc/passwd', join(site.root, 'data/indicators/people.yaml'));
      site.remove(ZH_2022);
      symlinkSync('/etc/passwd', join(site.root, ZH_2022));
    });
    expect(where(issues)).toEqual([`symlink ${ZH_2022}:1:1`, 'symlink data/indicators/people.yaml:1:1']);
    const report = formatIssues(issues);
    expect(report).not.toContain('root:');
    expect(report).not.toContain('/bin/');
  });

  it('a linked folder is refused, not walked into', () => {
    const issues = broken((site) => symlinkSync('/etc', join(site.root, 'data/figures/etc')));
    expect(where(issues)).toEqual(['symlink data/figures/etc:1:1']);
  });

  it('a data folder that is a link to outside the project is refused file by file', () => {
    const issues = broken((site) => {
      outside = mkdtempSync(join(tmpdir(), 'annals-outside-'));
      renameSync(join(site.root, 'data'), join(outside, 'data'));
      symlinkSync(join(outside, 'data'), join(site.root, 'data'));
    });
    expect(where(issues)).toEqual([`outside-project ${BUREAUS}:1:1`, `outside-project ${DATA_2022}:1:1`, `outside-project ${DATA_2023}:1:1`, 'outside-project data/hant-exceptions.yaml:1:1', `outside-project ${CATALOG}:1:1`]);
    expect(describeIssue(issues[0]!).en).toContain('actually lies outside the project folder');
    expect(describeIssue(issues[0]!).zh).toContain('实际位于项目文件夹之外');
  });

  it('a folder where bureaus.yaml should be is not a file', () => {
    const issues = broken((site) => {
      site.remove(BUREAUS);
      mkdirSync(join(site.root, BUREAUS));
    });
    expect(where(issues)).toEqual([`not-a-file ${BUREAUS}:1:1`]);
    expect(describeIssue(issues[0]!).en).toContain('is not a regular file');
  });
});

describe('YAML that would stall or swamp the loader', () => {
  it('one tab used for indentation gives one error that says to use spaces', () => {
    const issues = broken((site) => site.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '\tdibao-paid: { value: 2850.46万 }'));
    expect(where(issues)).toEqual([`yaml-tab-indent ${DATA_2022}:17:1`]);
    const text = describeIssue(issues[0]!);
    expect(text.en).toBe('This line is indented with a tab. YAML forbids tabs for indentation: use spaces (two per level); set your editor to insert spaces for Tab.');
    expect(text.zh).toContain('YAML 不允许用制表符缩进：请改用空格');
  });

  it('a file indented with tabs throughout still gives one error, counting the lines', () => {
    const issues = broken((site) => {
      const text = readFileSync(join(site.root, DATA_2022), 'utf8');
      site.write(DATA_2022, text.replace(/^ {2}/gm, '\t'));
    });
    expect(where(issues)).toEqual([`yaml-tab-indent ${DATA_2022}:4:1`]);
    expect(describeIssue(issues[0]!).en).toContain('(17 lines of this file are; this is the first)');
  });

  it('an alias bomb is refused at its first alias', () => {
    const issues = broken((site) => site.write(DATA_2023, [
      'bureau: example-district',
      'year: 2023',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '',
    ].join('\n')));
    expect(where(issues)).toEqual([`yaml-alias-limit ${DATA_2023}:4:8`]);
    expect(describeIssue(issues[0]!).en).toContain('expand to more than 100 nodes');
    expect(describeIssue(issues[0]!).zh).toContain('展开后超过 100 个');
  });

  it('a note over its length limit is located, with the limit', () => {
    const issues = broken((site) => site.replace(DATA_2022, '{ value: 2850.46万 }', `{ value: 2850.46万, note: { zh: ${'很'.repeat(2001)}, en: Note } }`));
    expect(where(issues)).toEqual([`too-long ${DATA_2022}:17:46`]);
    expect(issues[0]!.field).toBe('figures.dibao-paid.note.zh');
    expect(describeIssue(issues[0]!).en).toBe('"zh" is 2001 characters long, over the limit of 2000 for this kind of field (text). Shorten it (limits are in docs/data-format.md).');
  });

  it('an id over its length limit is located at the key', () => {
    const id = `bed-${'x'.repeat(80)}`;
    const issues = broken((site) => site.replace(DATA_2022, '  social-orgs: {', `  ${id}: { indicator: social-orgs, value: 1 }\n  social-orgs: {`));
    expect(where(issues)).toContain(`too-long ${DATA_2022}:22:3`);
    expect(issues.find((issue) => issue.code === 'too-long')!.params).toMatchObject({ kind: 'id', length: '84', limit: '80' });
  });

  it('a narrative line over the limit is one error at the first character past it', () => {
    const issues = broken((site) => site.write(EN_2022, `---\ntitle: Long\n---\n\n${'a'.repeat(10_001)}\n`));
    expect(where(issues)).toEqual([`line-too-long ${EN_2022}:5:10001`]);
    expect(describeIssue(issues[0]!).en).toContain('over the limit of 10000 for a narrative line');
    expect(describeIssue(issues[0]!).zh).toContain('这一行有 10001 个字符，超过叙述每行（段落）的上限 10000');
  });
});
