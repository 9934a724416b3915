/** Search filter values: what a figure record and a page offer Pagefind to filter on. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import { searchFilters, searchYear } from '../../../src/lib/search-filters.ts';
import { FIXTURES } from '../../helpers/fixture.ts';
import type { Site } from '../../../src/lib/model.ts';

const { site } = loadSite(join(FIXTURES, 'basic'));
if (!site) throw new Error('basic fixture must load');

describe('searchYear', () => {
  it('is the year as digits for a dated report, in both languages', () => {
    expect(searchYear({ year: 2022 }, 'zh')).toBe('2022');
    expect(searchYear({ year: 2022, undated: false }, 'en')).toBe('2022');
  });

  it('is 年份不详 / undated for an undated report, never the year it is filed under', () => {
    expect(searchYear({ year: 2022, undated: true }, 'zh')).toBe('年份不详');
    expect(searchYear({ year: 2022, undated: true }, 'en')).toBe('undated');
  });
});

describe('searchFilters', () => {
  it('a report page holding figures: bureau short name, year, topic, type 页面 and 数据 / Pages and Figures', () => {
    expect(searchFilters(site, 'zh', { bureauId: 'example-district', report: { year: 2022 }, topics: ['eldercare'], holdsFigures: true })).toEqual({
      bureau: ['示例区'], year: ['2022'], topic: ['养老服务'], type: ['页面', '数据'],
    });
    expect(searchFilters(site, 'en', { bureauId: 'example-district', report: { year: 2022 }, topics: ['eldercare'], holdsFigures: true })).toEqual({
      bureau: ['Example District'], year: ['2022'], topic: ['Eldercare'], type: ['Pages', 'Figures'],
    });
  });

  it('a page of an undated report files under 年份不详 / undated', () => {
    expect(searchFilters(site, 'zh', { bureauId: 'example-district', report: { year: 2022, undated: true } })).toEqual({
      bureau: ['示例区'], year: ['年份不详'], type: ['页面'],
    });
    expect(searchFilters(site, 'en', { bureauId: 'example-district', report: { year: 2022, undated: true } })).toEqual({
      bureau: ['Example District'], year: ['undated'], type: ['Pages'],
    });
  });

  it('a page without bureau, report or topics has only its type', () => {
    expect(searchFilters(site, 'zh', {})).toEqual({ type: ['页面'] });
    expect(searchFilters(site, 'en', { topics: [] })).toEqual({ type: ['Pages'] });
  });

  it('topics are named once each, sorted', () => {
    expect(searchFilters(site, 'en', { topics: ['marriage', 'eldercare', 'marriage', 'assistance'] }).topic).toEqual(['Eldercare', 'Marriage registration', 'Social assistance']);
  });

  it('a bureau the site does not know falls back to its id', () => {
    expect(searchFilters(site, 'zh', { bureauId: 'nowhere' }).bureau).toEqual(['nowhere']);
  });

  it('two bureaus are told apart by their short names, whatever their ids', () => {
    const two = {
      ...site,
      bureaus: {
        ...site.bureaus,
        'other-district': { ...site.bureaus['example-district']!, id: 'other-district', short: { zh: '另一区', en: 'Other District' } },
      },
    };
    expect(searchFilters(two, 'zh', { bureauId: 'other-district' }).bureau).toEqual(['另一区']);
    expect(searchFilters(two, 'zh', { bureauId: 'example-district' }).bureau).toEqual(['示例区']);
  });
});

describe('bureaus with the same short name', () => {
  // Two districts called 东湖区 in different cities (Nanchang's and a fictional one).
  const bureaus = {
    'nanchang-donghu': { name: { zh: '南昌市东湖区民政局', en: 'Donghu District Civil Affairs Bureau, Nanchang' }, short: { zh: '东湖区', en: 'Donghu District' } },
    'example-donghu': { name: { zh: '示例市东湖区民政局', en: 'Donghu District Civil Affairs Bureau, Example City' }, short: { zh: '东湖区', en: 'Donghu District' } },
    'example-xihu': { name: { zh: '示例市西湖区民政局', en: 'Xihu District Civil Affairs Bureau, Example City' }, short: { zh: '西湖区', en: 'Xihu District' } },
  } as unknown as Site['bureaus'];

  it('are told apart by their full names, in both languages', () => {
    expect(searchFilters({ ...site, bureaus }, 'zh', { bureauId: 'nanchang-donghu' }).bureau).toEqual(['南昌市东湖区民政局']);
    expect(searchFilters({ ...site, bureaus }, 'zh', { bureauId: 'example-donghu' }).bureau).toEqual(['示例市东湖区民政局']);
    expect(searchFilters({ ...site, bureaus }, 'en', { bureauId: 'example-donghu' }).bureau).toEqual(['Donghu District Civil Affairs Bureau, Example City']);
  });

  it('a bureau whose short name is its own keeps the short name', () => {
    expect(searchFilters({ ...site, bureaus }, 'zh', { bureauId: 'example-xihu' }).bureau).toEqual(['西湖区']);
    expect(searchFilters({ ...site, bureaus }, 'en', { bureauId: 'example-xihu' }).bureau).toEqual(['Xihu District']);
  });
});
