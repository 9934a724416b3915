/**
 * Bad figure input beyond the cases of bad-input.test.ts (found by mutation testing): the
 * real loader on a copy of the basic fixture, one thing broken each time; code, position
 * and field written by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const DATA_2022 = 'data/figures/example-district/2022.yaml';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

function issuesAfter(find: string, replacement: string): string[] {
  fixture = copyFixture('basic');
  fixture.replace(DATA_2022, find, replacement);
  const { site, issues } = loadSite(fixture.root);
  expect(site).toBeUndefined();
  return issues.map((issue) => `${issue.code} ${issue.line}:${issue.column} ${issue.field}`);
}

describe('figure values that cannot stand', () => {
  it('a range for a ratio indicator', () => {
    expect(issuesAfter('urban-rural-ratio: { value: "1:0.81" }', 'urban-rural-ratio: { range: [1, 2] }')).toEqual(['kind-mismatch 20:31 figures.urban-rural-ratio.range']);
  });

  it('a range bound that is not a number', () => {
    expect(issuesAfter('range: [4000, 6000]', 'range: [4000, 6000元]')).toEqual(['not-a-number 21:32 figures.bed-subsidy.range.1']);
  });

  it('a negative amount', () => {
    expect(issuesAfter('dibao-paid: { value: 2850.46万 }', 'dibao-paid: { value: -2850.46万 }')).toEqual(['negative-value 17:24 figures.dibao-paid.value']);
  });

  it('a change "from" that is not a number', () => {
    expect(issuesAfter('from: 1116,', 'from: 1116家,')).toEqual(['not-a-number 22:47 figures.social-orgs.change.from']);
  });

  it('a figure with neither value, range nor unknown', () => {
    expect(issuesAfter('dibao-paid: { value: 2850.46万 }', 'dibao-paid: { note: { zh: 空, en: empty } }')).toEqual(['value-one-of 17:15 figures.dibao-paid']);
  });

  it('a ratio indicator given something that is not a ratio', () => {
    expect(issuesAfter('urban-rural-ratio: { value: "1:0.81" }', 'urban-rural-ratio: { value: "1:x" }')).toEqual(['kind-mismatch 20:31 figures.urban-rural-ratio.value']);
  });
});
