/**
 * A real Astro build of tests/fixtures/statistics, a fictional national publisher holding
 * every feature of the statistics model (issue 11): a figure's own source, an alternative
 * value, a revision, provisional / derived / estimated marks, point and absolute changes
 * (checked and unchecked), a measure word, a period, a scale word in `unit`, levels
 * national and other. Every expected text is written here by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import { pageFigures } from '../../src/lib/search/figure-entry.ts';
import { csvObjects, parseCsv, withoutTextFormulas } from '../helpers/csv.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { pageText } from '../helpers/html.ts';

let fixture: FixtureCopy;
let dist: string;

beforeAll(async () => {
  fixture = copyFixture('statistics');
  dist = (await buildSite({ root: fixture.root, quiet: true })).outDir;
}, 600_000);
afterAll(() => fixture.dispose());

const text = (path: string): string => pageText(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const file = (path: string): string => readFileSync(join(dist, path), 'utf8');

describe('the statistics fixture, built', () => {
  it('shows the 2021 report in Chinese as the bulletin writes it', () => {
    const zh = text('reports/example-ministry/2021');
    for (const expected of [
      '764.3万对',
      '其他来源：763.6万对（《示例日报：去年结婚登记763.6万对（虚构）》，新闻报道，据示例日报；四个季度数据相加。）',
      '来源：《示例部2021年第四季度统计数据（虚构）》，示例部，2022年2月10日，其他来源',
      '比上年下降6.1%',
      '2.0‰', '比上年下降1.1个千分点',
      '4.0万个（初步数）', '初步数',
      '8400元/人·年',
      '2850.46万元（推算）', '计算方法：由各省数据相加。',
      '50.0%', '修订：原为48.5%，2022年9月30日更正（补报两省数据。）',
    ]) expect(zh).toContain(expected);
  });

  it('shows the 2021 report in English, expanded exactly', () => {
    const en = text('en/reports/example-ministry/2021');
    for (const expected of [
      '7,643,000 couples',
      'Other source: 7,636,000 couples (“示例日报：去年结婚登记763.6万对（虚构）”, news report, via Example Daily; Sum of the four quarters.)',
      'Source: “示例部2021年第四季度统计数据（虚构）”, Example Ministry, 10 February 2022, other source',
      'down 6.1% on the previous year',
      '2.0 per 1,000', 'down 1.1 per-mille points on the previous year',
      '40,000 institutions (provisional)',
      'CNY 8,400 per person per year',
      'CNY 28,504,600 (derived)', "Method: Sum of the provinces' figures.",
      'Revised: was 48.5% until 30 September 2022 (Two provinces reported late.)',
    ]) expect(en).toContain(expected);
  });

  it('writes checked changes as the source does, and says what an explicit basis is', () => {
    const zh = text('reports/example-ministry/2022');
    const en = text('en/reports/example-ministry/2022');
    for (const expected of ['683.5万对', '减少80.8万对', '1.8‰', '下降0.2个千分点', '比上年末提高2.0个百分点', '711元/人·月（估计）', '计算方法：按全年标准除以十二。']) expect(zh).toContain(expected);
    for (const expected of ['6,835,000 couples', 'down 808,000 couples', 'down 0.2 per-mille points', 'up 2.0 percentage points on the end of the previous year', 'CNY 711 per person per month (estimated)']) expect(en).toContain(expected);
    // Checked against 2021, so no basis words: the page shows the change as the source writes it.
    expect(zh).not.toContain('比上年下降0.2个千分点');
  });

  it('shows the series, the alternative and the revision on the indicator and bureau pages', () => {
    expect(text('indicators/marriage-registrations')).toContain('其他来源：763.6万对');
    expect(text('en/indicators/bed-occupancy')).toContain('Revised: was 48.5% until 30 September 2022');
    const bureau = text('bureaus/example-ministry');
    expect(bureau).toContain('国家级');
    expect(bureau).not.toContain('省级');
    expect(bureau).toContain('4.0万个（初步数）');
    expect(text('en/bureaus/example-ministry')).toContain('National');
    expect(file('bureaus/example-ministry/index.html')).toContain('<meta name="description" content="示例部（虚构），国家民政主管部门。');
    expect(text('bureaus/example-zone')).toContain('其他（开发区等）');
  });

  it('downloads: CSV and JSON rows carry the own source, the alternative, the revision, status and changes', () => {
    const csv = csvObjects(withoutTextFormulas(parseCsv(file('data/reports/example-ministry-2021.csv')).records));
    const row = (id: string) => csv.find((candidate) => candidate.figure_id === id)!;
    expect(row('marriage-registrations')).toMatchObject({
      value_as_written: '764.3万', value: '7643000', source_title: '示例部2021年第四季度统计数据（虚构）', source_date: '2022-02-10',
      source_url: 'https://example.org/quarterly/2021q4', source_kind: 'other', source_publisher_zh: '示例部',
      alternative_values: '763.6万', alternative_sources: '示例日报：去年结婚登记763.6万对（虚构）, news-report, https://example.org/news/1',
      change_reported: '6.1%', change_direction: 'down',
    });
    expect(row('bed-occupancy')).toMatchObject({ value: '50.0', revised_from: '48.5', revision_dates: '2022-09-30', source_title: '2021年示例事业发展统计公报（虚构）', source_kind: 'official-bulletin' });
    expect(row('divorce-rate')).toMatchObject({ value: '2.0', value_as_written: '2.0', change_points: '1.1', change_direction: 'down' });
    expect(row('eldercare-institutions')).toMatchObject({ value: '40000', status: 'provisional', measure_word: '个', unit_zh: '家' });
    expect(row('dibao-standard')).toMatchObject({ value: '8400', per: 'year', unit_zh: '元/人·月' });
    expect(row('assistance-spending')).toMatchObject({ value: '28504600', status: 'derived', method_zh: '由各省数据相加。', method_en: "Sum of the provinces' figures." });

    const json = JSON.parse(file('data/reports/example-ministry-2022.json')) as { figures: Array<Record<string, string>> };
    expect(json.figures.find((figure) => figure.figure_id === 'marriage-registrations')).toMatchObject({ change_amount: '808000', change_direction: 'down', value: '6835000' });
    expect(json.figures.find((figure) => figure.figure_id === 'bed-occupancy')).toMatchObject({ change_points: '2.0', change_basis: 'previous-year-end', value: '52.0' });
    expect(json.figures.find((figure) => figure.figure_id === 'dibao-standard')).toMatchObject({ status: 'estimated', method_en: 'The yearly standard divided by twelve.' });
  });

  it('the feed has an entry for the correction, dated on it', () => {
    const zh = file('feed.xml');
    expect(zh).toContain('<title>更正：示例部2021年 · 床位使用率由48.5%改为50.0%</title>');
    expect(zh).toContain('<updated>2022-09-30T00:00:00Z</updated>');
    expect(zh).toContain('<summary>补报两省数据。</summary>');
    expect(file('en/feed.xml')).toContain('<title>Correction: Example Ministry 2021 · Bed occupancy rate: 48.5% revised to 50.0%</title>');
  });

  it('search entries name the figure\'s own source and its status', () => {
    // The words each figure row is indexed by, as the built report page carries them.
    const words = (path: string, id: string) => new RegExp(`<tr id="${id}"[^>]*>\\s*<th scope="row" data-search="([^"]*)"`).exec(file(path))?.[1] ?? '';
    expect(words('reports/example-ministry/2021/index.html', 'marriage-registrations')).toContain('《示例部2021年第四季度统计数据（虚构）》，示例部，2022年2月10日，其他来源');
    // A figure read from the report's own source: that source is among the words every row
    // of the page shares, written once (the page's hidden figures element), not in the row.
    expect(words('en/reports/example-ministry/2021/index.html', 'bed-occupancy')).not.toContain('official bulletin');
    const shared = /<span hidden data-figures="[^"]*" data-pagefind-meta="figures\[data-figures\]" data-search="([^"]*)"/.exec(file('en/reports/example-ministry/2021/index.html'))?.[1] ?? '';
    expect(shared).toContain('2021年示例事业发展统计公报（虚构）”, Example Ministry, 26 August 2022, official bulletin');
    expect(words('en/reports/example-ministry/2021/index.html', 'eldercare-institutions')).toContain(' provisional ');
    // What a hit shows: the exact value with its status mark, and the status.
    const site = loadSite(fixture.root).site!;
    const report = site.reports.find((candidate) => candidate.year === 2021)!;
    expect(pageFigures(site, report, 'zh').figures['marriage-registrations']?.[1]).toBe('764.3万对');
    expect(pageFigures(site, report, 'en').figures['eldercare-institutions']?.slice(1, 3)).toEqual(['40,000 institutions (provisional)', 'provisional']);
  });
});
