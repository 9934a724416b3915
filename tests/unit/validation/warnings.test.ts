/**
 * Non-blocking findings: the real loader on copies of the basic fixture. A warning never
 * stops the site from loading; it names the data file, line, column and field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/lib/issues.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const DATA_2022 = 'data/figures/example-district/2022.yaml';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

function warningsAfter(change: (site: FixtureCopy) => void): string[] {
  fixture = copyFixture('basic');
  change(fixture);
  const result = loadSite(fixture.root);
  expect(result.issues).toEqual([]);
  expect(result.site).toBeDefined();
  return result.warnings.map((warning) => `${warning.code} ${warning.file}:${warning.line}:${warning.column} ${warning.field}`);
}

describe('warnings', () => {
  it('a change with no previous report and no "from" is unchecked; one checked against 2022 is not', () => {
    // 2022's dibao-standard reports 7.6% with no 2021 report; 2023's 5.3% is checked against 2022's 855.
    expect(warningsAfter(() => {})).toEqual([`unchecked-change ${DATA_2022}:16:53 figures.dibao-standard.change.reported`]);
  });

  it('giving "from" makes the change checked, so the warning goes', () => {
    expect(warningsAfter((site) => site.replace(DATA_2022, 'change: { reported: "7.6%" }', 'change: { from: 794.6, reported: "7.6%" }'))).toEqual([]);
  });

  it('a figure no narrative cites is named at its entry', () => {
    const found = warningsAfter((site) => site.replace(DATA_2022, '  operation-rate: { value: 83.5 }\n', '  operation-rate: { value: 83.5 }\n  social-workers: { indicator: social-orgs, value: 12 }\n'));
    expect(found).toContain(`figure-not-in-narrative ${DATA_2022}:20:3 figures.social-workers`);
    expect(found).toHaveLength(2);
  });

  it('says what to do in both languages', () => {
    fixture = copyFixture('basic');
    const [warning] = loadSite(fixture.root).warnings;
    const text = describeIssue(warning!);
    expect(text.zh).toBe('变化 “7.6%” 无法核对：2021 年的报告中没有同一指标的实际数值，也没有写 from（上年数值）。如原文给出了上年数值，请加上 from: …。');
    expect(text.en).toContain('add from: …');
  });

  it('an invalid site has problems, not warnings', () => {
    fixture = copyFixture('basic');
    fixture.replace(DATA_2022, 'value: 855,', 'value: 855元,');
    const result = loadSite(fixture.root);
    expect(result.issues.map((issue) => issue.code)).toEqual(['not-a-number']);
    expect(result.warnings).toEqual([]);
  });
});
