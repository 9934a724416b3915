/**
 * Bad input of the statistics model (issue 11): per-figure sources, alternatives,
 * revisions, status, point and absolute changes, measure words, periods and units. Each
 * case breaks one thing in a copy of tests/fixtures/statistics and asserts, through the real
 * loader, the only issue's code, file:line:column, field and words of both languages.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/lib/issues.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const Y2021 = 'data/figures/example-ministry/2021.yaml';
const Y2022 = 'data/figures/example-ministry/2022.yaml';
const TODAY = '2024-06-15';

interface Case {
  name: string;
  file: string;
  find: string;
  replace: string;
  code: string;
  at: string;
  field: string;
  zh: string;
  en: string;
}

const CASES: Case[] = [
  {
    name: 'an unknown source kind', file: Y2021, find: '      kind: other', replace: '      kind: ministry-website',
    code: 'unknown-source-kind', at: `${Y2021}:16:13`, field: 'figures.marriage-registrations.source.kind',
    zh: '来源种类 “ministry-website” 无法识别。请写 official-bulletin', en: 'The source kind "ministry-website" is not known. Write one of official-bulletin, yearbook, news-report',
  },
  {
    name: 'points written with their words', file: Y2022, find: 'points: "0.2"', replace: 'points: "0.2个千分点"',
    code: 'bad-change-points', at: `${Y2022}:14:23`, field: 'figures.divorce-rate.change.points',
    zh: '点数变化 “0.2个千分点” 不是数字。', en: 'The point change "0.2个千分点" is not a number.',
  },
  {
    name: 'a point change on a count', file: Y2022, find: '{ amount: 80.8万, direction: down }', replace: '{ points: "2", direction: down }',
    code: 'points-kind', at: `${Y2022}:11:23`, field: 'figures.marriage-registrations.change.points',
    zh: '指标 “marriage-registrations” 的种类是 count，不能有点数变化（points: 2）', en: 'The indicator "marriage-registrations" is of kind count, so it cannot have a point change (points: 2)',
  },
  {
    name: 'an absolute change on a per-thousand rate', file: Y2022, find: '{ points: "0.2", direction: down }', replace: '{ amount: "0.2", direction: down }',
    code: 'amount-kind', at: `${Y2022}:14:23`, field: 'figures.divorce-rate.change.amount',
    zh: '比率的变化请写成点数', en: 'Write a change of a rate in points',
  },
  {
    name: 'a derived figure that does not say how', file: Y2021, find: "    method: { zh: 由各省数据相加。, en: Sum of the provinces' figures. }\n", replace: '',
    code: 'method-missing', at: `${Y2021}:39:13`, field: 'figures.assistance-spending.status',
    zh: '数据 “assistance-spending” 标为 derived（推算），但没有说明如何计算。', en: 'The figure "assistance-spending" is marked derived but does not say how it was computed.',
  },
  {
    name: 'a method on an actual figure', file: Y2022, find: 'status: estimated', replace: 'status: actual',
    code: 'method-without-status', at: `${Y2022}:21:13`, field: 'figures.dibao-standard.method',
    zh: 'method 只用于 derived（推算）或 estimated（估计）的数据，这里的 status 是 “actual”。', en: 'method belongs to a derived or estimated figure, but status is "actual".',
  },
  {
    name: 'a period on a count', file: Y2021, find: '    measure_word: 个', replace: '    per: year',
    code: 'per-kind', at: `${Y2021}:31:10`, field: 'figures.eldercare-institutions.per',
    zh: '指标 “eldercare-institutions” 的种类是 count。请删除 per。', en: 'the indicator "eldercare-institutions" is of kind count. Delete per.',
  },
  {
    name: 'a measure word on money', file: Y2021, find: '    per: year', replace: '    measure_word: 个',
    code: 'measure-word-kind', at: `${Y2021}:35:19`, field: 'figures.dibao-standard.measure_word',
    zh: '指标 “dibao-standard” 的种类是 amount。请删除 measure_word。', en: 'the indicator "dibao-standard" is of kind amount. Delete measure_word.',
  },
  {
    name: 'an alternative equal to the published value', file: Y2021, find: '      - value: 763.6万', replace: '      - value: "7643000"',
    code: 'alternative-same', at: `${Y2021}:18:16`, field: 'figures.marriage-registrations.alternatives.0.value',
    zh: '其他来源的数值 “7643000” 与公布值 “764.3万” 相同', en: 'The alternative value "7643000" equals the published value "764.3万"',
  },
  {
    name: 'a revision dated before the report', file: Y2021, find: 'date: 2022-09-30', replace: 'date: 2022-07-01',
    code: 'revision-before-report', at: `${Y2021}:45:15`, field: 'figures.bed-occupancy.revisions.0.date',
    zh: '修订日期 2022-07-01 早于报告（或该数据来源）的发布日期 2022-08-26', en: 'The revision date 2022-07-01 is before the publication date of the report (or of the figure\'s source), 2022-08-26',
  },
  {
    name: 'revisions not oldest first', file: Y2021, find: '        date: 2022-09-30\n', replace: '        date: 2022-10-15\n      - value: "49.0"\n        date: 2022-09-30\n',
    code: 'revision-order', at: `${Y2021}:47:15`, field: 'figures.bed-occupancy.revisions.1.date',
    zh: '修订日期 2022-09-30 早于上一条修订的日期 2022-10-15。', en: 'The revision date 2022-09-30 is before the previous revision\'s date, 2022-10-15.',
  },
  {
    name: 'a scale word in the unit but not in the value', file: Y2021, find: 'value: 2850.46万', replace: 'value: "2850.46"',
    code: 'unit-scale', at: `${Y2021}:38:11`, field: 'figures.assistance-spending.unit',
    zh: '请把数量级写进数值：value: 2850.46万', en: 'Write the scale word in the value: value: 2850.46万',
  },
  {
    name: 'a unit that fits neither the catalog nor the measure word', file: Y2021, find: '    measure_word: 个', replace: '    measure_word: 个\n    unit: 张',
    code: 'unit-mismatch', at: `${Y2021}:32:11`, field: 'figures.eldercare-institutions.unit',
    zh: '单位 “张” 与指标 “eldercare-institutions” 的单位 “个” 不符。', en: 'a different measure word (个 for 家) goes in measure_word',
  },
  {
    name: 'points that disagree with the previous report', file: Y2022, find: 'points: "0.2"', replace: 'points: "0.3"',
    code: 'change-points-mismatch', at: `${Y2022}:14:23`, field: 'figures.divorce-rate.change.points',
    zh: '点数变化 “-0.3” 与数值不符：2021 年为 2.0（data/figures/example-ministry/2021.yaml），2022 年为 1.8，相差 -0.2 个点。',
    en: 'The point change "-0.3" does not match the values: 2021 was 2.0 (data/figures/example-ministry/2021.yaml), 2022 is 1.8, a difference of -0.2 points.',
  },
  {
    name: 'an absolute change that disagrees with the previous report', file: Y2022, find: 'amount: 80.8万', replace: 'amount: 80.0万',
    code: 'change-amount-mismatch', at: `${Y2022}:11:23`, field: 'figures.marriage-registrations.change.amount',
    zh: '增减量 “-80.0万” 与数值不符：2021 年为 764.3万（data/figures/example-ministry/2021.yaml），2022 年为 683.5万，相差 -808000。',
    en: 'The absolute change "-80.0万" does not match the values: 2021 was 764.3万 (data/figures/example-ministry/2021.yaml), 2022 is 683.5万, a difference of -808000.',
  },
  {
    name: 'points that disagree with the figure\'s own "from"', file: Y2022, find: '{ points: "2.0", direction: up, basis: previous-year-end }', replace: '{ from: "51.0", points: "2.0", direction: up }',
    code: 'change-points-mismatch', at: `${Y2022}:24:37`, field: 'figures.bed-occupancy.change.points',
    zh: '从 51.0 到 52.0，相差 +1 个点', en: 'from 51.0 to 52.0, a difference of +1 points',
  },
];

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

describe('the statistics fixture', () => {
  it('is valid as it stands, so each case below fails for its own reason', () => {
    fixture = copyFixture('statistics');
    const result = loadSite(fixture.root, { buildDate: TODAY });
    expect(result.issues).toEqual([]);
    expect(result.site?.reports.map((report) => `${report.bureauId}/${report.year}`)).toEqual(['example-ministry/2021', 'example-ministry/2022']);
  });
});

describe('bad input of the statistics model', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    fixture = copyFixture('statistics');
    fixture.replace(c.file, c.find, c.replace);
    const result = loadSite(fixture.root, { buildDate: TODAY });
    expect(result.site).toBeUndefined();
    expect(result.issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column}`)).toEqual([`${c.code} ${c.at}`]);
    const [issue] = result.issues;
    expect(issue!.field).toBe(c.field);
    const text = describeIssue(issue!);
    expect(text.zh).toContain(c.zh);
    expect(text.en).toContain(c.en);
  });
});

describe('changes nothing can check', () => {
  it('a rate\'s relative change is never checked as a percentage, only listed as unchecked', () => {
    fixture = copyFixture('statistics');
    fixture.replace(Y2022, '{ points: "2.0", direction: up, basis: previous-year-end }', '{ reported: "9%" }');
    const result = loadSite(fixture.root, { buildDate: TODAY });
    expect(result.issues).toEqual([]);
    expect(result.warnings.filter((warning) => warning.code === 'unchecked-change').map((warning) => `${warning.file}:${warning.line}:${warning.column} ${warning.field}`)).toEqual([
      `${Y2021}:25:25 figures.marriage-registrations.change.reported`,
      `${Y2021}:28:23 figures.divorce-rate.change.points`,
      `${Y2022}:17:25 figures.eldercare-institutions.change.reported`,
      `${Y2022}:24:25 figures.bed-occupancy.change.reported`,
    ]);
  });

  it('npm run validate lists them in one summary line (unchecked-changes-summary), and succeeds', () => {
    const run = spawnSync(process.execPath, ['src/cli/validate.ts', '--root', 'tests/fixtures/statistics'], { encoding: 'utf8', env: { ...process.env, ANNALS_BUILD_DATE: TODAY } });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(1, 3)).toEqual([
      `3 项变化无法核对（上一年没有可比的报告数值，页面注明变化的比较基准）：${Y2021}:25:25, ${Y2021}:28:23, ${Y2022}:17:25`,
      `3 changes could not be checked (no earlier report value to compare; pages say what each is relative to): ${Y2021}:25:25, ${Y2021}:28:23, ${Y2022}:17:25`,
    ]);
  });
});
