/** Citation lines for figures, in both languages, with and without an access date. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCESSED_PLACEHOLDER, citationTitle, citeFigure, formatAccessed } from '../../../src/lib/citation.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import type { Report } from '../../../src/lib/model.ts';
import { FIXTURES } from '../../helpers/fixture.ts';

const { site } = loadSite(join(FIXTURES, 'basic'));
if (!site) throw new Error('basic fixture must load');
const report = site.reports.find((candidate) => candidate.year === 2022)!;
const bureau = site.bureaus['example-district']!;

function cite(figureId: string, lang: 'zh' | 'en', accessed?: string, on: Report = report): string {
  const figure = on.figures.find((candidate) => candidate.id === figureId)!;
  const url = `https://annals.test${lang === 'en' ? '/en' : ''}/reports/${on.bureauId}/${on.year}/#${figureId}`;
  return citeFigure({ figure, report: on, indicator: site!.indicators[figure.indicatorId]!, bureau, lang, url, ...(accessed && { accessed }) });
}

describe('citeFigure', () => {
  it('writes the Chinese form with the placeholder date when none is given', () => {
    expect(cite('eldercare-beds', 'zh')).toBe(
      '示例区民政局（虚构）.《示例区民政局2022年工作总结》(2022). 养老床位: 20.7万张(实际、2022年12月). https://annals.test/reports/example-district/2022/#eldercare-beds, 访问日期: [日期]',
    );
  });

  it('writes the English form with the placeholder date when none is given', () => {
    expect(cite('eldercare-beds', 'en')).toBe(
      'Example District Civil Affairs Bureau (fictional). "Example District Civil Affairs Bureau, 2022 summary" (2022). Eldercare beds: 207,000 beds (actual, as of December 2022). https://annals.test/en/reports/example-district/2022/#eldercare-beds, accessed [date]',
    );
  });

  it('writes a given access date the way the page language writes dates', () => {
    expect(cite('dibao-standard', 'zh', '2024-05-01')).toMatch(/, 访问日期: 2024年5月1日$/);
    expect(cite('dibao-standard', 'en', '2024-05-01')).toMatch(/, accessed 1 May 2024$/);
    expect(cite('dibao-standard', 'en', '2024-05-01')).toContain('Minimum living allowance standard: CNY 855 per person per month (actual, as of 2022).');
  });

  it('keeps the qualifier in the value as the page writes it', () => {
    expect(cite('orphans-supported', 'zh')).toContain('保障孤儿: 3800余名(实际、2022年).');
    expect(cite('orphans-supported', 'en')).toContain('Orphans supported: more than 3,800 children (actual, as of 2022).');
  });

  it('marks targets and writes ranges and ratios exactly', () => {
    expect(cite('bed-subsidy', 'zh')).toContain('床位建设补贴: 4000—6000元/张(目标、2022年).');
    expect(cite('bed-subsidy', 'en')).toContain('Bed construction subsidy: CNY 4,000–6,000 per bed (target, as of 2022).');
    expect(cite('urban-rural-ratio', 'zh')).toContain('城乡低保标准比: 1:0.81(实际、2022年).');
  });

  it('writes money with its scale word in Chinese and expanded exactly in English', () => {
    expect(cite('dibao-paid', 'zh', '2024-05-01')).toBe(
      '示例区民政局（虚构）.《示例区民政局2022年工作总结》(2022). 低保金发放: 2850.46万元(实际、2022年). https://annals.test/reports/example-district/2022/#dibao-paid, 访问日期: 2024年5月1日',
    );
    expect(cite('dibao-paid', 'en', '2024-05-01')).toBe(
      'Example District Civil Affairs Bureau (fictional). "Example District Civil Affairs Bureau, 2022 summary" (2022). Minimum living allowance paid: CNY 28,504,600 (actual, as of 2022). https://annals.test/en/reports/example-district/2022/#dibao-paid, accessed 1 May 2024',
    );
  });
});

describe('final stops', () => {
  it('drops only a final full stop of the title and the publisher, never one inside', () => {
    const titled = (title: string): Report => ({ ...report, narratives: { zh: { ...report.narratives.zh!, title } } });
    expect(cite('dibao-paid', 'zh', undefined, titled('示例区民政局2022年工作总结。'))).toContain('.《示例区民政局2022年工作总结》(2022).');
    expect(cite('dibao-paid', 'zh', undefined, titled('Report No. 3.'))).toContain('.《Report No. 3》(2022).');
    expect(cite('dibao-paid', 'zh', undefined, titled('Report No. 3. '))).toContain('.《Report No. 3》(2022).');
    expect(cite('dibao-paid', 'zh', undefined, titled('Annals v1.2'))).toContain('.《Annals v1.2》(2022).');
  });
});

describe('citationTitle and formatAccessed', () => {
  it('falls back to the other language, then to the source title', () => {
    const zhOnly: Report = { ...report, narratives: { zh: report.narratives.zh! } };
    expect(citationTitle(zhOnly, 'en')).toBe('示例区民政局2022年工作总结');
    const enOnly: Report = { ...report, narratives: { en: { ...report.narratives.zh!, lang: 'en', title: 'Example District, 2022' } } };
    expect(citationTitle(enOnly, 'zh')).toBe('Example District, 2022');
    const none: Report = { ...report, narratives: {} };
    expect(citationTitle(none, 'en')).toBe('示例区民政局2022年工作总结（虚构）');
  });

  it('uses the placeholder only without a date', () => {
    expect(formatAccessed(undefined, 'zh')).toBe(ACCESSED_PLACEHOLDER.zh);
    expect(formatAccessed(undefined, 'en')).toBe('[date]');
    expect(formatAccessed('2024-12-09', 'zh')).toBe('2024年12月9日');
  });
});
