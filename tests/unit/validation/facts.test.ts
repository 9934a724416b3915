/**
 * Facts that cannot be true, beyond the one case per message in messages.test.ts: longer
 * parent cycles reported once, targets that may lie ahead, the edges of each date rule,
 * and the build date taken from ANNALS_BUILD_DATE.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describeIssue, type Issue } from '../../../src/lib/issues.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const TODAY = '2024-06-15';
const DATA_2022 = 'data/figures/example-district/2022.yaml';
const DATA_2023 = 'data/figures/example-district/2023.yaml';
const BUREAUS = 'data/bureaus.yaml';

let fixture: FixtureCopy | undefined;
const givenBuildDate = process.env.ANNALS_BUILD_DATE;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
  if (givenBuildDate === undefined) delete process.env.ANNALS_BUILD_DATE;
  else process.env.ANNALS_BUILD_DATE = givenBuildDate;
});

const placeOf = (issue: Issue): string => `${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.field}`;

function load(change: (site: FixtureCopy) => void, options: { buildDate?: string } = { buildDate: TODAY }) {
  fixture = copyFixture('basic');
  change(fixture);
  return loadSite(fixture.root, options);
}

/** A fictional bureau entry with a parent, appended to bureaus.yaml. */
const bureau = (id: string, parent: string): string =>
  `${id}:\n  name: { zh: ${id}（虚构）, en: ${id} (fictional) }\n  short: { zh: ${id}, en: ${id} }\n  level: county\n  fictional: true\n  parent: ${parent}\n`;

describe('parent cycles', () => {
  it('reports a → b → c → a once, at the parent of its first bureau in id order, and not for a bureau hanging from it', () => {
    const result = load((site) => site.write(BUREAUS, `${bureau('zeta', 'alpha')}${bureau('alpha', 'mid')}${bureau('mid', 'zeta')}${bureau('hanger', 'mid')}` + 'example-district:\n  name: { zh: 示例区民政局（虚构）, en: Example District Civil Affairs Bureau (fictional) }\n  short: { zh: 示例区, en: Example District }\n  level: district\n  fictional: true\n'));
    // alpha is the 2nd entry: lines 7–12, its parent on line 12.
    expect(result.issues.map(placeOf)).toEqual([`parent-cycle ${BUREAUS}:12:11 alpha.parent`]);
    expect(result.issues[0]!.params.cycle).toBe('alpha → mid → zeta → alpha');
  });

  it('reports two separate cycles twice', () => {
    const result = load((site) => site.write(BUREAUS, `${bureau('a', 'b')}${bureau('b', 'a')}${bureau('c', 'd')}${bureau('d', 'c')}` + 'example-district:\n  name: { zh: 示例区（虚构）, en: Example District (fictional) }\n  short: { zh: 示例区, en: Example District }\n  level: district\n'));
    expect(result.issues.map(placeOf)).toEqual([`parent-cycle ${BUREAUS}:6:11 a.parent`, `parent-cycle ${BUREAUS}:18:11 c.parent`]);
  });

  it('accepts a chain without a cycle', () => {
    const result = load((site) => site.replace(BUREAUS, '  fictional: true\n', `  fictional: true\n  parent: top\n${bureau('top', 'nation')}${bureau('nation', 'root')}root:\n  name: { zh: 根, en: Root }\n  short: { zh: 根, en: Root }\n  level: province\n`));
    expect(result.issues).toEqual([]);
  });
});

describe('dates', () => {
  it('lets a target lie after today and after next year', () => {
    const result = load((site) => site.replace(DATA_2022, '{ range: [4000, 6000], status: target }', '{ range: [4000, 6000], status: target, as_of: 2035 }'));
    expect(result.issues).toEqual([]);
  });

  it('still bounds a target from below', () => {
    const result = load((site) => site.replace(DATA_2022, '{ range: [4000, 6000], status: target }', '{ range: [4000, 6000], status: target, as_of: 1900 }'));
    expect(result.issues.map(placeOf)).toEqual([`year-out-of-range ${DATA_2022}:21:62 figures.bed-subsidy.as_of`]);
    expect(describeIssue(result.issues[0]!)).toEqual({
      zh: '“1900” 中的年份 1900 不在允许范围内：目标的年份不能早于 1949 年。请核对原文。',
      en: 'The year 1900 in "1900" is out of range: a target\'s year cannot be before 1949. Check the source.',
    });
  });

  it('accepts an actual figure as of the month of publication, and one on the build date itself', () => {
    const result = load((site) => {
      site.replace(DATA_2022, 'as_of: 2022-12 }', 'as_of: 2023-03 }');
      site.replace(DATA_2023, '{ value: 21万 }', '{ value: 21万, as_of: 2024-06-15 }');
    });
    expect(result.issues).toEqual([]);
  });

  it('refuses an actual figure dated the day after the build date', () => {
    const result = load((site) => site.replace(DATA_2023, '{ value: 21万 }', '{ value: 21万, as_of: 2024-06-16 }'));
    expect(result.issues.map(placeOf)).toEqual([`actual-after-date ${DATA_2023}:6:40 figures.eldercare-beds.as_of`]);
  });

  it('bounds years by 1949 and next year (2025)', () => {
    const asOf = (year: string) => load((site) => site.replace(DATA_2022, 'as_of: 2022-12 }', `as_of: ${year} }`)).issues.map(placeOf);
    const place = `${DATA_2022}:15:42 figures.eldercare-beds.as_of`;
    expect(asOf('1949')).toEqual([]);
    fixture?.dispose();
    expect(asOf('1948')).toEqual([`year-out-of-range ${place}`]);
    fixture?.dispose();
    // 2025 is in range, but an actual figure of 2025 in a report published 2023-03-17 is not.
    expect(asOf('2025')).toEqual([`actual-after-date ${place}`]);
    fixture?.dispose();
    expect(asOf('2026')).toEqual([`year-out-of-range ${place}`]);
  });

  it('takes the build date from ANNALS_BUILD_DATE when no option is given', () => {
    process.env.ANNALS_BUILD_DATE = '2023-03-16';
    const result = load(() => {}, {});
    // The 2022 report's source (2023-03-17) and disclosure (2023-03-17 14:45) are a day later.
    expect(result.issues.map(placeOf).sort()).toEqual([
      `date-after-build ${DATA_2022}:13:9 source.date`,
      `date-after-build ${DATA_2022}:6:9 disclosure.date`,
    ]);
  });

  it('defaults to today', () => {
    delete process.env.ANNALS_BUILD_DATE;
    expect(load(() => {}, {}).issues).toEqual([]);
  });
});
