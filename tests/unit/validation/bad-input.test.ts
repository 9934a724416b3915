/**
 * One case per kind of bad input an editor can make: the real loader on a copy of the
 * basic fixture site with one thing broken. Each asserts the message code, where it points
 * (file:line:column and field), and that the message says what to do in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describeIssue, formatIssues, type Issue } from '../../../src/lib/issues.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const DATA_2022 = 'data/figures/example-district/2022.yaml';
const DATA_2023 = 'data/figures/example-district/2023.yaml';
const CATALOG = 'data/indicators/catalog.yaml';
const ZH_2022 = 'content/reports/example-district/2022/zh.mdx';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

function broken(change: (site: FixtureCopy) => void): Issue[] {
  fixture = copyFixture('basic');
  change(fixture);
  const result = loadSite(fixture.root);
  expect(result.site, 'an invalid site must not load').toBeUndefined();
  return result.issues;
}

interface Expected {
  code: Issue['code'];
  at: string;
  /** The field the issue names; "" where the issue is about a whole file or its syntax. */
  field: string;
  zh: string;
  en: string;
}

function expectOnly(issues: Issue[], expected: Expected): void {
  expect(issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column}`)).toEqual([`${expected.code} ${expected.at}`]);
  const [issue] = issues;
  expect(issue!.field).toBe(expected.field);
  const text = describeIssue(issue!);
  expect(text.zh).toContain(expected.zh);
  expect(text.en).toContain(expected.en);
}

describe('the untouched fixture', () => {
  it('is valid, so every case below fails for its own reason', () => {
    fixture = copyFixture('basic');
    const result = loadSite(fixture.root);
    expect(result.issues).toEqual([]);
    expect(result.site?.reports).toHaveLength(2);
  });
});

describe('bad input', () => {
  it('YAML syntax error', () => {
    const issues = broken((site) => site.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '  dibao-paid: { value: 2850.46万'));
    expect(issues.map((issue) => issue.code)).toContain('yaml-syntax');
    const syntax = issues.find((issue) => issue.code === 'yaml-syntax')!;
    expect(syntax.file).toBe(DATA_2022);
    expect(syntax.line).toBe(18);
    expect(describeIssue(syntax).en).toMatch(/YAML syntax error: .*Check the indentation/);
  });

  it('duplicate key', () => {
    const issues = broken((site) => site.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '  dibao-paid: { value: 2850.46万 }\n  dibao-paid: { value: 1 }'));
    expectOnly(issues, { code: 'duplicate-key', at: `${DATA_2022}:18:3`, field: '', zh: '“dibao-paid” 重复出现', en: 'The key "dibao-paid" appears twice' });
  });

  it('unknown indicator, with a suggestion', () => {
    const issues = broken((site) => site.replace(DATA_2022, '  social-orgs: {', '  social-orgs: { indicator: social-orgz,'));
    expectOnly(issues, { code: 'unknown-indicator', at: `${DATA_2022}:22:29`, field: 'figures.social-orgs.indicator', zh: '是否想写 “social-orgs”', en: 'Did you mean "social-orgs"?' });
  });

  it('unknown bureau', () => {
    const issues = broken((site) => site.replace(DATA_2023, 'bureau: example-district', 'bureau: example-distrct'));
    expect(issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column}`)).toEqual(
      expect.arrayContaining([`unknown-bureau ${DATA_2023}:1:9`]),
    );
    const unknown = issues.find((issue) => issue.code === 'unknown-bureau')!;
    expect(describeIssue(unknown).en).toContain('data/bureaus.yaml has no bureau "example-distrct". Did you mean "example-district"?');
  });

  it('a value that is not a number ("855元")', () => {
    const issues = broken((site) => site.replace(DATA_2022, '{ value: 855,', '{ value: 855元,'));
    expectOnly(issues, {
      code: 'not-a-number', at: `${DATA_2022}:16:28`, field: 'figures.dibao-standard.value',
      zh: '“855元” 不是数字。请只写数字', en: '"855元" is not a number. Write the number only',
    });
  });

  it('a unit that does not fit the indicator', () => {
    const issues = broken((site) => site.replace(DATA_2022, '{ value: 2850.46万 }', '{ value: 2850.46万, unit: 张 }'));
    expectOnly(issues, { code: 'unit-mismatch', at: `${DATA_2022}:17:40`, field: 'figures.dibao-paid.unit', zh: '单位 “张” 与指标 “dibao-paid” 的单位 “元” 不符', en: 'The unit "张" does not fit' });
  });

  it('a kind that does not fit the indicator (a ratio for a count)', () => {
    const issues = broken((site) => site.replace(DATA_2022, '{ value: 20.7万, as_of: 2022-12 }', '{ value: "1:0.81" }'));
    expectOnly(issues, { code: 'kind-mismatch', at: `${DATA_2022}:15:28`, field: 'figures.eldercare-beds.value', zh: '种类是 count', en: 'is of kind count' });
  });

  it('a percent over 100', () => {
    const issues = broken((site) => site.replace(DATA_2022, '{ value: 83.5 }', '{ value: 183.5 }'));
    expectOnly(issues, { code: 'percent-over-100', at: `${DATA_2022}:19:28`, field: 'figures.operation-rate.value', zh: '超过 100%', en: 'is over 100%' });
  });

  it('a negative count', () => {
    const issues = broken((site) => site.replace(DATA_2022, '{ value: 3800,', '{ value: -3800,'));
    expectOnly(issues, { code: 'negative-count', at: `${DATA_2022}:18:31`, field: 'figures.orphans-supported.value', zh: '数量不能小于 0', en: 'A count cannot be below 0' });
  });

  it('a count that is not whole', () => {
    const issues = broken((site) => site.replace(DATA_2022, '{ value: 20.7万,', '{ value: 20.70005万,'));
    expectOnly(issues, { code: 'count-not-whole', at: `${DATA_2022}:15:28`, field: 'figures.eldercare-beds.value', zh: '即 207000.5', en: 'that is 207000.5' });
  });

  it('a bad date', () => {
    const issues = broken((site) => site.replace(DATA_2022, 'as_of: 2022-12 }', 'as_of: 2022-13 }'));
    expectOnly(issues, { code: 'bad-period', at: `${DATA_2022}:15:42`, field: 'figures.eldercare-beds.as_of', zh: '“2022-13” 不是有效日期或时段', en: '"2022-13" is not a valid date or period' });
  });

  it('an impossible calendar day', () => {
    const issues = broken((site) => site.replace(DATA_2022, '  date: 2023-03-17\n', '  date: 2023-02-30\n'));
    expectOnly(issues, { code: 'bad-date', at: `${DATA_2022}:13:9`, field: 'source.date', zh: '不是有效日期', en: 'is not a valid date' });
  });

  it('a year with data but no report file', () => {
    const issues = broken((site) => site.remove('content/reports/example-district/2023'));
    expectOnly(issues, { code: 'missing-narrative', at: `${DATA_2023}:1:1`, field: '', zh: '没有叙述文件', en: 'has data but no narrative' });
  });

  it('a narrative with no data file', () => {
    const issues = broken((site) => site.remove(DATA_2023));
    expectOnly(issues, { code: 'missing-data', at: 'content/reports/example-district/2023/zh.mdx:1:1', field: '', zh: 'data/figures/example-district/2023.yaml', en: 'has no data file' });
  });

  it('a <Figure> id with no figure', () => {
    const issues = broken((site) => site.replace(ZH_2022, '<Figure id="dibao-paid" />', '<Figure id="dibao-payd" />'));
    expectOnly(issues, { code: 'unknown-figure', at: `${ZH_2022}:8:46`, field: 'Figure#dibao-payd', zh: '是否想写 “dibao-paid”', en: 'Did you mean "dibao-paid"?' });
  });

  it('a reported change that disagrees with "from X to Y"', () => {
    const issues = broken((site) => site.replace(DATA_2022, 'reported: "41%"', 'reported: "14%"'));
    expectOnly(issues, { code: 'change-mismatch', at: `${DATA_2022}:22:63`, field: 'figures.social-orgs.change.reported', zh: '实际变化为 +41.22%', en: 'the change is +41.22%' });
  });

  it('a reported change that disagrees with last year\'s figure', () => {
    const issues = broken((site) => site.replace(DATA_2023, 'reported: "5.3%"', 'reported: "9.3%"'));
    expectOnly(issues, { code: 'change-mismatch', at: `${DATA_2023}:7:53`, field: 'figures.dibao-standard.change.reported', zh: '2022 年为 855', en: '2022 was 855 (data/figures/example-district/2022.yaml), 2023 is 900' });
  });

  it('accepts a reported change within the document\'s rounding', () => {
    // 855 → 900 is +5.263…%: "5.3%" (one decimal) and "5%" (whole percent) both agree.
    fixture = copyFixture('basic');
    fixture.replace(DATA_2023, 'reported: "5.3%"', 'reported: "5%"');
    expect(loadSite(fixture.root).issues).toEqual([]);
  });

  it('a name missing its English form', () => {
    const issues = broken((site) => site.replace(CATALOG, 'name: { zh: 养老床位, en: Eldercare beds }', 'name: { zh: 养老床位, en: "" }'));
    expectOnly(issues, { code: 'missing-translation', at: `${CATALOG}:2:25`, field: 'eldercare-beds.name.en', zh: '缺少英文内容', en: 'has no English text' });
  });

  it('a name missing its Chinese form', () => {
    const issues = broken((site) => site.replace(CATALOG, 'name: { zh: 养老床位, en: Eldercare beds }', 'name: { en: Eldercare beds }'));
    expectOnly(issues, { code: 'missing-translation', at: `${CATALOG}:2:3`, field: 'eldercare-beds.name.zh', zh: '缺少中文内容', en: 'has no Chinese text' });
  });

  it('an empty data folder', () => {
    const issues = broken((site) => site.remove('data/figures'));
    expect(issues.map((issue) => issue.code)).toContain('empty-data');
    const empty = issues.find((issue) => issue.code === 'empty-data')!;
    expect(empty.file).toBe('data/figures');
    expect(describeIssue(empty).en).toContain('data/figures holds no report data files');
  });

  it('an unknown field, with a suggestion', () => {
    const issues = broken((site) => site.replace(DATA_2022, 'qualifier: over', 'qualifer: over'));
    expectOnly(issues, { code: 'unknown-field', at: `${DATA_2022}:18:37`, field: 'figures.orphans-supported.qualifer', zh: '是否想写 “qualifier”', en: 'Did you mean "qualifier"?' });
  });

  it('an unquoted comma inside a { zh, en } pair', () => {
    const issues = broken((site) => site.replace(CATALOG, 'name: { zh: 养老床位, en: Eldercare beds }', 'name: { zh: 养老床位, en: Eldercare beds, total }'));
    expectOnly(issues, { code: 'unquoted-comma', at: `${CATALOG}:2:41`, field: 'eldercare-beds.name.total', zh: '含逗号的文字要加引号', en: 'quote text that contains a comma' });
  });

  it('a value outside its options', () => {
    const issues = broken((site) => site.replace(DATA_2022, 'status: target', 'status: planned'));
    expectOnly(issues, { code: 'invalid-option', at: `${DATA_2022}:21:47`, field: 'figures.bed-subsidy.status', zh: '请改为以下之一：actual, target, provisional, derived, estimated', en: 'Use one of: actual, target, provisional, derived, estimated' });
  });

  it('a range written high to low', () => {
    const issues = broken((site) => site.replace(DATA_2022, 'range: [4000, 6000]', 'range: [6000, 4000]'));
    expectOnly(issues, { code: 'range-order', at: `${DATA_2022}:21:25`, field: 'figures.bed-subsidy.range', zh: '下限大于上限', en: 'low end above its high end' });
  });

  it('a figure with both a value and a range', () => {
    const issues = broken((site) => site.replace(DATA_2022, '{ range: [4000, 6000],', '{ value: 5000, range: [4000, 6000],'));
    expectOnly(issues, { code: 'value-one-of', at: `${DATA_2022}:21:16`, field: 'figures.bed-subsidy', zh: '有且只有', en: 'exactly one of value, range or unknown' });
  });

  it('a file whose year disagrees with its place', () => {
    const issues = broken((site) => site.replace(DATA_2022, 'year: 2022', 'year: 2021'));
    expect(issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column}`)).toContain(`path-mismatch ${DATA_2022}:2:7`);
  });

  it('a number typed into a narrative', () => {
    const issues = broken((site) => site.replace(ZH_2022, '全年发放低保金', '全年共3028人，发放低保金'));
    expectOnly(issues, { code: 'number-in-narrative', at: `${ZH_2022}:8:42`, field: '', zh: '直接写了数字 “3028”', en: 'types the number "3028"' });
  });

  it('a report with an empty figures list', () => {
    const issues = broken((site) => site.write(DATA_2023, 'bureau: example-district\nyear: 2023\nsource:\n  title: 示例\nfigures:\n  # to fill\n'));
    expectOnly(issues, { code: 'empty-field', at: `${DATA_2023}:5:9`, field: 'figures', zh: '“figures” 是空的', en: 'a report needs at least one figure' });
  });

  it('a narrative without a title', () => {
    const issues = broken((site) => site.replace(ZH_2022, 'title: 示例区民政局2022年工作总结\n', ''));
    expectOnly(issues, { code: 'missing-field', at: `${ZH_2022}:2:1`, field: 'title', zh: '缺少必填字段 “title”', en: 'The required field "title" is missing' });
  });

  it('a narrative without frontmatter', () => {
    const issues = broken((site) => site.write('content/reports/example-district/2023/zh.mdx', '养老床位达到<Figure id="eldercare-beds" />。\n'));
    expectOnly(issues, { code: 'missing-frontmatter', at: 'content/reports/example-district/2023/zh.mdx:1:1', field: '', zh: '缺少开头的 --- 元数据块', en: 'has no --- frontmatter block' });
  });

  it('a region code that is not six digits', () => {
    const issues = broken((site) => site.replace('data/bureaus.yaml', 'region_code: "999901"', 'region_code: "99901"'));
    expectOnly(issues, { code: 'bad-region-code', at: 'data/bureaus.yaml:5:16', field: 'example-district.region_code', zh: '应为六位数字', en: 'must be six digits' });
  });

  it('an indicator kind outside the catalog\'s kinds', () => {
    const issues = broken((site) => site.replace(CATALOG, '  kind: rate\n', '  kind: percent\n'));
    expectOnly(issues, { code: 'invalid-option', at: `${CATALOG}:24:9`, field: 'operation-rate.kind', zh: 'count, amount, rate, ratio, per-thousand, average', en: 'Use one of: count, amount, rate' });
  });

  it('a component or import that narratives may not use', () => {
    const issues = broken((site) => site.replace(ZH_2022, '## 社会救助', "import X from './x.js'\n\n<script>alert('x')</script>\n\n## 社会救助"));
    expect(issues.map((issue) => `${issue.code} ${issue.line}:${issue.column}`)).toEqual(['no-code-in-narrative 6:1', 'raw-html 8:1']);
  });
});

describe('all problems at once', () => {
  it('reports every problem of every file in one pass, sorted by place', () => {
    const issues = broken((site) => {
      site.replace(DATA_2022, '{ value: 2850.46万 }', '{ value: 2850.46万元 }');
      site.replace(DATA_2022, '{ value: 83.5 }', '{ value: 183.5 }');
      site.replace(DATA_2023, 'reported: "5.3%"', 'reported: "9.3%"');
      site.replace(ZH_2022, '<Figure id="dibao-paid" />', '<Figure id="dibao-payd" />');
      site.replace(CATALOG, 'name: { zh: 养老床位, en: Eldercare beds }', 'name: { zh: 养老床位, en: "" }');
    });
    expect(issues).toHaveLength(5);
    const report = formatIssues(issues);
    expect(report.split('\n').filter((line) => /^\S+:\d+:\d+/.test(line)).map((line) => line.split('  ')[0])).toEqual([
      `${ZH_2022}:8:46`,
      `${DATA_2022}:17:24`,
      `${DATA_2022}:19:28`,
      `${DATA_2023}:7:53`,
      `${CATALOG}:2:25`,
    ]);
    expect(report).toContain('Annals found 5 problems; nothing was built.');
  });
});
