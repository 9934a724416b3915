/**
 * How an indicator's figures are spread over pages (src/lib/indicator-pages.ts), on the
 * fictional site of tests/helpers/indicator-pages-fixture.ts read by the real loader, with
 * the production bound (INDICATOR_PAGE_ROWS). Expected groups, counts and order are written
 * from the fixture's table by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import { INDICATOR_PAGE_ROWS, indicatorGroupPages, planIndicator, provinceOf, type IndicatorPlan } from '../../../src/lib/indicator-pages.ts';
import type { Site } from '../../../src/lib/model.ts';
import { routes } from '../../../src/lib/routes.ts';
import type { FixtureCopy } from '../../helpers/fixture.ts';
import { indicatorPagesFixture } from '../../helpers/indicator-pages-fixture.ts';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

function load(change: (copy: FixtureCopy) => void = () => {}): Site {
  fixture = indicatorPagesFixture();
  change(fixture);
  const result = loadSite(fixture.root);
  if (!result.site) throw new Error(`fixture did not load: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.site;
}

/** A plan as [province, level, rows per page, bureaus, years] per group. */
function shape(plan: IndicatorPlan): unknown {
  if (!plan.split) return { split: false, rows: plan.rows.length };
  return {
    split: true,
    rows: plan.rows,
    summary: plan.summary.length,
    groups: plan.groups.map((group) => [group.province, group.level, group.pages.map((page) => page.length), group.bureaus, group.years]),
  };
}

const COUNTY_YEARS_2021 = Array.from({ length: 13 }, (_, index) => `fic-east-county-${String(index + 1).padStart(2, '0')}`);

describe('planIndicator with the production bound', () => {
  it('is 1,000 rows', () => {
    expect(INDICATOR_PAGE_ROWS).toBe(1000);
  });

  it('splits 1,520 figures: the summary on the top page, then province and level groups of at most 1,000 rows', () => {
    const site = load();
    expect(shape(planIndicator(site, 'eldercare-beds'))).toEqual({
      split: true,
      rows: 1520,
      summary: 200,
      groups: [
        ['fic-east', 'city', [120], 3, [2022]],
        ['fic-east', 'county', [1000, 40], 13, [2021, 2022]],
        ['fic-harbour', 'district', [80], 2, [2022]],
        ['no_province', 'city', [40], 1, [2021]],
        ['no_province', 'other', [40], 1, [2022]],
      ],
    });
    expect(shape(planIndicator(site, 'dibao-standard'))).toEqual({ split: false, rows: 1 });
  });

  it('cuts a group in figure order: county 13’s 2021 figures end page 1, its 2022 figures are page 2', () => {
    const plan = planIndicator(load(), 'eldercare-beds');
    if (!plan.split) throw new Error('expected a split plan');
    const [first, second] = plan.groups[1]!.pages;
    const id = (row: { report: { bureauId: string; year: number }; figure: { id: string } } | undefined): string =>
      row ? `${row.report.bureauId}/${row.report.year}/${row.figure.id}` : '';
    expect([id(first![0]), id(first!.at(-1)), id(second![0]), id(second!.at(-1))]).toEqual([
      'fic-east-county-01/2021/beds-01', 'fic-east-county-13/2021/beds-40', 'fic-east-county-13/2022/beds-01', 'fic-east-county-13/2022/beds-40',
    ]);
  });

  it('keeps one page at exactly 1,000 figures and splits at 1,001', () => {
    const removeCounties2021 = (copy: FixtureCopy): void => {
      for (const county of COUNTY_YEARS_2021) {
        copy.remove(`data/figures/${county}/2021.yaml`);
        copy.remove(`content/reports/${county}/2021`);
      }
    };
    expect(shape(planIndicator(load(removeCounties2021), 'eldercare-beds'))).toEqual({ split: false, rows: 1000 });
    fixture?.dispose();
    const site = load((copy) => {
      removeCounties2021(copy);
      copy.replace('data/figures/fic-zone/2022.yaml', '  beds-40:', '  beds-41: { indicator: eldercare-beds, value: 1041, as_of: 2022-02-10 }\n  beds-40:');
    });
    expect(shape(planIndicator(site, 'eldercare-beds'))).toEqual({
      split: true,
      rows: 1001,
      summary: 200,
      groups: [
        ['fic-east', 'city', [120], 3, [2022]],
        ['fic-east', 'county', [520], 13, [2022]],
        ['fic-harbour', 'district', [80], 2, [2022]],
        ['no_province', 'city', [40], 1, [2021]],
        ['no_province', 'other', [41], 1, [2022]],
      ],
    });
  });
});

describe('planIndicator when the summary itself is over the bound', () => {
  it('groups the national and province-level figures like the rest (a province under itself, the nation under no_province)', () => {
    expect(shape(planIndicator(load(), 'eldercare-beds', 150))).toEqual({
      split: true,
      rows: 1520,
      summary: 0,
      groups: [
        ['fic-east', 'province', [80], 1, [2021, 2022]],
        ['fic-east', 'city', [120], 3, [2022]],
        ['fic-east', 'county', [150, 150, 150, 150, 150, 150, 140], 13, [2021, 2022]],
        ['fic-harbour', 'municipality', [40], 1, [2022]],
        ['fic-harbour', 'district', [80], 2, [2022]],
        ['no_province', 'national', [80], 1, [2021, 2022]],
        ['no_province', 'city', [40], 1, [2021]],
        ['no_province', 'other', [40], 1, [2022]],
      ],
    });
  });
});

describe('provinceOf', () => {
  it('follows the parent chain to the nearest province or municipality', () => {
    const site = load();
    expect(['fic-east-county-07', 'fic-east-city-2', 'fic-east', 'fic-harbour-district-1', 'fic-harbour', 'fic-nation', 'fic-zone', 'fic-lone-city', 'no-such-bureau']
      .map((id) => provinceOf(site, id)))
      .toEqual(['fic-east', 'fic-east', 'fic-east', 'fic-harbour', 'fic-harbour', undefined, undefined, undefined, undefined]);
  });
});

describe('group page URLs', () => {
  it('number pages from the second, in every language', () => {
    expect(routes.indicatorGroup('zh', 'eldercare-beds', 'fic-east', 'county')).toBe('/indicators/eldercare-beds/fic-east/county/');
    expect(routes.indicatorGroup('zh', 'eldercare-beds', 'fic-east', 'county', 1)).toBe('/indicators/eldercare-beds/fic-east/county/');
    expect(routes.indicatorGroup('en', 'eldercare-beds', 'no_province', 'other', 2)).toBe('/en/indicators/eldercare-beds/no_province/other/2/');
  });

  it('are listed for the sitemap, every page of every group', () => {
    const site = load();
    expect(indicatorGroupPages(site, 'eldercare-beds').map((page) => page('en'))).toEqual([
      '/en/indicators/eldercare-beds/fic-east/city/',
      '/en/indicators/eldercare-beds/fic-east/county/',
      '/en/indicators/eldercare-beds/fic-east/county/2/',
      '/en/indicators/eldercare-beds/fic-harbour/district/',
      '/en/indicators/eldercare-beds/no_province/city/',
      '/en/indicators/eldercare-beds/no_province/other/',
    ]);
    expect(indicatorGroupPages(site, 'dibao-standard')).toEqual([]);
  });
});
