/**
 * Every message of the catalogue (src/lib/messages.ts), raised by a real input through the
 * real loader: a copy of the basic fixture with one thing broken. Each case asserts every
 * issue's code and place, the field, and words of the message in both languages.
 *
 * A code without a case fails the last test, so each new message comes with its own.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeIssue, type Issue } from '../../../src/lib/issues.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { MESSAGES, type MessageCode } from '../../../src/lib/messages.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

/** "Today" for every case: the next year is 2025. */
const TODAY = '2024-06-15';
const DATA_2022 = 'data/figures/example-district/2022.yaml';
const DATA_2023 = 'data/figures/example-district/2023.yaml';
const CATALOG = 'data/indicators/catalog.yaml';
const BUREAUS = 'data/bureaus.yaml';
const ZH_2022 = 'content/reports/example-district/2022/zh.mdx';
const ZH_2023 = 'content/reports/example-district/2023/zh.mdx';

/** Suites that assert the codes of their own area with exact positions and text. */
const OWNING_SUITES = [
  'tests/build/build-safety.test.ts',
  'tests/helpers/narrative-cases.ts',
  'tests/unit/validation/narrative-mdx.test.ts',
  'tests/unit/validation/untrusted-files.test.ts',
  'tests/unit/lib/describe-failure.test.ts',
  'tests/unit/validation/warnings.test.ts',
  'tests/unit/validation/hant-exceptions.test.ts',
  'tests/unit/validation/statistics-input.test.ts',
  'tests/unit/import/formats.test.ts',
  'tests/unit/import/sheet-figures.test.ts',
  'tests/unit/lib/shard/merge.test.ts',
  'tests/build/shard-cli.test.ts',
];

/**
 * The build's own messages (output folder, swap, interruption) are asserted by their exact
 * zh and en text, from real child processes, in tests/build/build-safety.test.ts.
 */
const BY_TEXT_ELSEWHERE = [
  // tests/unit/lib/describe-failure.test.ts: what a command prints for a bad option, a path
  // it cannot access, and a bug.
  'bad-option', 'file-access', 'internal-error',
  // Raised when a file cannot be read (EACCES); tests run as root, which reads everything.
  // Known gap: no test yet.
  'unreadable-file',
];
const BUILD_CODES = ['out-forbidden', 'out-not-owned', 'out-not-a-folder', 'build-locked', 'build-permission', 'build-fs-error', 'build-interrupted', 'build-step-failed', 'outcome-unchanged', 'outcome-restored', 'outcome-missing', 'outcome-leftover', 'outcome-published'];

/** Writes a file, creating its folder. */
function put(site: FixtureCopy, file: string, text: string): void {
  mkdirSync(dirname(join(site.root, file)), { recursive: true });
  site.write(file, text);
}

/** Replaces the 2023 report by one filed under `year`, with the given data file. */
function refile(site: FixtureCopy, year: string, data: string): void {
  site.remove(DATA_2023);
  site.remove('content/reports/example-district/2023');
  put(site, `data/figures/example-district/${year}.yaml`, data);
  put(site, `content/reports/example-district/${year}/zh.mdx`, '---\ntitle: 示例\n---\n\n养老床位<Figure id="eldercare-beds" />。\n');
}

const reportOf = (year: string, figures = '  eldercare-beds: { value: 21万 }\n'): string =>
  `bureau: example-district\nyear: ${year}\nsource:\n  title: 示例\nfigures:\n${figures}`;

const CITY = '\nexample-city:\n  name: { zh: 示例市民政局（虚构）, en: Example City Civil Affairs Bureau (fictional) }\n  short: { zh: 示例市, en: Example City }\n  level: city\n  fictional: true\n';

interface Case {
  name: string;
  change: (site: FixtureCopy) => void;
  code: MessageCode;
  /** file:line:column */
  at: string;
  field: string;
  zh: string;
  en: string;
  /** Other issues the same input rightly raises, as "code file:line:column". */
  also?: string[];
  /** The message is a warning: the site still loads. */
  warning?: boolean;
  env?: Record<string, string>;
}

const CASES: Case[] = [
  // ── YAML ──
  {
    name: 'an unclosed flow mapping', code: 'yaml-syntax', at: `${DATA_2022}:18:3`, field: '',
    change: (site) => site.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '  dibao-paid: { value: 2850.46万'),
    zh: 'YAML 语法错误：', en: 'Check the indentation, colons and quotes on this line.',
  },
  {
    name: 'a key written twice', code: 'duplicate-key', at: `${DATA_2022}:18:3`, field: '',
    change: (site) => site.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '  dibao-paid: { value: 2850.46万 }\n  dibao-paid: { value: 1 }'),
    zh: '键 “dibao-paid” 重复出现。', en: 'The key "dibao-paid" appears twice.',
  },
  // ── shapes ──
  {
    name: 'a misspelt field', code: 'unknown-field', at: `${DATA_2022}:18:37`, field: 'figures.orphans-supported.qualifer',
    change: (site) => site.replace(DATA_2022, 'qualifier: over', 'qualifer: over'),
    zh: '未知字段 “qualifer”。是否想写 “qualifier”？', en: 'Unknown field "qualifer". Did you mean "qualifier"?',
  },
  {
    name: 'an unquoted comma in a { zh, en } pair', code: 'unquoted-comma', at: `${CATALOG}:2:41`, field: 'eldercare-beds.name.total',
    change: (site) => site.replace(CATALOG, 'en: Eldercare beds }', 'en: Eldercare beds, total }'),
    zh: '多出的 “total” 像是被英文逗号截断的文字', en: 'The extra "total" looks like text cut off at a comma.',
  },
  {
    name: 'a bureau without its level', code: 'missing-field', at: `${BUREAUS}:1:1`, field: 'example-district.level',
    change: (site) => site.replace(BUREAUS, '  level: district\n', ''),
    zh: '缺少必填字段 “level”。', en: 'The required field "level" is missing.',
  },
  {
    name: 'figures followed only by a comment', code: 'empty-field', at: `${DATA_2023}:5:9`, field: 'figures',
    change: (site) => site.write(DATA_2023, 'bureau: example-district\nyear: 2023\nsource:\n  title: 示例\nfigures:\n  # to fill\n'),
    zh: '“figures” 是空的', en: '"figures" is empty; it should hold a mapping (key: value).',
  },
  {
    name: 'an empty figures mapping', code: 'figures-empty', at: `${DATA_2023}:5:10`, field: 'figures',
    change: (site) => site.write(DATA_2023, 'bureau: example-district\nyear: 2023\nsource:\n  title: 示例\nfigures: {}\n'),
    zh: 'figures 为空。每份报告至少要有一个数据。', en: 'figures is empty. A report needs at least one figure.',
  },
  {
    name: 'a name without English', code: 'missing-translation', at: `${CATALOG}:2:25`, field: 'eldercare-beds.name.en',
    change: (site) => site.replace(CATALOG, 'en: Eldercare beds }', 'en: "" }'),
    zh: '“eldercare-beds.name” 缺少英文内容', en: '"eldercare-beds.name" has no English text.',
  },
  {
    name: 'a name that is text, not a { zh, en } pair', code: 'wrong-type', at: `${BUREAUS}:2:9`, field: 'example-district.name',
    change: (site) => site.replace(BUREAUS, 'name: { zh: 示例区民政局（虚构）, en: Example District Civil Affairs Bureau (fictional) }', 'name: 示例区民政局'),
    zh: '这里应是字段映射（键: 值），实际是文字 “示例区民政局”。', en: 'Expected a mapping (key: value) here, found the text "示例区民政局".',
  },
  {
    name: 'a status outside its options', code: 'invalid-option', at: `${DATA_2022}:21:47`, field: 'figures.bed-subsidy.status',
    change: (site) => site.replace(DATA_2022, 'status: target', 'status: planned'),
    zh: '“planned” 不是可选值。请改为以下之一：actual, target, provisional, derived, estimated。', en: '"planned" is not an allowed value. Use one of: actual, target, provisional, derived, estimated.',
  },
  {
    name: 'a figure id with capitals and an underscore', code: 'bad-id', at: `${DATA_2022}:19:3`, field: 'figures.Operation_Rate',
    change: (site) => site.replace(DATA_2022, '  operation-rate: {', '  Operation_Rate: {'),
    zh: '标识 “Operation_Rate” 不合规。', en: 'The id "Operation_Rate" is not valid.',
  },
  // ── dates and years ──
  {
    name: 'an impossible calendar day', code: 'bad-date', at: `${DATA_2022}:13:9`, field: 'source.date',
    change: (site) => site.replace(DATA_2022, '  date: 2023-03-17\n', '  date: 2023-02-30\n'),
    zh: '“2023-02-30” 不是有效日期。', en: '"2023-02-30" is not a valid date.',
  },
  {
    name: 'a month 13', code: 'bad-period', at: `${DATA_2022}:15:42`, field: 'figures.eldercare-beds.as_of',
    change: (site) => site.replace(DATA_2022, 'as_of: 2022-12 }', 'as_of: 2022-13 }'),
    zh: '“2022-13” 不是有效日期或时段。', en: '"2022-13" is not a valid date or period.',
  },
  {
    name: 'a period that ends before it starts', code: 'period-order', at: `${DATA_2022}:15:42`, field: 'figures.eldercare-beds.as_of',
    change: (site) => site.replace(DATA_2022, 'as_of: 2022-12 }', 'as_of: 2022-12/2022-01 }'),
    zh: '时段 “2022-12/2022-01” 的开始晚于结束。', en: 'The period "2022-12/2022-01" starts after it ends.',
  },
  {
    name: 'an hour 25', code: 'bad-timestamp', at: `${DATA_2022}:6:9`, field: 'disclosure.date',
    change: (site) => site.replace(DATA_2022, 'date: 2023-03-17 14:45', 'date: 2023-03-17 25:45'),
    zh: '“2023-03-17 25:45” 不是有效的生成日期。', en: '"2023-03-17 25:45" is not a valid date.',
  },
  {
    name: 'a two-digit year', code: 'bad-year', at: `${DATA_2022}:2:7`, field: 'year',
    change: (site) => site.replace(DATA_2022, 'year: 2022', 'year: 22'),
    zh: '“22” 不是有效年份。请写 1949 年至明年之间的年份', en: '"22" is not a valid year. Write a year from 1949 to next year',
  },
  {
    name: 'a report year of 1899', code: 'year-out-of-range', at: 'data/figures/example-district/1899.yaml:2:7', field: 'year',
    change: (site) => refile(site, '1899', reportOf('1899')),
    zh: '年份 1899 不在允许范围内：年份须在 1949 年至 2025 年（明年）之间。', en: 'The year 1899 in "1899" is out of range: years must be from 1949 to 2025 (next year).',
  },
  {
    name: 'a report year of 3000', code: 'year-out-of-range', at: 'data/figures/example-district/3000.yaml:2:7', field: 'year',
    change: (site) => refile(site, '3000', reportOf('3000')),
    zh: '年份 3000 不在允许范围内：年份须在 1949 年至 2025 年', en: 'The year 3000 in "3000" is out of range: years must be from 1949 to 2025',
  },
  {
    name: 'an actual figure dated 2099', code: 'year-out-of-range', at: `${DATA_2022}:15:42`, field: 'figures.eldercare-beds.as_of',
    change: (site) => site.replace(DATA_2022, 'as_of: 2022-12 }', 'as_of: 2099 }'),
    zh: '“2099” 中的年份 2099 不在允许范围内', en: 'The year 2099 in "2099" is out of range',
  },
  {
    name: 'a source dated 2099', code: 'year-out-of-range', at: `${DATA_2022}:13:9`, field: 'source.date',
    change: (site) => site.replace(DATA_2022, '  date: 2023-03-17\n', '  date: 2099-03-17\n'),
    zh: '“2099-03-17” 中的年份 2099 不在允许范围内', en: 'The year 2099 in "2099-03-17" is out of range',
  },
  {
    name: 'a period starting in 1900', code: 'year-out-of-range', at: `${DATA_2022}:15:42`, field: 'figures.eldercare-beds.as_of',
    change: (site) => site.replace(DATA_2022, 'as_of: 2022-12 }', 'as_of: 1900/2022-12 }'),
    zh: '“1900/2022-12” 中的年份 1900', en: 'The year 1900 in "1900/2022-12"',
  },
  {
    name: 'a source dated after today', code: 'date-after-build', at: `${DATA_2022}:13:9`, field: 'source.date',
    change: (site) => site.replace(DATA_2022, '  date: 2023-03-17\n', '  date: 2024-07-01\n'),
    zh: '日期 “2024-07-01” 晚于今天（2024-06-15）。', en: 'The date "2024-07-01" is after today (2024-06-15).',
  },
  {
    name: 'a disclosure dated after today', code: 'date-after-build', at: `${DATA_2022}:6:9`, field: 'disclosure.date',
    change: (site) => site.replace(DATA_2022, 'date: 2023-03-17 14:45', 'date: 2025-01-02 14:45'),
    zh: '日期 “2025-01-02” 晚于今天（2024-06-15）。', en: 'A document cannot be published in the future',
  },
  {
    name: 'an actual figure dated after its report was published', code: 'actual-after-date', at: `${DATA_2022}:15:42`, field: 'figures.eldercare-beds.as_of',
    change: (site) => site.replace(DATA_2022, 'as_of: 2022-12 }', 'as_of: 2023-04 }'),
    zh: '数据 “eldercare-beds” 的时点 “2023-04” 晚于报告的发布日期 2023-03-17。', en: 'The figure "eldercare-beds" is dated "2023-04", after the report\'s publication date 2023-03-17.',
  },
  {
    name: 'an actual figure dated after today', code: 'actual-after-date', at: `${DATA_2023}:6:40`, field: 'figures.eldercare-beds.as_of',
    change: (site) => site.replace(DATA_2023, '{ value: 21万 }', '{ value: 21万, as_of: 2024-12 }'),
    zh: '的时点 “2024-12” 晚于今天（2024-06-15）。实际值不可能来自将来', en: 'is dated "2024-12", after today (2024-06-15). An actual figure cannot come from the future',
  },
  {
    name: 'actual figures dated by a report year after today', code: 'actual-after-date', at: 'data/figures/example-district/2025.yaml:2:7', field: 'year',
    change: (site) => refile(site, '2025', reportOf('2025', '  eldercare-beds: { value: 21万 }\n  dibao-standard: { value: 900 }\n')),
    zh: '数据 “eldercare-beds” 没有写 as_of，时点即报告年份 2025，晚于今天', en: 'The figure "eldercare-beds" has no as_of, so it is dated by the report year 2025, which is after today (2024-06-15).',
  },
  {
    name: 'a feed that would be dated after today', code: 'feed-updated-future', at: 'data/figures/example-district/2025.yaml:2:7', field: 'year', warning: true,
    // The fixture's own warning: its 2022 change has no 2021 report to be checked against.
    also: ['unchecked-change data/figures/example-district/2022.yaml:16:53'],
    change: (site) => refile(site, '2025', reportOf('2025', '  eldercare-beds: { value: 25万, status: target }\n')),
    zh: '订阅源（feed.xml）的更新时间将是 2025-01-01，晚于今天（2024-06-15）', en: 'the feed\'s <updated> would be 2025-01-01, later than today (2024-06-15)',
  },
  {
    name: 'ANNALS_BUILD_DATE that is not a date', code: 'bad-build-date', at: 'ANNALS_BUILD_DATE:1:1', field: 'ANNALS_BUILD_DATE', env: { ANNALS_BUILD_DATE: '2024/06/15' },
    change: () => {},
    zh: '环境变量 ANNALS_BUILD_DATE 的值 “2024/06/15” 不是日期。', en: 'ANNALS_BUILD_DATE is "2024/06/15", which is not a date. Write YYYY-MM-DD',
  },
  // ── other formats ──
  {
    name: 'an ftp URL', code: 'bad-url', at: `${DATA_2022}:14:8`, field: 'source.url',
    change: (site) => site.replace(DATA_2022, '  date: 2023-03-17\n', '  date: 2023-03-17\n  url: ftp://example.org/report\n'),
    zh: '“ftp://example.org/report” 不是有效网址。', en: '"ftp://example.org/report" is not a valid URL.',
  },
  {
    name: 'a five-digit region code', code: 'bad-region-code', at: `${BUREAUS}:5:16`, field: 'example-district.region_code',
    change: (site) => site.replace(BUREAUS, 'region_code: "999901"', 'region_code: "99901"'),
    zh: '行政区划代码 “99901” 应为六位数字', en: 'The region code "99901" must be six digits',
  },
  {
    name: 'a reported change without %', code: 'bad-change', at: `${DATA_2022}:16:53`, field: 'figures.dibao-standard.change.reported',
    change: (site) => site.replace(DATA_2022, 'reported: "7.6%"', 'reported: "7.6"'),
    zh: '增幅 “7.6” 应写成原文的百分比', en: 'The reported change "7.6" must be the percentage as written',
  },
  {
    name: 'a change with neither reported nor from', code: 'change-empty', at: `${DATA_2022}:16:41`, field: 'figures.dibao-standard.change',
    change: (site) => site.replace(DATA_2022, 'change: { reported: "7.6%" }', 'change: { direction: up }'),
    zh: 'change 至少要有 reported', en: 'A change needs at least reported (e.g. "7.6%") or from',
  },
  // ── values ──
  {
    name: 'a unit typed into a value', code: 'not-a-number', at: `${DATA_2022}:16:28`, field: 'figures.dibao-standard.value',
    change: (site) => site.replace(DATA_2022, '{ value: 855,', '{ value: 855元,'),
    zh: '“855元” 不是数字。请只写数字', en: '"855元" is not a number. Write the number only',
  },
  {
    name: '约855', code: 'qualifier-in-value', at: `${DATA_2022}:16:28`, field: 'figures.dibao-standard.value',
    change: (site) => site.replace(DATA_2022, '{ value: 855,', '{ value: 约855,'),
    zh: '数值 “约855” 里写了限定词“约”。请只写数字，把“约”写成 qualifier：value: 855, qualifier: about。',
    en: 'The value "约855" contains the qualifier 约. Write the number alone and the qualifier separately: value: 855, qualifier: about.',
  },
  {
    name: '3800余', code: 'qualifier-in-value', at: `${DATA_2022}:18:31`, field: 'figures.orphans-supported.value',
    change: (site) => site.replace(DATA_2022, '{ value: 3800, qualifier: over }', '{ value: 3800余 }'),
    zh: 'value: 3800, qualifier: over', en: 'value: 3800, qualifier: over',
  },
  {
    name: '4000-6000', code: 'range-in-value', at: `${DATA_2022}:21:25`, field: 'figures.bed-subsidy.value',
    change: (site) => site.replace(DATA_2022, '{ range: [4000, 6000],', '{ value: 4000-6000,'),
    zh: '数值 “4000-6000” 是一个区间。请把 value 改为 range，写成 range: [4000, 6000]。',
    en: 'The value "4000-6000" is a range. Replace value with range: write range: [4000, 6000].',
  },
  {
    name: '80 nines followed by 亿', code: 'too-precise', at: `${DATA_2022}:17:24`, field: 'figures.dibao-paid.value',
    change: (site) => site.replace(DATA_2022, '{ value: 2850.46万 }', `{ value: ${'9'.repeat(80)}亿 }`),
    zh: '的有效数字超过 64 位，无法精确保存；数字绝不四舍五入，所以不予接受。', en: 'has more than 64 significant digits and cannot be held exactly; figures are never rounded, so it is refused.',
  },
  {
    name: 'a range high to low', code: 'range-order', at: `${DATA_2022}:21:25`, field: 'figures.bed-subsidy.range',
    change: (site) => site.replace(DATA_2022, 'range: [4000, 6000]', 'range: [6000, 4000]'),
    zh: '区间 “[6000, 4000]” 的下限大于上限。', en: 'The range "[6000, 4000]" has its low end above its high end.',
  },
  {
    name: 'a value and a range', code: 'value-one-of', at: `${DATA_2022}:21:16`, field: 'figures.bed-subsidy',
    change: (site) => site.replace(DATA_2022, '{ range: [4000, 6000],', '{ value: 5000, range: [4000, 6000],'),
    zh: '每个数据须有且只有 value、range、unknown 其中之一（现有：value, range）。', en: 'A figure needs exactly one of value, range or unknown (found: value, range).',
  },
  {
    name: 'a misspelt indicator', code: 'unknown-indicator', at: `${DATA_2022}:22:29`, field: 'figures.social-orgs.indicator',
    change: (site) => site.replace(DATA_2022, '  social-orgs: {', '  social-orgs: { indicator: social-orgz,'),
    zh: '指标目录中没有 “social-orgz”。是否想写 “social-orgs”？', en: 'The indicator catalog has no "social-orgz". Did you mean "social-orgs"?',
  },
  {
    name: 'a unit that does not fit', code: 'unit-mismatch', at: `${DATA_2022}:17:40`, field: 'figures.dibao-paid.unit',
    change: (site) => site.replace(DATA_2022, '{ value: 2850.46万 }', '{ value: 2850.46万, unit: 张 }'),
    zh: '单位 “张” 与指标 “dibao-paid” 的单位 “元” 不符。', en: 'The unit "张" does not fit the indicator "dibao-paid", whose unit is "元".',
  },
  {
    name: 'a ratio for a count', code: 'kind-mismatch', at: `${DATA_2022}:15:28`, field: 'figures.eldercare-beds.value',
    change: (site) => site.replace(DATA_2022, '{ value: 20.7万, as_of: 2022-12 }', '{ value: "1:0.81" }'),
    zh: '指标 “eldercare-beds” 的种类是 count，不能写 “1:0.81”。', en: 'The indicator "eldercare-beds" is of kind count; "1:0.81" does not fit it.',
  },
  {
    name: 'a rate over 100', code: 'percent-over-100', at: `${DATA_2022}:19:28`, field: 'figures.operation-rate.value',
    change: (site) => site.replace(DATA_2022, '{ value: 83.5 }', '{ value: 183.5 }'),
    zh: '比率 “183.5%” 超过 100%。', en: 'The rate "183.5%" is over 100%.',
  },
  {
    name: 'a negative count', code: 'negative-count', at: `${DATA_2022}:18:31`, field: 'figures.orphans-supported.value',
    change: (site) => site.replace(DATA_2022, '{ value: 3800,', '{ value: -3800,'),
    zh: '数量 “-3800” 为负数。', en: 'The count "-3800" is negative.',
  },
  {
    name: 'a negative amount', code: 'negative-value', at: `${DATA_2022}:17:24`, field: 'figures.dibao-paid.value',
    change: (site) => site.replace(DATA_2022, '{ value: 2850.46万 }', '{ value: -2850.46万 }'),
    zh: '数值 “-2850.46万” 为负数。', en: 'The value "-2850.46万" is negative.',
  },
  {
    name: 'half a bed', code: 'count-not-whole', at: `${DATA_2022}:15:28`, field: 'figures.eldercare-beds.value',
    change: (site) => site.replace(DATA_2022, '{ value: 20.7万,', '{ value: 20.70005万,'),
    zh: '数量 “20.70005万”（即 207000.5）不是整数。', en: 'The count "20.70005万" (that is 207000.5) is not a whole number.',
  },
  {
    name: 'a reported change that disagrees with from', code: 'change-mismatch', at: `${DATA_2022}:22:63`, field: 'figures.social-orgs.change.reported',
    change: (site) => site.replace(DATA_2022, 'reported: "41%"', 'reported: "14%"'),
    zh: '报告的变化 “+14%” 与数据不符：从 1116 到 1576，实际变化为 +41.22%。', en: 'The reported change "+14%" disagrees with the data: from 1116 to 1576, the change is +41.22%.',
  },
  {
    name: 'a change down that goes up', code: 'change-direction', at: `${DATA_2022}:22:64`, field: 'figures.social-orgs.change.direction',
    change: (site) => site.replace(DATA_2022, 'change: { from: 1116, reported: "41%" }', 'change: { from: 1116, direction: down }'),
    zh: 'change 写的是下降，但从 1116 到 1576 是增长。', en: 'The change says down, but 1116 to 1576 goes up.',
  },
  // ── bureaus ──
  {
    name: 'a parent not in bureaus.yaml', code: 'unknown-bureau', at: `${BUREAUS}:7:11`, field: 'example-district.parent',
    change: (site) => site.replace(BUREAUS, '  fictional: true\n', '  fictional: true\n  parent: example-cty\n'),
    zh: 'data/bureaus.yaml 中没有机构 “example-cty”。', en: 'data/bureaus.yaml has no bureau "example-cty".',
  },
  {
    name: 'a bureau that is its own parent', code: 'parent-self', at: `${BUREAUS}:7:11`, field: 'example-district.parent',
    change: (site) => site.replace(BUREAUS, '  fictional: true\n', '  fictional: true\n  parent: example-district\n'),
    zh: '机构 “example-district” 的上级（parent）是它自己。', en: 'The bureau "example-district" names itself as its parent.',
  },
  {
    name: 'a → b → a', code: 'parent-cycle', at: `${BUREAUS}:14:11`, field: 'example-city.parent',
    change: (site) => site.replace(BUREAUS, '  fictional: true\n', `  fictional: true\n  parent: example-city\n${CITY}  parent: example-district\n`),
    zh: '上级机构形成了循环：example-city → example-district → example-city。', en: 'The parents form a cycle: example-city → example-district → example-city.',
  },
  // ── files and places ──
  {
    name: 'an indicator defined in two files', code: 'duplicate-indicator', at: 'data/indicators/more.yaml:1:1', field: 'eldercare-beds',
    change: (site) => site.write('data/indicators/more.yaml', 'eldercare-beds:\n  name: { zh: 养老床位, en: Eldercare beds }\n  topic: eldercare\n  kind: count\n  unit: { zh: 张, en: beds }\n'),
    zh: '指标 “eldercare-beds” 已在 data/indicators/catalog.yaml 中定义。', en: 'The indicator "eldercare-beds" is already defined in data/indicators/catalog.yaml.',
  },
  {
    name: 'a file whose year disagrees with its place', code: 'path-mismatch', at: `${DATA_2022}:2:7`, field: 'year',
    change: (site) => site.replace(DATA_2022, 'year: 2022', 'year: 2021'),
    zh: '文件写的是 year: 2021，但文件位置表示 2022。', en: 'The file says year: 2021, but its location says 2022.',
  },
  {
    name: 'data without a narrative', code: 'missing-narrative', at: `${DATA_2023}:1:1`, field: '',
    change: (site) => site.remove('content/reports/example-district/2023'),
    zh: 'example-district 2023 年有数据，但没有叙述文件。', en: 'example-district 2023 has data but no narrative.',
  },
  {
    name: 'a narrative without data', code: 'missing-data', at: `${ZH_2023}:1:1`, field: '',
    change: (site) => site.remove(DATA_2023),
    zh: '这份叙述没有对应的数据文件 data/figures/example-district/2023.yaml。', en: 'This narrative has no data file data/figures/example-district/2023.yaml.',
  },
  {
    name: 'a narrative in a language the site lacks', code: 'bad-narrative-path', at: 'content/reports/example-district/2022/fr.mdx:1:1', field: '',
    change: (site) => site.write('content/reports/example-district/2022/fr.mdx', '---\ntitle: Exemple\n---\n'),
    zh: '叙述文件 “content/reports/example-district/2022/fr.mdx” 位置不对。', en: 'The narrative "content/reports/example-district/2022/fr.mdx" is in the wrong place.',
  },
  {
    name: 'a data file named with two digits', code: 'bad-data-path', at: 'data/figures/example-district/22.yaml:1:1', field: '',
    change: (site) => site.write('data/figures/example-district/22.yaml', reportOf('2022')),
    zh: '数据文件 “data/figures/example-district/22.yaml” 位置不对。', en: 'The data file "data/figures/example-district/22.yaml" is in the wrong place.',
  },
  {
    name: 'no report data at all', code: 'empty-data', at: 'data/figures:1:1', field: '',
    change: (site) => {
      site.remove('data/figures');
      site.remove('content/reports');
    },
    zh: 'data/figures 中没有任何报告数据文件。', en: 'data/figures holds no report data files.',
  },
  // ── narratives ──
  {
    name: 'a <Figure> id with no figure', code: 'unknown-figure', at: `${ZH_2022}:8:46`, field: 'Figure#dibao-payd',
    change: (site) => site.replace(ZH_2022, '<Figure id="dibao-paid" />', '<Figure id="dibao-payd" />'),
    zh: '<Figure id="dibao-payd" /> 引用的数据在 data/figures/example-district/2022.yaml 中不存在。是否想写 “dibao-paid”？',
    en: '<Figure id="dibao-payd" /> refers to a figure that data/figures/example-district/2022.yaml does not have. Did you mean "dibao-paid"?',
  },
  {
    name: 'a <Figure> without id', code: 'figure-without-id', at: `${ZH_2022}:8:46`, field: '',
    change: (site) => site.replace(ZH_2022, '<Figure id="dibao-paid" />', '<Figure />'),
    zh: '<Figure> 缺少 id。', en: '<Figure> has no id.',
  },
  {
    name: 'a <Chart> of an indicator the report lacks', code: 'unknown-indicator-ref', at: `${ZH_2023}:5:1`, field: 'Chart#social-orgs',
    change: (site) => site.replace(ZH_2023, '养老床位达到', '<Chart indicator="social-orgs" />\n\n养老床位达到'),
    zh: '<Chart> 引用的指标 “social-orgs” 不在这份报告的数据中。', en: '<Chart> refers to the indicator "social-orgs", which has no figure in this report.',
  },
  {
    name: 'a component Annals does not provide', code: 'unknown-component', at: `${ZH_2023}:5:1`, field: '',
    change: (site) => site.replace(ZH_2023, '养老床位达到', '<Table />\n\n养老床位达到'),
    zh: '叙述中不能使用 <Table>。', en: '<Table> cannot be used in a narrative.',
  },
  {
    name: 'an import', code: 'no-code-in-narrative', at: `${ZH_2023}:5:1`, field: '',
    change: (site) => site.replace(ZH_2023, '养老床位达到', "import X from './x.js'\n\n养老床位达到"),
    zh: '叙述中不能写 “import” 语句。', en: 'A narrative cannot contain "import" statements.',
  },
  {
    name: 'a typed number', code: 'number-in-narrative', at: `${ZH_2022}:8:42`, field: '',
    change: (site) => site.replace(ZH_2022, '全年发放低保金', '全年共3028人，发放低保金'),
    zh: '叙述中直接写了数字 “3028”。', en: 'The narrative types the number "3028".',
  },
  {
    name: 'a narrative without frontmatter', code: 'missing-frontmatter', at: `${ZH_2023}:1:1`, field: '',
    change: (site) => site.write(ZH_2023, '养老床位达到<Figure id="eldercare-beds" />。\n'),
    zh: '叙述文件缺少开头的 --- 元数据块', en: 'The narrative has no --- frontmatter block at the top',
  },
];

let fixture: FixtureCopy | undefined;
const givenBuildDate = process.env.ANNALS_BUILD_DATE;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
  if (givenBuildDate === undefined) delete process.env.ANNALS_BUILD_DATE;
  else process.env.ANNALS_BUILD_DATE = givenBuildDate;
});

const placeOf = (issue: Issue): string => `${issue.code} ${issue.file}:${issue.line}:${issue.column}`;

describe('every message, from a real input', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    fixture = copyFixture('basic');
    c.change(fixture);
    Object.assign(process.env, c.env);
    const result = c.env ? loadSite(fixture.root) : loadSite(fixture.root, { buildDate: TODAY });
    const expected = [`${c.code} ${c.at}`, ...(c.also ?? [])].sort();
    // A warning never stops the build: the site loads, and the warning is not among the issues.
    expect(result.issues.map(placeOf).sort()).toEqual(c.warning ? [] : expected);
    expect(result.warnings.map(placeOf).sort()).toEqual(c.warning ? expected : []);
    expect(result.site === undefined).toBe(!c.warning);
    const issue = [...result.issues, ...result.warnings].find((candidate) => candidate.code === c.code)!;
    expect(issue.field).toBe(c.field);
    const text = describeIssue(issue);
    expect(text.zh).toContain(c.zh);
    expect(text.en).toContain(c.en);
  });

  it('has a case for every code in the catalogue, here or in the suite that owns it', () => {
    const covered = new Set<string>([...CASES.map((c) => c.code), ...BUILD_CODES, ...BY_TEXT_ELSEWHERE]);
    // Codes raised outside the loader (the build's output folder and swap) or by one input
    // kind with its own position-asserting table (narratives, untrusted files) are tested
    // there; each must be named in an assertion of that suite.
    for (const file of OWNING_SUITES) {
      const text = readFileSync(join(process.cwd(), file), 'utf8');
      for (const code of Object.keys(MESSAGES)) if (new RegExp(`(?<![\\w-])${code}(?![\\w-])`).test(text)) covered.add(code);
    }
    expect(Object.keys(MESSAGES).filter((code) => !covered.has(code))).toEqual([]);
  });
});
