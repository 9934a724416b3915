/**
 * What the impossible-fact messages say (src/lib/load/facts.ts), beyond where they point
 * (facts.test.ts): the year found in a period, the bounds, the limit an actual figure
 * passed and which kind it is, a report dated by its year, and the cycle of parents. The
 * real loader on copies of tests/fixtures/basic, build date 2024-06-15 (so the last
 * allowed year is 2025); every expected value is written by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/lib/issues.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const TODAY = '2024-06-15';
const DATA_2022 = 'data/figures/example-district/2022.yaml';
const DATA_2023 = 'data/figures/example-district/2023.yaml';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

function issuesAfter(change: (site: FixtureCopy) => void): Array<[string, Issue['params']]> {
  fixture?.dispose();
  fixture = copyFixture('basic');
  change(fixture);
  const result = loadSite(fixture.root, { buildDate: TODAY });
  return result.issues.map((issue) => [`${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.field}`, issue.params]);
}

describe('years out of range', () => {
  it('the first bad year of a period, with both bounds; a target has no upper bound', () => {
    expect(issuesAfter((copy) => {
      copy.replace(DATA_2022, 'eldercare-beds: { value: 20.7万, as_of: 2022-12 }', 'eldercare-beds: { value: 20.7万, as_of: 2021-01/2026-12 }');
      copy.replace(DATA_2022, 'bed-subsidy: { range: [4000, 6000], status: target }', 'bed-subsidy: { range: [4000, 6000], status: target, as_of: 1948/2030 }');
    })).toEqual([
      [`year-out-of-range ${DATA_2022}:15:42 figures.eldercare-beds.as_of`, { found: '2021-01/2026-12', year: '2026', min: '1949', max: '2025' }],
      [`year-out-of-range ${DATA_2022}:21:62 figures.bed-subsidy.as_of`, { found: '1948/2030', year: '1948', min: '1949', max: '' }],
    ]);
  });

  it('a report year and a source date out of range', () => {
    expect(issuesAfter((copy) => copy.replace(DATA_2022, '  date: 2023-03-17\n', '  date: 1948-03-17\n'))).toEqual([
      [`year-out-of-range ${DATA_2022}:13:9 source.date`, { found: '1948-03-17', year: '1948', min: '1949', max: '2025' }],
    ]);
  });
});

describe('dates after the build or the publication', () => {
  it('a disclosure dated after today: date-after-build with the date and today', () => {
    expect(issuesAfter((copy) => {
      copy.replace(DATA_2022, '  date: 2023-03-17\n', '');
      copy.replace(DATA_2022, '  date: 2023-03-17 14:45\n', '  date: 2024-06-16 09:00\n');
    })).toEqual([
      [`date-after-build ${DATA_2022}:6:9 disclosure.date`, { found: '2024-06-16', today: TODAY }],
    ]);
  });

  it('an actual figure after its report\'s publication: the published date as the limit; the end of a period counts', () => {
    expect(issuesAfter((copy) => {
      copy.replace(DATA_2022, 'eldercare-beds: { value: 20.7万, as_of: 2022-12 }', 'eldercare-beds: { value: 20.7万, as_of: 2022-01/2023-04 }');
    })).toEqual([
      [`actual-after-date ${DATA_2022}:15:42 figures.eldercare-beds.as_of`, { found: '2022-01/2023-04', figure: 'eldercare-beds', limit: '2023-03-17', limitKind: 'published' }],
    ]);
  });

  it('an actual figure after today: the build date as the limit', () => {
    expect(issuesAfter((copy) => copy.replace(DATA_2023, 'eldercare-beds: { value: 21万 }', 'eldercare-beds: { value: 21万, as_of: 2024-07 }'))).toEqual([
      [`actual-after-date ${DATA_2023}:6:40 figures.eldercare-beds.as_of`, { found: '2024-07', figure: 'eldercare-beds', limit: TODAY, limitKind: 'build' }],
    ]);
  });

  it('a report published before its own year: one message at the year, naming its first undated actual figure', () => {
    expect(issuesAfter((copy) => copy.replace(DATA_2022, '  date: 2023-03-17\n', '  date: 2021-12-20\n'))).toEqual([
      [`actual-after-date ${DATA_2022}:15:42 figures.eldercare-beds.as_of`, { found: '2022-12', figure: 'eldercare-beds', limit: '2021-12-20', limitKind: 'published' }],
      [`actual-after-date ${DATA_2022}:2:7 year`, { found: '2022', figure: 'dibao-standard', limit: '2021-12-20', limitKind: 'published', defaulted: 'yes' }],
    ]);
  });
});

describe('bureaus that are their own ancestors', () => {
  const bureau = (id: string, parent: string): string =>
    `${id}:\n  name: { zh: ${id}（虚构）, en: ${id} (fictional) }\n  short: { zh: ${id}, en: ${id} }\n  level: county\n  fictional: true\n  parent: ${parent}\n`;

  it('the cycle named from its first bureau in id order and back; a bureau its own parent, by itself', () => {
    expect(issuesAfter((copy) => {
      const text = `${bureau('town-c', 'town-b')}${bureau('town-b', 'town-a')}${bureau('town-a', 'town-c')}${bureau('town-self', 'town-self')}`;
      copy.write('data/bureaus.yaml', `${text}example-district:\n  name: { zh: 示例区民政局（虚构）, en: Example District Civil Affairs Bureau (fictional) }\n  short: { zh: 示例区, en: Example District }\n  level: district\n  region_code: "999901"\n  fictional: true\n`);
    })).toEqual([
      ['parent-cycle data/bureaus.yaml:18:11 town-a.parent', { found: 'town-a', cycle: 'town-a → town-c → town-b → town-a' }],
      ['parent-self data/bureaus.yaml:24:11 town-self.parent', { found: 'town-self' }],
    ]);
  });
});
