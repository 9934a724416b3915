/**
 * The bad-input corpus: every kind of broken site the validation tests build, as named
 * changes to a copy of tests/fixtures/basic, so whole-command tests (no stack trace, a
 * non-zero exit) can run all of them. The first block mirrors tests/unit/validation/
 * bad-input.test.ts (which asserts each one's exact message); add a case there and here.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureCopy } from './fixture.ts';

export type BadInput = readonly [name: string, change: (site: FixtureCopy) => void];

/** Files of tests/fixtures/basic. */
export const DATA_2022 = 'data/figures/example-district/2022.yaml';
export const DATA_2023 = 'data/figures/example-district/2023.yaml';
export const CATALOG = 'data/indicators/catalog.yaml';
export const BUREAUS = 'data/bureaus.yaml';
export const ZH_2022 = 'content/reports/example-district/2022/zh.mdx';
export const EN_2022 = 'content/reports/example-district/2022/en.mdx';

/** Writes raw bytes over a file of the copy. */
const bytes = (site: FixtureCopy, file: string, data: Buffer): void => writeFileSync(join(site.root, file), data);
const text = (site: FixtureCopy, file: string): string => readFileSync(join(site.root, file), 'utf8');

export const BAD_INPUTS: readonly BadInput[] = [
  // Mirrors tests/unit/validation/bad-input.test.ts.
  ['YAML syntax error', (site) => site.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '  dibao-paid: { value: 2850.46万')],
  ['duplicate key', (site) => site.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '  dibao-paid: { value: 2850.46万 }\n  dibao-paid: { value: 1 }')],
  ['unknown indicator, with a suggestion', (site) => site.replace(DATA_2022, '  social-orgs: {', '  social-orgs: { indicator: social-orgz,')],
  ['unknown bureau', (site) => site.replace(DATA_2023, 'bureau: example-district', 'bureau: example-distrct')],
  ['a value that is not a number ("855元")', (site) => site.replace(DATA_2022, '{ value: 855,', '{ value: 855元,')],
  ['a unit that does not fit the indicator', (site) => site.replace(DATA_2022, '{ value: 2850.46万 }', '{ value: 2850.46万, unit: 张 }')],
  ['a kind that does not fit the indicator (a ratio for a count)', (site) => site.replace(DATA_2022, '{ value: 20.7万, as_of: 2022-12 }', '{ value: "1:0.81" }')],
  ['a percent over 100', (site) => site.replace(DATA_2022, '{ value: 83.5 }', '{ value: 183.5 }')],
  ['a negative count', (site) => site.replace(DATA_2022, '{ value: 3800,', '{ value: -3800,')],
  ['a count that is not whole', (site) => site.replace(DATA_2022, '{ value: 20.7万,', '{ value: 20.70005万,')],
  ['a bad date', (site) => site.replace(DATA_2022, 'as_of: 2022-12 }', 'as_of: 2022-13 }')],
  ['an impossible calendar day', (site) => site.replace(DATA_2022, '  date: 2023-03-17\n', '  date: 2023-02-30\n')],
  ['a year with data but no report file', (site) => site.remove('content/reports/example-district/2023')],
  ['a narrative with no data file', (site) => site.remove(DATA_2023)],
  ['a <Figure> id with no figure', (site) => site.replace(ZH_2022, '<Figure id="dibao-paid" />', '<Figure id="dibao-payd" />')],
  ['a reported change that disagrees with "from X to Y"', (site) => site.replace(DATA_2022, 'reported: "41%"', 'reported: "14%"')],
  ['a reported change that disagrees with last year\'s figure', (site) => site.replace(DATA_2023, 'reported: "5.3%"', 'reported: "9.3%"')],
  ['a name missing its English form', (site) => site.replace(CATALOG, 'name: { zh: 养老床位, en: Eldercare beds }', 'name: { zh: 养老床位, en: "" }')],
  ['a name missing its Chinese form', (site) => site.replace(CATALOG, 'name: { zh: 养老床位, en: Eldercare beds }', 'name: { en: Eldercare beds }')],
  ['an empty data folder', (site) => site.remove('data/figures')],
  ['an unknown field, with a suggestion', (site) => site.replace(DATA_2022, 'qualifier: over', 'qualifer: over')],
  ['an unquoted comma inside a { zh, en } pair', (site) => site.replace(CATALOG, 'name: { zh: 养老床位, en: Eldercare beds }', 'name: { zh: 养老床位, en: Eldercare beds, total }')],
  ['a value outside its options', (site) => site.replace(DATA_2022, 'status: target', 'status: planned')],
  ['a range written high to low', (site) => site.replace(DATA_2022, 'range: [4000, 6000]', 'range: [6000, 4000]')],
  ['a figure with both a value and a range', (site) => site.replace(DATA_2022, '{ range: [4000, 6000],', '{ value: 5000, range: [4000, 6000],')],
  ['a file whose year disagrees with its place', (site) => site.replace(DATA_2022, 'year: 2022', 'year: 2021')],
  ['a number typed into a narrative', (site) => site.replace(ZH_2022, '全年发放低保金', '全年共3028人，发放低保金')],
  ['a report with an empty figures list', (site) => site.write(DATA_2023, 'bureau: example-district\nyear: 2023\nsource:\n  title: 示例\nfigures:\n  # to fill\n')],
  ['a narrative without a title', (site) => site.replace(ZH_2022, 'title: 示例区民政局2022年工作总结\n', '')],
  ['a narrative without frontmatter', (site) => site.write('content/reports/example-district/2023/zh.mdx', '养老床位达到<Figure id="eldercare-beds" />。\n')],
  ['a region code that is not six digits', (site) => site.replace('data/bureaus.yaml', 'region_code: "999901"', 'region_code: "99901"')],
  ['an indicator kind outside the catalog\'s kinds', (site) => site.replace(CATALOG, '  kind: rate\n', '  kind: percent\n')],
  ['a component or import that narratives may not use', (site) => site.replace(ZH_2022, '## 社会救助', "import X from './x.js'\n\n<script>alert('x')</script>\n\n## 社会救助")],
  // Files that are not what they seem (tests/unit/validation/untrusted-files.test.ts).
  ['a GBK bureaus.yaml', (site) => bytes(site, BUREAUS, Buffer.from([...text(site, BUREAUS)].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : [0xd5, 0xfe]))))],
  ['a Latin-1 byte', (site) => bytes(site, CATALOG, Buffer.from(text(site, CATALOG).replace('en: Eldercare beds', 'en: Caf\xe9 beds'), 'latin1'))],
  ['a UTF-16 narrative', (site) => bytes(site, ZH_2022, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(site, ZH_2022), 'utf16le')]))],
  ['a NUL byte in a narrative', (site) => site.replace(ZH_2022, '全年发放低保金', '全年\u0000发放低保金')],
  ['binary garbage as data', (site) => bytes(site, DATA_2022, Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 151 + 7) % 256)))],
  ['an empty data file', (site) => site.write(DATA_2022, '')],
  ['an empty narrative', (site) => site.write(ZH_2022, '')],
  ['a broken symlink in data/', (site) => symlinkSync('/nonexistent/2021.yaml', join(site.root, 'data/figures/example-district/2021.yaml'))],
  ['a symlink to /etc/passwd as a catalog', (site) => symlinkSync('/etc/passwd', join(site.root, 'data/indicators/people.yaml'))],
  ['a symlink to /etc/shadow as bureaus.yaml', (site) => { site.remove(BUREAUS); symlinkSync('/etc/shadow', join(site.root, BUREAUS)); }],
  ['a symlink to /etc/passwd as a narrative', (site) => { site.remove(ZH_2022); symlinkSync('/etc/passwd', join(site.root, ZH_2022)); }],
  ['a linked folder in data/figures', (site) => symlinkSync('/etc', join(site.root, 'data/figures/etc'))],
  ['a folder where bureaus.yaml should be', (site) => { site.remove(BUREAUS); mkdirSync(join(site.root, BUREAUS)); }],
  ['one tab for indentation', (site) => site.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '\tdibao-paid: { value: 2850.46万 }')],
  ['tabs throughout', (site) => site.write(DATA_2022, text(site, DATA_2022).replace(/^ {2}/gm, '\t'))],
  ['a YAML alias bomb', (site) => site.write(DATA_2023, 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n')],
  ['an alias to an undefined anchor', (site) => site.write(DATA_2023, 'bureau: *nowhere\n')],
  ['nesting 5,000 deep', (site) => site.write(DATA_2023, `${'['.repeat(5000)}${']'.repeat(5000)}\n`)],
  ['two YAML documents in one file', (site) => site.write(BUREAUS, `${text(site, BUREAUS)}---\nother: 1\n`)],
  ['a note over its length limit', (site) => site.replace(DATA_2022, '{ value: 2850.46万 }', `{ value: 2850.46万, note: { zh: ${'很'.repeat(2001)}, en: Note } }`)],
  ['a 1,000,000-character narrative line', (site) => site.write(EN_2022, `---\ntitle: Long\n---\n\n${'a'.repeat(1_000_000)}\n`)],
  ['a BOM and a typed number', (site) => site.write(ZH_2022, `\uFEFF${text(site, ZH_2022).replace('全年发放低保金', '全年共3028人，发放低保金')}`)],
  ['a frontmatter that is a list', (site) => site.write(ZH_2022, '---\n- a\n- b\n---\n\n正文。\n')],
  ['a data file that is a list', (site) => site.write(DATA_2022, '- bureau\n- year\n')],
  ['a figures entry that is a list', (site) => site.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '  dibao-paid: [1, 2]')],
];
