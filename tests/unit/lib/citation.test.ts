/**
 * Citation text of a figure, a report page and an indicator page, in GB/T 7714-2015 (zh)
 * and APA 7 (en), through the real loader on the basic fixture; every expected string is
 * written by hand from the standards' patterns (docs/citations.md).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite } from '../../../src/lib/citation.ts';
import { apaDate } from '../../../src/lib/cite/apa.ts';
import { figureOriginal, figureWork, indicatorWork, reportWork } from '../../../src/lib/cite/work.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import type { Figure, Report } from '../../../src/lib/model.ts';
import { FIXTURES } from '../../helpers/fixture.ts';

const { site } = loadSite(join(FIXTURES, 'basic'));
if (!site) throw new Error('basic fixture must load');
const SITE = 'https://annals.test';
const report2022 = site.reports.find((candidate) => candidate.year === 2022)!;
const report2023 = site.reports.find((candidate) => candidate.year === 2023)!;
const figure = (id: string, on: Report = report2022): Figure => on.figures.find((candidate) => candidate.id === id)!;

/** A figure quoting a fictional bulletin as its own source (the statistics model's `source`). */
const sourced: Figure = {
  ...figure('eldercare-beds'),
  source: {
    title: '示例市2021年民政事业发展统计公报（虚构）',
    publisher: { zh: '示例市民政局（虚构）', en: 'Example City Civil Affairs Bureau (fictional)' },
    date: '2022-08-26',
    url: 'https://example.org/bulletin-2021.html',
    kind: 'official-bulletin',
  },
};

describe('a figure', () => {
  it('zh: GB/T 7714 [EB/OL], the figure as other title information, placeholder citation date', () => {
    expect(cite(figureWork(site, report2022, figure('eldercare-beds'), 'zh', SITE)).text).toBe(
      '示例区民政局（虚构）. 示例区民政局2022年工作总结: 养老床位[EB/OL]. (2023-03-17)[引用日期]. https://annals.test/reports/example-district/2022/#eldercare-beds.',
    );
  });

  it('en: APA 7 with the site name and a retrieval date', () => {
    expect(cite(figureWork(site, report2022, figure('eldercare-beds'), 'en', SITE)).text).toBe(
      'Example District Civil Affairs Bureau (fictional). (2023, March 17). Example District Civil Affairs Bureau, 2022 summary: Eldercare beds. Civil Affairs Annals. Retrieved [date], from https://annals.test/en/reports/example-district/2022/#eldercare-beds',
    );
  });

  it('fills in a given citation date the way each standard writes it', () => {
    expect(cite(figureWork(site, report2022, figure('dibao-standard'), 'zh', SITE), undefined, '2024-05-01').text).toBe(
      '示例区民政局（虚构）. 示例区民政局2022年工作总结: 低保标准[EB/OL]. (2023-03-17)[2024-05-01]. https://annals.test/reports/example-district/2022/#dibao-standard.',
    );
    expect(cite(figureWork(site, report2022, figure('dibao-standard'), 'en', SITE), undefined, '2024-05-01').text).toBe(
      'Example District Civil Affairs Bureau (fictional). (2023, March 17). Example District Civil Affairs Bureau, 2022 summary: Minimum living allowance standard. Civil Affairs Annals. Retrieved May 1, 2024, from https://annals.test/en/reports/example-district/2022/#dibao-standard',
    );
  });

  it('zh: a figure with its own source cites the original, then 转引自 our page', () => {
    const zh = cite(figureWork(site, report2022, sourced, 'zh', SITE), figureOriginal(sourced, 'zh'));
    expect(zh.text).toBe(
      '示例市民政局（虚构）. 示例市2021年民政事业发展统计公报（虚构）[EB/OL]. (2022-08-26). https://example.org/bulletin-2021.html. 转引自: 示例区民政局（虚构）. 示例区民政局2022年工作总结: 养老床位[EB/OL]. (2023-03-17)[引用日期]. https://annals.test/reports/example-district/2022/#eldercare-beds.',
    );
    expect(zh.inText).toBeUndefined();
  });

  it('en: a figure with its own source lists our page and names the original "as cited in"', () => {
    const en = cite(figureWork(site, report2022, sourced, 'en', SITE), figureOriginal(sourced, 'en'));
    expect(en.text).toBe(
      'Example District Civil Affairs Bureau (fictional). (2023, March 17). Example District Civil Affairs Bureau, 2022 summary: Eldercare beds. Civil Affairs Annals. Retrieved [date], from https://annals.test/en/reports/example-district/2022/#eldercare-beds',
    );
    expect(en.inText).toBe('(Example City Civil Affairs Bureau [fictional], 2022, as cited in Example District Civil Affairs Bureau [fictional], 2023)');
  });

  it('has no original when the figure names no source of its own', () => {
    expect(figureOriginal(figure('eldercare-beds'), 'zh')).toBeUndefined();
  });
});

describe('a report page', () => {
  it('zh and en, dated by its disclosure', () => {
    expect(cite(reportWork(site, report2022, 'zh', SITE)).text).toBe(
      '示例区民政局（虚构）. 示例区民政局2022年工作总结[EB/OL]. (2023-03-17)[引用日期]. https://annals.test/reports/example-district/2022/.',
    );
    expect(cite(reportWork(site, report2022, 'en', SITE)).text).toBe(
      'Example District Civil Affairs Bureau (fictional). (2023, March 17). Example District Civil Affairs Bureau, 2022 summary. Civil Affairs Annals. Retrieved [date], from https://annals.test/en/reports/example-district/2022/',
    );
  });

  it('without any date: no parentheses in GB/T, (n.d.) in APA; a missing translation takes the other title', () => {
    expect(cite(reportWork(site, report2023, 'zh', SITE)).text).toBe(
      '示例区民政局（虚构）. 示例区民政局2023年工作总结[EB/OL]. [引用日期]. https://annals.test/reports/example-district/2023/.',
    );
    expect(cite(reportWork(site, report2023, 'en', SITE)).text).toBe(
      'Example District Civil Affairs Bureau (fictional). (n.d.). 示例区民政局2023年工作总结. Civil Affairs Annals. Retrieved [date], from https://annals.test/en/reports/example-district/2023/',
    );
  });
});

describe('an indicator page', () => {
  it('is a data set compiled by the site, dated by its latest report', () => {
    expect(cite(indicatorWork(site, 'eldercare-beds', 'zh', SITE)).text).toBe(
      '民政年报. 养老床位[EB/OL]. (2023-03-17)[引用日期]. https://annals.test/indicators/eldercare-beds/.',
    );
    expect(cite(indicatorWork(site, 'eldercare-beds', 'en', SITE)).text).toBe(
      'Civil Affairs Annals. (2023, March 17). Eldercare beds [Data set]. Retrieved [date], from https://annals.test/en/indicators/eldercare-beds/',
    );
  });
});

describe('final stops', () => {
  it('drops only a final full stop of the title, so the style\'s own stop is not doubled', () => {
    const titled = (title: string): Report => ({ ...report2022, narratives: { zh: { ...report2022.narratives.zh!, title } } });
    expect(cite(reportWork(site, titled('示例区民政局2022年工作总结。'), 'zh', SITE)).text).toContain(' 示例区民政局2022年工作总结[EB/OL]. ');
    expect(cite(reportWork(site, titled('Report No. 3.'), 'zh', SITE)).text).toContain(' Report No. 3[EB/OL]. ');
    expect(cite(reportWork(site, titled('Annals v1.2'), 'zh', SITE)).text).toContain(' Annals v1.2[EB/OL]. ');
  });

  it('APA adds no stop after a title ending in a question mark', () => {
    const asked: Report = { ...report2022, narratives: { en: { ...report2022.narratives.en!, title: 'What changed?' } } };
    expect(cite(reportWork(site, asked, 'en', SITE)).text).toContain('(2023, March 17). What changed? Civil Affairs Annals. Retrieved');
  });
});

describe('APA dates', () => {
  it('writes the precision the data has', () => {
    expect(apaDate('2023-03-17')).toBe('2023, March 17');
    expect(apaDate('2023-03')).toBe('2023, March');
    expect(apaDate('2023')).toBe('2023');
    expect(apaDate(undefined)).toBe('n.d.');
  });
});
